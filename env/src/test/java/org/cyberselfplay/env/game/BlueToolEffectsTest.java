package org.cyberselfplay.env.game;

import static org.cyberselfplay.env.game.ToolEffectsFixture.*;
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

/** One focused test per Blue tool: its real effect and the reward event it pays (GAME.md, "Blue tools"). */
class BlueToolEffectsTest {
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
}
