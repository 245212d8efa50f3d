package org.cyberselfplay.train.trainer;

import java.util.Map;
import java.util.Optional;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.sft.SftTrainer;

/**
 * What one session of a run did.
 *
 * @param directory       the run directory
 * @param alreadyComplete the run had finished before this session (a resume of a complete run did nothing)
 * @param complete        the run is finished ({@code checkpoints/final.zip} written)
 * @param sft             the SFT phase, when this session ran it
 * @param startEval       the evaluation of GRPO's starting policy (step 0), when this session ran it
 * @param grpo            the GRPO phase, when this session ran updates
 */
public record TrainingOutcome(RunDirectory directory, boolean alreadyComplete, boolean complete, Optional<Sft> sft,
                              Map<String, Double> startEval, Optional<Grpo> grpo) {
    public TrainingOutcome {
        startEval = Map.copyOf(startEval);
    }

    /**
     * The SFT phase.
     *
     * @param samples          dataset rows
     * @param episodes         episodes they come from
     * @param teacher          the teacher's name
     * @param teacherWinRate   the teacher's win rate while collecting
     * @param result           the training result
     * @param seconds          wall-clock seconds, collection included
     */
    public record Sft(int samples, int episodes, String teacher, double teacherWinRate, SftTrainer.Result result,
                      double seconds) {
    }

    /**
     * The GRPO updates of this session.
     *
     * @param updates  updates run in this session
     * @param reached  the last update done
     * @param finished whether that was the run's last update
     * @param first    the metrics of the session's first update (empty if none)
     * @param last     the metrics of its last update (empty if none)
     * @param lastEval the latest evaluation's metrics ({@code eval/*}; empty if none in this session)
     * @param seconds  wall-clock seconds
     */
    public record Grpo(int updates, int reached, boolean finished, Map<String, Double> first,
                       Map<String, Double> last, Map<String, Double> lastEval, double seconds) {
        public Grpo {
            first = Map.copyOf(first);
            last = Map.copyOf(last);
            lastEval = Map.copyOf(lastEval);
        }
    }
}
