package org.cyberselfplay.agents.scripted.red;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.ActionMask;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.RedView;
import org.cyberselfplay.env.obs.RedView.FootholdView;
import org.cyberselfplay.env.obs.RedView.StagedView;
import org.cyberselfplay.env.obs.RedView.TargetView;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The engine on hand-built Red observations of the small preset (corp: host-00..02, prod: host-03..04,
 * secure: db-01), so each expectation can be worked out by hand.
 */
class ArchetypePolicyTest {
    private final Scenario small = Scenarios.preset("small");
    private final ActionSpace space = ActionSpace.of(small, Actor.RED);
    private final RedFacts.Hosts hosts = RedFacts.layout(small);

    private static TargetView target(String name, String zone, boolean online, boolean enumerated, boolean hv) {
        return new TargetView(name, zone, online, enumerated,
                enumerated ? OptionalDouble.of(0.5) : OptionalDouble.empty(), hv);
    }

    /** Every host known and online, none enumerated. */
    private static List<TargetView> allKnown() {
        List<TargetView> out = new ArrayList<>();
        for (String h : List.of("host-00", "host-01", "host-02")) {
            out.add(target(h, "corp", true, false, false));
        }
        for (String h : List.of("host-03", "host-04")) {
            out.add(target(h, "prod", true, false, false));
        }
        out.add(target("db-01", "secure", true, false, false));
        return out;
    }

    private static RedView view(List<TargetView> known, List<FootholdView> footholds, List<String> creds,
                                List<StagedView> staged, double pressure, int stealth) {
        return new RedView(known, footholds, creds, staged, 0, pressure, stealth);
    }

    /** A Red observation at {@code turn} of 60 whose legal actions are exactly {@code legal}: tool to hosts. */
    private Observation obs(int turn, RedView view, Map<Tool, List<String>> legal) {
        long[] words = new long[(space.size() + 63) / 64];
        legal.forEach((tool, targets) -> {
            List<Integer> args = tool.targeted() ? targets.stream().map(small::hostIndex).toList() : List.of(0);
            for (int arg : args) {
                int index = space.encode(tool, arg);
                words[index >>> 6] |= 1L << index;
            }
        });
        return new Observation(Actor.RED, turn, 60, false, 0, Map.of(), List.of(), Optional.empty(), 0,
                Optional.empty(), new ActionMask(words, space.size()), view);
    }

    private static Archetype archetype(String yaml) {
        return Archetypes.parse(yaml, "test.yaml");
    }

