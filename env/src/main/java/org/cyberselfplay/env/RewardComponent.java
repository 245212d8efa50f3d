package org.cyberselfplay.env;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Named reward components with the original's names and default weights.
 *
 * <p>Each is paid on the event that earns it, once (see GAME.md, "Rewards"); the weights are
 * scenario YAML settings under {@code reward.red.*} and {@code reward.blue.*}.
 * {@link #COMPLETION_SHAPING} is paid once, at the end of the episode, as weight x completion rate.
 */
public enum RewardComponent {
    FOOTHOLD(Actor.RED, "foothold", 2.0),
    PRIV_ESC(Actor.RED, "priv_esc", 3.0),
    LATERAL_HIGH_VALUE(Actor.RED, "lateral_high_value", 2.0),
    EXFIL_SUCCESS(Actor.RED, "exfil_success", 8.0),
    DETECTED(Actor.RED, "detected", -2.0),
    FOOTHOLD_REMOVED(Actor.RED, "foothold_removed", -4.0),
    CAMPAIGN_DISRUPTED(Actor.RED, "campaign_disrupted", -6.0),
    PLAN_SABOTAGE(Actor.RED, "plan_sabotage", 1.5),
    TIME_COST(Actor.RED, "time_cost", -0.1),

    TRUE_POSITIVE_TRIAGE(Actor.BLUE, "true_positive_triage", 2.0),
    CONTAINMENT_SUCCESS(Actor.BLUE, "containment_success", 3.0),
    PERSISTENCE_REMOVED(Actor.BLUE, "persistence_removed", 4.0),
    FULL_RECOVERY(Actor.BLUE, "full_recovery", 6.0),
    EXFIL_LOSS(Actor.BLUE, "exfil_loss", -8.0),
    CRITICAL_DOWNTIME(Actor.BLUE, "critical_downtime", -3.0),
    FALSE_POSITIVE(Actor.BLUE, "false_positive", -2.0),
    UNRESOLVED_COST(Actor.BLUE, "unresolved_cost", -0.1),
    INSTRUCTION_PROGRESS(Actor.BLUE, "instruction_progress", 1.2),
    CHECKPOINT_BONUS(Actor.BLUE, "checkpoint_bonus", 2.0),
    INSTRUCTION_VIOLATION(Actor.BLUE, "instruction_violation", -1.0),
    COMPLETION_SHAPING(Actor.BLUE, "completion_shaping", 2.0);

    private static final RewardComponent[] VALUES = values();
    /** Number of components; arrays indexed by {@link #ordinal()} have this length. */
    public static final int COUNT = VALUES.length;

    private final Actor side;
    private final String wireName;
    private final double defaultWeight;

    RewardComponent(Actor side, String wireName, double defaultWeight) {
        this.side = side;
        this.wireName = wireName;
        this.defaultWeight = defaultWeight;
    }

    /** The side whose return this component changes. */
    public Actor side() {
        return side;
    }

    public String wireName() {
        return wireName;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    private static final List<RewardComponent> BLUE = bySide(Actor.BLUE);
    private static final List<RewardComponent> RED = bySide(Actor.RED);

    /** The components paid to one side, in enum order (unmodifiable, shared). */
    public static List<RewardComponent> of(Actor side) {
        return side == Actor.BLUE ? BLUE : RED;
    }

    private static List<RewardComponent> bySide(Actor side) {
        List<RewardComponent> list = new ArrayList<>();
        for (RewardComponent c : values()) {
            if (c.side == side) {
                list.add(c);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** Looks a component up by side and wire name. */
    public static Optional<RewardComponent> fromWire(Actor side, String name) {
        for (RewardComponent c : VALUES) {
            if (c.side == side && c.wireName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Component by ordinal without allocating. */
    public static RewardComponent byOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    @Override
    public String toString() {
        return wireName;
    }
}
