package org.cyberselfplay.train.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.cyberselfplay.env.config.ConfigReader;
import org.cyberselfplay.env.config.YamlTrees;

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
        return read(Source.file(file), overrides);
    }

    /**
     * Loads a run config from YAML text. A relative {@code base} path resolves against the working directory.
     *
     * @param sourceName names the text in problems; minus its folder and {@code .yaml}, the default run name
     * @throws ConfigException naming {@code sourceName} and listing every problem
     */
    public static TrainConfig fromYaml(String yaml, String sourceName, List<String> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        Path here = Path.of("").toAbsolutePath();
        return read(new Source(sourceName, stripExtension(sourceName), here, "text:" + sourceName, yaml), overrides);
    }

    /**
     * The config as YAML with every default filled in, for {@code config.yaml} in the run directory; loading
     * the text gives back an equal config.
     */
    public static String dump(TrainConfig config) {
        return TrainConfigWriter.yaml(Objects.requireNonNull(config, "config"));
    }

    private static TrainConfig read(Source source, List<String> overrides) {
        JsonNode tree = resolve(source, new ArrayList<>());
        if (!tree.isObject()) {
            throw new ConfigException(source.display(), List.of(tree.isMissingNode() || tree.isNull()
                    ? "the file is empty; expected a map of run config fields ({} takes every default)"
                    : "expected a map of run config fields at the top level, got " + ConfigReader.describe(tree)));
        }
        Overrides.Applied applied = Overrides.apply(TrainConfigReader.expandShorthand((ObjectNode) tree), overrides);
        ConfigReader top = ConfigReader.of(applied.tree());
        Supplier<TrainConfig> build = TrainConfigReader.read(top, source.defaultName());
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

    /** The source's tree with its base chain merged in and {@code base} removed. */
    private static JsonNode resolve(Source source, List<Source> chain) {
        chain.add(source);
        JsonNode tree = parse(source);
        JsonNode baseRef = tree.get("base");
        if (baseRef == null || baseRef.isNull()) {
            if (tree instanceof ObjectNode map) {
                map.remove("base");
            }
            return tree;
        }
        if (!baseRef.isTextual() || baseRef.textValue().isBlank()) {
            throw new ConfigException(source.display(), List.of("base: expected the path of a run config, got "
                    + ConfigReader.describe(baseRef)));
        }
        Source base = baseSource(source, baseRef.textValue());
        if (chain.stream().anyMatch(s -> s.identity().equals(base.identity()))) {
            List<String> names = new ArrayList<>(chain.stream().map(Source::display).toList());
            names.add(base.display());
            throw new ConfigException(source.display(), List.of("base: cycle " + String.join(" -> ", names)));
        }
        JsonNode baseTree = resolve(base, chain);
        if (!(baseTree instanceof ObjectNode inherited)) {
            throw new ConfigException(base.display(), List.of("expected a map of run config fields at the top "
                    + "level of this base, got " + ConfigReader.describe(baseTree)));
        }
        ObjectNode parent = inherited.deepCopy();
        parent.remove(NOT_INHERITED);
        ObjectNode own = ((ObjectNode) tree).deepCopy();
        own.remove("base");
        return YamlTrees.merge(parent, own);
    }

    private static Source baseSource(Source from, String ref) {
        Path file;
        try {
            file = from.dir().resolve(ref).normalize();
        } catch (InvalidPathException e) {
            throw new ConfigException(from.display(), List.of("base: \"" + ref + "\" is not a valid path"), e);
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(from.display(), List.of("base: no file \"" + ref + "\" (looked for " + file
                    + ")"));
        }
        return Source.file(file);
    }

    private static JsonNode parse(Source source) {
        try {
            return YamlTrees.parse(source.text());
        } catch (JacksonException e) {
            throw new ConfigException(source.display(), List.of(YamlTrees.describe(e)), e);
        }
    }

    static String stripExtension(String name) {
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
     * @param defaultName run name when the tree sets none
     * @param dir         folder that a relative {@code base} resolves against
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
                throw new ConfigException(display, List.of("no such file"), e);
            } catch (AccessDeniedException e) {
                throw new ConfigException(display, List.of("permission denied"), e);
            } catch (CharacterCodingException e) {
                throw new ConfigException(display, List.of("not UTF-8 text"), e);
            } catch (IOException e) {
                throw new ConfigException(display, List.of("cannot read the file: " + e.getMessage()), e);
            }
            return new Source(display, stripExtension(display), absolute.getParent(), "file:" + absolute, text);
        }
    }
}
