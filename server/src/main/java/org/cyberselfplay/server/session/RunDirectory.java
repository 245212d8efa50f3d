package org.cyberselfplay.server.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one directory whose files the server may read (scenario and archetype files named in a reset, the
 * {@code /artifacts} listing). Every lookup is confined: absolute paths, {@code ..} escapes and symbolic
 * links that lead outside are refused, so no request can read a file elsewhere. Immutable, thread-safe.
 */
public final class RunDirectory {
    private final Path root;

    private RunDirectory(Path root) {
        this.root = root;
    }

    /**
     * The run directory at {@code dir}, resolved to its real path.
     *
     * @throws IllegalArgumentException when {@code dir} is not an existing directory
     */
    public static RunDirectory of(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("run directory " + dir + " is not an existing directory");
        }
        try {
            return new RunDirectory(dir.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve run directory " + dir, e);
        }
    }

    /** The real path of the directory. */
    public Path root() {
        return root;
    }

    /**
     * The regular file at {@code relative} inside the directory, by its real path; empty when the name is
     * absolute, escapes the directory (directly or through a link), or names no regular file.
     */
    public Optional<Path> file(String relative) {
        if (relative == null || relative.isBlank() || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path p;
        try {
            p = Path.of(relative);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (p.isAbsolute()) {
            return Optional.empty();
        }
        Path resolved = root.resolve(p).normalize();
        if (!resolved.startsWith(root) || !Files.isRegularFile(resolved)) {
            return Optional.empty();
        }
        try {
            Path real = resolved.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A regular file found by {@link #list}: its path relative to the directory, size and modification time. */
    public record Entry(String path, long bytes, long modifiedMillis) {
    }

    /**
     * The regular files under the directory, depth-first in name order, at most {@code maxDepth} levels down
     * and at most {@code maxEntries} of them. Links are not followed.
     */
    public List<Entry> list(int maxDepth, int maxEntries) {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, maxDepth)) {
            files.sorted().forEach(f -> {
                if (out.size() >= maxEntries) {
                    return;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile()) {
                        out.add(new Entry(root.relativize(f).toString().replace('\\', '/'), a.size(),
                                a.lastModifiedTime().toMillis()));
                    }
                } catch (IOException e) {
                    // A file removed while listing is simply not listed.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return out;
        }
        return out;
    }
}
