package org.cyberselfplay.train.trainer;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.cyberselfplay.train.config.TrainConfig;
import org.cyberselfplay.train.config.TrainConfigLoader;
import org.cyberselfplay.train.run.MetricsRow;

/** Tiny run configs for the trainer tests: a few episodes, a [16, 16] network, one thread. */
final class TinyRuns {
    /** The metrics that measure wall-clock speed, so differ between otherwise identical runs. */
    static final Set<String> THROUGHPUT = Set.of("train/env_steps_per_second", "train/samples_per_second");

    static final String BLUE = """
            name: tiny
            seed: 3
            scenario: small
            opponents: [{policy: blitz}, {policy: apt, weight: 2}]
            network: {hidden_sizes: [16, 16], max_hosts: 6}
            sft: {episodes: 4, epochs: 2, batch_size: 64, validation_split: 0.25}
            grpo: {updates: 4, group_size: 2, groups_per_update: 2}
            eval: {every: 2, episodes: 2, opponents: [blitz, meander]}
            run: {threads: 1, checkpoint_every: 2}
            """;

    private TinyRuns() {
    }

    static TrainConfig config(String yaml, String... overrides) {
        return TrainConfigLoader.fromYaml(yaml, "tiny.yaml", List.of(overrides));
    }

    /** The rows without their throughput metrics. */
    static List<MetricsRow> withoutThroughput(List<MetricsRow> rows) {
        return rows.stream().map(r -> {
            TreeMap<String, Double> v = new TreeMap<>(r.values());
            v.keySet().removeAll(THROUGHPUT);
            return new MetricsRow(r.step(), v);
        }).toList();
    }
}
