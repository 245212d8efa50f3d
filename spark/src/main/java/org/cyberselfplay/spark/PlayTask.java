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

    private final Broadcast<byte[]> payload;

    PlayTask(Broadcast<byte[]> payload) {
        this.payload = payload;
    }

    @Override
    public MatchResult call(MatchTask task) {
        MatchJob.Payload job = ExecutorCache.payload(payload);
        Scenario scenario = job.scenario().scenario();
        return TaskPlayer.play(scenario, ExecutorCache.policy(job.policy(task.blueKey()), job.scenario()),
                ExecutorCache.policy(job.policy(task.redKey()), job.scenario()), task);
    }
}
