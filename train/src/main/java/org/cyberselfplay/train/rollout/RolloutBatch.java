package org.cyberselfplay.train.rollout;

import java.util.List;
import java.util.Objects;
import org.cyberselfplay.env.Actor;

/**
 * The learner decisions and sequences of one update, in plan order: group by group, member by member, and
 * each sequence's decisions in the order played. Decision {@code d} belongs to sequence {@code sequenceOf[d]}
 * (an index into {@link #sequences()}) and group {@code groupOf[d]}.
 *
 * @param learner   the side that was trained
 * @param decisions every recorded learner decision
 * @param sequenceOf the sequence of each decision
 * @param groupOf   the group of each decision
 * @param sequences every sequence (episode or branch), {@code groups x G} of them
 * @param envSteps  env steps played to collect the batch (both sides, trunks included)
 * @param seconds   wall-clock seconds the collection took
 */
public record RolloutBatch(Actor learner, List<Decision> decisions, int[] sequenceOf, int[] groupOf,
                           List<SequenceResult> sequences, long envSteps, double seconds) {
    public RolloutBatch {
        Objects.requireNonNull(learner, "learner");
        decisions = List.copyOf(decisions);
        sequences = List.copyOf(sequences);
        if (sequenceOf.length != decisions.size() || groupOf.length != decisions.size()) {
            throw new IllegalArgumentException(decisions.size() + " decisions but " + sequenceOf.length
                    + " sequence ids and " + groupOf.length + " group ids");
        }
    }

    /** Number of decisions. */
    public int size() {
        return decisions.size();
    }

    /** Width of a feature row. */
    public int featureWidth() {
        return decisions.isEmpty() ? 0 : decisions.get(0).features().length;
    }

    /** The features of every decision, row-major {@code [size, featureWidth]}, in a new array. */
    public float[] features() {
        int w = featureWidth();
        float[] out = new float[size() * w];
        for (int d = 0; d < size(); d++) {
            System.arraycopy(decisions.get(d).features(), 0, out, d * w, w);
        }
        return out;
    }

    /** The codec masks of every decision (the rows are shared, not copied). */
    public boolean[][] masks() {
        boolean[][] out = new boolean[size()][];
        for (int d = 0; d < size(); d++) {
            out[d] = decisions.get(d).mask();
        }
        return out;
    }

    /** The codec action of every decision. */
    public int[] actions() {
        return decisions.stream().mapToInt(Decision::action).toArray();
    }

    /** The sampling policy's log-probability of every decision's action. */
    public double[] logpOld() {
        return decisions.stream().mapToDouble(Decision::logp).toArray();
    }

    /** The tool position of every decision. */
    public int[] tools() {
        return decisions.stream().mapToInt(Decision::tool).toArray();
    }


    /** A copy of the sequence of each decision. */
    @Override
    public int[] sequenceOf() {
        return sequenceOf.clone();
    }

    /** A copy of the group of each decision. */
    @Override
    public int[] groupOf() {
        return groupOf.clone();
    }

    /** Sequences whose game is over. */
    public long finishedCount() {
        return sequences.stream().filter(SequenceResult::finished).count();
    }

    /** Finished sequences the learner won. */
    public long learnerWins() {
        return sequences.stream().filter(s -> s.won(learner)).count();
    }
}
