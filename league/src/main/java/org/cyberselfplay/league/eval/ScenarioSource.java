package org.cyberselfplay.league.eval;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.ScenarioLoader;
import org.cyberselfplay.env.scenario.Scenarios;

/**
 * Where a match job's scenario comes from, in a form another machine can rebuild it from: a preset name, or the
 * text of a scenario file (read once, on the machine that builds the job). A source made from a scenario alone
 * ({@link #local}) serves this process only. The scenario is built once per process and kept.
 *
 * <p>A file that names a {@code base} file (rather than a preset) is rebuilt elsewhere with that base resolved
 * against the working directory, so such a base must exist there too.
 */
public final class ScenarioSource implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String preset;
    private final String yaml;
    private final String sourceName;
    private transient volatile Scenario scenario;

    private ScenarioSource(String preset, String yaml, String sourceName, Scenario scenario) {
        this.preset = preset;
        this.yaml = yaml;
        this.sourceName = sourceName;
        this.scenario = scenario;
    }

    /**
     * A preset or a scenario file, loaded now (so a bad name or file fails here, as {@link Scenarios#load} does).
     *
     * @throws org.cyberselfplay.env.scenario.ScenarioException when it is neither or the file is invalid
     */
    public static ScenarioSource of(String nameOrPath) {
        Scenario loaded = Scenarios.load(nameOrPath);
        if (Scenarios.isPreset(nameOrPath)) {
            return new ScenarioSource(nameOrPath, null, nameOrPath, loaded);
        }
        try {
            return new ScenarioSource(null, Files.readString(Path.of(nameOrPath)), nameOrPath, loaded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario file " + nameOrPath + ": " + e.getMessage(), e);
        }
    }

    /** A scenario that only this process can use: executors in other processes refuse it. */
    public static ScenarioSource local(Scenario scenario) {
        return new ScenarioSource(null, null, scenario.name(), Objects.requireNonNull(scenario, "scenario"));
    }

    /** Whether another process can rebuild the scenario. */
    public boolean portable() {
        return preset != null || yaml != null;
    }

    /** Identifies the scenario's content: the preset name, or the file's name and a digest of its text. */
    public String version() {
        if (yaml == null) {
            return sourceName;
        }
        return sourceName + "#" + Integer.toHexString(yaml.hashCode()) + "-" + yaml.length();
    }

    /** The preset name or file the scenario came from. */
    public String sourceName() {
        return sourceName;
    }

    /**
     * The scenario, built on first use in this process.
     *
     * @throws IllegalStateException for a {@link #local} source outside the process that made it
     */
    public Scenario scenario() {
        Scenario s = scenario;
        if (s == null) {
            synchronized (this) {
                s = scenario;
                if (s == null) {
                    s = build();
                    scenario = s;
                }
            }
        }
        return s;
    }

    private Scenario build() {
        if (preset != null) {
            return Scenarios.preset(preset);
        }
        if (yaml != null) {
            return ScenarioLoader.fromYaml(yaml, sourceName);
        }
        throw new IllegalStateException("the scenario " + sourceName + " was handed over as an object, not as a "
                + "preset name or file, so it cannot be rebuilt in another process");
    }

    @Override
    public String toString() {
        return "scenario " + sourceName;
    }
}
