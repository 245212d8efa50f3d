package org.cyberselfplay.train.league;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.league.meta.Exploitability;
import org.cyberselfplay.league.meta.MatrixGames;
import org.cyberselfplay.league.meta.MetaSolver;
import org.cyberselfplay.league.meta.MetaStrategy;
import org.cyberselfplay.league.payoff.PayoffCell;
import org.cyberselfplay.league.pfsp.OpponentSampler;
import org.cyberselfplay.league.pfsp.OpponentStats;
import org.cyberselfplay.league.pfsp.Pfsp;
import org.cyberselfplay.league.pool.EntryKind;
import org.cyberselfplay.league.pool.PoolEntry;
import org.cyberselfplay.train.config.LeagueConfig;
import org.cyberselfplay.train.config.LeagueSettings;
import org.cyberselfplay.train.config.OpponentSpec;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.run.MetricsRow;
import org.cyberselfplay.train.run.RunDirectory;
import org.cyberselfplay.train.trainer.Evaluator;
import org.cyberselfplay.train.trainer.GrpoLearner;
import org.cyberselfplay.train.trainer.SeedStream;
import org.cyberselfplay.train.trainer.TrainingOutcome;

/**
 * The rounds of a league. The start (round 0): Blue's SFT against the archetypes ({@code sft.zip}), the learner
 * ({@code blue-r0.zip}, also the first Blue snapshot), its matches against every Red entry, the first meta-solve,
 * Red's SFT when best responses are trained, and the fixed evaluation. Round r = 1, 2, ...:
 *
 * <ol>
 *   <li>the opponent distribution of the mode over the Red entries, from the learner's decayed win rates (PFSP)
 *       and the last meta-strategy's Red mixture;</li>
 *   <li>{@code grpo.updates} GRPO updates of the learner against that mixture;</li>
 *   <li>the learner saved as {@code blue-r<r>.zip}; its past results decayed by {@code decay}, then its matches
 *       against every Red entry recorded; with {@code snapshot_blue} it joins the pool and the meta-game as entry
 *       {@code blue-r<r>} with the same results;</li>
 *   <li>the meta-solve of the empirical meta-game;</li>
 *   <li>in a best-response round, a Red best response to Blue's meta-mixture joins the pool, its column is filled
 *       with matches against every Blue row, and the meta-game is solved again;</li>
 *   <li>the approximate exploitability of the round's starting meta-strategy in the grown meta-game
 *       ({@link Exploitability#approximate});</li>
 *   <li>the fixed evaluation when due, the metrics row, then the league state, written atomically after every
 *       file it names.</li>
 * </ol>
 */
