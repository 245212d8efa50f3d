package org.cyberselfplay.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cyberselfplay.train.cli.Cli;
import org.junit.jupiter.api.Test;

/** {@code evaluate --executor spark} with the spark module on the classpath prints what the thread pool prints. */
class SparkCliTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void evaluateOnSparkPrintsTheThreadPoolsReport() {
        String[] threads = run("evaluate", "--blue", "scripted:expert", "--red", "blitz,apt@0.2,random",
                "--episodes", "70", "--seed", "4", "--format", "csv");
        String[] spark = run("evaluate", "--blue", "scripted:expert", "--red", "blitz,apt@0.2,random",
                "--episodes", "70", "--seed", "4", "--format", "csv", "--executor", "spark", "--master", "local[2]");
        assertEquals("0", threads[0], threads[2]);
        assertEquals("0", spark[0], spark[2]);
        assertEquals(4, threads[1].lines().count(), threads[1]);
        assertEquals(threads[1], spark[1]);
    }

    @Test
    void benchMatchesComparesSparkWithTheThreadPool() throws Exception {
        String[] r = run("bench", "matches", "--archetypes", "blitz,apt", "--neural-reds", "1", "--hidden", "8",
                "--episodes", "70", "--rounds", "1", "--warmup", "0", "--probe-tasks", "3", "--threads", "2",
                "--executor", "spark", "--master", "local[2]", "--episodes-per-task", "64", "--json");
        assertEquals("0", r[0], r[2]);
        com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r[1]);
        assertEquals(2, rows.size());
        assertEquals("spark (local[2], 1 block per task)", rows.get(1).get("executor").asText());
        assertEquals(6, rows.get(1).get("tasks_per_round").asInt());
        assertTrue(rows.get(1).get("identical_to_threads").asBoolean(), r[1]);
    }

    @Test
    void aBadMasterIsRefusedBeforeSparkStarts() {
        String[] r = run("evaluate", "--blue", "scripted:expert", "--executor", "spark", "--master", "local[0]");
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("error: --master: must be local, local[N]"), r[2]);
    }
}
