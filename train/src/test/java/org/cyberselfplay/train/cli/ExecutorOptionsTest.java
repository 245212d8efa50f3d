package org.cyberselfplay.train.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --executor} and {@code --master} of {@code evaluate}, {@code league} and {@code train} where the spark module is not on
 * the classpath (as in the plain jar): threads work and give the default's results; spark, and every bad value,
 * exit with 2 and one line.
 */
class ExecutorOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void threadsIsTheDefaultsResult() {
        String[] base = {"evaluate", "--blue", "scripted:expert", "--red", "blitz,apt", "--episodes", "30",
                "--format", "csv"};
        CliRun plain = CliRun.of(base);
        String[] withThreads = java.util.Arrays.copyOf(base, base.length + 2);
        withThreads[base.length] = "--executor";
        withThreads[base.length + 1] = "threads";
        CliRun threads = CliRun.of(withThreads);
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(0, threads.exitCode(), threads.err());
        assertEquals(plain.out(), threads.out());
    }

    @Test
    void sparkWithoutTheSparkModuleSaysHowToGetItAndExitsWithTwo() {
        CliRun r = CliRun.of("evaluate", "--blue", "scripted:expert", "--red", "blitz", "--episodes", "4",
                "--executor", "spark", "--master", "local[2]");
        assertEquals(2, r.exitCode());
        assertEquals("error: the spark executor is not on the classpath: add the spark module's jar "
                + "(spark/target/cyberselfplay-spark-<version>.jar) to the classpath, e.g. with spark-submit --jars "
                + "as the README's 'Running on a cluster' shows, or use executor type threads", r.err().strip());
    }

    @Test
    void aLeagueOnSparkWithoutTheModuleStopsBeforeWritingAnything() {
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("league", "--config", LeagueCommandTestPaths.quick().toString(), "--out", out.toString(),
                "--executor", "spark");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: the spark executor is not on the classpath"), r.err());
        assertFalse(Files.exists(out), "nothing written");
        CliRun viaConfig = CliRun.of("league", "--config", LeagueCommandTestPaths.quick().toString(), "--out",
                out.toString(), "--set", "run.executor.type=spark");
        assertEquals(2, viaConfig.exitCode());
        assertTrue(viaConfig.err().startsWith("error: the spark executor is not on the classpath"), viaConfig.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aTrainRunOnSparkWithoutTheModuleStopsBeforeWritingAnything() throws java.io.IOException {
        Path config = tmp.resolve("tiny.yaml");
        Files.writeString(config, """
                name: tiny
                scenario: small
                network: {hidden_sizes: [16, 16], max_hosts: 6}
                sft: {enabled: false}
                grpo: {updates: 1, group_size: 2, groups_per_update: 2}
                run: {threads: 1}
                """);
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("train", "--config", config.toString(), "--out", out.toString(), "--executor", "spark",
                "--master", "local[2]");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: the spark executor is not on the classpath"), r.err());
        assertFalse(Files.exists(out), "nothing written");
        CliRun viaConfig = CliRun.of("train", "--config", config.toString(), "--out", out.toString(), "--set",
                "run.executor.type=spark");
        assertEquals(2, viaConfig.exitCode());
        assertTrue(viaConfig.err().startsWith("error: the spark executor is not on the classpath"), viaConfig.err());
        assertFalse(Files.exists(out), "nothing written");
        CliRun threads = CliRun.of("train", "--config", config.toString(), "--out", out.toString(), "--executor",
                "threads");
        assertEquals(0, threads.exitCode(), threads.err());
    }

    @Test
    void badValuesAndCombinationsExitWithTwo() {
        CliRun unknown = CliRun.of("evaluate", "--blue", "scripted:expert", "--executor", "flink");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("error: --executor must be threads or spark, got 'flink'"), unknown.err());
        CliRun masterAlone = CliRun.of("evaluate", "--blue", "scripted:expert", "--master", "local[2]");
        assertEquals(2, masterAlone.exitCode());
        assertTrue(masterAlone.err().startsWith("error: --master applies to --executor spark; add --executor spark"),
                masterAlone.err());
        CliRun threadsMaster = CliRun.of("evaluate", "--blue", "scripted:expert", "--executor", "threads",
                "--master", "local[2]");
        assertEquals(2, threadsMaster.exitCode());
        assertTrue(threadsMaster.err().startsWith("error: --master applies to --executor spark, not threads"),
                threadsMaster.err());
        CliRun badMaster = CliRun.of("league", "--config", LeagueCommandTestPaths.quick().toString(), "--executor",
                "spark", "--master", "mesos://x");
        assertEquals(2, badMaster.exitCode());
        assertTrue(badMaster.err().startsWith("error: --master: must be local, local[N], local[*], "
                + "local-cluster[N,CORES,MB], spark://HOST:PORT, yarn or k8s://URL, got \"mesos://x\""),
                badMaster.err());
    }
}
