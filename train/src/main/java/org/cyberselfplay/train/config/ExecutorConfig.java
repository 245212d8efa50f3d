package org.cyberselfplay.train.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cyberselfplay.league.eval.ExecutorSettings;

/**
 * The {@code run.executor} section of a league or train config: where GRPO rollouts and a league's evaluation
 * matches (payoff cells and the fixed evaluation) run. Results are the same on every executor; gradient updates
 * stay in the run's own process.
 *
 * @param type            {@code type}: {@code threads} (the default: this process's {@code run.threads}) or
 *                        {@code spark} (the {@code spark} module, which must be on the classpath)
 * @param master          {@code master}: the Spark master URL ({@code local[2]}, {@code local[*]},
 *                        {@code spark://host:7077}, ...); only with {@code spark}; default: the one
 *                        {@code spark-submit} was given, else {@code local[*]}
 * @param episodesPerTask {@code episodes_per_task}: episodes per Spark task, rounded up to whole blocks of 64,
 *                        {@code >= 1}; only with {@code spark}; default: the spark module's
 */
public record ExecutorConfig(Type type, Optional<String> master, Optional<Integer> episodesPerTask) {
    /** The master URLs Spark accepts, in outline. */
    static final Pattern MASTER = Pattern.compile("local(\\[(\\*|[1-9]\\d*)(,\\s*\\d+)?])?"
            + "|local-cluster\\[\\s*[1-9]\\d*\\s*,\\s*[1-9]\\d*\\s*,\\s*[1-9]\\d*\\s*]"
            + "|spark://[^\\s/,]+(,[^\\s/,]+)*|yarn|k8s://\\S+");
    /** What {@link #MASTER} accepts, for messages. */
    static final String MASTERS = "local, local[N], local[*], local-cluster[N,CORES,MB], spark://HOST:PORT, yarn or "
            + "k8s://URL";

    /** The executor types. */
    public enum Type {
        THREADS(ExecutorSettings.THREADS), SPARK("spark");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public ExecutorConfig {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(episodesPerTask, "episodesPerTask");
        if (type != Type.SPARK && master.isPresent()) {
            throw new IllegalArgumentException("master: only applies to type spark");
        }
        if (type != Type.SPARK && episodesPerTask.isPresent()) {
            throw new IllegalArgumentException("episodes_per_task: only applies to type spark");
        }
        master.ifPresent(m -> {
            if (!MASTER.matcher(m).matches()) {
                throw new IllegalArgumentException("master: must be " + MASTERS + ", got \"" + m + "\"");
            }
        });
        episodesPerTask.ifPresent(e -> Checks.in("episodes_per_task", e,
                org.cyberselfplay.env.config.Bounds.POSITIVE));
    }

    /** The default: this process's threads. */
    public static ExecutorConfig threads() {
        return new ExecutorConfig(Type.THREADS, Optional.empty(), Optional.empty());
    }

    /** Spark at {@code master} (empty: spark-submit's, else {@code local[*]}) with the default task size. */
    public static ExecutorConfig spark(Optional<String> master) {
        return new ExecutorConfig(Type.SPARK, master, Optional.empty());
    }

    /** The settings that start this executor, with {@code threads} for an in-process one. */
    public ExecutorSettings settings(int threads) {
        return new ExecutorSettings(type.wireName(), master, threads, episodesPerTask, Map.of());
    }
}
