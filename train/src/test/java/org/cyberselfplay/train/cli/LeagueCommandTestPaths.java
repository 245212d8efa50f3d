package org.cyberselfplay.train.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shipped configs from a module's working directory. */
final class LeagueCommandTestPaths {
    private LeagueCommandTestPaths() {
    }

    static Path quick() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("configs").resolve("league-quick.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("configs/league-quick.yaml not found");
    }
}
