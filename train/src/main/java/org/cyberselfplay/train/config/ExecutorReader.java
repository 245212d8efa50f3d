package org.cyberselfplay.train.config;

import static org.cyberselfplay.env.config.Bounds.POSITIVE;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cyberselfplay.env.config.ConfigReader;

/** Reads {@code run.executor} ({@link ExecutorConfig}) for {@link LeagueConfigReader} and {@link TrainConfigReader}. */
final class ExecutorReader {
    static final List<String> KEYS = List.of("type", "master", "episodes_per_task");

    private ExecutorReader() {
    }

    /** Reads and checks the section, recording every problem under {@code e}. */
    static Supplier<ExecutorConfig> read(ConfigReader e) {
        e.allowOnly(KEYS);
        ExecutorConfig.Type type = Readers.choice(e, "type", List.of(ExecutorConfig.Type.values()),
                ExecutorConfig.Type::wireName, ExecutorConfig.Type.THREADS);
        Optional<String> master = e.has("master") ? Optional.of(Readers.nonBlank(e.child("master")))
                : Optional.empty();
        Optional<Integer> perTask = e.has("episodes_per_task")
                ? Optional.of(e.integer("episodes_per_task", POSITIVE, 1)) : Optional.empty();
        boolean spark = type == ExecutorConfig.Type.SPARK;
        if (!spark && master.isPresent()) {
            e.reportAt("master", "only applies to type spark; set type: spark or drop master");
        }
        if (!spark && perTask.isPresent()) {
            e.reportAt("episodes_per_task", "only applies to type spark; set type: spark or drop it");
        }
        master.filter(m -> !m.isBlank() && !ExecutorConfig.MASTER.matcher(m).matches()).ifPresent(m ->
                e.reportAt("master", "must be " + ExecutorConfig.MASTERS + ", got \"" + m + "\""));
        return () -> new ExecutorConfig(type, master, perTask);
    }
}
