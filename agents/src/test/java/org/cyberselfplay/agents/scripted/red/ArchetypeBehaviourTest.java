package org.cyberselfplay.agents.scripted.red;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.RedView;
import org.cyberselfplay.env.scenario.RedParams;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-ins behave as their names promise, measured over 200 seeded episodes per case (fixed seeds:
 * the numbers are reproducible, the margins wide enough to survive recalibration of the presets).
 */
class ArchetypeBehaviourTest {
    private static final int EPISODES = 200;

    /** 1-based turn of each exfiltration, sorted; episodes without one are left out. */
    private static List<Integer> exfilTurns(Scenario scenario, String spec, Matches.Blue blue) {
        Policy red = Archetypes.create(spec, scenario);
        GameEnv env = new GameEnv(scenario);
        List<Integer> turns = new ArrayList<>();
        for (int ep = 0; ep < EPISODES; ep++) {
            EpisodeMetrics m = Matches.play(env, red, blue, 7_000 + ep, (e, o, a, n) -> { }).metrics();
            if (m.exfiltrated()) {
                turns.add(m.steps() + 1);
            }
        }
        Collections.sort(turns);
        return turns;
    }

    private static int median(List<Integer> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The median number of Red moves of the shortest attack path, sampled from the scenario's chances
     * without the env: recon once per zone, one exploit into the outer zone, a credential dump and a pivot
     * into each deeper zone, one enumeration to fingerprint the high-value host, dumps until admin on it,
     * prepare, wait for the staging, exfiltrate until it succeeds. With the presets' chances it needs 13
     * moves when every roll succeeds and about 20 on average.
     */
    private static int shortestPathMedian(Scenario scenario) {
        RedParams p = scenario.red();
        var outer = scenario.hosts().stream().filter(h -> h.zone() == 0).findFirst().orElseThrow();
        double exploit = p.exploitBase() * outer.exploitability()
                * (1 - scenario.blue().patchEffect() * outer.patchLevel());
        int zones = scenario.zones().size();
        SplittableRandom rng = new SplittableRandom(17);
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int moves = zones + tries(exploit, rng) + 1 + 1 + Math.max(0, p.stagingTurns() - 1)
                    + tries(p.escalateChance(), rng) + tries(p.exfilSuccess(), rng);
            for (int z = 1; z < zones; z++) {
                moves += 1 + tries(p.pivotSuccess(), rng);
            }
            lengths.add(moves);
        }
        Collections.sort(lengths);
        return median(lengths);
    }

    /** Attempts up to and including the first success. */
    private static int tries(double chance, SplittableRandom rng) {
        int n = 1;
        while (rng.nextDouble() >= chance) {
            n++;
        }
        return n;
    }

    /**
     * Blitz against a Blue that does nothing (query_siem every turn) exfiltrates in every episode, with a
     * median within one turn of the shortest attack path's and faster than meander; on small, by turn 15 at
     * the median (the bar for a B_line-like attacker).
     */
    @ParameterizedTest
    @ValueSource(strings = {"small", "medium"})
    void blitzExfiltratesFastAgainstDoNothingBlue(String name) {
        Scenario scenario = Scenarios.preset(name);
        List<Integer> turns = exfilTurns(scenario, "blitz", Matches.DO_NOTHING);
        assertEquals(EPISODES, turns.size(), "blitz exfiltrates in every episode against a passive Blue");
        int shortest = shortestPathMedian(scenario);
        assertTrue(median(turns) <= shortest + 1, () -> "median exfil turn " + median(turns)
                + ", shortest path's median " + shortest);
        if (name.equals("small")) {
            assertTrue(median(turns) <= 15, () -> "median exfil turn on small " + median(turns) + " > 15");
        }
        int meanderMedian = median(exfilTurns(scenario, "meander", Matches.DO_NOTHING));
        assertTrue(median(turns) < meanderMedian, "blitz beats meander: " + median(turns) + " vs " + meanderMedian);
    }

