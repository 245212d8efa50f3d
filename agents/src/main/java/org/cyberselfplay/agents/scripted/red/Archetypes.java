package org.cyberselfplay.agents.scripted.red;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.env.config.YamlSource;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.config.Bounds;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The built-in Red archetypes ({@code configs/archetypes/<name>.yaml}, shipped in the jar) and archetype
 * specs. A spec is a built-in name or a path to an archetype YAML file, optionally followed by
 * {@code @<noise>} with noise in [0, 1]: {@code blitz}, {@code apt@0.2}, {@code my/red.yaml@0.1}. Built-ins
 * are parsed once and cached; archetypes are immutable. Thread-safe.
 */
public final class Archetypes {
    /** Classpath folder holding the built-in files ({@code <name>.yaml}). */
    public static final String RESOURCE_DIR = "org/cyberselfplay/agents/archetypes/";

    private static final List<String> BUILT_IN = List.of("blitz", "meander", "apt", "saboteur", "random");
    private static final ConcurrentMap<String, Archetype> CACHE = new ConcurrentHashMap<>();

    private Archetypes() {
    }

    /** The built-in archetype names: blitz, meander, apt, saboteur, random (unmodifiable). */
    public static List<String> builtInNames() {
        return BUILT_IN;
    }

    /**
     * The Red policy a spec names, for {@code scenario}.
     *
     * @throws ArchetypeException for an unknown name (the message lists the built-ins), a bad noise level,
     *                            or a file that cannot be read or is invalid (every problem listed)
     */
    public static Policy create(String spec, Scenario scenario) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(scenario, "scenario");
        String s = spec.trim();
        String base = s;
        double noise = 0.0;
        int at = s.lastIndexOf('@');
        if (at >= 0 && !isFile(s)) {
            base = s.substring(0, at);
            noise = noise(s, s.substring(at + 1));
        }
        return new ArchetypePolicy(load(base), scenario, noise);
    }

    /**
     * A built-in archetype by name, else the archetype file at that path (no noise suffix).
     *
     * @throws ArchetypeException when it is neither, or the file is invalid
     */
    public static Archetype load(String nameOrPath) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        if (BUILT_IN.contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        if (isFile(nameOrPath)) {
            return load(Path.of(nameOrPath));
        }
        boolean looksLikePath = nameOrPath.contains("/") || nameOrPath.contains("\\")
                || nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml");
        throw new ArchetypeException(nameOrPath, List.of(looksLikePath ? "no such file"
                : "unknown archetype; built-ins: " + String.join(", ", BUILT_IN) + ", or a path to a YAML file"));
    }

    /**
     * A built-in archetype.
     *
     * @throws ArchetypeException when {@code name} is not a built-in (the message lists them)
     */
    public static Archetype builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new ArchetypeException(name, List.of("unknown archetype; built-ins: " + String.join(", ", BUILT_IN)));
        }
        return CACHE.computeIfAbsent(name, Archetypes::readBuiltIn);
    }

    /**
     * Loads an archetype file; its name defaults to the file name without {@code .yaml}.
     *
     * @throws ArchetypeException when the file cannot be read or is invalid; the source is the path as given
     */
    public static Archetype load(Path file) {
        String display = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ArchetypeException(display, List.of("no such file"), e);
        } catch (AccessDeniedException e) {
            throw new ArchetypeException(display, List.of("permission denied"), e);
        } catch (CharacterCodingException e) {
            throw new ArchetypeException(display, List.of("not UTF-8 text"), e);
        } catch (IOException e) {
            throw new ArchetypeException(display, List.of("cannot read the file: " + e.getMessage()), e);
        }
        return parse(text, display);
    }

    /**
     * Parses archetype YAML text.
     *
     * @param sourceName names the text in problems; minus its folder and {@code .yaml}, the default name
     * @throws ArchetypeException listing every problem found
     */
    public static Archetype parse(String yaml, String sourceName) {
        return ArchetypeReader.read(yaml, sourceName, defaultName(sourceName));
    }

    private static Archetype readBuiltIn(String name) {
        String resource = RESOURCE_DIR + name + ".yaml";
        String display = "built-in " + name;
        try (InputStream in = Archetypes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ArchetypeException(display, List.of("resource " + resource + " is missing from the classpath"));
            }
            return ArchetypeReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), display, name);
        } catch (IOException e) {
            throw new ArchetypeException(display, List.of("cannot read resource " + resource + ": " + e.getMessage()), e);
        }
    }

    private static double noise(String spec, String text) {
        String accepted = "noise must be a number in [0, 1] after \"@\", as in blitz@0.2";
        double noise;
        try {
            noise = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ArchetypeException(spec, List.of(accepted + ", got \"" + text + "\""), e);
        }
        if (!Bounds.UNIT.contains(noise)) {
            throw new ArchetypeException(spec, List.of(accepted + ", got " + text));
        }
        return noise;
    }

    private static boolean isFile(String path) {
        try {
            return Files.isRegularFile(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String defaultName(String sourceName) {
        return YamlSource.stripExtension(sourceName).replace('@', '_');
    }
}
