package org.cyberselfplay.env.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.RedView;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each side's observation is a function of what that side may see (GAME.md, "Observations"): two states
 * that differ only in facts hidden from a side give it equal observations (records compare by value),
 * while a change to something it can see changes its observation, so the comparison can fail.
 *
 * <p>Pairs are built from mid-episode states of random play: the env is copied and only the named field(s)
 * of the copy's state are changed.
 */
class ObservationHidingTest {

    /** A named change to a state. */
    private record Change(String name, Consumer<GameState> apply) {
    }

    static List<String> presets() {
        return Scenarios.presetNames();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void blueCannotSeeRedsHiddenState(String preset) {
        int checked = 0;
        int withAlerts = 0;
        int withFootholds = 0;
        for (GameEnv env : midEpisodeStates(Scenarios.preset(preset))) {
            SplittableRandom rng = new SplittableRandom(env.state().turn);
            List<Change> hidden = hiddenFromBlue(env.state(), rng);
            assertHidden(env, Actor.BLUE, hidden);
            assertHidden(env, Actor.BLUE, List.of(all("everything hidden from Blue at once", hidden)));
            assertVisible(env, Actor.BLUE, visibleToBlue());
            checked++;
            withAlerts += env.state().alerts.size > 0 ? 1 : 0;
            withFootholds += env.state().accessMask != 0 ? 1 : 0;
        }
        assertTrue(checked >= 8, "too few mid-episode states: " + checked);
        assertTrue(withAlerts >= 4 && withFootholds >= 2, "states too bare to test hiding: " + withAlerts
                + " with alerts, " + withFootholds + " with footholds, of " + checked);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void redCannotSeeBluesHiddenState(String preset) {
        int checked = 0;
        for (GameEnv env : midEpisodeStates(Scenarios.preset(preset))) {
            List<Change> hidden = hiddenFromRed();
            assertHidden(env, Actor.RED, hidden);
            assertHidden(env, Actor.RED, List.of(all("everything hidden from Red at once", hidden)));
            assertVisible(env, Actor.RED, visibleToRed());
            checked++;
        }
        assertTrue(checked >= 8, "too few mid-episode states: " + checked);
    }

    /**
     * The per-turn {@code unresolved_cost} is paid per host Red holds, and Blue's observation carries it as
     * reward: two states that differ only in Red's footholds must still look the same to Blue after the
     * same Red move.
     */
    @Test
    void blueRewardDoesNotRevealHowManyHostsRedHolds() {
        GameEnv env = new GameEnv(Scenarios.preset("small"));
        env.resetFast(3);
        env.step(Action.of(Actor.BLUE, Tool.CHECKPOINT_PLAN));
        env.state().knownMask |= 1L << env.scenario().hostIndex("host-00");
        GameEnv twin = env.copy();
        twin.state().accessMask |= 1L << env.scenario().hostIndex("host-03");
        assertEquals(env.observe(Actor.BLUE), twin.observe(Actor.BLUE), "precondition: a hidden difference");
        Action move = Action.of(Actor.RED, Tool.ENUMERATE_SERVICES, "host-00");
        assertTrue(env.step(move).accepted());
        assertTrue(twin.step(move).accepted());
        assertSame(env.observe(Actor.BLUE), twin.observe(Actor.BLUE), "Red holding one more host");
    }

    /**
     * Red's {@code detected} penalty is paid the moment Blue confirms a compromise, and Red's observation
     * carries it as reward: two states that differ only in an alert's confidence (hidden from Red) must
     * still look the same to Red after the same Blue move.
     */
    @Test
    void redRewardDoesNotRevealBluesDetections() {
        GameEnv env = new GameEnv(Scenarios.preset("small"));
        env.resetFast(4);
        int h = env.scenario().hostIndex("host-03");
        env.state().accessMask |= 1L << h;
        env.state().alerts.add(h, 2, 0.0, 0, true);
        GameEnv twin = env.copy();
        twin.state().alerts.confidence[twin.state().alerts.slot(0)] = 1.0;
        assertEquals(env.observe(Actor.RED), twin.observe(Actor.RED), "precondition: a hidden difference");
        Action triage = Action.of(Actor.BLUE, Tool.TRIAGE_ALERTS);
        assertTrue(env.step(triage).accepted());
        assertTrue(twin.step(triage).accepted());
        assertSame(env.observe(Actor.RED), twin.observe(Actor.RED), "Blue's triage confirming Red's foothold");
    }

    /**
     * Red's view shows a host as high-value only once enumerated; the legal actions in its observation must
     * not tell it sooner. Two unenumerated admin footholds that Red sees alike (both {@code highValue}
     * false) must get the same prepare_exfiltration legality.
     */
    @Test
    void redLegalActionsDoNotRevealUnenumeratedHighValueHosts() {
        GameEnv env = new GameEnv(Scenarios.preset("small"));
        env.resetFast(5);
        env.step(Action.of(Actor.BLUE, Tool.CHECKPOINT_PLAN));
        GameState s = env.state();
        int plain = env.scenario().hostIndex("host-03");
        int valuable = env.scenario().hostIndex("db-01");
        long both = (1L << plain) | (1L << valuable);
        s.knownMask |= both;
        s.accessMask |= both;
        s.adminMask |= both;
        Observation o = env.observe(Actor.RED);
        for (RedView.TargetView t : o.red().knownTargets()) {
            if (t.name().equals("host-03") || t.name().equals("db-01")) {
                assertEquals(false, t.highValue(), "precondition: Red has not fingerprinted " + t.name());
            }
        }
        ActionSpace space = env.actionSpace(Actor.RED);
        boolean onPlain = o.legalActions().isLegal(space.encode(Tool.PREPARE_EXFILTRATION, plain));
        boolean onValuable = o.legalActions().isLegal(space.encode(Tool.PREPARE_EXFILTRATION, valuable));
        assertEquals(onPlain, onValuable, "prepare_exfiltration legality singles out the unenumerated high-value db-01");
    }

    // ------------------------------------------------------------------ the changes

    /** Red's state, which Blue must not see. Red's masks change only on hosts without a forensic verdict. */
    private static List<Change> hiddenFromBlue(GameState s, SplittableRandom rng) {
        long unexamined = 0;
        for (int h = 0; h < s.n; h++) {
            if (s.forensicsVerdict[h] == 0) {
                unexamined |= 1L << h;
            }
        }
        long m = someOf(unexamined, rng);
        List<Change> out = new ArrayList<>(List.of(
                new Change("Red's access", st -> st.accessMask ^= m),
                new Change("Red's admin rights", st -> st.adminMask ^= m),
                new Change("Red's persistence", st -> st.persistenceMask ^= m),
                new Change("which stolen credentials are valid", st -> st.credsValidMask ^= m),
                new Change("which credentials Red believes it holds", st -> st.credsHeldMask ^= m),
                new Change("Red's staged data", st -> {
                    st.stagedMask ^= m;
                    for (int h = 0; h < st.n; h++) {
                        st.stagedReadyAt[h] += 3;
                    }
                }),
                new Change("Red's known hosts", st -> st.knownMask ^= m),
                new Change("Red's enumerated hosts", st -> st.enumeratedMask ^= m),
                new Change("Red's stealth timer", st -> st.stealthUntil = Math.max(st.stealthUntil, st.turn) + 3),
                new Change("Red's alert history", st -> st.redAlertHistory ^= 0xFF),
                new Change("whether alerts are true (same confidence)", st -> {
                    for (int i = 0; i < st.alerts.size; i++) {
                        int slot = st.alerts.slot(i);
                        st.alerts.isTrue[slot] = !st.alerts.isTrue[slot];
                    }
                }),
                new Change("backup corruption", st -> st.backupCorruptMask ^= st.allHosts),
                new Change("Red's pending reward and return", st -> {
                    st.pending[RewardComponent.FOOTHOLD.ordinal()] += 2.0;
                    st.pendingTotal[Actor.RED.ordinal()] += 2.0;
                    st.returns[Actor.RED.ordinal()] += 2.0;
                }),
                new Change("Red's event log", st -> st.redEvents.add(Event.EXPLOIT_OK, 0)),
                new Change("Red's critical-compromise metric", st -> st.criticalCompromise = !st.criticalCompromise)));
        return out;
    }

    /** Blue-visible facts: each must change Blue's observation. */
    private static List<Change> visibleToBlue() {
        return List.of(
                new Change("patch level", st -> st.patch[0] = st.patch[0] >= 0.5 ? st.patch[0] - 0.25 : st.patch[0] + 0.25),
                new Change("isolation", ObservationHidingTest::toggleIsolation),
                new Change("an alert", st -> st.alerts.add(0, 1, 0.5, st.turn, false)),
                new Change("business impact", st -> st.businessImpact += 1.0),
                new Change("a forensic verdict", st -> {
                    st.forensicsVerdict[0] = (byte) (st.forensicsVerdict[0] == 3 ? 1 : st.forensicsVerdict[0] + 1);
                    st.forensicsTurn[0] = st.turn;
                }),
                new Change("a suspect mark", st -> st.suspectMask ^= 1),
                new Change("IOC level", st -> st.iocLevel++),
                new Change("hardening timer", st -> st.hardenUntil = Math.max(st.hardenUntil, st.turn) + 1),
                new Change("rotation cooldown", st -> st.rotateReadyAt = Math.max(st.rotateReadyAt, st.turn) + 1),
                new Change("playbook progress", st -> st.playbook.recordViolation()),
                new Change("downtime", st -> st.downtime[0]++),
                new Change("Blue's pending reward", st -> {
                    st.pending[RewardComponent.FALSE_POSITIVE.ordinal()] -= 2.0;
                    st.pendingTotal[Actor.BLUE.ordinal()] -= 2.0;
                }));
    }

    /** Blue's state, which Red must not see. */
    private static List<Change> hiddenFromRed() {
        return List.of(
                new Change("patch levels", st -> {
                    for (int h = 0; h < st.n; h++) {
                        st.patch[h] = st.patch[h] >= 0.5 ? st.patch[h] - 0.25 : st.patch[h] + 0.25;
                    }
                }),
                new Change("alert verdicts and confidences", st -> {
                    for (int i = 0; i < st.alerts.size; i++) {
                        int slot = st.alerts.slot(i);
                        st.alerts.verdict[slot] = (byte) ((st.alerts.verdict[slot] + 1) % 3);
                        st.alerts.confidence[slot] = 1.0 - st.alerts.confidence[slot];
                    }
                }),
                new Change("a new false alert", st -> st.alerts.add(0, 1, 0.3, st.turn, false)),
                new Change("forensic verdicts", st -> {
                    for (int h = 0; h < st.n; h++) {
                        st.forensicsVerdict[h] = (byte) ((st.forensicsVerdict[h] + 1) % 4);
                        st.forensicsTurn[h] = st.turn;
                    }
                }),
                new Change("suspect marks", st -> st.suspectMask ^= st.allHosts),
                new Change("hardening timer", st -> st.hardenUntil = Math.max(st.hardenUntil, st.turn) + 4),
                new Change("IOC level", st -> {
                    st.iocLevel++;
                    st.detectionsSincePublish += 2;
                }),
                new Change("rotation cooldown", st -> st.rotateReadyAt = Math.max(st.rotateReadyAt, st.turn) + 5),
                new Change("Blue's detected marks", st -> st.detectedMask ^= st.allHosts),
                new Change("playbook progress", st -> {
                    if (st.playbook.open()) {
                        st.playbook.complete();
                    }
                    st.playbook.recordViolation();
                    st.lastCheckpointStride++;
                }),
                new Change("business impact and false positives", st -> {
                    st.businessImpact += 5.0;
                    st.falsePositiveCost += 1.0;
                    st.falsePositives++;
                }),
                new Change("downtime", st -> {
                    for (int h = 0; h < st.n; h++) {
                        st.downtime[h] += 2;
                    }
                }),
                new Change("which stolen credentials are valid", st -> st.credsValidMask ^= st.allHosts),
                new Change("backup corruption", st -> st.backupCorruptMask ^= st.allHosts),
                new Change("Blue's pending reward and return", st -> {
                    st.pending[RewardComponent.CONTAINMENT_SUCCESS.ordinal()] += 3.0;
                    st.pendingTotal[Actor.BLUE.ordinal()] += 3.0;
                    st.returns[Actor.BLUE.ordinal()] += 3.0;
                }),
                new Change("Blue's event log", st -> st.blueEvents.add(Event.FORENSICS, 0, 2)));
    }

    /** Red-visible facts: each must change Red's observation. */
    private static List<Change> visibleToRed() {
        return List.of(
                new Change("a known host", st -> st.knownMask ^= 1),
                new Change("a foothold", st -> st.accessMask ^= 1),
                new Change("held credentials", st -> st.credsHeldMask ^= 1),
                new Change("staged data", st -> st.stagedMask ^= 1),
                new Change("stealth timer", st -> st.stealthUntil = Math.max(st.stealthUntil, st.turn) + 1),
                new Change("alert history", st -> st.redAlertHistory ^= 1),
                new Change("Red's pending reward", st -> {
                    st.pending[RewardComponent.FOOTHOLD.ordinal()] += 2.0;
                    st.pendingTotal[Actor.RED.ordinal()] += 2.0;
                }));
    }

    private static void toggleIsolation(GameState st) {
        if (st.has(st.isolatedMask, 0)) {
            st.isolatedMask &= ~1L;
            st.isolatedUntil[0] = 0;
        } else {
            st.isolatedMask |= 1L;
            st.isolatedUntil[0] = st.turn + 2;
        }
    }

    private static Change all(String name, List<Change> changes) {
        return new Change(name, st -> changes.forEach(c -> c.apply().accept(st)));
    }

    /** A non-empty random subset of {@code mask} (empty only when the mask is). */
    private static long someOf(long mask, SplittableRandom rng) {
        long m = rng.nextLong() & mask;
        return m != 0 ? m : Long.lowestOneBit(mask);
    }

    // ------------------------------------------------------------------ assertions and fixtures

    private static void assertHidden(GameEnv env, Actor side, List<Change> changes) {
        Observation original = env.observe(side);
        for (Change c : changes) {
            GameEnv twin = env.copy();
            c.apply().accept(twin.state());
            assertSame(original, twin.observe(side), c.name() + " (turn " + env.state().turn + ")");
        }
    }

    /** Equal observations, or a failure naming the fields that differ. */
    private static void assertSame(Observation expected, Observation actual, String hiddenChange) {
        if (!expected.equals(actual)) {
            fail(expected.actor() + " saw " + hiddenChange + ": " + String.join("; ", differences("", expected, actual)));
        }
    }

    /** The record components (recursively) in which two values differ, as {@code path: a -> b}. */
    private static List<String> differences(String path, Object a, Object b) {
        List<String> out = new ArrayList<>();
        if (a != null && b != null && a.getClass() == b.getClass() && a.getClass().isRecord()) {
            for (RecordComponent rc : a.getClass().getRecordComponents()) {
                try {
                    out.addAll(differences(path + "." + rc.getName(), rc.getAccessor().invoke(a),
                            rc.getAccessor().invoke(b)));
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else if (!Objects.equals(a, b)) {
            out.add(path.substring(1) + ": " + a + " -> " + b);
        }
        return out;
    }

    private static void assertVisible(GameEnv env, Actor side, List<Change> changes) {
        Observation original = env.observe(side);
        for (Change c : changes) {
            GameEnv twin = env.copy();
            c.apply().accept(twin.state());
            assertNotEquals(original, twin.observe(side), () -> side + " did not see a change to " + c.name()
                    + " (turn " + env.state().turn + ")");
            assertEquals(original, env.observe(side), "changing the copy changed the original");
        }
    }

    /** Copies of mid-episode states of random play: seeds 1 to 4, after 9, 30, 57 and 100 steps (or fewer). */
    private static List<GameEnv> midEpisodeStates(Scenario sc) {
        List<GameEnv> out = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            GameEnv env = new GameEnv(sc);
            env.resetFast(seed);
            SplittableRandom policy = new SplittableRandom(seed * 31 + 7);
            int steps = 0;
            for (int stop : new int[] {9, 30, 57, 100}) {
                while (steps < stop && !env.isTerminal()) {
                    env.stepRandom(policy);
                    steps++;
                }
                if (env.isTerminal()) {
                    break;
                }
                out.add(env.copy());
            }
        }
        return out;
    }
}
