package org.cyberselfplay.train.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.league.meta.NashSolver;
import org.cyberselfplay.league.meta.ProjectedReplicatorSolver;
import org.cyberselfplay.league.pfsp.PfspWeighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** League configs: the shipped ones load and round-trip, defaults, and every bad value named by its path. */
class LeagueConfigLoaderTest {
    @TempDir
    Path tmp;

    private static LeagueConfig load(String yaml, String... overrides) {
        return LeagueConfigLoader.fromYaml(yaml, "test.yaml", List.of(overrides));
    }

    private static List<String> problems(String yaml, String... overrides) {
        return assertThrows(ConfigException.class, () -> load(yaml, overrides)).problems();
    }

    private static void assertOnly(String expected, String yaml, String... overrides) {
        assertEquals(List.of(expected), problems(yaml, overrides));
    }

    @Test
    void theShippedLeagueConfigsLoadAndTheirDumpLoadsBackEqual() {
        for (String file : List.of("league-quick.yaml", "league-pfsp.yaml", "league-psro.yaml",
                "league-pfsp-psro.yaml")) {
            LeagueConfig c = LeagueConfigLoader.load(Fixtures.shipped(file));
            assertEquals(file.replace(".yaml", ""), c.name());
            assertEquals(c, LeagueConfigLoader.fromYaml(LeagueConfigLoader.dump(c), "dump.yaml", List.of()), file);
        }
        assertEquals(LeagueSettings.Mode.PFSP, LeagueConfigLoader.load(Fixtures.shipped("league-pfsp.yaml"))
                .league().mode());
        assertEquals(LeagueSettings.Mode.PSRO, LeagueConfigLoader.load(Fixtures.shipped("league-psro.yaml"))
                .league().mode());
        assertEquals(LeagueSettings.Mode.MIX, LeagueConfigLoader.load(Fixtures.shipped("league-pfsp-psro.yaml"))
                .league().mode());
    }

    @Test
    void anEmptyMapTakesTheLeagueDefaults() {
        LeagueConfig c = load("{}");
        LeagueSettings l = c.league();
        assertEquals(LeagueSettings.Mode.PFSP, l.mode());
        assertEquals(10, l.rounds());
        assertEquals(10, c.grpo().updates(), "updates per round, not a training run's 100");
        assertEquals(10, l.bestResponse().grpo().updates());
        assertEquals(Policies.allRed(), l.archetypes());
        assertEquals(PfspWeighting.variance(), l.pfsp().weighting());
        assertTrue(l.metaSolver().solver() instanceof NashSolver);
        assertEquals("scripted:expert", c.sft().teacher());
        assertEquals("blitz", l.bestResponse().sft().teacher());
        assertEquals(LeagueSettings.BestResponse.Start.TEACHER, l.bestResponse().start());
        assertTrue(l.snapshotBlue());
        assertFalse(l.trainsBestResponses(), "pfsp mode trains no best response");
        assertEquals(Path.of("runs", "test"), c.run().outDir());
    }

    @Test
    void solverSettingsOverridesAndBasesApply() throws IOException {
        LeagueConfig c = load("league: {mode: psro, meta_solver: {name: prd, prd: {iterations: 500, gamma: 0.01}}}",
                "league.pfsp.weighting=hard", "league.pfsp.exponent=3", "grpo.updates=");
        assertEquals(new ProjectedReplicatorSolver(500, ProjectedReplicatorSolver.DEFAULT_DT, 0.01,
                ProjectedReplicatorSolver.DEFAULT_AVERAGE_FRACTION), c.league().metaSolver().solver());
        assertEquals(PfspWeighting.hard(3), c.league().pfsp().weighting());
        assertEquals(10, c.grpo().updates(), "an emptied override falls back to the league default");
        assertTrue(c.league().bestResponseDue(1));
        assertEquals(LeagueSettings.BestResponse.Start.STRONGEST,
                load("{}", "league.best_response.start=strongest").league().bestResponse().start());
        Path base = Files.writeString(tmp.resolve("base.yaml"), "name: base\nleague: {mode: mix, rounds: 4}\n");
        Path child = Files.writeString(tmp.resolve("child.yaml"), "base: base.yaml\nleague: {alpha: 0.25}\n");
        LeagueConfig d = LeagueConfigLoader.load(child);
        assertEquals("child", d.name());
        assertEquals(LeagueSettings.Mode.MIX, d.league().mode());
        assertEquals(4, d.league().rounds());
        assertEquals(0.25, d.league().alpha());
    }

    @Test
    void unknownChoicesListTheAcceptedOnes() {
        assertOnly("league.mode: must be one of pfsp, psro, mix, got \"alphastar\"", "league: {mode: alphastar}");
        assertOnly("league.meta_solver.name: must be one of uniform, replicator, prd, nash, got \"lp\"",
                "league: {meta_solver: {name: lp}}");
        assertOnly("league.pfsp.weighting: must be one of variance, hard, linear, got \"squared\"",
                "league: {pfsp: {weighting: squared}}");
        assertOnly("league.best_response.start: must be one of teacher, strongest, got \"best\"",
                "league: {best_response: {start: best}}");
        assertOnly("league.roundz: unknown key; accepted keys: " + String.join(", ", LeagueConfigReader.LEAGUE_KEYS),
                "league: {rounds: 2, roundz: 3}");
    }

    @Test
    void badValuesNameTheirPathAndTheValue() {
        assertOnly("league.alpha: must be in [0, 1], got 1.5", "league: {alpha: 1.5}");
        assertOnly("league.decay: must be in (0, 1], got 0", "league: {decay: 0}");
        assertOnly("league.sims_per_entry: must be > 0, got 0", "league: {sims_per_entry: 0}");
        assertOnly("league.pfsp.floor: must be in [0, 1], got -0.1", "league: {pfsp: {floor: -0.1}}");
        assertOnly("league.meta_solver.prd.gamma: must be in [0, 1), got 1",
                "league: {meta_solver: {prd: {gamma: 1}}}");
        assertOnly("league.best_response.grpo.epsilon: must be in (0, 1), got 1.5",
                "league: {best_response: {grpo: {epsilon: 1.5}}}");
        assertOnly("league.best_response.every: must be > 0, got 0", "league: {best_response: {every: 0}}");
        assertOnly("eval.every: must be >= 0, got -1", "eval: {every: -1}");
        assertOnly("grpo.enabled: must be true in a league: every round trains the learner with GRPO",
                "grpo: {enabled: false}");
        assertOnly("league.archetypes[1]: repeats league.archetypes[0] (pool id \"blitz\")",
                "league: {archetypes: [blitz, blitz]}");
        assertTrue(problems("league: {archetypes: [blitz, red.zip]}").get(0)
                .startsWith("league.archetypes[1]: must be an archetype spec"));
        assertTrue(problems("league: {archetypes: [blitz, nosuch]}").get(0)
                .startsWith("league.archetypes[1]: not a Red policy: "));
        assertTrue(problems("league: {best_response: {sft: {teacher: \"scripted:expert\"}}}").get(0)
                .startsWith("league.best_response.sft.teacher: not a Red policy: "));
        assertOnly("run.checkpoint_every: unknown key; accepted keys: out_dir, threads, executor",
                "run: {checkpoint_every: 5}");
        assertOnly("league.alpha: must be in [0, 1], got 2 (set by --set league.alpha=2)", "{}", "league.alpha=2");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> p = problems("league: {mode: x, rounds: 0, decay: 2}\nseed: abc\n");
        assertEquals(4, p.size(), String.join("\n", p));
    }
}
