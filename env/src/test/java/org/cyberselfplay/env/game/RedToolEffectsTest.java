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

/**
 * One focused test per Red tool: its real effect and the reward event it pays (GAME.md, "Red tools"), and rules
 * that cut across tools.
 */
class RedToolEffectsTest {
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
}
