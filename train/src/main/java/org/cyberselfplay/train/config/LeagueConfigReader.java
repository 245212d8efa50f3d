package org.cyberselfplay.train.config;

import static org.cyberselfplay.env.config.Bounds.NON_NEGATIVE;
import static org.cyberselfplay.env.config.Bounds.POSITIVE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.config.Bounds;
import org.cyberselfplay.env.config.ConfigReader;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.meta.MetaSolverSettings;
import org.cyberselfplay.league.meta.MetaSolvers;
import org.cyberselfplay.league.pfsp.PfspWeighting;

/**
 * Turns one resolved league config tree into a {@link LeagueConfig}, collecting every problem with its dotted
 * path, as {@link TrainConfigReader} does for run configs; the {@code network}, {@code sft} and {@code grpo}
 * sections are read exactly as there.
 */
final class LeagueConfigReader {
    static final List<String> TOP_KEYS = List.of("name", "base", "seed", "scenario", "network", "sft", "grpo",
            "league", "eval", "run");
    static final List<String> LEAGUE_KEYS = List.of("mode", "rounds", "alpha", "pfsp", "meta_solver",
            "sims_per_entry", "decay", "archetypes", "best_response", "snapshot_blue");
    static final List<String> PFSP_KEYS = List.of("weighting", "exponent", "floor");
    static final List<String> META_KEYS = List.of("name", "replicator", "prd");
    static final List<String> REPLICATOR_KEYS = List.of("eta", "new_entry_mass");
    static final List<String> PRD_KEYS = List.of("iterations", "dt", "gamma", "average_fraction");
    static final List<String> BEST_RESPONSE_KEYS = List.of("enabled", "every", "start", "sft", "grpo");
    static final List<String> EVAL_KEYS = List.of("every", "episodes", "opponents");
    static final List<String> RUN_KEYS = List.of("out_dir", "threads", "executor");

    private static final Bounds UNIT_OPEN_BELOW = new Bounds(0, false, 1, true);
    private static final Bounds GAMMA = new Bounds(0, true, 1, false);

    private LeagueConfigReader() {
    }

    /**
     * A copy of {@code tree} with the league's own defaults filled in where the tree sets nothing: GRPO updates
     * per round ({@code grpo.updates}) and per best response ({@code league.best_response.grpo.updates}) default
     * to {@value LeagueConfig#DEFAULT_UPDATES_PER_ROUND}, not to a whole training run's 100. Sections that are
     * not maps are left for the reader to report.
     */
    static ObjectNode withLeagueDefaults(ObjectNode tree) {
        ObjectNode out = tree.deepCopy();
        putIfAbsent(out, List.of("grpo"), "updates", LeagueConfig.DEFAULT_UPDATES_PER_ROUND);
        putIfAbsent(out, List.of("league", "best_response", "grpo"), "updates",
                LeagueConfig.DEFAULT_BEST_RESPONSE_UPDATES);
        return out;
    }

    private static void putIfAbsent(ObjectNode root, List<String> path, String key, int value) {
        ObjectNode at = root;
        for (String step : path) {
            JsonNode next = at.get(step);
            if (next == null || next.isNull()) {
                next = at.putObject(step);
            }
            if (!(next instanceof ObjectNode map)) {
                return;
            }
            at = map;
        }
        JsonNode existing = at.get(key);
        if (existing == null || existing.isNull()) {
            at.put(key, value);
        }
    }

