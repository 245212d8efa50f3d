package org.cyberselfplay.env.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.env.config.YamlSource;

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
        return read(YamlSource.file(file, ScenarioException::new));
    }

    /**
     * Loads a scenario from YAML text. A relative {@code base} path resolves against the working directory.
     *
     * @param sourceName names the text in problems; minus {@code .yaml}, the default scenario name
     * @throws ScenarioException when the text (or a base) cannot be parsed or validated
     */
    public static Scenario fromYaml(String yaml, String sourceName) {
        return read(YamlSource.text(sourceName, Path.of("").toAbsolutePath(), yaml));
    }

    /** Loads a preset from the classpath, uncached ({@link Scenarios#preset} caches). */
    static Scenario loadPreset(String name) {
        return read(presetSource(name));
    }

    private static Scenario read(YamlSource source) {
        JsonNode tree = source.resolveBases(ScenarioLoader::baseSource, NOT_INHERITED, "scenario fields",
                "a preset name (" + String.join(", ", Scenarios.presetNames()) + ") or a file path",
                ScenarioException::new);
        return ScenarioReader.read(tree, source.display(), source.defaultName());
    }

    /** A base is a preset name or a file relative to the file that names it. */
    private static YamlSource baseSource(YamlSource from, String ref) {
        if (Scenarios.isPreset(ref)) {
            return presetSource(ref);
        }
        Path file = YamlSource.resolvePath(from, ref);
        if (file == null || !Files.isRegularFile(file)) {
            String where = file == null ? "" : " (looked for " + file + ")";
            throw new ScenarioException(from.display(), List.of("base: no preset or file named \"" + ref + "\""
                    + where + "; presets: " + String.join(", ", Scenarios.presetNames())));
        }
        return YamlSource.file(file, ScenarioException::new);
    }

    private static YamlSource presetSource(String name) {
        String resource = PRESET_RESOURCE_DIR + name + ".yaml";
        String display = "preset " + name;
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioException(display, List.of("resource " + resource + " is missing from the classpath"));
            }
            return new YamlSource(display, name, null, "preset:" + name,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioException(display, List.of("cannot read resource " + resource + ": " + e.getMessage()), e);
        }
    }
}