final class LeagueLoop implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger();

    private final LeagueSession s;
    private final League league;
    private final SeedStream rollout;
    private final SeedStream red;
    private final NeuralPolicy reference;
    private final NeuralPolicy learner;
    private final GrpoLearner grpo;
    private final MetaSolver solver;
    private final OpponentSampler sampler;
    private final Evaluator fixed;
    private final BestResponses bestResponses;
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private String learnerFile;
    private Map<String, Double> lastEval = Map.of();
    private Map<String, Double> lastRow = Map.of();

    private LeagueLoop(LeagueSession s, League league, SeedStream rollout, SeedStream red, NeuralPolicy reference,
                       NeuralPolicy learner, String learnerFile) {
        LeagueConfig c = s.config;
        this.s = s;
        this.league = league;
        this.rollout = rollout;
        this.red = red;
        this.reference = reference;
        this.learner = learner;
        this.learnerFile = learnerFile;
        this.grpo = new GrpoLearner(c.grpo().withUpdates(c.grpo().updates() * c.league().rounds()),
                learner, s.rollouts);
        this.solver = c.league().metaSolver().solver();
        this.sampler = c.league().sampler();
        this.fixed = new Evaluator(s.scenarioSource, Actor.BLUE, c.eval().opponents(), c.eval().episodes(),
                s.seeds.eval(), s.runner);
        this.bestResponses = new BestResponses(s);
    }

    /** The start of a run, through its round-0 checkpoint. */
    static LeagueLoop start(LeagueSession s, List<Optional<TrainingOutcome.Sft>> sfts) {
        LeagueConfig c = s.config;
        SeedStream rollout = new SeedStream(s.seeds.rollout());
        SeedStream red = SeedStream.resume(s.seeds.red(), 3);
        long datasetSeed = rollout.next();
        long t = System.nanoTime();
        sfts.add(blueSft(s, datasetSeed));
        NeuralPolicy reference = reference(s);
        NeuralPolicy learner = Networks.grpoStart(s.scenario, c.network(), reference, s.seeds.policy(),
                c.grpo().learningRate(), League.LEARNER);
        String file = learnerFile(0);
        s.checkpoint(learner, file, "blue-r0", 0);
        League league = League.seed(c.league().archetypes().stream()
                .map(a -> new PoolEntry(LeagueSettings.archetypeId(a), EntryKind.ARCHETYPE, a, "archetype", 0))
                .toList(), c.league().snapshotBlue());
        LeagueLoop loop = new LeagueLoop(s, league, rollout, red, reference, learner, file);
        loop.seconds.merge("sft", (System.nanoTime() - t) / 1e9, Double::sum);
        RoundMetrics m = new RoundMetrics();
        loop.learnerMatches(0, m);
        league.meta = loop.solver.solve(league.matrix());
        if (c.league().trainsBestResponses()) {
            t = System.nanoTime();
            loop.bestResponses.start(loop.blueMixture()).forEach(x -> sfts.add(Optional.of(x)));
            loop.seconds.merge("sft", (System.nanoTime() - t) / 1e9, Double::sum);
        }
        loop.finish(0, m);
        return loop;
    }

    /** Blue's SFT against the archetypes, equally weighted, when {@code sft.enabled}. */
    private static Optional<TrainingOutcome.Sft> blueSft(LeagueSession s, long datasetSeed) {
        LeagueConfig c = s.config;
        if (!c.sft().enabled()) {
            return Optional.empty();
        }
        NeuralPolicy student = Networks.initial(s.scenario, c.network(), Actor.BLUE, s.seeds.policy(),
                c.sft().learningRate(), "sft");
        OpponentMix archetypes = OpponentMix.of(c.league().archetypes().stream().map(OpponentSpec::of).toList(),
                Actor.RED, s.scenario);
        return Optional.of(LeagueSft.run(s, student, Policies.blue(c.sft().teacher(), s.scenario), archetypes,
                c.sft(), datasetSeed, s.seeds.trainer(), "sft/", RunDirectory.SFT_CHECKPOINT));
    }

    /** A loop continuing from a restored league and its state. */
    static LeagueLoop resume(LeagueSession s, League league, LeagueState state) {
        NeuralPolicy reference = reference(s);
        NeuralPolicy learner = Checkpoints.load(s.dir.checkpoint(state.learnerCheckpoint()), s.scenario, Actor.BLUE)
                .withName(League.LEARNER);
        return new LeagueLoop(s, league, SeedStream.resume(s.seeds.rollout(), state.rolloutDraws()),
                SeedStream.resume(s.seeds.red(), state.redDraws()), reference, learner, state.learnerCheckpoint());
    }

    /** Blue's frozen reference: the SFT policy, or the initial network when SFT is off. */
    private static NeuralPolicy reference(LeagueSession s) {
        LeagueConfig c = s.config;
        if (c.sft().enabled()) {
            return Checkpoints.load(s.dir.checkpoint(RunDirectory.SFT_CHECKPOINT), s.scenario, Actor.BLUE)
                    .withName("reference");
        }
        return Networks.initial(s.scenario, c.network(), Actor.BLUE, s.seeds.policy(), c.grpo().learningRate(),
                "reference");
    }

    private static String learnerFile(int round) {
        return "blue-r" + round + ".zip";
    }

    /** Round {@code r}: train, play, solve, maybe a best response, then the checkpoint. */
    void round(int r) {
        LeagueConfig c = s.config;
        RoundMetrics m = new RoundMetrics();
        MetaStrategy start = league.meta;
        List<PoolEntry> reds = league.reds();
        double[] winRates = league.learnerWinRates();
        LeagueSettings.Pfsp pf = c.league().pfsp();
        double[] pfsp = Pfsp.weights(winRates, pf.weighting(), pf.floor());
        double[] p = sampler.probabilities(new OpponentStats(winRates, league.meta.red()));
        league.sampling = new LeagueState.Sampling(league.redIds(), League.boxed(pfsp), League.boxed(p));
        m.sampling(league.redIds(), pfsp, p);
        long t = System.nanoTime();
        OpponentMix mix = s.policies.mixture(reds.stream().map(s.policies::of).toList(), p);
        int k = c.grpo().updates();
        for (int u = 1; u <= k; u++) {
            m.addUpdate(grpo.update(s.scenarioSource, learner, reference, mix, rollout.next(), (r - 1) * k + u).metrics());
        }
        seconds.merge("grpo", (System.nanoTime() - t) / 1e9, Double::sum);
        String previous = learnerFile;
        learnerFile = learnerFile(r);
        s.checkpoint(learner, learnerFile, "blue-r" + r, r);
        league.learnerPayoffs.decay(c.league().decay());
        learnerMatches(r, m);
        league.meta = solver.solve(league.matrix(), league.meta);
        if (c.league().bestResponseDue(r)) {
            bestResponse(r, m);
        }
        m.put("league/exploitability", Exploitability.approximate(league.matrix(), start));
        finish(r, m);
        deleteUnlessPooled(previous);
    }

    /** The learner against every Red entry, recorded for the learner and, when snapshotted, as a new Blue row. */
    private void learnerMatches(int r, RoundMetrics m) {
        long t = System.nanoTime();
        Optional<String> row = Optional.empty();
        if (s.config.league().snapshotBlue()) {
            PoolEntry e = new PoolEntry("blue-r" + r, EntryKind.NEURAL_BLUE, RunDirectory.CHECKPOINTS + "/"
                    + learnerFile(r), r == 0 ? "the learner at the start" : "the learner after round " + r, r);
            league.addBlue(e);
            row = Optional.of(e.id());
        }
        List<PoolEntry> reds = league.reds();
        List<PayoffCell> cells = s.matches.against(r, learner, reds.stream().map(s.policies::of).toList(),
                s.seeds::matchSeed);
        for (int j = 0; j < reds.size(); j++) {
            String id = reds.get(j).id();
            PayoffCell cell = cells.get(j);
            League.record(league.learnerPayoffs, League.LEARNER, id, cell);
            row.ifPresent(b -> League.record(league.payoffs, b, id, cell));
            m.learnerResult(id, cell);
        }
        seconds.merge("matches", (System.nanoTime() - t) / 1e9, Double::sum);
    }

    /** Trains a best response, fills its column against every Blue row, and solves the meta-game again. */
    private void bestResponse(int r, RoundMetrics m) {
        long t = System.nanoTime();
        double[] scores = MatrixGames.redValues(league.matrix(), league.meta.blue());
        int strongest = BestResponses.strongestArchetype(league.reds(), scores);
        m.put("league/br/archetype_value", scores[strongest]);
        BestResponses.Trained br = bestResponses.train(r, blueMixture(), red, league.reds().get(strongest).id());
        seconds.merge("best_response", (System.nanoTime() - t) / 1e9, Double::sum);
        league.addRed(br.entry());
        int j = league.reds().size() - 1;
        Policy redPolicy = s.policies.of(br.entry());
        List<String> rows = league.metaRows();
        double[] p = league.meta.blue();
        double value = 0;
        t = System.nanoTime();
        List<PayoffCell> cells = s.matches.column(r, rows.stream().map(this::rowPolicy).toList(), redPolicy,
                s.seeds.matchSeed(j));
        for (int i = 0; i < rows.size(); i++) {
            PayoffCell cell = cells.get(i);
            League.record(league.metaTable(), rows.get(i), br.entry().id(), cell);
            value += p[i] * (1.0 - cell.winRate().orElseThrow());
            if (s.config.league().snapshotBlue() && i == rows.size() - 1) {
                // The newest snapshot is the learner itself: its result is the learner's.
                League.record(league.learnerPayoffs, League.LEARNER, br.entry().id(), cell);
            }
            if (i == rows.size() - 1) {
                m.learnerResult(br.entry().id(), cell);
            }
        }
        seconds.merge("matches", (System.nanoTime() - t) / 1e9, Double::sum);
        m.put("league/br/value", value);
        m.put("league/br/reward_mean", br.metrics().getOrDefault("train/reward_mean", 0.0));
        league.meta = solver.solve(league.matrix(), league.meta);
    }

    /** Fixed evaluation when due, the metrics row, the checkpoint. */
    private void finish(int r, RoundMetrics m) {
        LeagueConfig c = s.config;
        int rounds = c.league().rounds();
        if (c.eval().due(r, rounds)) {
            long t = System.nanoTime();
            Map<String, Double> eval = new LinkedHashMap<>();
            fixed.evaluate(learner).forEach((key, v) -> eval.put("eval/fixed/" + key.substring("eval/".length()), v));
            seconds.merge("eval", (System.nanoTime() - t) / 1e9, Double::sum);
            m.put(eval);
            lastEval = eval;
        }
        m.league(league);
        lastRow = m.values();
        s.metrics.record(new MetricsRow(r, lastRow));
        boolean complete = r == rounds;
        if (complete) {
            s.checkpoint(learner, RunDirectory.FINAL_CHECKPOINT, "final", r);
        }
        league.toState(r, complete, s.seeds, rollout.draws(), red.draws(), learnerFile, s.metrics.size())
                .write(s.stateFile());
    }

    /** Blue's meta-mixture over the meta-game's rows, as an opponent mix for Red. */
    private OpponentMix blueMixture() {
        return s.policies.mixture(league.metaRows().stream().map(this::rowPolicy).toList(), league.meta.blue());
    }

    private Policy rowPolicy(String id) {
        return id.equals(League.LEARNER) ? s.policies.learnerAt(learnerFile) : s.policies.of(league.pool.get(id));
    }

    /** Deletes a learner checkpoint of an earlier round unless the pool holds it as a snapshot. */
    private void deleteUnlessPooled(String file) {
        String spec = RunDirectory.CHECKPOINTS + "/" + file;
        if (file.equals(learnerFile) || league.pool.entries().stream().anyMatch(e -> e.spec().equals(spec))) {
            return;
        }
        try {
            Files.deleteIfExists(s.dir.checkpoint(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + s.dir.checkpoint(file) + ": " + e.getMessage(), e);
        }
    }

    League league() {
        return league;
    }

    Map<String, Double> seconds() {
        return Map.copyOf(seconds);
    }

    Map<String, Double> lastEval() {
        return lastEval;
    }

    Map<String, Double> lastRow() {
        return lastRow;
    }

    @Override
    public void close() {
        grpo.close();
    }
}
