package org.cyberselfplay.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
    @Test
    void resolvesOnlyRegularFilesInside(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/c.yaml"), "x");
        RunDirectory run = RunDirectory.of(dir);
        assertTrue(run.file("a/b/c.yaml").isPresent());
        assertTrue(run.file("a/./b/../b/c.yaml").isPresent());
        assertTrue(run.file("a/b").isEmpty(), "directories are not files");
        assertTrue(run.file("../" + dir.getFileName() + "/a/b/c.yaml").isEmpty() || run.file("../" + dir.getFileName()
                + "/a/b/c.yaml").get().startsWith(run.root()));
        assertTrue(run.file("/etc/passwd").isEmpty());
        assertTrue(run.file("../../../../etc/passwd").isEmpty());
        assertTrue(run.file("a\0b").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> RunDirectory.of(dir.resolve("missing")));
    }

    @Test
    void listsFilesWithoutFollowingLinks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("z.txt"), "1");
        Files.createDirectories(dir.resolve("ckpt"));
        Files.writeString(dir.resolve("ckpt/p.zip"), "22");
        Files.createSymbolicLink(dir.resolve("etc"), Path.of("/etc"));
        List<RunDirectory.Entry> entries = RunDirectory.of(dir).list(4, 10);
        assertEquals(List.of("ckpt/p.zip", "z.txt"), entries.stream().map(RunDirectory.Entry::path).toList());
        assertEquals(2, entries.get(0).bytes());
        assertEquals(1, RunDirectory.of(dir).list(4, 1).size());
    }
}
