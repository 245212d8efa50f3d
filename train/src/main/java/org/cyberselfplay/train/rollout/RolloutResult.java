package org.cyberselfplay.train.rollout;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.league.eval.MatchResult;

/**
 * What one {@link RolloutTask} produced: its sequences (group, member, opponent index, reward, end state and
 * metrics) in plan order and each sequence's recorded learner decisions (features, mask, action, log-probability,
 * tool), all in primitive columns, so that it serializes exactly (floats and doubles bit for bit) under Java
 * serialization and Kryo alike. The sequences' metrics are held in a {@link MatchResult}'s columns. A plain final
 * class for the same reason as {@link RolloutTask}. Immutable.
 */
public final class RolloutResult implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int NO_WINNER = -1;

    private final int block;
    private final long steps;
    private final int featureWidth;
    private final int maskWidth;
    private final float[] features;
    private final boolean[] masks;
    private final int[] actions;
    private final double[] logp;
    private final int[] tools;
    private final int[] decisionsOf;
    private final int[] groups;
    private final int[] members;
    private final int[] opponents;
    private final double[] rewards;
    private final boolean[] finished;
    private final int[] winners;
    private final MatchResult metrics;

    private RolloutResult(int block, long steps, int featureWidth, int maskWidth, float[] features, boolean[] masks,
                          int[] actions, double[] logp, int[] tools, int[] decisionsOf, int[] groups, int[] members,
                          int[] opponents, double[] rewards, boolean[] finished, int[] winners, MatchResult metrics) {
        this.block = block;
        this.steps = steps;
        this.featureWidth = featureWidth;
        this.maskWidth = maskWidth;
        this.features = features;
        this.masks = masks;
        this.actions = actions;
        this.logp = logp;
        this.tools = tools;
        this.decisionsOf = decisionsOf;
        this.groups = groups;
        this.members = members;
        this.opponents = opponents;
        this.rewards = rewards;
        this.finished = finished;
        this.winners = winners;
        this.metrics = metrics;
    }

    /** One played sequence, as the block player sees it. */
    record Sequence(int group, int member, int opponent, double reward, boolean finished, Optional<Actor> winner,
                    EpisodeMetrics metrics, List<Decision> decisions) {
    }

    /** The result of block {@code block}: {@code sequences} in plan order, {@code steps} env steps in all. */
    static RolloutResult of(int block, List<Sequence> sequences, long steps) {
        int n = sequences.size();
        int total = sequences.stream().mapToInt(s -> s.decisions().size()).sum();
        Decision any = sequences.stream().flatMap(s -> s.decisions().stream()).findFirst().orElse(null);
        int fw = any == null ? 0 : any.features().length;
        int mw = any == null ? 0 : any.mask().length;
        float[] features = new float[total * fw];
        boolean[] masks = new boolean[total * mw];
        int[] actions = new int[total];
        double[] logp = new double[total];
        int[] tools = new int[total];
        int[] decisionsOf = new int[n];
        int[] groups = new int[n];
        int[] members = new int[n];
        int[] opponents = new int[n];
        double[] rewards = new double[n];
        boolean[] finished = new boolean[n];
        int[] winners = new int[n];
        List<EpisodeMetrics> metrics = new ArrayList<>(n);
        int d = 0;
        for (int i = 0; i < n; i++) {
            Sequence s = sequences.get(i);
            for (Decision x : s.decisions()) {
                if (x.features().length != fw || x.mask().length != mw) {
                    throw new IllegalStateException("decisions of one block differ in width");
                }
                System.arraycopy(x.features(), 0, features, d * fw, fw);
                System.arraycopy(x.mask(), 0, masks, d * mw, mw);
                actions[d] = x.action();
                logp[d] = x.logp();
                tools[d] = x.tool();
                d++;
            }
            decisionsOf[i] = s.decisions().size();
            groups[i] = s.group();
            members[i] = s.member();
            opponents[i] = s.opponent();
            rewards[i] = s.reward();
            finished[i] = s.finished();
            winners[i] = s.winner().map(Actor::ordinal).orElse(NO_WINNER);
            metrics.add(s.metrics());
        }
        long[] noTools = new long[Tool.values().length];
        return new RolloutResult(block, steps, fw, mw, features, masks, actions, logp, tools, decisionsOf, groups,
                members, opponents, rewards, finished, winners, MatchResult.of(0, metrics, noTools, noTools));
    }

    /** The block's index in its plan. */
    public int block() {
        return block;
    }

    /** Env steps played (both sides, trunks included). */
    public long steps() {
        return steps;
    }

    /** Number of sequences. */
    public int sequenceCount() {
        return groups.length;
    }

    /** Number of recorded decisions over all sequences. */
    public int decisionCount() {
        return actions.length;
    }

    /** The sequences with their decisions, rebuilt as the collector merges them. */
    List<Sequence> sequences() {
        List<EpisodeMetrics> m = metrics.episodes();
        Actor[] actors = Actor.values();
        List<Sequence> out = new ArrayList<>(groups.length);
        int d = 0;
        for (int i = 0; i < groups.length; i++) {
            List<Decision> ds = new ArrayList<>(decisionsOf[i]);
            for (int k = 0; k < decisionsOf[i]; k++, d++) {
                ds.add(new Decision(Arrays.copyOfRange(features, d * featureWidth, (d + 1) * featureWidth),
                        Arrays.copyOfRange(masks, d * maskWidth, (d + 1) * maskWidth), actions[d], logp[d], tools[d]));
            }
            Optional<Actor> winner = winners[i] == NO_WINNER ? Optional.empty() : Optional.of(actors[winners[i]]);
            out.add(new Sequence(groups[i], members[i], opponents[i], rewards[i], finished[i], winner, m.get(i), ds));
        }
        return out;
    }

    @Override
    public String toString() {
        return "RolloutResult[block " + block + ": " + sequenceCount() + " sequences, " + decisionCount()
                + " decisions]";
    }
}
