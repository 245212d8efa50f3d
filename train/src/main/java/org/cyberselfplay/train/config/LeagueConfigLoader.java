package org.cyberselfplay.train.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.cyberselfplay.env.config.ConfigReader;
import org.cyberselfplay.env.config.YamlSource;

/**
 * Loads league configs the way {@link TrainConfigLoader} loads run configs: the YAML file, its {@code base} chain
 * (another league config, relative to the file; {@code name} is not inherited), {@code --set} overrides
 * ({@link Overrides}), the league's own defaults, then validation that reports every problem at once with its
 * dotted path ({@code league.alpha: must be in [0, 1], got 1.5}). Stateless and thread-safe.
 */
public final class LeagueConfigLoader {
    private static final List<String> NOT_INHERITED = List.of("name");

    private LeagueConfigLoader() {
    }

    /**
     * Loads a league config file, applies {@code overrides} ({@code KEY=VALUE}, in order) and validates it.
     *
     * @throws ConfigException naming the file and listing every problem
     */
    public static LeagueConfig load(Path file, List<String> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        return read(YamlSource.file(file, ConfigException::new), overrides);
    }

    /** {@link #load(Path, List)} without overrides. */
    public static LeagueConfig load(Path file) {
        return load(file, List.of());
    }

    /**
     * Loads a league config from YAML text; a relative {@code base} resolves against the working directory.
     *
     * @param sourceName names the text in problems; minus its folder and {@code .yaml}, the default run name
     * @throws ConfigException naming {@code sourceName} and listing every problem
     */
    public static LeagueConfig fromYaml(String yaml, String sourceName, List<String> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        return read(YamlSource.text(sourceName, Path.of("").toAbsolutePath(), yaml), overrides);
    }

    /** The config as YAML with every default filled in; loading the text gives back an equal config. */
    public static String dump(LeagueConfig config) {
        return LeagueConfigWriter.yaml(Objects.requireNonNull(config, "config"));
    }

    private static LeagueConfig read(YamlSource source, List<String> overrides) {
        JsonNode tree = source.resolveBases(TrainConfigLoader::baseSource, NOT_INHERITED, "league config fields",
                "the path of a league config", ConfigException::new);
        if (!tree.isObject()) {
            throw new ConfigException(source.display(), List.of(tree.isMissingNode() || tree.isNull()
                    ? "the file is empty; expected a map of league config fields ({} takes every default)"
                    : "expected a map of league config fields at the top level, got " + ConfigReader.describe(tree)));
        }
        Overrides.Applied applied = Overrides.apply(tree, overrides);
        JsonNode resolved = applied.tree() instanceof ObjectNode map ? LeagueConfigReader.withLeagueDefaults(map)
                : applied.tree();
        ConfigReader top = ConfigReader.of(resolved);
        Supplier<LeagueConfig> build = LeagueConfigReader.read(top, source.defaultName());
        return TrainConfigLoader.build(source, applied, top, build);
    }
}
