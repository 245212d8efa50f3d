package org.cyberselfplay.env.config;

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
import java.util.Collection;
import java.util.List;

/**
 * One YAML document and where it came from, and the {@code base:} inheritance that scenarios and run configs
 * share: a document may name a base document whose tree is deep-merged under its own.
 *
 * @param display     how problems name it (a path, or e.g. {@code preset small})
 * @param defaultName the name a document gets when it sets none (its file name without extension)
 * @param dir         folder that a relative {@code base} resolves against; null when there is none
 * @param identity    equal for the same document reached by different paths (cycle detection)
 * @param text        the YAML text
 */
public record YamlSource(String display, String defaultName, Path dir, String identity, String text) {

    /** Turns problems into the caller's exception type (ScenarioException, ConfigException, ...). */
    @FunctionalInterface
    public interface Failure {
        RuntimeException of(String source, List<String> problems, Throwable cause);
    }

    /** Finds the document a {@code base:} reference names, relative to the document that names it. */
    @FunctionalInterface
    public interface BaseLocator {
        YamlSource locate(YamlSource from, String ref);
    }

    /** A document given as text; relative bases resolve against {@code dir} (may be null). */
    public static YamlSource text(String sourceName, Path dir, String yaml) {
        return new YamlSource(sourceName, stripExtension(sourceName), dir, "text:" + sourceName, yaml);
    }

    /** Reads a file; unreadable files fail with one problem saying why. */
    public static YamlSource file(Path file, Failure failure) {
        String display = file.toString();
        String text;
        Path real;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw failure.of(display, List.of("no such file"), e);
        } catch (AccessDeniedException e) {
            throw failure.of(display, List.of("permission denied"), e);
        } catch (CharacterCodingException e) {
            throw failure.of(display, List.of("not UTF-8 text"), e);
        } catch (IOException e) {
            throw failure.of(display, List.of("cannot read the file: " + e.getMessage()), e);
        }
        return new YamlSource(display, stripExtension(display), real.getParent(), "file:" + real, text);
    }

    /**
     * The path {@code ref} names relative to {@code from}'s folder (which may not exist), or null when there
     * is no folder or {@code ref} is not a valid path.
     */
    public static Path resolvePath(YamlSource from, String ref) {
        if (from.dir() == null) {
            return null;
        }
        try {
            return from.dir().resolve(ref).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The parsed tree; YAML syntax errors fail with the line and what the parser said. */
    public JsonNode parse(Failure failure) {
        try {
            return YamlTrees.parse(text);
        } catch (JacksonException e) {
            throw failure.of(display, List.of(YamlTrees.describe(e)), e);
        }
    }

    /**
     * This document's tree with its {@code base} chain merged in (bases first, maps merged recursively) and the
     * {@code base} key removed; {@code notInherited} keys of a base are dropped before merging. Cycles fail.
     *
     * @param what     words for the documents in messages, e.g. {@code "scenario fields"}
     * @param accepted what a {@code base} may be, for the message when it is not a string
     */
    public JsonNode resolveBases(BaseLocator locator, Collection<String> notInherited, String what, String accepted,
                                 Failure failure) {
        return resolve(this, new ArrayList<>(), new Rules(locator, notInherited, what, accepted, failure));
    }

    private record Rules(BaseLocator locator, Collection<String> notInherited, String what, String accepted,
                         Failure failure) {
    }

    private static JsonNode resolve(YamlSource source, List<YamlSource> chain, Rules rules) {
        Failure failure = rules.failure();
        chain.add(source);
        JsonNode tree = source.parse(failure);
        JsonNode baseRef = tree.get("base");
        if (baseRef == null || baseRef.isNull()) {
            if (tree instanceof ObjectNode map) {
                map.remove("base");
            }
            return tree;
        }
        if (!baseRef.isTextual() || baseRef.textValue().isBlank()) {
            throw failure.of(source.display(), List.of("base: expected " + rules.accepted() + ", got "
                    + ConfigReader.describe(baseRef)), null);
        }
        YamlSource base = rules.locator().locate(source, baseRef.textValue());
        if (chain.stream().anyMatch(s -> s.identity().equals(base.identity()))) {
            List<String> names = new ArrayList<>(chain.stream().map(YamlSource::display).toList());
            names.add(base.display());
            throw failure.of(source.display(), List.of("base: cycle " + String.join(" -> ", names)), null);
        }
        JsonNode baseTree = resolve(base, chain, rules);
        if (!(baseTree instanceof ObjectNode inherited)) {
            throw failure.of(base.display(), List.of("expected a map of " + rules.what() + " at the top level of "
                    + "this base, got " + ConfigReader.describe(baseTree)), null);
        }
        ObjectNode parent = inherited.deepCopy();
        parent.remove(rules.notInherited());
        ObjectNode own = ((ObjectNode) tree).deepCopy();
        own.remove("base");
        return YamlTrees.merge(parent, own);
    }

    /** A file name without folders and without a {@code .yaml}/{@code .yml} extension. */
    public static String stripExtension(String name) {
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
}
