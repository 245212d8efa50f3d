package org.cyberselfplay.train.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Whole-file writes that readers see either complete or not at all: temp file, then rename. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code file}, creating its parent directories. */
    static Path writeString(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} to {@code file}: into a temporary file next to it, then renamed over it
     * (atomically where the file system supports it). The parent directories are created.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    static Path write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // The write already failed; that failure is the one to report.
        }
    }
}
