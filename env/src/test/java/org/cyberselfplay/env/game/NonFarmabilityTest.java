package org.cyberselfplay.env.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No Blue reward can be farmed by repeating one tool, and no constant tool wins (GAME.md, "Rewards" and the
 * balance table). A constant-tool Blue plays the same tool every turn: a targeted tool on the first legal
 * target in inventory order; {@code execute_instruction} always claiming one fixed {@code required_tool}.
 * When its tool is illegal (rotation cooling down, every host isolated or fully patched, playbook exhausted)
 * it plays {@code checkpoint_plan}, which touches neither Red nor the alerts. Red plays uniformly random
 * legal moves. Every step is checked against the state before and after it: reward counts may not exceed
 * the events that earn them. A constant Blue never removes persistence (restoring one fixed host every turn
 * evicts Red there before it can persist), so uniformly random Blue is checked the same way to exercise
 * that bound where it binds.
 */
class NonFarmabilityTest {
    private static final int EPISODES = 200;
    /** Episodes for each fixed claim of execute_instruction. */
    private static final int CLAIM_EPISODES = 200;
    // Seeds: constant tool t plays episodes 1000 * ordinal(t) + e; fixed claim c plays 100000 + 1000 * ordinal(c) + e;
    // random Blue plays 500000 + e.

    static Stream<Arguments> presetsAndBlueTools() {
        return Scenarios.presetNames().stream()
                .flatMap(p -> Tool.of(Actor.BLUE).stream().map(t -> Arguments.of(p, t)));
    }

    static List<String> presets() {
        return Scenarios.presetNames();
    }

