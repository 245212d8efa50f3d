package org.cyberselfplay.train.config;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared helpers of the config tests: where the shipped configs and test resources are, and loading text. */
final class Fixtures {
    private Fixtures() {
    }

    /** A shipped config, {@code configs/<file>} at the project root (found from the working directory up). */
    static Path shipped(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("configs").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("configs/" + file + " not found above " + Path.of("").toAbsolutePath());
    }

    /** A test resource under {@code configs/}. */
    static Path resource(String file) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource("configs/" + file).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource configs/" + file + " is missing", e);
        }
    }

    /** Loads YAML text named {@code test.yaml}, with overrides. */
    static TrainConfig load(String yaml, String... overrides) {
        return TrainConfigLoader.fromYaml(yaml, "test.yaml", List.of(overrides));
    }

    /** The problems loading {@code yaml} (with overrides) reports; fails when it loads. */
    static List<String> problems(String yaml, String... overrides) {
        return assertThrows(ConfigException.class, () -> load(yaml, overrides)).problems();
    }
}
