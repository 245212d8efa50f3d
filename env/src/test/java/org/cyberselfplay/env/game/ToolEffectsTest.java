package org.cyberselfplay.env.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.obs.RedView;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * One test per tool (13 Blue, 10 Red): each asserts the tool's real effect on the game and the reward event
 * it pays, or that it pays none. A few further tests pin rules of GAME.md that cut across tools.
 *
 * <p>Certain effects run on {@code effects-certain.yaml} / {@code effects-backup.yaml}, where the chances
 * involved are 0 or 1 and no alert is raised unless a test writes it. Probabilistic effects are measured
 * over {@value #TRIALS} fixed seeds with common random numbers: the compared branches consume the same
 * random draws, so a tool that lowers a chance can only turn successes into failures seed by seed, and the
 * rate bounds sit many standard deviations away from the expected rates.
 */
class ToolEffectsTest {
    private static final int TRIALS = 2000;
    private static final Scenario SMALL = Scenarios.preset("small");
    private static final Scenario CERTAIN = variant("effects-certain.yaml");
    private static final Scenario BACKUP = variant("effects-backup.yaml");

    // ------------------------------------------------------------------ Blue tools

    @Test
    void querySiemMovesConfidenceTowardTheTruthAndSurfacesAQuietCompromise() {
        GameEnv env = env(CERTAIN, 1);
        GameState s = env.state();
        double refine = CERTAIN.blue().siemRefine();
        s.alerts.add(host(env, "host-00"), 2, 0.5, 0, true);
        s.alerts.add(host(env, "host-01"), 2, 0.5, 0, false);
        s.alerts.add(host(env, "host-02"), 2, 0.5, 0, true);
        s.alerts.verdict[s.alerts.slot(2)] = Alerts.TRUE_POSITIVE;

        StepResult r = blue(env, Tool.QUERY_SIEM);
        List<BlueView.AlertView> alerts = blueView(env).alerts();
        assertEquals(3, alerts.size(), "with nothing compromised there is nothing to surface");
        assertEquals(0.5 + refine, alerts.get(0).confidence(), 1e-12, "a true alert gains confidence");
        assertEquals(0.5 - refine, alerts.get(1).confidence(), 1e-12, "a false alert loses confidence");
        assertEquals(0.5, alerts.get(2).confidence(), 1e-12, "a triaged alert keeps its confidence");
        assertEquals(Map.of(), r.rewardComponents(), "evidence alone pays nothing");

        // A compromised host that raised no alert: log hunting (siem_hunt = 1 here) surfaces it.
        s.accessMask |= bit(env, "host-03");
        redPass(env);
        r = blue(env, Tool.QUERY_SIEM);
        alerts = blueView(env).alerts();
        assertEquals(4, alerts.size());
        assertEquals("host-03", alerts.get(3).host());
        assertTrue(alerts.get(3).confidence() >= CERTAIN.detection().trueConfidenceMin(), "a true alert's confidence");
        assertEquals(List.of("query_siem: alert confidences refined and logs hunted"), r.events(),
                "the event does not say whether the hunt found anything: the new alert may be read like any other");
        assertEquals(Map.of(), r.rewardComponents());
    }

    @Test
    void triageAlertsPaysTruePositiveOncePerCompromise() {
        GameEnv env = env(CERTAIN, 2);
        GameState s = env.state();
        int h3 = host(env, "host-03");
        s.accessMask |= bit(env, "host-03");
        s.alerts.add(h3, 2, 1.0, 0, true);                        // confidence 1: judged positive for sure
        s.alerts.add(host(env, "host-00"), 0, 1.0, 0, true);      // a real probe of a clean host
        s.alerts.add(host(env, "host-01"), 0, 0.0, 0, false);     // confidence 0: judged negative for sure

        StepResult r = blue(env, Tool.TRIAGE_ALERTS);
        assertEquals(weight(RewardComponent.TRUE_POSITIVE_TRIAGE), paid(r, RewardComponent.TRUE_POSITIVE_TRIAGE),
                "one compromised host found: paid once");
        assertEquals(0.0, paid(r, RewardComponent.DETECTED), "settled at the end, never mid-game");
        assertEquals(1, s.detections);
        assertEquals(List.of("true_positive", "true_positive", "false_positive"),
                blueView(env).alerts().stream().map(BlueView.AlertView::verdict).toList());
        assertTrue(hostView(env, "host-03").suspect());
        assertTrue(hostView(env, "host-00").suspect());
        assertFalse(hostView(env, "host-01").suspect());

        redPass(env);
        s.alerts.add(h3, 3, 1.0, s.turn, true);
        r = blue(env, Tool.TRIAGE_ALERTS);
        assertEquals(0.0, paid(r, RewardComponent.TRUE_POSITIVE_TRIAGE), "the same compromise pays only once");
        assertEquals(1, s.detections, "the same compromise is detected once");

        // Evicted, then compromised anew: a new incident pays again.
        redPass(env);
        r = blue(env, Tool.RESTORE_BACKUP, "host-03");
        assertEquals(weight(RewardComponent.CONTAINMENT_SUCCESS), paid(r, RewardComponent.CONTAINMENT_SUCCESS));
        s.accessMask |= bit(env, "host-03");
        redPass(env);
        s.alerts.add(h3, 2, 1.0, s.turn, true);
        r = blue(env, Tool.TRIAGE_ALERTS);
        assertEquals(weight(RewardComponent.TRUE_POSITIVE_TRIAGE), paid(r, RewardComponent.TRUE_POSITIVE_TRIAGE));
    }

    @Test
    void runForensicsRevealsCompromiseAndPersistence() {
        GameEnv env = env(CERTAIN, 3);
        GameState s = env.state();
        s.accessMask |= bit(env, "host-03") | bit(env, "host-04");
        s.persistenceMask |= bit(env, "host-04");
        assertEquals("unknown", hostView(env, "host-03").forensics());

        StepResult r = blue(env, Tool.RUN_FORENSICS, "host-03");
        assertEquals("compromised", hostView(env, "host-03").forensics());
        assertEquals(0, hostView(env, "host-03").forensicsAge());
        assertEquals(1, blueView(env).knownIncidentCount());
        assertEquals(Map.of(), r.rewardComponents(),
                "forensics pays Blue nothing; Red's detected penalty is settled at the end");
        assertEquals(1, env.state().detections, "Red is detected");

        redPass(env);
        blue(env, Tool.RUN_FORENSICS, "host-04");
        assertEquals("persistent", hostView(env, "host-04").forensics());
        assertEquals(2, blueView(env).knownIncidentCount());

        redPass(env);
        r = blue(env, Tool.RUN_FORENSICS, "host-00");
        assertEquals("clean", hostView(env, "host-00").forensics());
        assertEquals(2, blueView(env).knownIncidentCount());
        assertEquals(Map.of(), r.rewardComponents());

        redPass(env);
        r = blue(env, Tool.RUN_FORENSICS, "host-03");
        assertEquals(Map.of(), r.rewardComponents(), "a compromise is detected once");
        assertEquals(2, env.state().detections, "host-03 and host-04, each once");
    }

    @Test
    void isolateHostEvictsOrIsAFalsePositiveCriticalOnAHighValueHost() {
        GameEnv env = env(CERTAIN, 4);
        double fpCost = CERTAIN.blue().falsePositiveCost();

        double impact = blueView(env).businessImpact();
        StepResult r = blue(env, Tool.ISOLATE_HOST, "host-01");
        assertEquals(Map.of(RewardComponent.FALSE_POSITIVE.wireName(), weight(RewardComponent.FALSE_POSITIVE)),
                r.rewardComponents(), "a clean host: false positive only");
        assertEquals(impact + fpCost * criticality(env, "host-01"), blueView(env).businessImpact(), 1e-9);
        assertTrue(hostView(env, "host-01").isolated());
        assertEquals(CERTAIN.blue().isolationTurns(), hostView(env, "host-01").isolationTurnsLeft());

        redPass(env);
        impact = blueView(env).businessImpact();
        r = blue(env, Tool.ISOLATE_HOST, "db-01");
        assertEquals(weight(RewardComponent.FALSE_POSITIVE), paid(r, RewardComponent.FALSE_POSITIVE));
        assertEquals(weight(RewardComponent.CRITICAL_DOWNTIME), paid(r, RewardComponent.CRITICAL_DOWNTIME));
        assertEquals(impact + fpCost * criticality(env, "db-01"), blueView(env).businessImpact(), 1e-9);

        redPass(env);
        env.state().accessMask |= bit(env, "host-03");
        assertEquals(List.of("host-03"), footholdNames(env));
        r = blue(env, Tool.ISOLATE_HOST, "host-03");
        assertEquals(weight(RewardComponent.CONTAINMENT_SUCCESS), paid(r, RewardComponent.CONTAINMENT_SUCCESS));
        assertEquals(weight(RewardComponent.FULL_RECOVERY), paid(r, RewardComponent.FULL_RECOVERY),
                "Red's last foothold is gone");
        assertEquals(weight(RewardComponent.FOOTHOLD_REMOVED), paid(r, RewardComponent.FOOTHOLD_REMOVED));
        assertEquals(0.0, paid(r, RewardComponent.FALSE_POSITIVE));
        assertEquals(List.of(), footholdNames(env));
    }

    @Test
    void restoreBackupRemovesPersistenceThatSurvivedIsolationAndFailsOnACorruptBackup() {
        GameEnv env = env(CERTAIN, 5);
        GameState s = env.state();
        s.accessMask |= bit(env, "host-03");
        s.persistenceMask |= bit(env, "host-03");

        StepResult r = blue(env, Tool.ISOLATE_HOST, "host-03");
        assertEquals(Map.of(), r.rewardComponents(), "persistence keeps the foothold: no containment");
        RedView.FootholdView dormant = foothold(env, "host-03").orElseThrow();
        assertTrue(dormant.persistence());
        assertFalse(dormant.online());
        for (int i = 0; i < CERTAIN.blue().isolationTurns(); i++) {
            redPass(env);
        }
        RedView.FootholdView back = foothold(env, "host-03").orElseThrow(() -> new AssertionError("lost by isolation"));
        assertTrue(back.online(), "the host reconnected with Red still on it");
        assertTrue(back.persistence());

        r = blue(env, Tool.RESTORE_BACKUP, "host-03");
        assertEquals(weight(RewardComponent.PERSISTENCE_REMOVED), paid(r, RewardComponent.PERSISTENCE_REMOVED));
        assertEquals(weight(RewardComponent.CONTAINMENT_SUCCESS), paid(r, RewardComponent.CONTAINMENT_SUCCESS));
        assertEquals(weight(RewardComponent.FULL_RECOVERY), paid(r, RewardComponent.FULL_RECOVERY));
        assertEquals(List.of(), footholdNames(env));
        assertEquals("clean", hostView(env, "host-03").forensics());
        assertFalse(hostView(env, "host-03").isolated());

        redPass(env);
        r = blue(env, Tool.RESTORE_BACKUP, "host-03");
        assertEquals(0.0, paid(r, RewardComponent.PERSISTENCE_REMOVED), "persistence_removed is paid once");
        assertEquals(weight(RewardComponent.FALSE_POSITIVE), paid(r, RewardComponent.FALSE_POSITIVE));

        // A sabotaged backup: the restore fails and changes nothing.
        GameEnv corrupt = env(CERTAIN, 6);
        GameState c = corrupt.state();
        c.accessMask |= bit(corrupt, "host-04");
        c.persistenceMask |= bit(corrupt, "host-04");
        c.backupCorruptMask |= bit(corrupt, "host-04");
        r = blue(corrupt, Tool.RESTORE_BACKUP, "host-04");
        assertEquals(Map.of(), r.rewardComponents());
        assertTrue(r.events().stream().anyMatch(e -> e.contains("restore failed")), r.events().toString());
        assertTrue(foothold(corrupt, "host-04").orElseThrow().persistence());
    }

    @Test
    void disableAccountInvalidatesOnlyThatHostsStolenCredentials() {
        GameEnv env = env(CERTAIN, 7);
        GameState s = env.state();
        long corp = bit(env, "host-00") | bit(env, "host-01");
        s.accessMask |= corp;
        s.knownMask |= corp | bit(env, "host-03") | bit(env, "host-04");
        s.credsValidMask |= corp;
        s.credsHeldMask |= corp;
        GameEnv onlyOne = env.copy();
        onlyOne.state().credsValidMask = bit(env, "host-00");
        onlyOne.state().credsHeldMask = bit(env, "host-00");

        StepResult r = blue(env, Tool.DISABLE_ACCOUNT, "host-00");
        assertEquals(Map.of(RewardComponent.CONTAINMENT_SUCCESS.wireName(),
                weight(RewardComponent.CONTAINMENT_SUCCESS)), r.rewardComponents());
        assertEquals(bit(env, "host-01"), s.credsValidMask, "host-01's credentials still work");
        assertEquals(List.of("host-00", "host-01"), redView(env).credentials(), "Red cannot tell yet");
        r = red(env, Tool.PIVOT_HOST, "host-03");
        assertTrue(foothold(env, "host-03").isPresent(), "host-01's credentials still open prod");
        assertEquals(weight(RewardComponent.FOOTHOLD), paid(r, RewardComponent.FOOTHOLD));
        r = blue(env, Tool.DISABLE_ACCOUNT, "host-00");
        assertEquals(0.0, paid(r, RewardComponent.CONTAINMENT_SUCCESS), "nothing left to invalidate on host-00");

        // With only host-00's credentials, the pivot is rejected and Red drops them.
        blue(onlyOne, Tool.DISABLE_ACCOUNT, "host-00");
        r = red(onlyOne, Tool.PIVOT_HOST, "host-03");
        assertTrue(r.events().stream().anyMatch(e -> e.contains("rejected")), r.events().toString());
        assertEquals(List.of(), redView(onlyOne).credentials());
        assertTrue(foothold(onlyOne, "host-03").isEmpty());
        assertEquals(Map.of(RewardComponent.TIME_COST.wireName(), weight(RewardComponent.TIME_COST)),
                sideComponents(r, Actor.RED));
    }

    @Test
    void rotateSecretsInvalidatesAllCredentialsAndStagingAtACostWithACooldown() {
        GameEnv env = env(CERTAIN, 8);
        GameState s = env.state();
        long db = bit(env, "db-01");
        s.accessMask |= bit(env, "host-03") | db;
        s.adminMask |= db;
        s.stagedMask |= db;
        s.knownMask |= bit(env, "host-03") | bit(env, "host-04") | db;
        s.credsValidMask |= bit(env, "host-03");
        s.credsHeldMask |= bit(env, "host-03");
        int cooldown = CERTAIN.blue().rotateCooldown();
        double cost = CERTAIN.blue().rotateCost();

        double impact = blueView(env).businessImpact();
        StepResult r = blue(env, Tool.ROTATE_SECRETS);
        assertEquals(Map.of(RewardComponent.CONTAINMENT_SUCCESS.wireName(),
                weight(RewardComponent.CONTAINMENT_SUCCESS)), r.rewardComponents());
        assertEquals(0L, s.credsValidMask);
        assertEquals(List.of(), redView(env).staged(), "the staged exfiltration is cancelled");
        assertEquals(impact + cost, blueView(env).businessImpact(), 1e-9);
        assertEquals(cooldown, blueView(env).rotateCooldown());

        r = red(env, Tool.PIVOT_HOST, "host-04");
        assertTrue(r.events().stream().anyMatch(e -> e.contains("rejected")), r.events().toString());
        assertEquals(List.of(), redView(env).credentials(), "Red drops the rotated credentials");
        assertTrue(foothold(env, "host-04").isEmpty());

        int waited = 0;
        while (!legalTools(env, Actor.BLUE).contains(Tool.ROTATE_SECRETS)) {
            refused(env, Action.of(Actor.BLUE, Tool.ROTATE_SECRETS), "cooling down");
            redPass(env);
            waited++;
            assertTrue(waited < cooldown, "rotate_secrets never came back");
        }
        assertEquals(cooldown - 1, waited, "available again " + cooldown + " turns after the rotation");
        impact = blueView(env).businessImpact();
        r = blue(env, Tool.ROTATE_SECRETS);
        assertEquals(0.0, paid(r, RewardComponent.CONTAINMENT_SUCCESS), "nothing to invalidate: no reward");
        assertEquals(impact + cost, blueView(env).businessImpact(), 1e-9, "but the cost is paid");
    }

    @Test
    void deployPatchRaisesThePatchLevelAndLowersTheExploitRate() {
        GameEnv env = env(CERTAIN, 9);
        double step = CERTAIN.blue().patchStep();
        double level = hostView(env, "host-00").patchLevel();
        StepResult r = blue(env, Tool.DEPLOY_PATCH, "host-00");
        assertEquals(Math.min(1.0, level + step), hostView(env, "host-00").patchLevel(), 1e-12);
        assertEquals(Map.of(), r.rewardComponents());
        for (int i = 0; i < 10 && hostView(env, "host-00").patchLevel() < 1.0; i++) {
            redPass(env);
            blue(env, Tool.DEPLOY_PATCH, "host-00");
        }
        assertEquals(1.0, hostView(env, "host-00").patchLevel());
        redPass(env);
        refused(env, Action.of(Actor.BLUE, Tool.DEPLOY_PATCH, "host-00"), "already fully patched");

        Consumer<GameState> known = st -> st.knownMask |= bit(st, "host-00");
        Predicate<GameState> foothold = st -> st.has(st.accessMask, 0);
        boolean[] plain = outcomes(SMALL, known, List.of(b(Tool.CHECKPOINT_PLAN), r(Tool.ATTEMPT_EXPLOIT, "host-00")),
                foothold);
        boolean[] patched = outcomes(SMALL, known,
                List.of(b(Tool.DEPLOY_PATCH, "host-00"), r(Tool.ATTEMPT_EXPLOIT, "host-00")), foothold);
        assertNoGain(plain, patched, "a patch made an exploit succeed");
        assertRateAtMost(patched, 0.9, plain, "deploy_patch");
    }

    @Test
    void hardenPolicyLowersExploitAndPivotChancesForHardenTurns() {
        GameEnv env = env(CERTAIN, 10);
        StepResult r = blue(env, Tool.HARDEN_POLICY);
        assertEquals(CERTAIN.blue().hardenTurns(), blueView(env).hardenTurnsLeft());
        assertEquals(Map.of(), r.rewardComponents());

        int turns = SMALL.blue().hardenTurns();
        Consumer<GameState> setup = st -> {
            st.knownMask |= bit(st, "host-00") | bit(st, "host-01") | bit(st, "host-03");
            st.credsHeldMask |= bit(st, "host-00");
            st.credsValidMask |= bit(st, "host-00");
        };
        Predicate<GameState> exploited = st -> st.has(st.accessMask, 0);
        Predicate<GameState> pivoted = st -> st.has(st.accessMask, 3);
        Action exploit = r(Tool.ATTEMPT_EXPLOIT, "host-00");
        Action pivot = r(Tool.PIVOT_HOST, "host-03");
        for (int idle : new int[] {0, turns - 1}) {
            boolean[] plain = outcomes(SMALL, setup, script(b(Tool.CHECKPOINT_PLAN), idle, exploit), exploited);
            boolean[] hard = outcomes(SMALL, setup, script(b(Tool.HARDEN_POLICY), idle, exploit), exploited);
            assertNoGain(plain, hard, "hardening made an exploit succeed");
            assertRateAtMost(hard, 0.85, plain, "exploit " + idle + " turns into harden_policy");
        }
        boolean[] plainPivot = outcomes(SMALL, setup, script(b(Tool.CHECKPOINT_PLAN), 0, pivot), pivoted);
        boolean[] hardPivot = outcomes(SMALL, setup, script(b(Tool.HARDEN_POLICY), 0, pivot), pivoted);
        assertNoGain(plainPivot, hardPivot, "hardening made a pivot succeed");
        assertRateAtMost(hardPivot, 0.85, plainPivot, "pivot under harden_policy");
        boolean[] plainLater = outcomes(SMALL, setup, script(b(Tool.CHECKPOINT_PLAN), turns, exploit), exploited);
        boolean[] expired = outcomes(SMALL, setup, script(b(Tool.HARDEN_POLICY), turns, exploit), exploited);
        assertTrue(Arrays.equals(plainLater, expired), "after harden_turns the exploit chance is back to normal");
    }

    @Test
    void publishIocBlocklistRaisesDetectionOnlyOnNewDetectionsUpToTheMaximumLevel() {
        GameEnv env = env(CERTAIN, 11);
        GameState s = env.state();
        StepResult r = blue(env, Tool.PUBLISH_IOC_BLOCKLIST);
        assertEquals(0, blueView(env).iocLevel(), "nothing detected yet: nothing to publish");
        assertTrue(r.events().stream().anyMatch(e -> e.contains("no new indicators")), r.events().toString());
        assertEquals(Map.of(), r.rewardComponents());

        s.accessMask |= bit(env, "host-03");
        redPass(env);
        blue(env, Tool.RUN_FORENSICS, "host-03");
        redPass(env);
        r = blue(env, Tool.PUBLISH_IOC_BLOCKLIST);
        assertEquals(1, blueView(env).iocLevel(), "a new detection: the level rises");
        assertEquals(Map.of(), r.rewardComponents());
        redPass(env);
        blue(env, Tool.PUBLISH_IOC_BLOCKLIST);
        assertEquals(1, blueView(env).iocLevel(), "republishing the same indicators changes nothing");

        int max = CERTAIN.blue().iocMaxLevel();
        for (int level = 2; level <= max + 1; level++) {
            redPass(env);
            s.detectionsSincePublish = 1;
            blue(env, Tool.PUBLISH_IOC_BLOCKLIST);
            assertEquals(Math.min(level, max), blueView(env).iocLevel());
        }

        Consumer<GameState> setup = st -> {
            st.knownMask |= bit(st, "host-00");
            st.detectionsSincePublish = 1;
        };
        Predicate<GameState> alerted = st -> (st.redAlertHistory & 1) != 0;
        Action probe = r(Tool.ATTEMPT_EXPLOIT, "host-00");
        boolean[] plain = outcomes(SMALL, setup, List.of(b(Tool.CHECKPOINT_PLAN), probe), alerted);
        boolean[] published = outcomes(SMALL, setup, List.of(b(Tool.PUBLISH_IOC_BLOCKLIST), probe), alerted);
        assertNoGain(published, plain, "the blocklist hid a Red action");
        assertRateAtMost(plain, 1 / 1.15, published, "alerts without the blocklist");
    }

    @Test
    void executeInstructionAdvancesOnTheRightToolAndRecordsAViolationOtherwise() {
        GameEnv env = env(SMALL, 12);
        BlueView.Instruction first = blueView(env).instructionProgress().current().orElseThrow();
        Tool required = Tool.fromWire(first.requiredTool()).orElseThrow();
        Tool wrong = Tool.of(Actor.BLUE).stream().filter(t -> t != required && t != Tool.EXECUTE_INSTRUCTION)
                .findFirst().orElseThrow();

        StepResult r = step(env, Action.instruction(wrong));
        assertEquals(Map.of(RewardComponent.INSTRUCTION_VIOLATION.wireName(),
                weight(RewardComponent.INSTRUCTION_VIOLATION)), r.rewardComponents());
        BlueView.InstructionProgress p = blueView(env).instructionProgress();
        assertEquals(0, p.completed());
        assertEquals(1, p.violated());
        assertEquals(first, p.current().orElseThrow(), "a violation leaves the instruction current");

        redPass(env);
        r = step(env, Action.instruction(required));
        assertEquals(Map.of(RewardComponent.INSTRUCTION_PROGRESS.wireName(),
                weight(RewardComponent.INSTRUCTION_PROGRESS)), r.rewardComponents());
        p = blueView(env).instructionProgress();
        assertEquals(1, p.completed());
        assertEquals(1, p.violated());
        assertEquals("INS-002", p.current().orElseThrow().id());
    }

    @Test
    void checkpointPlanPaysOnlyOnAStrideTurnAndOncePerStride() {
        GameEnv env = env(CERTAIN, 13);
        int stride = CERTAIN.checkpointStride();
        int bonuses = 0;
        while (!env.isTerminal()) {
            int number = env.observe(Actor.BLUE).timeStep() + 1;
            boolean due = number % stride == 0;
            assertEquals(due, blueView(env).checkpointDue(), "turn " + number);
            StepResult r = blue(env, Tool.CHECKPOINT_PLAN);
            assertEquals(due ? weight(RewardComponent.CHECKPOINT_BONUS) : 0.0,
                    paid(r, RewardComponent.CHECKPOINT_BONUS), "turn " + number);
            assertFalse(blueView(env).checkpointDue());
            bonuses += due ? 1 : 0;
            red(env, Tool.RECON_NETWORK, null);
        }
        assertEquals(CERTAIN.maxTurns() / stride, bonuses);

        GameEnv saved = env(CERTAIN, 14);
        saved.state().turn = stride - 1;
        saved.state().lastCheckpointStride = 1;
        assertFalse(blueView(saved).checkpointDue());
        assertEquals(0.0, paid(blue(saved, Tool.CHECKPOINT_PLAN), RewardComponent.CHECKPOINT_BONUS),
                "this stride's checkpoint was already saved");
    }

    @Test
    void reconcileStateRepairsABackupAndEvictsOnlyAFootholdWithoutPersistence() {
        GameEnv env = env(CERTAIN, 15);
        GameState s = env.state();
        s.accessMask |= bit(env, "host-03") | bit(env, "host-00") | bit(env, "host-01");
        s.persistenceMask |= bit(env, "host-03") | bit(env, "host-01");
        s.backupCorruptMask |= bit(env, "host-03");

        StepResult r = blue(env, Tool.RESTORE_BACKUP, "host-03");
        assertTrue(r.events().stream().anyMatch(e -> e.contains("restore failed")), r.events().toString());
        redPass(env);
        r = blue(env, Tool.RECONCILE_STATE, "host-03");
        assertTrue(r.events().stream().anyMatch(e -> e.contains("backup of host-03 repaired")), r.events().toString());
        assertEquals(Map.of(), r.rewardComponents());
        assertTrue(foothold(env, "host-03").isPresent());
        redPass(env);
        r = blue(env, Tool.RESTORE_BACKUP, "host-03");
        assertEquals(weight(RewardComponent.PERSISTENCE_REMOVED), paid(r, RewardComponent.PERSISTENCE_REMOVED),
                "the repaired backup restores");

        redPass(env);
        r = blue(env, Tool.RECONCILE_STATE, "host-01");
        assertEquals(Map.of(), r.rewardComponents(), "persistence resists reconcile_state");
        assertTrue(foothold(env, "host-01").isPresent());
        redPass(env);
        r = blue(env, Tool.RECONCILE_STATE, "host-00");
        assertEquals(weight(RewardComponent.CONTAINMENT_SUCCESS), paid(r, RewardComponent.CONTAINMENT_SUCCESS));
        assertEquals(0.0, paid(r, RewardComponent.FULL_RECOVERY), "host-01 is still held");
        assertTrue(foothold(env, "host-00").isEmpty());
        redPass(env);
        r = blue(env, Tool.RECONCILE_STATE, "host-02");
        assertEquals(Map.of(), r.rewardComponents(), "reconciling a clean host is harmless");
    }

    // ------------------------------------------------------------------ Red tools

    @Test
    void reconNetworkDiscoversTheHostsReachableFromWhereRedStands() {
        GameEnv env = env(CERTAIN, 16);
        StepResult r = red(env, Tool.RECON_NETWORK, null);
        assertEquals(List.of("host-00", "host-01", "host-02"), knownNames(env), "from outside: corp");
        assertTrue(redView(env).knownTargets().stream().allMatch(t -> t.zone().equals("corp")));
        assertTrue(r.events().stream().anyMatch(e -> e.contains("3 new hosts")), r.events().toString());
        assertEquals(Map.of(RewardComponent.TIME_COST.wireName(), weight(RewardComponent.TIME_COST)),
                sideComponents(r, Actor.RED));

        blue(env, Tool.ISOLATE_HOST, "host-04");
        env.state().accessMask |= bit(env, "host-00");
        red(env, Tool.RECON_NETWORK, null);
        assertEquals(List.of("host-00", "host-01", "host-02", "host-03"), knownNames(env),
                "a corp foothold reaches prod, but not the isolated host-04");

        env.state().accessMask |= bit(env, "host-03");
        red(env, Tool.RECON_NETWORK, null);
        assertTrue(knownNames(env).contains("db-01"), "a prod foothold reaches secure");
    }

    @Test
    void enumerateServicesRevealsExploitabilityAndRaisesTheExploitChance() {
        GameEnv env = env(CERTAIN, 17);
        env.state().knownMask |= bit(env, "host-00") | bit(env, "db-01");
        env.state().accessMask |= bit(env, "host-03");              // a prod foothold puts db-01 within reach
        RedView.TargetView before = target(env, "host-00");
        assertFalse(before.enumerated());
        assertTrue(before.exploitability().isEmpty());
        StepResult r = red(env, Tool.ENUMERATE_SERVICES, "host-00");
        RedView.TargetView after = target(env, "host-00");
        assertTrue(after.enumerated());
        assertEquals(CERTAIN.hosts().get(host(env, "host-00")).exploitability(),
                after.exploitability().orElseThrow());
        assertEquals(Map.of(RewardComponent.TIME_COST.wireName(), weight(RewardComponent.TIME_COST)),
                sideComponents(r, Actor.RED));
        assertFalse(target(env, "db-01").highValue());
        red(env, Tool.ENUMERATE_SERVICES, "db-01");
        assertTrue(target(env, "db-01").highValue());
        assertEquals(1, redView(env).highValueGuessCount());

        Consumer<GameState> setup = st -> st.knownMask |= bit(st, "host-00") | bit(st, "host-01");
        Predicate<GameState> foothold = st -> st.has(st.accessMask, 0);
        boolean[] plain = outcomes(SMALL, setup, List.of(b(Tool.CHECKPOINT_PLAN),
                r(Tool.ENUMERATE_SERVICES, "host-01"), b(Tool.CHECKPOINT_PLAN), r(Tool.ATTEMPT_EXPLOIT, "host-00")),
                foothold);
        boolean[] enumerated = outcomes(SMALL, setup, List.of(b(Tool.CHECKPOINT_PLAN),
                r(Tool.ENUMERATE_SERVICES, "host-00"), b(Tool.CHECKPOINT_PLAN), r(Tool.ATTEMPT_EXPLOIT, "host-00")),
                foothold);
        assertNoGain(enumerated, plain, "enumeration made an exploit fail");
        assertRateAtMost(plain, 1 / 1.15, enumerated, "exploit without enumeration");
    }

    @Test
    void attemptExploitGainsAFootholdAtTheDocumentedRateOnlyWhereReachable() {
        Consumer<GameState> setup = st -> st.knownMask |= bit(st, "host-00");
        boolean[] ok = outcomes(SMALL, setup, List.of(b(Tool.CHECKPOINT_PLAN), r(Tool.ATTEMPT_EXPLOIT, "host-00")),
                st -> st.has(st.accessMask, 0));
        var spec = SMALL.hosts().get(0);
        double expected = SMALL.red().exploitBase() * spec.exploitability()
                * (1.0 - SMALL.blue().patchEffect() * spec.patchLevel());
        assertRateNear(ok, expected, "exploit of host-00 (base x exploitability x (1 - patch_effect x patch))");

        // The rewards of a landed exploit on a high-value host, and of a failed one.
        boolean sawSuccess = false;
        boolean sawFailure = false;
        for (long seed = 0; seed < 200 && !(sawSuccess && sawFailure); seed++) {
            GameEnv env = env(SMALL, seed);
            env.state().accessMask |= bit(env, "host-03");
            env.state().knownMask |= bit(env, "host-03") | bit(env, "db-01");
            StepResult r = red(env, Tool.ATTEMPT_EXPLOIT, "db-01");
            Map<String, Double> paid = sideComponents(r, Actor.RED);
            if (foothold(env, "db-01").isPresent()) {
                sawSuccess = true;
                assertEquals(Map.of(RewardComponent.FOOTHOLD.wireName(), weight(RewardComponent.FOOTHOLD),
                        RewardComponent.LATERAL_HIGH_VALUE.wireName(), weight(RewardComponent.LATERAL_HIGH_VALUE),
                        RewardComponent.TIME_COST.wireName(), weight(RewardComponent.TIME_COST)), paid);
                assertEquals("user", foothold(env, "db-01").orElseThrow().access());
            } else {
                sawFailure = true;
                assertEquals(Map.of(RewardComponent.TIME_COST.wireName(), weight(RewardComponent.TIME_COST)), paid);
            }
        }
        assertTrue(sawSuccess && sawFailure);

        GameEnv env = env(CERTAIN, 18);
        env.state().knownMask |= bit(env, "host-00") | bit(env, "db-01");
        env.state().accessMask |= bit(env, "host-00");
        blue(env, Tool.CHECKPOINT_PLAN);
        refused(env, Action.of(Actor.RED, Tool.ATTEMPT_EXPLOIT, "db-01"), "not a known, reachable");
        refused(env, Action.of(Actor.RED, Tool.ATTEMPT_EXPLOIT, "host-00"), "without a foothold");
    }

    @Test
    void dumpCredentialsStealsCredentialsAndMayEscalatePayingPrivEscOnce() {
        GameEnv env = env(CERTAIN, 19);
        env.state().accessMask |= bit(env, "host-00");
        StepResult r = red(env, Tool.DUMP_CREDENTIALS, "host-00");
        assertEquals(List.of("host-00"), redView(env).credentials());
        assertTrue(env.state().has(env.state().credsValidMask, host(env, "host-00")));
        assertEquals("admin", foothold(env, "host-00").orElseThrow().access());
        assertEquals(weight(RewardComponent.PRIV_ESC), paid(r, RewardComponent.PRIV_ESC));
        blue(env, Tool.CHECKPOINT_PLAN);
        refused(env, Action.of(Actor.RED, Tool.DUMP_CREDENTIALS, "host-00"), "not yet taken");
        redPass(env);
        env.state().credsHeldMask = 0; // the credentials were rejected since; dumping again is allowed
        r = red(env, Tool.DUMP_CREDENTIALS, "host-00");
        assertEquals(List.of("host-00"), redView(env).credentials());
        assertEquals(0.0, paid(r, RewardComponent.PRIV_ESC), "admin is gained once");

        GameEnv never = env(BACKUP, 19);
        never.state().accessMask |= bit(never, "host-00");
        r = red(never, Tool.DUMP_CREDENTIALS, "host-00");
        assertEquals(List.of("host-00"), redView(never).credentials());
        assertEquals("user", foothold(never, "host-00").orElseThrow().access(), "escalate_chance 0");
        assertEquals(0.0, paid(r, RewardComponent.PRIV_ESC));
    }

    @Test
    void pivotHostNeedsValidCredentialsFromTheZoneJustOutsideOrDeeper() {
        GameEnv env = env(CERTAIN, 20);
        GameState s = env.state();
        s.knownMask |= bit(env, "host-01") | bit(env, "host-03") | bit(env, "db-01");
        s.credsHeldMask |= bit(env, "host-00");
        s.credsValidMask |= bit(env, "host-00");
        blue(env, Tool.CHECKPOINT_PLAN);
        refused(env, Action.of(Actor.RED, Tool.PIVOT_HOST, "db-01"), "reachable with held credentials");
        StepResult r = red(env, Tool.PIVOT_HOST, "host-03");
        assertTrue(foothold(env, "host-03").isPresent(), "corp credentials open prod");
        assertEquals(weight(RewardComponent.FOOTHOLD), paid(r, RewardComponent.FOOTHOLD));
        assertEquals(0.0, paid(r, RewardComponent.LATERAL_HIGH_VALUE));
        red(env, Tool.PIVOT_HOST, "host-01");
        assertTrue(foothold(env, "host-01").isPresent(), "and their own zone");

        s.credsHeldMask |= bit(env, "host-03");
        s.credsValidMask |= bit(env, "host-03");
        r = red(env, Tool.PIVOT_HOST, "db-01");
        assertTrue(foothold(env, "db-01").isPresent(), "prod credentials open secure");
        assertEquals(weight(RewardComponent.LATERAL_HIGH_VALUE), paid(r, RewardComponent.LATERAL_HIGH_VALUE));

        GameEnv deep = env(CERTAIN, 21);
        deep.state().knownMask |= bit(deep, "host-02");
        deep.state().credsHeldMask |= bit(deep, "db-01");
        deep.state().credsValidMask |= bit(deep, "db-01");
        red(deep, Tool.PIVOT_HOST, "host-02");
        assertTrue(foothold(deep, "host-02").isPresent(), "credentials from a deeper zone open an outer one");

        GameEnv dead = env(CERTAIN, 22);
        dead.state().knownMask |= bit(dead, "host-03");
        dead.state().credsHeldMask |= bit(dead, "host-00");
        r = red(dead, Tool.PIVOT_HOST, "host-03");
        assertTrue(foothold(dead, "host-03").isEmpty(), "invalid credentials open nothing");
        assertEquals(List.of(), redView(dead).credentials());
        blue(dead, Tool.CHECKPOINT_PLAN);
        refused(dead, Action.of(Actor.RED, Tool.PIVOT_HOST, "host-03"), "held credentials");
    }

    @Test
    void establishPersistenceKeepsTheFootholdThroughIsolation() {
        GameEnv env = env(CERTAIN, 23);
        env.state().accessMask |= bit(env, "host-00");
        GameEnv without = env.copy();
        StepResult r = red(env, Tool.ESTABLISH_PERSISTENCE, "host-00");
        assertTrue(foothold(env, "host-00").orElseThrow().persistence());
        assertEquals(Map.of(RewardComponent.TIME_COST.wireName(), weight(RewardComponent.TIME_COST)),
                sideComponents(r, Actor.RED));
        r = blue(env, Tool.ISOLATE_HOST, "host-00");
        assertEquals(0.0, paid(r, RewardComponent.CONTAINMENT_SUCCESS));
        assertTrue(foothold(env, "host-00").isPresent());
        assertTrue(env.observe(Actor.RED).events().stream().anyMatch(e -> e.contains("persistence keeps")));

        red(without, Tool.RECON_NETWORK, null);
        r = blue(without, Tool.ISOLATE_HOST, "host-00");
        assertEquals(weight(RewardComponent.CONTAINMENT_SUCCESS), paid(r, RewardComponent.CONTAINMENT_SUCCESS));
        assertTrue(foothold(without, "host-00").isEmpty(), "without persistence isolation evicts");
    }

    @Test
    void prepareExfiltrationNeedsAdminOnAHighValueHost() {
        GameEnv env = env(CERTAIN, 24);
        GameState s = env.state();
        s.accessMask |= bit(env, "host-03") | bit(env, "db-01");
        s.adminMask |= bit(env, "host-03");
        blue(env, Tool.CHECKPOINT_PLAN);
        refused(env, Action.of(Actor.RED, Tool.PREPARE_EXFILTRATION, "db-01"), "needs admin");
        refused(env, Action.of(Actor.RED, Tool.PREPARE_EXFILTRATION, "host-03"), "high-value");
        s.adminMask |= bit(env, "db-01");
        refused(env, Action.of(Actor.RED, Tool.PREPARE_EXFILTRATION, "db-01"), "enumerated");
        s.enumeratedMask |= bit(env, "db-01");
        StepResult r = red(env, Tool.PREPARE_EXFILTRATION, "db-01");
        List<RedView.StagedView> staged = redView(env).staged();
        assertEquals(1, staged.size());
        assertEquals("db-01", staged.get(0).host());
        assertEquals(Math.max(0, CERTAIN.red().stagingTurns() - 1), staged.get(0).readyIn(),
                "counted from the next turn");
        assertEquals(Map.of(RewardComponent.TIME_COST.wireName(), weight(RewardComponent.TIME_COST)),
                sideComponents(r, Actor.RED));
        blue(env, Tool.CHECKPOINT_PLAN);
        refused(env, Action.of(Actor.RED, Tool.PREPARE_EXFILTRATION, "db-01"), "nothing staged");
    }

    @Test
    void executeExfiltrationEndsTheGameWithRedTheWinner() {
        GameEnv env = env(CERTAIN, 25);
        GameState s = env.state();
        s.accessMask |= bit(env, "db-01");
        s.adminMask |= bit(env, "db-01");
        s.enumeratedMask |= bit(env, "db-01");
        red(env, Tool.PREPARE_EXFILTRATION, "db-01");
        int index = env.actionSpace(Actor.RED).encode(Tool.EXECUTE_EXFILTRATION, host(env, "db-01"));
        for (int turn = 0; ; turn++) {
            blue(env, Tool.CHECKPOINT_PLAN);
            int readyIn = redView(env).staged().get(0).readyIn();
            assertEquals(readyIn == 0, env.isLegal(index), "exfiltration is legal exactly when the data is ready");
            if (readyIn == 0) {
                break;
            }
            assertTrue(turn <= CERTAIN.red().stagingTurns(), "staged data never became ready");
            red(env, Tool.RECON_NETWORK, null);
        }
        StepResult r = red(env, Tool.EXECUTE_EXFILTRATION, "db-01");
        assertTrue(r.terminated());
        assertEquals(Optional.of(Actor.RED), r.winner());
        assertEquals(weight(RewardComponent.EXFIL_SUCCESS), paid(r, RewardComponent.EXFIL_SUCCESS));
        assertEquals(weight(RewardComponent.EXFIL_LOSS), paid(r, RewardComponent.EXFIL_LOSS));
        assertTrue(env.observe(Actor.BLUE).done());
        assertTrue(env.observe(Actor.BLUE).events().stream().anyMatch(e -> e.contains("exfiltrated from db-01")));
        assertTrue(env.metrics().exfiltrated());
        assertTrue(env.legalActions(Actor.BLUE).isEmpty());
    }

    @Test
    void coverTracksErasesRedsAlertsAndLowersDetectionForStealthTurns() {
        GameEnv env = env(CERTAIN, 26);
        GameState s = env.state();
        s.accessMask |= bit(env, "host-00");
        s.alerts.add(host(env, "host-00"), 2, 0.8, 0, true);
        s.alerts.add(host(env, "host-01"), 2, 0.8, 0, true);
        s.alerts.verdict[s.alerts.slot(1)] = Alerts.TRUE_POSITIVE;
        s.alerts.add(host(env, "host-02"), 2, 0.8, 0, false);
        StepResult r = red(env, Tool.COVER_TRACKS, null);
        assertEquals(List.of("host-01", "host-02"), blueView(env).alerts().stream().map(BlueView.AlertView::host)
                .toList(), "Red's untriaged alert is erased; triaged and false ones stay");
        assertTrue(r.events().stream().anyMatch(e -> e.contains("1 alerts erased")), r.events().toString());
        int stealth = CERTAIN.red().stealthTurns();
        assertEquals(stealth - 1, redView(env).stealthTurnsLeft(), "the cover turn itself was the first");
        assertEquals(Map.of(RewardComponent.TIME_COST.wireName(), weight(RewardComponent.TIME_COST)),
                sideComponents(r, Actor.RED));

        int turns = SMALL.red().stealthTurns();
        Consumer<GameState> setup = st -> st.knownMask |= bit(st, "host-00") | bit(st, "host-01");
        Predicate<GameState> alerted = st -> (st.redAlertHistory & 1) != 0;
        Action probe = r(Tool.ATTEMPT_EXPLOIT, "host-00");
        for (int idle : new int[] {0, turns - 2}) {
            if (idle < 0) {
                continue;
            }
            boolean[] plain = outcomes(SMALL, setup, script(List.of(b(Tool.CHECKPOINT_PLAN),
                    r(Tool.RECON_NETWORK, null), b(Tool.CHECKPOINT_PLAN)), idle, probe), alerted);
            boolean[] covered = outcomes(SMALL, setup, script(List.of(b(Tool.CHECKPOINT_PLAN),
                    r(Tool.COVER_TRACKS, null), b(Tool.CHECKPOINT_PLAN)), idle, probe), alerted);
            // Stealth multiplies the alert chance by stealth_factor: demand at least half that reduction.
            double bound = (1.0 + SMALL.red().stealthFactor()) / 2.0;
            assertRateAtMost(covered, bound, plain, "alerts " + (idle + 1) + " turns after cover_tracks");
        }
        boolean[] plain = outcomes(SMALL, setup, script(List.of(b(Tool.CHECKPOINT_PLAN),
                r(Tool.RECON_NETWORK, null), b(Tool.CHECKPOINT_PLAN)), turns - 1, probe), alerted);
        boolean[] expired = outcomes(SMALL, setup, script(List.of(b(Tool.CHECKPOINT_PLAN),
                r(Tool.COVER_TRACKS, null), b(Tool.CHECKPOINT_PLAN)), turns - 1, probe), alerted);
        assertTrue(Math.abs(rate(plain) - rate(expired)) < 6 * Math.sqrt(0.5 / TRIALS),
                "after stealth_turns detection is back: " + rate(plain) + " vs " + rate(expired));
    }

    @Test
    void sabotageRecoveryPlanViolatesTheCurrentInstructionOrCorruptsABackup() {
        GameEnv env = env(CERTAIN, 27);
        env.state().accessMask |= bit(env, "host-00");
        env.state().adminMask |= bit(env, "host-00");
        BlueView.Instruction first = blueView(env).instructionProgress().current().orElseThrow();
        StepResult r = red(env, Tool.SABOTAGE_RECOVERY_PLAN, "host-00");
        assertEquals(weight(RewardComponent.PLAN_SABOTAGE), paid(r, RewardComponent.PLAN_SABOTAGE));
        assertEquals(weight(RewardComponent.INSTRUCTION_VIOLATION), paid(r, RewardComponent.INSTRUCTION_VIOLATION));
        BlueView.InstructionProgress p = blueView(env).instructionProgress();
        assertEquals(1, p.violated());
        assertEquals(0, p.completed());
        assertNotEquals(first.id(), p.current().orElseThrow().id(), "the wrecked instruction is skipped");
        assertTrue(env.observe(Actor.BLUE).events().stream().anyMatch(e -> e.contains("instruction 1 was sabotaged")));
        assertEquals(0L, env.state().backupCorruptMask);

        GameEnv backup = env(BACKUP, 27);
        backup.state().accessMask |= bit(backup, "host-00");
        backup.state().adminMask |= bit(backup, "host-00");
        first = blueView(backup).instructionProgress().current().orElseThrow();
        r = red(backup, Tool.SABOTAGE_RECOVERY_PLAN, "host-00");
        assertEquals(weight(RewardComponent.PLAN_SABOTAGE), paid(r, RewardComponent.PLAN_SABOTAGE));
        assertEquals(0.0, paid(r, RewardComponent.INSTRUCTION_VIOLATION));
        assertEquals(first, blueView(backup).instructionProgress().current().orElseThrow());
        assertEquals(0, blueView(backup).instructionProgress().violated());
        r = blue(backup, Tool.RESTORE_BACKUP, "host-00");
        assertTrue(r.events().stream().anyMatch(e -> e.contains("restore failed")), "the backup is corrupt");
        assertTrue(foothold(backup, "host-00").isPresent());
    }

    // ------------------------------------------------------------------ rules across tools

    /**
     * GAME.md: each reward is paid on the event that earns it, once; sabotage must not be farmable. A sabotage
     * aimed at a backup that is already corrupt wrecks nothing and pays nothing; once Blue repairs the
     * backup, it can be corrupted (and paid) again.
     */
    @Test
    void sabotagingAnAlreadyCorruptBackupPaysNothing() {
        GameEnv env = env(BACKUP, 28);
        int h = host(env, "host-00");
        env.state().accessMask |= bit(env, "host-00");
        env.state().adminMask |= bit(env, "host-00");
        StepResult first = red(env, Tool.SABOTAGE_RECOVERY_PLAN, "host-00");
        assertEquals(weight(RewardComponent.PLAN_SABOTAGE), paid(first, RewardComponent.PLAN_SABOTAGE));
        assertTrue(env.state().has(env.state().backupCorruptMask, h));
        int violations = blueView(env).instructionProgress().violated();

        StepResult again = red(env, Tool.SABOTAGE_RECOVERY_PLAN, "host-00");
        assertEquals(0.0, paid(again, RewardComponent.PLAN_SABOTAGE), "the backup was already corrupt");
        assertEquals(violations, blueView(env).instructionProgress().violated(), "and no instruction was hit");
        assertTrue(again.events().stream().anyMatch(e -> e.contains("already corrupt")), again.events().toString());

        env.state().backupCorruptMask &= ~bit(env, "host-00");
        StepResult afterRepair = red(env, Tool.SABOTAGE_RECOVERY_PLAN, "host-00");
        assertEquals(weight(RewardComponent.PLAN_SABOTAGE), paid(afterRepair, RewardComponent.PLAN_SABOTAGE));
    }

    /** GAME.md: Red can act only on hosts reachable from where it stands. */
    @Test
    void enumerateServicesNeedsTheHostToBeReachable() {
        GameEnv env = env(CERTAIN, 29);
        env.state().accessMask |= bit(env, "host-00");
        red(env, Tool.RECON_NETWORK, null);
        assertTrue(knownNames(env).contains("host-03"), "learned through the corp foothold");
        blue(env, Tool.ISOLATE_HOST, "host-00");
        assertEquals(List.of(), footholdNames(env), "the only foothold is gone: prod is out of reach");
        refused(env, Action.of(Actor.RED, Tool.ATTEMPT_EXPLOIT, "host-03"), "reachable");
        refused(env, Action.of(Actor.RED, Tool.ENUMERATE_SERVICES, "host-03"), "");
    }

    /** GAME.md: Red's alert chance is scaled by stealth, Blue's IOC blocklist and hardening. */
    @Test
    void hardenPolicyRaisesDetectionOfRedActions() {
        Consumer<GameState> setup = st -> st.knownMask |= bit(st, "host-00");
        Predicate<GameState> alerted = st -> (st.redAlertHistory & 1) != 0;
        Action probe = r(Tool.ATTEMPT_EXPLOIT, "host-00");
        boolean[] plain = outcomes(SMALL, setup, List.of(b(Tool.CHECKPOINT_PLAN), probe), alerted);
        boolean[] hardened = outcomes(SMALL, setup, List.of(b(Tool.HARDEN_POLICY), probe), alerted);
        assertNoGain(hardened, plain, "hardening hid a Red action");
        assertTrue(rate(hardened) > rate(plain),
                "alert rate under harden_policy " + rate(hardened) + " is not above " + rate(plain));
    }

    // ------------------------------------------------------------------ helpers

    private static Scenario variant(String file) {
        try {
            return Scenarios.load(Path.of(ToolEffectsTest.class.getResource("/scenarios/" + file).toURI()).toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GameEnv env(Scenario sc, long seed) {
        GameEnv env = new GameEnv(sc);
        env.resetFast(seed);
        return env;
    }

    private static int host(GameEnv env, String name) {
        int h = env.scenario().hostIndex(name);
        assertTrue(h >= 0, name);
        return h;
    }

    private static long bit(GameEnv env, String name) {
        return 1L << host(env, name);
    }

    private static long bit(GameState s, String name) {
        return 1L << s.scenario.hostIndex(name);
    }

    private static double weight(RewardComponent c) {
        return SMALL.reward().weight(c); // the effects-*.yaml variants keep the small preset's weights
    }

    private static double criticality(GameEnv env, String name) {
        return env.scenario().hosts().get(host(env, name)).criticality();
    }

    private static Action b(Tool tool) {
        return Action.of(Actor.BLUE, tool);
    }

    private static Action b(Tool tool, String target) {
        return Action.of(Actor.BLUE, tool, target);
    }

    private static Action r(Tool tool, String target) {
        return target == null ? Action.of(Actor.RED, tool) : Action.of(Actor.RED, tool, target);
    }

    /** {@code first}, then {@code idle} idle turns (Red enumerates host-01, Blue checkpoints), then {@code last}. */
    private static List<Action> script(Action first, int idle, Action last) {
        return script(List.of(first), idle, last);
    }

    private static List<Action> script(List<Action> first, int idle, Action last) {
        List<Action> out = new ArrayList<>(first);
        for (int i = 0; i < idle; i++) {
            out.add(r(Tool.ENUMERATE_SERVICES, "host-01"));
            out.add(b(Tool.CHECKPOINT_PLAN));
        }
        out.add(last);
        return out;
    }

    /**
     * For seeds 0..TRIALS-1: reset, apply {@code setup} to the state, play {@code script} (every action must
     * be accepted), and record {@code outcome}.
     */
    private static boolean[] outcomes(Scenario sc, Consumer<GameState> setup, List<Action> script,
                                      Predicate<GameState> outcome) {
        boolean[] out = new boolean[TRIALS];
        GameEnv env = new GameEnv(sc);
        for (int seed = 0; seed < TRIALS; seed++) {
            env.resetFast(seed);
            setup.accept(env.state());
            for (Action a : script) {
                step(env, a);
            }
            out[seed] = outcome.test(env.state());
        }
        return out;
    }

    private static double rate(boolean[] outcomes) {
        int n = 0;
        for (boolean b : outcomes) {
            n += b ? 1 : 0;
        }
        return n / (double) outcomes.length;
    }

    /** With common random numbers, {@code lower} may only turn {@code higher}'s successes into failures. */
    private static void assertNoGain(boolean[] higher, boolean[] lower, String message) {
        for (int i = 0; i < higher.length; i++) {
            assertFalse(lower[i] && !higher[i], message + " (seed " + i + ")");
        }
    }

    private static void assertRateAtMost(boolean[] measured, double factor, boolean[] reference, String what) {
        double m = rate(measured);
        double ref = rate(reference);
        assertTrue(ref > 0.05, what + ": reference rate too small to compare: " + ref);
        assertTrue(m <= factor * ref, what + ": rate " + m + " is not at most " + factor + " x " + ref);
    }

    private static void assertRateNear(boolean[] measured, double expected, String what) {
        double sd = Math.sqrt(expected * (1 - expected) / measured.length);
        double m = rate(measured);
        assertTrue(Math.abs(m - expected) <= 5 * sd, what + ": rate " + m + ", expected " + expected + " +- " + 5 * sd);
    }

    private static StepResult step(GameEnv env, Action a) {
        StepResult r = env.step(a);
        assertTrue(r.accepted(), () -> a + " refused: " + r.error().orElse(""));
        return r;
    }

    private static StepResult blue(GameEnv env, Tool tool) {
        return blue(env, tool, null);
    }

    private static StepResult blue(GameEnv env, Tool tool, String target) {
        assertEquals(Actor.BLUE, env.currentActor(), "Blue's turn expected");
        return step(env, target == null ? b(tool) : b(tool, target));
    }

    /** Red acts; on Blue's turn Blue first plays checkpoint_plan, which does not touch Red. */
    private static StepResult red(GameEnv env, Tool tool, String target) {
        if (env.currentActor() == Actor.BLUE) {
            blue(env, Tool.CHECKPOINT_PLAN);
        }
        return step(env, r(tool, target));
    }

    /** Red's neutral move: recon_network only adds known hosts. */
    private static void redPass(GameEnv env) {
        red(env, Tool.RECON_NETWORK, null);
    }

    private static void refused(GameEnv env, Action a, String reasonPart) {
        String before = StateDigest.of(env);
        StepResult r = env.step(a);
        assertFalse(r.accepted(), () -> a + " was accepted");
        assertTrue(r.error().orElseThrow().contains(reasonPart), r.error().orElseThrow());
        assertEquals(before, StateDigest.of(env));
    }

    private static double paid(StepResult r, RewardComponent c) {
        return r.rewardComponents().getOrDefault(c.wireName(), 0.0);
    }

    private static Map<String, Double> sideComponents(StepResult r, Actor side) {
        return r.rewardComponents().entrySet().stream()
                .filter(e -> RewardComponent.fromWire(side, e.getKey()).isPresent())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<Tool> legalTools(GameEnv env, Actor side) {
        return env.legalActions(side).stream().map(a -> Tool.fromWire(a.tool()).orElseThrow()).distinct().toList();
    }

    private static BlueView blueView(GameEnv env) {
        return env.observe(Actor.BLUE).blue();
    }

    private static RedView redView(GameEnv env) {
        return env.observe(Actor.RED).red();
    }

    private static BlueView.HostView hostView(GameEnv env, String name) {
        return blueView(env).hosts().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    private static Optional<RedView.FootholdView> foothold(GameEnv env, String name) {
        return redView(env).footholds().stream().filter(f -> f.host().equals(name)).findFirst();
    }

    private static List<String> footholdNames(GameEnv env) {
        return redView(env).footholds().stream().map(RedView.FootholdView::host).toList();
    }

    private static RedView.TargetView target(GameEnv env, String name) {
        return redView(env).knownTargets().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> knownNames(GameEnv env) {
        return redView(env).knownTargets().stream().map(RedView.TargetView::name).toList();
    }
}
