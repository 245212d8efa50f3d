package org.cyberselfplay.env.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The preset scenarios shipped in the jar ({@code configs/scenarios/<name>.yaml}) and lookup by name or
 * path. Presets are loaded once and cached; scenarios are immutable, so sharing them is safe. Thread-safe.
 */
public final class Scenarios {
    private static final List<String> PRESET_NAMES = List.of("small", "medium", "large");
    private static final ConcurrentMap<String, Scenario> CACHE = new ConcurrentHashMap<>();

    private Scenarios() {
    }

    /** The preset names, smallest first: small, medium, large (unmodifiable). */
    public static List<String> presetNames() {
        return PRESET_NAMES;
    }

    /** Whether {@code name} is a preset name (exact, case-sensitive). */
    public static boolean isPreset(String name) {
        return name != null && PRESET_NAMES.contains(name);
    }

    /**
     * A preset scenario, loaded from the classpath on first use.
     *
     * @throws ScenarioException when {@code name} is not a preset (the message lists them)
     */
    public static Scenario preset(String name) {
        Objects.requireNonNull(name, "name");
        if (!isPreset(name)) {
            throw new ScenarioException(name, List.of("unknown preset; presets: " + String.join(", ", PRESET_NAMES)));
        }
        return CACHE.computeIfAbsent(name, ScenarioLoader::loadPreset);
    }

    /**
     * A preset by name, else the scenario file at that path.
     *
     * @throws ScenarioException when it is neither a preset nor an existing file (the message lists the
     *                           presets), or when the file is invalid
     */
    public static Scenario load(String nameOrPath) {
        Objects.requireNonNull(nameOrPath, "nameOrPath");
        if (isPreset(nameOrPath)) {
            return preset(nameOrPath);
        }
        return existingFile(nameOrPath).map(ScenarioLoader::load).orElseThrow(() -> new ScenarioException(
                nameOrPath, List.of("neither a preset (" + String.join(", ", PRESET_NAMES) + ") nor an existing file")));
    }

    private static Optional<Path> existingFile(String path) {
        try {
            Path file = Path.of(path);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
