package org.cyberselfplay.train.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.cyberselfplay.env.config.ConfigReader;
import org.cyberselfplay.env.config.YamlSource;

/**
 * Loads run configs: YAML file, then its {@code base} chain, then {@code --set} overrides, then validation.
 *
 * <p>A file may name a {@code base}: the path of another run config, relative to the file. The base is
 * loaded first (recursively; a cycle is an error) and the file is deep-merged over it: maps merge key by key,
 * lists and scalars replace. {@code name} is not inherited, so a derived file is named after itself.
 * Overrides ({@link Overrides}: {@code grpo.epsilon=0.3}, {@code opponents[0].weight=2}) then apply to the
 * merged tree, and the result is validated as a whole. Every problem (bad overrides, unknown keys, wrong
 * types, out-of-range values, scenarios and policy specs that do not resolve) is reported at once in one
 * {@link ConfigException}, each with its dotted path and the value found.
 *
 * <p>{@link #dump} writes a config with every default filled in; the text loads back to an equal config.
 * Stateless and thread-safe.
 */
public final class TrainConfigLoader {
    private static final List<String> NOT_INHERITED = List.of("name");

    private TrainConfigLoader() {
    }

    /**
     * Loads and validates a run config file; its name defaults to the file name without {@code .yaml}.
     *
     * @throws ConfigException naming the file and listing every problem
     */
    public static TrainConfig load(Path file) {
        return load(file, List.of());
    }

    /**
     * Loads a run config file, applies {@code overrides} ({@code KEY=VALUE}, in order) and validates it.
     *
     * @throws ConfigException naming the file and listing every problem, overrides' included
     */
    public static TrainConfig load(Path file, List<String> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        return read(YamlSource.file(file, ConfigException::new), overrides);
    }

    /**
     * Loads a run config from YAML text. A relative {@code base} path resolves against the working directory.
     *
     * @param sourceName names the text in problems; minus its folder and {@code .yaml}, the default run name
     * @throws ConfigException naming {@code sourceName} and listing every problem
     */
    public static TrainConfig fromYaml(String yaml, String sourceName, List<String> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        return read(YamlSource.text(sourceName, Path.of("").toAbsolutePath(), yaml), overrides);
    }

    /**
     * The config as YAML with every default filled in, for {@code config.yaml} in the run directory; loading
     * the text gives back an equal config.
     */
    public static String dump(TrainConfig config) {
        return TrainConfigWriter.yaml(Objects.requireNonNull(config, "config"));
    }

    private static TrainConfig read(YamlSource source, List<String> overrides) {
        JsonNode tree = source.resolveBases(TrainConfigLoader::baseSource, NOT_INHERITED, "run config fields",
                "the path of a run config", ConfigException::new);
        if (!tree.isObject()) {
            throw new ConfigException(source.display(), List.of(tree.isMissingNode() || tree.isNull()
                    ? "the file is empty; expected a map of run config fields ({} takes every default)"
                    : "expected a map of run config fields at the top level, got " + ConfigReader.describe(tree)));
        }
        Overrides.Applied applied = Overrides.apply(TrainConfigReader.expandShorthand((ObjectNode) tree), overrides);
        ConfigReader top = ConfigReader.of(applied.tree());
        Supplier<TrainConfig> build = TrainConfigReader.read(top, source.defaultName());
        return build(source, applied, top, build);
    }

    /**
     * The config of a read tree: every problem of the overrides and of the reader at once (annotated with the
     * override that caused it), else the built config, a record's own check failing as a problem too.
     */
    static <T> T build(YamlSource source, Overrides.Applied applied, ConfigReader top, Supplier<T> build) {
        List<String> problems = new ArrayList<>(applied.problems());
        top.problems().forEach(p -> problems.add(Overrides.annotate(p, applied.applied())));
        if (!problems.isEmpty()) {
            throw new ConfigException(source.display(), problems);
        }
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source.display(), List.of(e.getMessage()), e);
        }
    }

    /** A base is another config of the same kind, relative to the file that names it. */
    static YamlSource baseSource(YamlSource from, String ref) {
        Path file = YamlSource.resolvePath(from, ref);
        if (file == null) {
            throw new ConfigException(from.display(), List.of("base: \"" + ref + "\" is not a valid path"));
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(from.display(), List.of("base: no file \"" + ref + "\" (looked for " + file + ")"));
        }
        return YamlSource.file(file, ConfigException::new);
    }
}
