package org.cyberselfplay.spark;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.eval.MatchJob;
import org.cyberselfplay.league.eval.MatchResult;
import org.cyberselfplay.league.eval.MatchTask;
import org.cyberselfplay.league.eval.TaskPlayer;

/**
 * The function Spark applies to each task on an executor. Its only state is the job's broadcast (serializable);
 * the policies come from the executor's {@link ExecutorCache}.
 */
final class PlayTask implements Function<MatchTask, MatchResult> {
    private static final long serialVersionUID = 1L;

    private final String job;
    private final Broadcast<byte[]> payload;

    /**
     * @param job     an id of the job unique over every driver and context of the cluster's lifetime (broadcast ids
     *                start again at 0 in every Spark context)
     * @param payload the job's portable part, serialized
     */
    PlayTask(String job, Broadcast<byte[]> payload) {
        this.job = job;
        this.payload = payload;
    }

    @Override
    public MatchResult call(MatchTask task) {
        MatchJob.Payload p = ExecutorCache.payload(job, payload);
        Scenario scenario = p.scenario().scenario();
        return TaskPlayer.play(scenario, ExecutorCache.policy(p.policy(task.blueKey()), p.scenario()),
                ExecutorCache.policy(p.policy(task.redKey()), p.scenario()), task);
    }
}
