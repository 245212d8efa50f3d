package org.cyberselfplay.env.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cyberselfplay.env.config.ConfigReader;
import org.cyberselfplay.env.config.YamlTrees;

/**
 * Loads scenario YAML into a validated {@link Scenario}.
 *
 * <p>A file may name a {@code base}: a preset name or a path relative to the file. The base's tree is
 * loaded first (recursively; a cycle is an error) and the file's tree is deep-merged over it: maps merge
 * key by key, lists and scalars replace. {@code name} and {@code description} describe a file itself and
 * are not inherited. The merged tree is then validated as a whole, reporting every problem at once
 * with its dotted path (see {@link ScenarioException}). Stateless and thread-safe.
 */
public final class ScenarioLoader {
    /** Classpath folder holding the preset files ({@code <name>.yaml}). */
    public static final String PRESET_RESOURCE_DIR = "org/cyberselfplay/env/scenarios/";

    private static final List<String> NOT_INHERITED = List.of("name", "description");

    private ScenarioLoader() {
    }

    /**
     * Loads a scenario file; its name defaults to the file name without {@code .yaml}.
     *
     * @throws ScenarioException when the file (or a base) cannot be read, parsed or validated
     */
    public static Scenario load(Path file) {
        return read(Source.file(file));
    }

    /**
     * Loads a scenario from YAML text. A relative {@code base} path resolves against the working directory.
     *
     * @param sourceName names the text in problems; minus {@code .yaml}, the default scenario name
     * @throws ScenarioException when the text (or a base) cannot be parsed or validated
     */
    public static Scenario fromYaml(String yaml, String sourceName) {
        Path here = Path.of("").toAbsolutePath();
        return read(new Source(sourceName, stripExtension(sourceName), here, "text:" + sourceName, yaml));
    }

    /** Loads a preset from the classpath, uncached ({@link Scenarios#preset} caches). */
    static Scenario loadPreset(String name) {
        return read(Source.preset(name));
    }

    private static Scenario read(Source source) {
        JsonNode tree = resolve(source, new ArrayList<>());
        return ScenarioReader.read(tree, source.display(), source.defaultName());
    }

    /** The source's tree with its base chain merged in and {@code base} removed. */
    private static JsonNode resolve(Source source, List<Source> chain) {
        chain.add(source);
        JsonNode tree = parse(source);
        JsonNode baseRef = tree.get("base");
        if (baseRef == null || baseRef.isNull()) {
            return tree;
        }
        if (!baseRef.isTextual() || baseRef.textValue().isBlank()) {
            throw new ScenarioException(source.display(), List.of("base: expected a preset name ("
                    + String.join(", ", Scenarios.presetNames()) + ") or a file path, got "
                    + ConfigReader.describe(baseRef)));
        }
        Source base = baseSource(source, baseRef.textValue());
        if (chain.stream().anyMatch(s -> s.identity().equals(base.identity()))) {
            List<String> names = new ArrayList<>(chain.stream().map(Source::display).toList());
            names.add(base.display());
            throw new ScenarioException(source.display(), List.of("base: cycle " + String.join(" -> ", names)));
        }
        JsonNode baseTree = resolve(base, chain);
        if (!(baseTree instanceof ObjectNode inherited)) {
            throw new ScenarioException(base.display(), List.of("expected a map of scenario fields at the top "
                    + "level of this base, got " + ConfigReader.describe(baseTree)));
        }
        ObjectNode parent = inherited.deepCopy();
        parent.remove(NOT_INHERITED);
        ObjectNode own = ((ObjectNode) tree).deepCopy();
        own.remove("base");
        return YamlTrees.merge(parent, own);
    }

    private static Source baseSource(Source from, String ref) {
        if (Scenarios.isPreset(ref)) {
            return Source.preset(ref);
        }
        String presets = "presets: " + String.join(", ", Scenarios.presetNames());
        if (from.dir() == null) {
            throw new ScenarioException(from.display(), List.of("base: \"" + ref + "\" is not a preset; " + presets));
        }
        Path file;
        try {
            file = from.dir().resolve(ref).normalize();
        } catch (InvalidPathException e) {
            throw new ScenarioException(from.display(), List.of("base: \"" + ref + "\" is neither a preset nor a "
                    + "valid path; " + presets), e);
        }
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(from.display(), List.of("base: no preset or file named \"" + ref
                    + "\" (looked for " + file + "); " + presets));
        }
        return Source.file(file);
    }

    private static JsonNode parse(Source source) {
        try {
            return YamlTrees.parse(source.text());
        } catch (JacksonException e) {
            throw new ScenarioException(source.display(), List.of(YamlTrees.describe(e)), e);
        }
    }

    private static String stripExtension(String name) {
        String fileName = name;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            fileName = name.substring(slash + 1);
        }
        for (String ext : List.of(".yaml", ".yml")) {
            if (fileName.endsWith(ext) && fileName.length() > ext.length()) {
                return fileName.substring(0, fileName.length() - ext.length());
            }
        }
        return fileName;
    }

    /**
     * Where a tree comes from.
     *
     * @param display     how problems name it
     * @param defaultName scenario name when the tree sets none
     * @param dir         folder that relative {@code base} paths resolve against; null for presets
     * @param identity    equal for the same file reached by different paths (cycle detection)
     * @param text        the YAML text
     */
    private record Source(String display, String defaultName, Path dir, String identity, String text) {
        static Source file(Path file) {
            String display = file.toString();
            Path absolute = file.toAbsolutePath().normalize();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
                absolute = file.toRealPath();
            } catch (NoSuchFileException e) {
                throw new ScenarioException(display, List.of("no such file"), e);
            } catch (AccessDeniedException e) {
                throw new ScenarioException(display, List.of("permission denied"), e);
            } catch (CharacterCodingException e) {
                throw new ScenarioException(display, List.of("not UTF-8 text"), e);
            } catch (IOException e) {
                throw new ScenarioException(display, List.of("cannot read the file: " + e.getMessage()), e);
            }
            return new Source(display, stripExtension(display), absolute.getParent(), "file:" + absolute, text);
        }

        static Source preset(String name) {
            String resource = PRESET_RESOURCE_DIR + name + ".yaml";
            String display = "preset " + name;
            try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ScenarioException(display, List.of("resource " + resource + " is missing from the "
                            + "classpath"));
                }
                return new Source(display, name, null, "preset:" + name,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ScenarioException(display, List.of("cannot read resource " + resource + ": "
                        + e.getMessage()), e);
            }
        }
    }
}