    /**
     * Reads and checks the tree under {@code top}, recording every problem there.
     *
     * @return builds the config; call it only when {@code top.ok()}
     */
    static Supplier<LeagueConfig> read(ConfigReader top, String defaultName) {
        top.allowOnly(TOP_KEYS);
        String name = TrainConfigReader.name(top, defaultName);
        long seed = Readers.longValue(top, "seed", TrainConfig.DEFAULT_SEED);
        String scenarioSpec = Readers.nonBlank(top, "scenario", TrainConfig.DEFAULT_SCENARIO);
        Optional<Scenario> scenario = CurriculumReader.scenario(top.child("scenario"), scenarioSpec);
        ConfigReader net = top.optionalMap("network");
        TrainConfigReader.NetworkDraft network = TrainConfigReader.network(net);
        CurriculumReader.read(ConfigReader.of(JsonNodeFactory.instance.objectNode()), net, scenario);
        double learningRate = network.learningRate();
        SpecCheck blue = new SpecCheck(scenario, Optional.of(Actor.BLUE));
        SpecCheck red = new SpecCheck(scenario, Optional.of(Actor.RED));
        Supplier<SftConfig> sft = PhaseReader.sft(top.optionalMap("sft"), Actor.BLUE, learningRate, blue);
        Supplier<GrpoConfig> grpo = PhaseReader.grpo(top.optionalMap("grpo"), learningRate);
        requireEnabled(top.optionalMap("grpo"), "every round trains the learner with GRPO");
        Supplier<LeagueSettings> league = league(top.optionalMap("league"), learningRate, red);
        Supplier<LeagueConfig.Eval> eval = eval(top.optionalMap("eval"), red);
        Supplier<RunConfig> run = run(top.optionalMap("run"), name);
        return () -> new LeagueConfig(name, seed, scenarioSpec, network.settings().get(), sft.get(), grpo.get(),
                league.get(), eval.get(), run.get());
    }

    private static Supplier<LeagueSettings> league(ConfigReader l, double learningRate, SpecCheck red) {
        l.allowOnly(LEAGUE_KEYS);
        LeagueSettings.Mode mode = Readers.choice(l, "mode", List.of(LeagueSettings.Mode.values()),
                LeagueSettings.Mode::wireName, LeagueSettings.Mode.PFSP);
        int rounds = l.integer("rounds", POSITIVE, LeagueSettings.DEFAULT_ROUNDS);
        double alpha = l.number("alpha", Bounds.UNIT, LeagueSettings.DEFAULT_ALPHA);
        Supplier<LeagueSettings.Pfsp> pfsp = pfsp(l.optionalMap("pfsp"));
        Supplier<LeagueSettings.MetaSolverChoice> meta = metaSolver(l.optionalMap("meta_solver"));
        int sims = l.integer("sims_per_entry", POSITIVE, LeagueSettings.DEFAULT_SIMS_PER_ENTRY);
        double decay = l.number("decay", LeagueSettings.DECAY, LeagueSettings.DEFAULT_DECAY);
        List<String> archetypes = archetypes(l, red);
        Supplier<LeagueSettings.BestResponse> br = bestResponse(l.optionalMap("best_response"), learningRate, red);
        boolean snapshotBlue = l.bool("snapshot_blue", true);
        return () -> new LeagueSettings(mode, rounds, alpha, pfsp.get(), meta.get(), sims, decay, archetypes,
                br.get(), snapshotBlue);
    }

    private static Supplier<LeagueSettings.Pfsp> pfsp(ConfigReader p) {
        p.allowOnly(PFSP_KEYS);
        LeagueSettings.Pfsp d = LeagueSettings.Pfsp.defaults();
        String weighting = Readers.choice(p, "weighting", PfspWeighting.NAMES, s -> s, d.weightingName());
        double exponent = p.number("exponent", POSITIVE, d.exponent());
        double floor = p.number("floor", Bounds.UNIT, d.floor());
        return () -> new LeagueSettings.Pfsp(weighting, exponent, floor);
    }

    private static Supplier<LeagueSettings.MetaSolverChoice> metaSolver(ConfigReader m) {
        m.allowOnly(META_KEYS);
        String name = Readers.choice(m, "name", MetaSolvers.NAMES, s -> s,
                LeagueSettings.MetaSolverChoice.DEFAULT_NAME);
        MetaSolverSettings d = MetaSolverSettings.defaults();
        ConfigReader r = m.optionalMap("replicator");
        r.allowOnly(REPLICATOR_KEYS);
        double eta = r.number("eta", POSITIVE, d.replicatorEta());
        double mass = r.number("new_entry_mass", UNIT_OPEN_BELOW, d.replicatorNewEntryMass());
        ConfigReader prd = m.optionalMap("prd");
        prd.allowOnly(PRD_KEYS);
        int iterations = prd.integer("iterations", POSITIVE, d.prdIterations());
        double dt = prd.number("dt", POSITIVE, d.prdDt());
        double gamma = prd.number("gamma", GAMMA, d.prdGamma());
        double fraction = prd.number("average_fraction", UNIT_OPEN_BELOW, d.prdAverageFraction());
        return () -> new LeagueSettings.MetaSolverChoice(name,
                new MetaSolverSettings(eta, mass, iterations, dt, gamma, fraction));
    }