    @Test
    void saboteurViolatesThePlaybookAndRarelyExfiltrates() {
        Scenario scenario = Scenarios.preset("small");
        Policy red = Archetypes.create("saboteur", scenario);
        GameEnv env = new GameEnv(scenario);
        int violations = 0;
        int exfils = 0;
        for (int ep = 0; ep < EPISODES; ep++) {
            EpisodeMetrics m = Matches.play(env, red, Matches.FOLLOWS_PLAYBOOK, 9_000 + ep, (e, o, a, n) -> { })
                    .metrics();
            violations += m.instructionsViolated();
            exfils += m.exfiltrated() ? 1 : 0;
        }
        double meanViolations = violations / (double) EPISODES;
        // Measured: about 10.5 violations per episode of 40 instructions, no exfiltration.
        assertTrue(meanViolations >= 5, "mean violations per episode " + meanViolations);
        assertTrue(exfils <= EPISODES / 20, "saboteur exfiltrated in " + exfils + " episodes");
        int blitzExfils = exfilTurns(scenario, "blitz", Matches.FOLLOWS_PLAYBOOK).size();
        assertTrue(blitzExfils >= EPISODES * 9 / 10, "blitz exfiltrated in " + blitzExfils);
    }

    /** Alerts Blue sees appear per Red move: the new alerts in Blue's view after each Red move, noise included. */
    private static double alertsPerRedMove(Scenario scenario, String spec) {
        Policy red = Archetypes.create(spec, scenario);
        GameEnv env = new GameEnv(scenario);
        long[] counts = new long[2];
        for (int ep = 0; ep < EPISODES; ep++) {
            Matches.play(env, red, Matches.DO_NOTHING, 11_000 + ep, (e, o, a, newAlerts) -> {
                counts[0] += newAlerts;
                counts[1]++;
            });
        }
        return counts[0] / (double) counts[1];
    }

    @Test
    void aptRaisesFewerAlertsPerMoveThanBlitz() {
        Scenario scenario = Scenarios.preset("small");
        double apt = alertsPerRedMove(scenario, "apt");
        double blitz = alertsPerRedMove(scenario, "blitz");
        // Measured: apt about 0.47, blitz about 0.79 (each including about 0.3 background false positives).
        assertTrue(apt < 0.75 * blitz, "apt " + apt + " vs blitz " + blitz);
    }

    @Test
    void aptExfiltratesLate() {
        Scenario scenario = Scenarios.preset("small");
        List<Integer> turns = exfilTurns(scenario, "apt", Matches.DO_NOTHING);
        assertTrue(turns.size() >= EPISODES * 9 / 10, "apt exfiltrated in " + turns.size());
        int earliest = turns.get(0);
        assertTrue(earliest > 0.6 * scenario.maxTurns(), "earliest apt exfiltration on turn " + earliest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "medium"})
    void meanderTakesTheOuterZoneBeforeTheNext(String name) {
        Scenario scenario = Scenarios.preset(name);
        String outer = scenario.zones().get(0);
        String next = scenario.zones().get(1);
        Policy red = Archetypes.create("meander", scenario);
        GameEnv env = new GameEnv(scenario);
        int[] outcome = new int[2];
        for (int ep = 0; ep < EPISODES; ep++) {
            boolean[] seen = new boolean[1];
            Matches.play(env, red, Matches.DO_NOTHING, 13_000 + ep, (e, before, a, n) -> {
                if (seen[0] || !holdsIn(e.observe(Actor.RED), next)) {
                    return;
                }
                seen[0] = true;
                outcome[0]++;
                outcome[1] += heldEveryKnownHost(before.red(), outer) ? 1 : 0;
            });
        }
        // Measured: every episode reaches the next zone, always with the outer zone taken first.
        assertTrue(outcome[0] >= EPISODES * 9 / 10, "reached " + next + " in " + outcome[0] + " episodes");
        assertTrue(outcome[1] >= outcome[0] * 9 / 10, outcome[1] + " of " + outcome[0] + " took " + outer + " first");
    }

    private static boolean holdsIn(Observation red, String zone) {
        Set<String> inZone = red.red().knownTargets().stream().filter(t -> t.zone().equals(zone))
                .map(RedView.TargetView::name).collect(Collectors.toSet());
        return red.red().footholds().stream().anyMatch(f -> inZone.contains(f.host()));
    }

    private static boolean heldEveryKnownHost(RedView view, String zone) {
        Set<String> held = view.footholds().stream().map(RedView.FootholdView::host).collect(Collectors.toSet());
        return view.knownTargets().stream().filter(t -> t.zone().equals(zone) && t.online())
                .allMatch(t -> held.contains(t.name()));
    }
}
