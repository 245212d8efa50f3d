package org.cyberselfplay.env.obs;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Red's view: what it has discovered and holds, and a coarse sense of being watched.
 *
 * @param knownTargets       hosts Red has discovered, inventory order
 * @param footholds          hosts where Red has access, inventory order
 * @param credentials        hosts whose stolen credentials Red holds and has not seen rejected
 * @param staged             hosts with data staged for exfiltration, and when it is ready
 * @param highValueGuessCount enumerated hosts that fingerprint as high-value
 * @param detectionPressure  share of Red's last 8 actions that raised an alert, in [0, 1]
 * @param stealthTurnsLeft   turns of cover_tracks stealth left
 */
public record RedView(List<TargetView> knownTargets, List<FootholdView> footholds, List<String> credentials,
                      List<StagedView> staged, int highValueGuessCount, double detectionPressure,
                      int stealthTurnsLeft) implements SideView {
    public RedView {
        knownTargets = List.copyOf(knownTargets);
        footholds = List.copyOf(footholds);
        credentials = List.copyOf(credentials);
        staged = List.copyOf(staged);
    }

    /**
     * A discovered host.
     *
     * @param exploitability revealed by enumerate_services
     * @param highValue      revealed by enumerate_services (false until then)
     */
    public record TargetView(String name, String zone, boolean online, boolean enumerated,
                             OptionalDouble exploitability, boolean highValue) {
    }

    /** Data staged on a host; {@code readyIn} turns until execute_exfiltration may be tried (0: ready). */
    public record StagedView(String host, int readyIn) {
    }

    /** A foothold: {@code access} is {@code user} or {@code admin}; offline while its host is isolated. */
    public record FootholdView(String host, String access, boolean persistence, boolean online) {
    }
}