    private static List<String> archetypes(ConfigReader l, SpecCheck red) {
        if (!l.has("archetypes")) {
            return Policies.allRed();
        }
        ConfigReader at = l.child("archetypes");
        List<ConfigReader> items = at.asList();
        if (at.node().isArray() && items.isEmpty()) {
            at.report("must list at least one archetype");
        }
        List<String> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (ConfigReader item : items) {
            String spec = Readers.nonBlank(item);
            if (spec.isBlank()) {
                continue;
            }
            if (spec.strip().endsWith(".zip")) {
                item.report("must be an archetype spec (a name such as blitz, blitz@0.2, or an archetype YAML "
                        + "path), got the checkpoint \"" + spec + "\"; neural Red entries join the pool as best "
                        + "responses");
                continue;
            }
            String first = seen.putIfAbsent(LeagueSettings.archetypeId(spec), item.path());
            if (first != null) {
                item.report("repeats " + first + " (pool id \"" + LeagueSettings.archetypeId(spec) + "\")");
            }
            red.check(item, spec);
            out.add(spec);
        }
        return out;
    }

    private static Supplier<LeagueSettings.BestResponse> bestResponse(ConfigReader b, double learningRate,
                                                                      SpecCheck red) {
        b.allowOnly(BEST_RESPONSE_KEYS);
        boolean enabled = b.bool("enabled", true);
        int every = b.integer("every", POSITIVE, LeagueSettings.BestResponse.DEFAULT_EVERY);
        LeagueSettings.BestResponse.Start start = Readers.choice(b, "start",
                List.of(LeagueSettings.BestResponse.Start.values()), LeagueSettings.BestResponse.Start::wireName,
                LeagueSettings.BestResponse.Start.TEACHER);
        Supplier<SftConfig> sft = PhaseReader.sft(b.optionalMap("sft"), Actor.RED, learningRate, red);
        Supplier<GrpoConfig> grpo = PhaseReader.grpo(b.optionalMap("grpo"), learningRate);
        requireEnabled(b.optionalMap("grpo"), "a best response is trained with GRPO; turn best responses off with "
                + b.pathOf("enabled") + ": false");
        return () -> new LeagueSettings.BestResponse(enabled, every, start, sft.get(), grpo.get());
    }

    private static Supplier<LeagueConfig.Eval> eval(ConfigReader e, SpecCheck red) {
        e.allowOnly(EVAL_KEYS);
        int every = e.integer("every", NON_NEGATIVE, 0);
        int episodes = e.integer("episodes", POSITIVE, LeagueConfig.Eval.DEFAULT_EPISODES);
        List<String> opponents = TrainConfigReader.evalOpponents(e, Actor.BLUE, red);
        return () -> new LeagueConfig.Eval(every, episodes, opponents);
    }

    private static Supplier<RunConfig> run(ConfigReader r, String name) {
        r.allowOnly(RUN_KEYS);
        Path outDir = TrainConfigReader.outDir(r, name);
        int threads = r.integer("threads", POSITIVE, RunConfig.defaultThreads());
        Supplier<ExecutorConfig> executor = ExecutorReader.read(r.optionalMap("executor"));
        return () -> new RunConfig(outDir, threads, RunConfig.DEFAULT_CHECKPOINT_EVERY, executor.get());
    }

    /** Reports {@code enabled: false} in a GRPO section the league cannot do without. */
    private static void requireEnabled(ConfigReader grpo, String why) {
        JsonNode flag = grpo.node().get("enabled");
        if (flag != null && flag.isBoolean() && !flag.booleanValue()) {
            grpo.reportAt("enabled", "must be true in a league: " + why);
        }
    }
}