    @ParameterizedTest(name = "{0}: always {1}")
    @MethodSource("presetsAndBlueTools")
    void constantToolEarnsNothingTwiceAndLoses(String preset, Tool tool) {
        Scenario sc = Scenarios.preset(preset);
        // execute_instruction's first legal argument is the first Blue tool (query_siem).
        Tool claim = tool == Tool.EXECUTE_INSTRUCTION ? Tool.of(Actor.BLUE).get(0) : null;
        Tally t = play(sc, tool, claim, EPISODES, 1000L * tool.ordinal());
        assertEquals(0, t.blueWins, preset + ": constant " + tool + " won " + t.blueWins + " of " + EPISODES);
        assertTrue(t.steps > EPISODES * sc.maxTurns(), "episodes too short to mean anything: " + t.steps);
        // The bounds above must have been exercised where the tool earns the component.
        if (tool == Tool.TRIAGE_ALERTS) {
            assertTrue(t.triagePaid > 0, "triage never found a compromise");
        }
        if (tool == Tool.ISOLATE_HOST || tool == Tool.RESTORE_BACKUP) {
            assertTrue(t.fullRecoveryPaid > 0, tool + " never cleared Red out");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void instructionClaimingOneFixedToolLoses(String preset) {
        Scenario sc = Scenarios.preset(preset);
        int wins = 0;
        int completed = 0;
        for (Tool claim : Tool.of(Actor.BLUE)) {
            if (claim == Tool.EXECUTE_INSTRUCTION) {
                continue;
            }
            Tally t = play(sc, Tool.EXECUTE_INSTRUCTION, claim, CLAIM_EPISODES, 100_000L + 1000L * claim.ordinal());
            wins += t.blueWins;
            completed += t.completed;
        }
        assertEquals(0, wins, preset + ": a fixed instruction claim won");
        assertTrue(completed > 0, "the fixed claims never matched an instruction; the test exercised nothing");
    }

    /**
     * Uniformly random Blue reaches the events no constant tool can (a restore after persistence, triage after
     * isolation...), so the per-step bounds are exercised where they bind.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void randomBlueIsPaidNoMoreThanItsEvents(String preset) {
        Scenario sc = Scenarios.preset(preset);
        SplittableRandom bluePolicy = new SplittableRandom(4242);
        Tally t = play(sc, EPISODES, 500_000L, env -> env.sampleLegal(bluePolicy));
        assertTrue(t.triagePaid > 0 && t.fullRecoveryPaid > 0 && t.persistencePaid > 0,
                "random Blue never earned triage/full recovery/persistence removal: " + t.triagePaid + "/"
                        + t.fullRecoveryPaid + "/" + t.persistencePaid);
    }

    /** What a batch of episodes earned and did. */
    private static final class Tally {
        int blueWins;
        long steps;
        int completed;
        int triagePaid;
        int fullRecoveryPaid;
        int persistencePaid;
    }

    private static Tally play(Scenario sc, Tool tool, Tool claim, int episodes, long seedBase) {
        long[] masks = new long[Tool.of(Actor.BLUE).size()];
        return play(sc, episodes, seedBase, env -> {
            ActionSpace blue = env.actionSpace(Actor.BLUE);
            env.legalMasks(masks);
            return constantAction(blue, masks, tool, claim, blue.encode(Tool.CHECKPOINT_PLAN, 0));
        });
    }

    /** Blue's choice of action index in the env's current state. */
    private interface BluePolicy {
        int choose(GameEnv env);
    }

    private static Tally play(Scenario sc, int episodes, long seedBase, BluePolicy bluePolicy) {
        GameEnv env = new GameEnv(sc);
        SplittableRandom redPolicy = new SplittableRandom(seedBase ^ 0x5DEECE66DL);
        double[] before = new double[RewardComponent.COUNT];
        Tally tally = new Tally();
        for (int e = 0; e < episodes; e++) {
            env.resetFast(seedBase + e);
            Episode ep = new Episode(env.state());
            while (!env.isTerminal()) {
                GameState s = env.state();
                Actor side = s.current;
                System.arraycopy(s.pending, 0, before, 0, before.length);
                Snapshot pre = new Snapshot(s);
                if (side == Actor.BLUE) {
                    env.stepIndex(bluePolicy.choose(env));
                } else {
                    env.stepRandom(redPolicy);
                }
                ep.check(pre, env.state(), side, before);
                tally.steps++;
            }
            ep.finish(env.state());
            tally.blueWins += env.metrics().blueWon() ? 1 : 0;
            tally.completed += env.metrics().instructionsCompleted();
            tally.triagePaid += ep.triagePaid;
            tally.fullRecoveryPaid += ep.fullRecoveryPaid;
            tally.persistencePaid += ep.persistencePaid;
        }
        return tally;
    }

    private static int constantAction(ActionSpace space, long[] masks, Tool tool, Tool claim, int fallback) {
        int pos = space.position(tool);
        long legal = masks[pos];
        if (tool == Tool.EXECUTE_INSTRUCTION) {
            int arg = space.position(claim);
            return (legal & (1L << arg)) != 0 ? space.encode(tool, arg) : fallback;
        }
        return legal != 0 ? space.offset(pos) + Long.numberOfTrailingZeros(legal) : fallback;
    }

    /** The facts of a state that earning events are judged by. */
    private record Snapshot(long access, long persistence, long detected, long credsValid, long staged,
                            boolean terminal) {
        Snapshot(GameState s) {
            this(s.accessMask, s.persistenceMask, s.detectedMask, s.credsValidMask, s.stagedMask, s.terminal);
        }
    }

    /** Counts, over one episode, each reward paid and each event that may earn it. */
    private static final class Episode {
        private final Scenario sc;
        private final int[] compromiseEpoch;
        private final int[] detectedEpoch;
        private int recoveries;
        private int fullRecoveryPaid;
        private int newDetections;
        private int triagePaid;
        private int persistenceRemovals;
        private int persistencePaid;
        private int shapingPayments;
        private double shapingPaid;

        Episode(GameState s) {
            sc = s.scenario;
            compromiseEpoch = new int[s.n];
            detectedEpoch = new int[s.n];
            java.util.Arrays.fill(detectedEpoch, -1);
        }

        void check(Snapshot pre, GameState s, Actor side, double[] pendingBefore) {
            String where = "turn " + s.turn + " after " + side;
            long gained = s.accessMask & ~pre.access();
            for (long g = gained; g != 0; g &= g - 1) {
                compromiseEpoch[Long.numberOfTrailingZeros(g)]++;
            }
            // A detection counts once per (host, compromise).
            int detections = 0;
            for (long d = s.detectedMask & ~pre.detected(); d != 0; d &= d - 1) {
                int h = Long.numberOfTrailingZeros(d);
                if (detectedEpoch[h] != compromiseEpoch[h]) {
                    detectedEpoch[h] = compromiseEpoch[h];
                    detections++;
                }
            }
            int recovered = pre.access() != 0 && s.accessMask == 0 ? 1 : 0;
            int persistenceGone = Long.bitCount(pre.persistence() & ~s.persistenceMask);
            int footholdsGone = Long.bitCount(pre.access() & ~s.accessMask);
            boolean invalidated = (pre.credsValid() & ~s.credsValidMask) != 0 || (pre.staged() & ~s.stagedMask) != 0;

            int full = count(s, side, pendingBefore, RewardComponent.FULL_RECOVERY, where);
            int triage = count(s, side, pendingBefore, RewardComponent.TRUE_POSITIVE_TRIAGE, where);
            int persistence = count(s, side, pendingBefore, RewardComponent.PERSISTENCE_REMOVED, where);
            int containment = count(s, side, pendingBefore, RewardComponent.CONTAINMENT_SUCCESS, where);
            int checkpoint = count(s, side, pendingBefore, RewardComponent.CHECKPOINT_BONUS, where);
            double shaping = paid(s, side, pendingBefore, RewardComponent.COMPLETION_SHAPING);

            assertTrue(full <= recovered, where + ": full_recovery x" + full + " without clearing Red out");
            assertTrue(triage <= detections, where + ": true_positive_triage x" + triage + " for " + detections
                    + " new detections");
            assertTrue(persistence <= persistenceGone, where + ": persistence_removed x" + persistence + " for "
                    + persistenceGone + " removals");
            assertTrue(containment <= footholdsGone + (invalidated ? 1 : 0), where + ": containment_success x"
                    + containment + " for " + footholdsGone + " evictions");
            assertTrue(checkpoint <= 1, where + ": checkpoint_bonus x" + checkpoint);
            if (shaping != 0.0) {
                assertTrue(s.terminal, where + ": completion_shaping paid before the end");
                shapingPayments++;
                shapingPaid += shaping;
            }
            recoveries += recovered;
            fullRecoveryPaid += full;
            newDetections += detections;
            triagePaid += triage;
            persistenceRemovals += persistenceGone;
            persistencePaid += persistence;
        }

        void finish(GameState s) {
            assertTrue(fullRecoveryPaid <= recoveries);
            assertTrue(triagePaid <= newDetections);
            assertTrue(persistencePaid <= persistenceRemovals);
            double rate = Math.min(1.0, s.playbook.completed / (double) sc.mission().required());
            double expected = sc.reward().weight(RewardComponent.COMPLETION_SHAPING) * rate;
            assertTrue(shapingPayments <= 1, "completion_shaping paid " + shapingPayments + " times");
            assertEquals(expected != 0.0 ? 1 : 0, shapingPayments, "completion_shaping is paid once, at the end");
            assertEquals(expected, shapingPaid, 1e-9);
        }

        /** The amount of {@code c} paid by the step just taken. */
        private static double paid(GameState s, Actor mover, double[] before, RewardComponent c) {
            // The mover's components were cleared at the start of its step; the other side's accumulate.
            return s.pending[c.ordinal()] - (c.side() == mover ? 0.0 : before[c.ordinal()]);
        }

        private int count(GameState s, Actor mover, double[] before, RewardComponent c, String where) {
            double amount = paid(s, mover, before, c);
            double w = sc.reward().weight(c);
            if (w == 0.0) {
                return 0;
            }
            double times = amount / w;
            long rounded = Math.round(times);
            assertEquals(rounded, times, 1e-9, where + ": " + c + " paid a fraction of its weight: " + amount);
            return (int) rounded;
        }
    }
}
