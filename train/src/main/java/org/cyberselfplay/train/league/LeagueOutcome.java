package org.cyberselfplay.train.league;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyberselfplay.league.pool.PoolEntry;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.trainer.TrainingOutcome;

/**
 * What one session of a league run did.
 *
 * @param directory       the run directory
 * @param alreadyComplete the run had finished before this session (a resume of a complete run did nothing)
 * @param complete        the run is finished ({@code checkpoints/final.zip} written)
 * @param rounds          the run's configured rounds
 * @param roundsRun       rounds run in this session
 * @param reached         the last round done
 * @param sft             Blue's SFT, when this session ran it
 * @param redSfts         Red's SFT clones that this session made, in order
 * @param startEval       the fixed evaluation of the starting policy ({@code eval/fixed/*}), when this session
 *                        ran the start
 * @param lastEval        the latest fixed evaluation of this session (empty if none)
 * @param lastRow         the metrics of the last round of this session (empty if none)
 * @param pool            the pool at the end of the session
 * @param seconds         wall-clock seconds of the session, by phase: {@code sft}, {@code grpo}, {@code matches},
 *                        {@code best_response}, {@code eval}, {@code total}
 */
public record LeagueOutcome(RunDirectory directory, boolean alreadyComplete, boolean complete, int rounds,
                            int roundsRun, int reached, Optional<TrainingOutcome.Sft> sft,
                            List<TrainingOutcome.Sft> redSfts, Map<String, Double> startEval,
                            Map<String, Double> lastEval, Map<String, Double> lastRow, List<PoolEntry> pool,
                            Map<String, Double> seconds) {
    public LeagueOutcome {
        redSfts = List.copyOf(redSfts);
        startEval = Map.copyOf(startEval);
        lastEval = Map.copyOf(lastEval);
        lastRow = Map.copyOf(lastRow);
        pool = List.copyOf(pool);
        seconds = Map.copyOf(seconds);
    }
}
