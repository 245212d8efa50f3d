package org.cyberselfplay.train.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code run.executor} of league and train configs: defaults, choices, the master URL, and every problem with its
 * path.
 */
class ExecutorConfigTest {
    private static LeagueConfig load(String yaml, String... overrides) {
        return LeagueConfigLoader.fromYaml(yaml, "test.yaml", List.of(overrides));
    }

    private static List<String> problems(String yaml, String... overrides) {
        return assertThrows(ConfigException.class, () -> load(yaml, overrides)).problems();
    }

    @Test
    void theThreadPoolIsTheDefaultAndSparkTakesAMasterAndATaskSize() {
        assertEquals(ExecutorConfig.threads(), load("{}").run().executor());
        ExecutorConfig spark = load("run: {executor: {type: spark, master: \"spark://head:7077\", "
                + "episodes_per_task: 256}}").run().executor();
        assertEquals(new ExecutorConfig(ExecutorConfig.Type.SPARK, Optional.of("spark://head:7077"), Optional.of(256)),
                spark);
        assertEquals(4, spark.settings(2).blocksPerTask(64, 2));
        assertEquals("spark", spark.settings(2).type());
        for (String master : List.of("local", "local[2]", "local[*]", "local[4,2]", "local-cluster[2,1,512]",
                "spark://a:7077,b:7077", "yarn", "k8s://https://k8s:6443")) {
            assertEquals(Optional.of(master), load("{}", "run.executor.type=spark", "run.executor.master=" + master)
                    .run().executor().master(), master);
        }
    }

    @Test
    void aDumpLoadsBackWithItsExecutorAndWithRunKeepsIt() {
        LeagueConfig c = load("run: {executor: {type: spark, master: \"local[2]\"}}");
        assertEquals(c, LeagueConfigLoader.fromYaml(LeagueConfigLoader.dump(c), "dump.yaml", List.of()));
        assertEquals(c.run().executor(), c.withRun(java.nio.file.Path.of("elsewhere"), 3).run().executor());
        assertEquals(ExecutorConfig.threads(), c.withExecutor(ExecutorConfig.threads()).run().executor());
    }

    @Test
    void badExecutorsNameTheirPathAndWhatIsAccepted() {
        assertEquals(List.of("run.executor.type: must be one of threads, spark, got \"flink\""),
                problems("run: {executor: {type: flink}}"));
        assertEquals(List.of("run.executor.master: only applies to type spark; set type: spark or drop master"),
                problems("run: {executor: {master: \"local[2]\"}}"));
        assertEquals(List.of("run.executor.episodes_per_task: only applies to type spark; set type: spark or drop it"),
                problems("run: {executor: {episodes_per_task: 64}}"));
        assertEquals(List.of("run.executor.master: must be " + ExecutorConfig.MASTERS + ", got \"mesos\""),
                problems("run: {executor: {type: spark, master: mesos}}"));
        assertEquals(List.of("run.executor.master: must not be blank"),
                problems("run: {executor: {type: spark, master: \" \"}}"));
        assertEquals(List.of("run.executor.episodes_per_task: must be > 0, got 0"),
                problems("run: {executor: {type: spark, episodes_per_task: 0}}"));
        assertEquals(List.of("run.executor.cores: unknown key; accepted keys: type, master, episodes_per_task"),
                problems("run: {executor: {type: spark, cores: 2}}"));
        assertEquals(List.of("run.executor: expected a map, got \"spark\""), problems("run: {executor: spark}"));
    }

    @Test
    void trainConfigsReadDumpAndCheckTheirExecutorToo() {
        String tiny = "network: {hidden_sizes: [16, 16]}\n";
        assertEquals(ExecutorConfig.threads(), TrainConfigLoader.fromYaml(tiny, "t.yaml", List.of()).run().executor());
        TrainConfig c = TrainConfigLoader.fromYaml(tiny + "run: {executor: {type: spark, master: \"local[2]\"}}",
                "t.yaml", List.of());
        assertEquals(ExecutorConfig.spark(Optional.of("local[2]")), c.run().executor());
        assertEquals(c, TrainConfigLoader.fromYaml(TrainConfigLoader.dump(c), "dump.yaml", List.of()));
        ConfigException e = assertThrows(ConfigException.class, () -> TrainConfigLoader.fromYaml(tiny,
                "t.yaml", List.of("run.executor.type=spark", "run.executor.cores=2", "run.executor.master=mesos")));
        assertEquals(List.of("run.executor.cores: unknown key; accepted keys: type, master, episodes_per_task (set by "
                + "--set run.executor.cores=2)", "run.executor.master: must be " + ExecutorConfig.MASTERS + ", got "
                + "\"mesos\" (set by --set run.executor.master=mesos)"), e.problems());
    }

    @Test
    void theRecordRefusesWhatTheReaderReports() {
        assertThrows(IllegalArgumentException.class, () -> new ExecutorConfig(ExecutorConfig.Type.THREADS,
                Optional.of("local"), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> ExecutorConfig.spark(Optional.of("local[0]")));
    }
}
