package org.cyberselfplay.env.game;

import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.scenario.HostSpec;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The complete mutable state of one game, hidden and visible, on primitive arrays and 64-bit host masks
 * (bit {@code h} stands for host {@code h} of the scenario's inventory).
 *
 * <p>Package-private fields on purpose: the rule classes of this package read and write them on the hot
 * path; nothing outside the package sees them. {@link #copy()} is a deep copy including the RNG, so a copy
 * continues exactly as the original would.
 */
final class GameState {
    // ---- fixed for the episode (derived from the scenario) ----
    final Scenario scenario;
    final int n;
    final long allHosts;
    final long highValueMask;
    final long zone0Mask;
    final long[] zoneMask;
    final int[] zoneOf;

    // ---- clock and outcome ----
    Rng rng;
    int turn;
    Actor current;
    boolean terminal;
    Actor winner;
    boolean exfiltrated;

    // ---- hosts ----
    final double[] patch;
    /** Hosts at patch level 1 (deploy_patch is illegal there). */
    long fullyPatchedMask;
    final int[] isolatedUntil;
    long isolatedMask;
    final int[] downtime;
    long backupCorruptMask;

    // ---- Red (hidden from Blue) ----
    long accessMask;
    long adminMask;
    long persistenceMask;
    long credsValidMask;
    long stagedMask;
    /** Turn on which the data staged on each host becomes ready for exfiltration. */
    final int[] stagedReadyAt;
    long knownMask;
    long enumeratedMask;
    /** Red's belief: hosts whose stolen credentials Red holds and has not seen rejected. */
    long credsHeldMask;
    int stealthUntil;
    /** Shift register: bit 0 is whether Red's latest action raised an alert. */
    long redAlertHistory;

    // ---- Blue (hidden from Red) ----
    long detectedMask;
    long suspectMask;
    /** Blue's latest forensic verdict per host: 0 none, 1 clean, 2 compromised, 3 compromised + persistence. */
    final byte[] forensicsVerdict;
    final int[] forensicsTurn;
    int hardenUntil;
    int rotateReadyAt;
    int iocLevel;
    int detectionsSincePublish;
    double businessImpact;
    final Alerts alerts;

    // ---- playbook ----
    Playbook playbook;
    int lastCheckpointStride;

    // ---- rewards and events ----
    /** Reward components accumulated since each side last acted (ordinals encode the side). */
    final double[] pending;
    final double[] pendingTotal;
    final double[] returns;
    final EventLog blueEvents;
    final EventLog redEvents;
    String lastError;

    // ---- metrics ----
    int firstCompromiseTurn;
    int firstDetectionTurn;
    int recoveryTurn;
    /** Sum over turns of hosts Red held, for unresolved_cost at the end. */
    int unresolvedHostTurns;
    /** Detections of compromised hosts, for Red's detected penalty at the end. */
    int detections;
    boolean criticalCompromise;
    double falsePositiveCost;
    int falsePositives;

    GameState(Scenario scenario) {
        this.scenario = scenario;
        this.n = scenario.hostCount();
        this.allHosts = n == 64 ? -1L : (1L << n) - 1;
        int zones = scenario.zones().size();
        this.zoneMask = new long[zones];
        this.zoneOf = new int[n];
        long hv = 0;
        for (int h = 0; h < n; h++) {
            HostSpec spec = scenario.hosts().get(h);
            zoneOf[h] = spec.zone();
            zoneMask[spec.zone()] |= 1L << h;
            if (spec.highValue()) {
                hv |= 1L << h;
            }
        }
        this.highValueMask = hv;
        this.zone0Mask = zoneMask[0];
        this.patch = new double[n];
        this.isolatedUntil = new int[n];
        this.downtime = new int[n];
        this.stagedReadyAt = new int[n];
        this.forensicsVerdict = new byte[n];
        this.forensicsTurn = new int[n];
        this.alerts = new Alerts(scenario.detection().alertWindow());
        this.pending = new double[RewardComponent.COUNT];
        this.pendingTotal = new double[2];
        this.returns = new double[2];
        this.blueEvents = new EventLog();
        this.redEvents = new EventLog();
    }

    private GameState(GameState o) {
        scenario = o.scenario;
        n = o.n;
        allHosts = o.allHosts;
        highValueMask = o.highValueMask;
        zone0Mask = o.zone0Mask;
        zoneMask = o.zoneMask;
        zoneOf = o.zoneOf;
        rng = o.rng == null ? null : o.rng.copy();
        turn = o.turn;
        current = o.current;
        terminal = o.terminal;
        winner = o.winner;
        exfiltrated = o.exfiltrated;
        patch = o.patch.clone();
        fullyPatchedMask = o.fullyPatchedMask;
        isolatedUntil = o.isolatedUntil.clone();
        isolatedMask = o.isolatedMask;
        downtime = o.downtime.clone();
        backupCorruptMask = o.backupCorruptMask;
        accessMask = o.accessMask;
        adminMask = o.adminMask;
        persistenceMask = o.persistenceMask;
        credsValidMask = o.credsValidMask;
        stagedMask = o.stagedMask;
        stagedReadyAt = o.stagedReadyAt.clone();
        knownMask = o.knownMask;
        enumeratedMask = o.enumeratedMask;
        credsHeldMask = o.credsHeldMask;
        stealthUntil = o.stealthUntil;
        redAlertHistory = o.redAlertHistory;
        detectedMask = o.detectedMask;
        suspectMask = o.suspectMask;
        forensicsVerdict = o.forensicsVerdict.clone();
        forensicsTurn = o.forensicsTurn.clone();
        hardenUntil = o.hardenUntil;
        rotateReadyAt = o.rotateReadyAt;
        iocLevel = o.iocLevel;
        detectionsSincePublish = o.detectionsSincePublish;
        businessImpact = o.businessImpact;
        alerts = o.alerts.copy();
        playbook = o.playbook == null ? null : o.playbook.copy();
        lastCheckpointStride = o.lastCheckpointStride;
        pending = o.pending.clone();
        pendingTotal = o.pendingTotal.clone();
        returns = o.returns.clone();
        blueEvents = o.blueEvents.copy();
        redEvents = o.redEvents.copy();
        lastError = o.lastError;
        firstCompromiseTurn = o.firstCompromiseTurn;
        firstDetectionTurn = o.firstDetectionTurn;
        recoveryTurn = o.recoveryTurn;
        unresolvedHostTurns = o.unresolvedHostTurns;
        detections = o.detections;
        criticalCompromise = o.criticalCompromise;
        falsePositiveCost = o.falsePositiveCost;
        falsePositives = o.falsePositives;
    }

    /** A deep copy that continues exactly as this state would, RNG included; it shares nothing mutable. */
    GameState copy() {
        return new GameState(this);
    }

    static long bit(int h) {
        return 1L << h;
    }

    boolean has(long mask, int h) {
        return (mask & (1L << h)) != 0;
    }

    /** Hosts Red can exploit: the outer zone, and every zone of or next to an online foothold. */
    long reachableMask() {
        long reach = zone0Mask;
        long active = accessMask & ~isolatedMask;
        for (int z = 0; z < zoneMask.length; z++) {
            if ((active & zoneMask[z]) != 0) {
                reach |= zoneMask[z];
                if (z + 1 < zoneMask.length) {
                    reach |= zoneMask[z + 1];
                }
            }
        }
        return reach;
    }

    /** Hosts Red may try to pivot to with the credentials it believes it holds. */
    long pivotReachMask() {
        if (credsHeldMask == 0) {
            return 0;
        }
        int deepest = -1;
        long held = credsHeldMask;
        while (held != 0) {
            int h = Long.numberOfTrailingZeros(held);
            held &= held - 1;
            deepest = Math.max(deepest, zoneOf[h]);
        }
        long reach = 0;
        for (int z = 0; z <= Math.min(deepest + 1, zoneMask.length - 1); z++) {
            reach |= zoneMask[z];
        }
        return reach;
    }

    /** Hosts in zone {@code z} and every deeper zone ({@code z} may be negative: then all hosts). */
    long zonesFrom(int z) {
        long m = 0;
        for (int k = Math.max(0, z); k < zoneMask.length; k++) {
            m |= zoneMask[k];
        }
        return m;
    }

    /** Staged hosts whose data is ready to leave. */
    long readyMask() {
        long ready = 0;
        long staged = stagedMask;
        while (staged != 0) {
            int h = Long.numberOfTrailingZeros(staged);
            staged &= staged - 1;
            if (turn >= stagedReadyAt[h]) {
                ready |= 1L << h;
            }
        }
        return ready;
    }

    boolean hardened() {
        return turn < hardenUntil;
    }

    boolean stealthy() {
        return turn < stealthUntil;
    }

    /** 1-based turn number being played now. */
    int turnNumber() {
        return turn + 1;
    }

    void pay(RewardComponent component, double times) {
        double amount = scenario.reward().weight(component) * times;
        if (amount == 0.0) {
            return;
        }
        pending[component.ordinal()] += amount;
        int side = component.side().ordinal();
        pendingTotal[side] += amount;
        returns[side] += amount;
    }

    void pay(RewardComponent component) {
        pay(component, 1.0);
    }

    EventLog events(Actor side) {
        return side == Actor.BLUE ? blueEvents : redEvents;
    }
}
