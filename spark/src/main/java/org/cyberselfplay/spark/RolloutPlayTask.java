package org.cyberselfplay.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.league.eval.MatchJob;
import org.cyberselfplay.train.rollout.BlockPlayer;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.rollout.RolloutResult;
import org.cyberselfplay.train.rollout.RolloutTask;

/**
 * The function Spark applies to each rollout block on an executor. Its only state is the job's broadcast
 * (serializable); the learner and the opponents come from the executor's {@link ExecutorCache}, so a learner is
 * rebuilt once per version (update) and process, and an opponent once per run.
 */
final class RolloutPlayTask implements Function<RolloutTask, RolloutResult> {
    private static final long serialVersionUID = 1L;

    private final String job;
    private final Broadcast<byte[]> payload;

    /**
     * @param job     an id of the job unique over every driver and context of the cluster's lifetime
     * @param payload the job's portable part, serialized
     */
    RolloutPlayTask(String job, Broadcast<byte[]> payload) {
        this.job = job;
        this.payload = payload;
    }

    @Override
    public RolloutResult call(RolloutTask task) {
        MatchJob.Payload p = ExecutorCache.payload(job, payload);
        Policy learner = ExecutorCache.policy(p.policy(task.learnerKey()), p.scenario());
        if (!(learner instanceof NeuralPolicy n)) {
            throw new IllegalStateException("the rollout learner " + learner.name() + " is not a network");
        }
        List<Policy> opponents = new ArrayList<>();
        for (String key : task.opponentKeys()) {
            opponents.add(ExecutorCache.policy(p.policy(key), p.scenario()));
        }
        // Weights only matter for drawing opponents, which the plan did on the driver.
        double[] weights = new double[opponents.size()];
        Arrays.fill(weights, 1.0);
        return BlockPlayer.play(task, n.greedy() ? n.withGreedy(false) : n, OpponentMix.of(opponents, weights));
    }
}