    private Set<String> targetsChosen(ArchetypePolicy p, Observation o, int draws) {
        Set<String> seen = new HashSet<>();
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < draws; i++) {
            seen.add(p.act(o, rng).target());
        }
        return seen;
    }

    @Test
    void selectorsNarrowLeftToRight() {
        // Foothold on host-00; exploit legal on host-01 (corp), host-03, host-04 (prod) and db-01 (secure).
        RedView v = view(allKnown(), List.of(new FootholdView("host-00", "user", false, true)), List.of(),
                List.of(), 0, 0);
        Observation o = obs(5, v, Map.of(Tool.ATTEMPT_EXPLOIT, List.of("host-01", "host-03", "host-04", "db-01"),
                Tool.RECON_NETWORK, List.of()));
        var deeperShallowest = new ArchetypePolicy(archetype(
                "rules:\n  - {tool: attempt_exploit, target: [deeper, shallowest]}\n"), small, 0);
        assertEquals(Set.of("host-03", "host-04"), targetsChosen(deeperShallowest, o, 200));
        var deepest = new ArchetypePolicy(archetype("rules:\n  - {tool: attempt_exploit, target: deepest}\n"), small, 0);
        assertEquals(Set.of("db-01"), targetsChosen(deepest, o, 50));
        var shallowest = new ArchetypePolicy(archetype("rules:\n  - {tool: attempt_exploit, target: shallowest}\n"),
                small, 0);
        assertEquals(Set.of("host-01"), targetsChosen(shallowest, o, 50));
    }

    @Test
    void aRuleWhoseSelectorsLeaveNothingDoesNotApply() {
        RedView v = view(allKnown(), List.of(), List.of(), List.of(), 0, 0);
        Observation o = obs(0, v, Map.of(Tool.ATTEMPT_EXPLOIT, List.of("host-00"), Tool.RECON_NETWORK, List.of()));
        var p = new ArchetypePolicy(archetype("rules:\n  - {name: hv, tool: attempt_exploit, target: high_value}\n"
                + "  - {name: look, tool: recon_network}\n"), small, 0);
        Action a = p.act(o, new SplittableRandom(3));
        assertEquals("recon_network", a.tool());
        assertEquals("test: look", a.rationale());
    }

    @Test
    void conditionsReadRedsObservation() {
        // Admin on host-00 (online), user on host-03 (isolated), credentials from host-00, data on db-01
        // staged and ready in 1 turn; host-01 is offline. Turn 30 of 60, pressure 0.25, no stealth.
        List<TargetView> known = new ArrayList<>(allKnown());
        known.set(1, target("host-01", "corp", false, false, false));
        RedView v = view(known, List.of(new FootholdView("host-00", "admin", true, true),
                        new FootholdView("host-03", "user", false, false)), List.of("host-00"),
                List.of(new StagedView("db-01", 1)), 0.25, 0);
        RedFacts f = RedFacts.of(obs(30, v, Map.of(Tool.COVER_TRACKS, List.of())), hosts);
        Map<String, Boolean> expected = new java.util.LinkedHashMap<>();
        expected.put("has_foothold: true", true);
        expected.put("has_admin: true", true);
        expected.put("has_admin: false", false);
        expected.put("has_credentials: true", true);
        expected.put("staging: true", true);
        expected.put("ready_staged: true", false);
        expected.put("known_high_value: true", true);
        expected.put("foothold_on_high_value: true", false);
        expected.put("stealthy: false", true);
        expected.put("unknown_next_zone: true", false); // prod hosts are known (host-03 offline, host-04 online)
        expected.put("footholds_at_least: 2", false); // host-03 is offline
        expected.put("footholds_below: 2", true);
        expected.put("deepest_foothold_zone_at_least: 1", false);
        expected.put("deepest_foothold_zone_below: 1", true);
        expected.put("zone_taken: 0", false); // host-02 is known, online and not held
        expected.put("zone_open: 0", true);
        expected.put("zone_taken: 2", false); // db-01 is known and online
        expected.put("zone_taken: 7", true); // no such zone: nothing left to take
        expected.put("turn_at_least: 30", true);
        expected.put("turn_below: 30", false);
        expected.put("progress_at_least: 0.5", true);
        expected.put("progress_below: 0.5", false);
        expected.put("detection_pressure_at_least: 0.25", true);
        expected.put("detection_pressure_below: 0.25", false);
        expected.forEach((text, holds) -> {
            Condition c = archetype("rules:\n  - {when: {" + text + "}, tool: cover_tracks}\n").rules().get(0)
                    .when().get(0);
            assertEquals(text, c.toString());
            assertEquals(holds, c.holds(f), text);
        });
    }

    @Test
    void unknownNextZoneLooksPastTheDeepestFoothold() {
        RedView none = view(List.of(), List.of(), List.of(), List.of(), 0, 0);
        assertTrue(RedFacts.of(obs(0, none, Map.of()), hosts).unknownNextZone(), "nothing known: the outer zone");
        List<TargetView> corpOnly = allKnown().subList(0, 3);
        RedView inCorp = view(corpOnly, List.of(new FootholdView("host-01", "user", false, true)), List.of(),
                List.of(), 0, 0);
        assertTrue(RedFacts.of(obs(0, inCorp, Map.of()), hosts).unknownNextZone());
        RedView inSecure = view(allKnown(), List.of(new FootholdView("db-01", "user", false, true)), List.of(),
                List.of(), 0, 0);
        assertEquals(false, RedFacts.of(obs(0, inSecure, Map.of()), hosts).unknownNextZone(), "no zone after secure");
    }

    @Test
    void probabilityGatesARuleThatApplies() {
        Observation o = obs(0, view(List.of(), List.of(), List.of(), List.of(), 0, 0),
                Map.of(Tool.RECON_NETWORK, List.of(), Tool.COVER_TRACKS, List.of()));
        var never = new ArchetypePolicy(archetype("rules:\n  - {tool: recon_network, probability: 0}\n"
                + "fallback: cover_tracks\n"), small, 0);
        var half = new ArchetypePolicy(archetype("rules:\n  - {tool: recon_network, probability: 0.5}\n"
                + "fallback: cover_tracks\n"), small, 0);
        SplittableRandom rng = new SplittableRandom(5);
        int recon = 0;
        for (int i = 0; i < 2000; i++) {
            assertEquals("cover_tracks", never.act(o, rng).tool());
            recon += half.act(o, rng).tool().equals("recon_network") ? 1 : 0;
        }
        assertTrue(recon > 900 && recon < 1100, "fired " + recon + " of 2000");
    }

    @Test
    void theFallbackToolIsPlayedWhenLegalElseARandomLegalAction() {
        var p = new ArchetypePolicy(archetype("rules: []\nfallback: dump_credentials\n"), small, 0);
        Observation withDump = obs(0, view(List.of(), List.of(), List.of(), List.of(), 0, 0),
                Map.of(Tool.DUMP_CREDENTIALS, List.of("host-02"), Tool.RECON_NETWORK, List.of()));
        Action a = p.act(withDump, new SplittableRandom(1));
        assertEquals(Action.of(Actor.RED, Tool.DUMP_CREDENTIALS, "host-02").withRationale("test: fallback"), a);
        Observation withoutDump = obs(0, view(List.of(), List.of(), List.of(), List.of(), 0, 0),
                Map.of(Tool.RECON_NETWORK, List.of()));
        assertEquals(Action.of(Actor.RED, Tool.RECON_NETWORK).withRationale("test: fallback random"),
                p.act(withoutDump, new SplittableRandom(1)));
    }

    @Test
    void fullNoisePlaysUniformlyAmongLegalActions() {
        var p = new ArchetypePolicy(Archetypes.builtIn("blitz"), small, 1.0);
        assertEquals("blitz@1", p.name());
        Observation o = obs(0, view(allKnown(), List.of(), List.of(), List.of(), 0, 0),
                Map.of(Tool.RECON_NETWORK, List.of(), Tool.ATTEMPT_EXPLOIT, List.of("host-00", "host-01")));
        Map<String, Integer> counts = new java.util.HashMap<>();
        SplittableRandom rng = new SplittableRandom(9);
        for (int i = 0; i < 3000; i++) {
            Action a = p.act(o, rng);
            assertEquals("blitz@1: noise", a.rationale());
            counts.merge(a.tool() + " " + a.target(), 1, Integer::sum);
        }
        assertEquals(3, counts.size());
        counts.values().forEach(c -> assertTrue(c > 900 && c < 1100, counts.toString()));
    }

    @Test
    void decisionsDependOnlyOnTheObservationAndTheRng() {
        GameEnv env = new GameEnv(small);
        env.reset(4);
        env.stepRandom(new SplittableRandom(4));
        Observation o = env.observe(Actor.RED);
        var p = Archetypes.create("apt@0.4", small);
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(p.act(o, new SplittableRandom(seed)), p.act(o, new SplittableRandom(seed)));
        }
        assertSame(p, p.forThread());
        Action first = Archetypes.create("blitz", small).act(o, new SplittableRandom(0));
        assertEquals(Action.of(Actor.RED, Tool.RECON_NETWORK).withRationale("blitz: find_next_zone"), first);
    }

    @Test
    void refusesToActWithoutALegalAction() {
        Observation blueTurn = obs(0, view(List.of(), List.of(), List.of(), List.of(), 0, 0), Map.of());
        var p = Archetypes.create("blitz", small);
        assertThrows(IllegalStateException.class, () -> p.act(blueTurn, new SplittableRandom(0)));
    }
}
