package org.cyberselfplay.train.config;

import static org.cyberselfplay.env.config.Bounds.NON_NEGATIVE;
import static org.cyberselfplay.env.config.Bounds.POSITIVE;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.config.ConfigReader;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.ScenarioException;
import org.cyberselfplay.env.scenario.Scenarios;

/**
 * Turns one resolved run config tree ({@code base} merged, overrides applied) into a {@link TrainConfig}.
 * Every section is read and checked first, collecting all problems in the {@link ConfigReader}; the records
 * are built, through the returned supplier, only when none was found. The training phases are read by
 * {@link PhaseReader}.
 */
final class TrainConfigReader {
    static final List<String> TOP_KEYS = List.of("name", "base", "seed", "scenario", "learner", "opponents",
            "network", "curriculum", "sft", "grpo", "eval", "run");
    static final List<String> OPPONENT_KEYS = List.of("policy", "weight");
    static final List<String> NETWORK_KEYS = List.of("hidden_sizes", "activation", "learning_rate", "adam_beta1",
            "adam_beta2", "adam_epsilon", "max_hosts");
    static final List<String> CURRICULUM_KEYS = List.of("enabled", "scenarios", "thresholds", "min_episodes", "ema");
    static final List<String> EVAL_KEYS = List.of("every", "episodes", "opponents", "record_episodes");
    static final List<String> RUN_KEYS = List.of("out_dir", "threads", "checkpoint_every");

    private TrainConfigReader() {
    }

    /**
     * Reads and checks the tree under {@code top}, recording every problem there.
     *
     * @param defaultName the run name when the tree sets none (the file name without its extension)
     * @return builds the config; call it only when {@code top.ok()}
     */
    static Supplier<TrainConfig> read(ConfigReader top, String defaultName) {
        top.allowOnly(TOP_KEYS);
        String name = name(top, defaultName);
        long seed = Readers.longValue(top, "seed", TrainConfig.DEFAULT_SEED);
        String scenarioSpec = Readers.nonBlank(top, "scenario", TrainConfig.DEFAULT_SCENARIO);
        Optional<Scenario> scenario = scenario(top.child("scenario"), scenarioSpec);
        int before = top.problems().size();
        Actor learner = Readers.choice(top, "learner", List.of(Actor.values()), Actor::wireName,
                TrainConfig.DEFAULT_LEARNER);
        Optional<Actor> knownLearner = top.problems().size() == before ? Optional.of(learner) : Optional.empty();
        SpecCheck opponentCheck = new SpecCheck(scenario, knownLearner.map(Actor::opponent));
        Supplier<List<OpponentSpec>> opponents = opponents(top, learner, opponentCheck);
        ConfigReader net = top.optionalMap("network");
        NetworkDraft network = network(net);
        Supplier<CurriculumConfig> curriculum = curriculum(top.optionalMap("curriculum"), net, scenario);
        double learningRate = network.learningRate();
        SpecCheck teacherCheck = new SpecCheck(scenario, knownLearner);
        Supplier<SftConfig> sft = PhaseReader.sft(top.optionalMap("sft"), learner, learningRate, teacherCheck);
        Supplier<GrpoConfig> grpo = PhaseReader.grpo(top.optionalMap("grpo"), learningRate);
        PhaseReader.checkSomethingTrains(top);
        Supplier<EvalConfig> eval = eval(top.optionalMap("eval"), learner, opponentCheck);
        Supplier<RunConfig> run = run(top.optionalMap("run"), name);
        return () -> new TrainConfig(name, seed, scenarioSpec, learner, opponents.get(), network.settings().get(),
                curriculum.get(), sft.get(), grpo.get(), eval.get(), run.get());
    }

    private static String name(ConfigReader top, String defaultName) {
        if (top.has("name")) {
            ConfigReader at = top.child("name");
            String name = Readers.nonBlank(at);
            if (!name.isBlank() && !TrainConfig.NAME.matcher(name).matches()) {
                at.report("must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit, got "
                        + ConfigReader.describe(at.node()));
            }
            return name;
        }
        if (!TrainConfig.NAME.matcher(defaultName).matches()) {
            top.reportAt("name", "the file name \"" + defaultName + "\" is not a valid run name; set name: to 1 to"
                    + " 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return defaultName;
    }

    /** The scenario a spec names, or empty after reporting at {@code at} why it does not load. */
    static Optional<Scenario> scenario(ConfigReader at, String spec) {
        if (spec.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Scenarios.load(spec));
        } catch (ScenarioException e) {
            String why = e.source().equals(spec) ? String.join("; ", e.problems()) : e.getMessage();
            at.report("cannot load scenario \"" + spec + "\": " + why);
            return Optional.empty();
        }
    }

    private static Supplier<List<OpponentSpec>> opponents(ConfigReader top, Actor learner, SpecCheck check) {
        if (!top.has("opponents")) {
            return () -> TrainConfig.allOpponents(learner).stream().map(OpponentSpec::of).toList();
        }
        ConfigReader list = top.child("opponents");
        List<ConfigReader> items = list.asList();
        if (list.node().isArray() && items.isEmpty()) {
            list.report("must list at least one opponent");
        }
        List<String> policies = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (ConfigReader item : items) {
            ConfigReader policyAt;
            double weight = OpponentSpec.DEFAULT_WEIGHT;
            if (item.node().isTextual()) {
                policyAt = item;
            } else if (item.node().isObject()) {
                item.allowOnly(OPPONENT_KEYS);
                policyAt = item.child("policy");
                weight = item.number("weight", OpponentSpec.WEIGHT, OpponentSpec.DEFAULT_WEIGHT);
            } else {
                item.report("expected {policy: SPEC, weight: W} or a policy spec, got "
                        + ConfigReader.describe(item.node()));
                continue;
            }
            String policy = Readers.nonBlank(policyAt);
            String first = seen.putIfAbsent(policy, policyAt.path());
            if (first != null && !policy.isBlank()) {
                policyAt.report("repeats " + first + " (\"" + policy + "\"); list each policy once and set its weight");
            }
            check.check(policyAt, policy);
            policies.add(policy);
            weights.add(weight);
        }
        return () -> IntStream.range(0, policies.size())
                .mapToObj(i -> new OpponentSpec(policies.get(i), weights.get(i))).toList();
    }

    /** The network section, and its learning rate (the phases' default) as read. */
    private record NetworkDraft(Supplier<NetworkSettings> settings, double learningRate) {
    }

    private static NetworkDraft network(ConfigReader n) {
        n.allowOnly(NETWORK_KEYS);
        NetworkSettings d = NetworkSettings.defaults();
        List<Integer> hidden = Readers.integers(n, "hidden_sizes", POSITIVE, d.hiddenSizes());
        String activation = Readers.choice(n, "activation", NetworkSettings.activations(), s -> s, d.activation());
        double learningRate = n.number("learning_rate", POSITIVE, d.learningRate());
        double beta1 = n.number("adam_beta1", NetworkSettings.ADAM_BETA, d.adamBeta1());
        double beta2 = n.number("adam_beta2", NetworkSettings.ADAM_BETA, d.adamBeta2());
        double epsilon = n.number("adam_epsilon", POSITIVE, d.adamEpsilon());
        int maxHosts = n.integer("max_hosts", NetworkSettings.MAX_HOSTS, d.maxHosts());
        return new NetworkDraft(() -> new NetworkSettings(hidden, activation, learningRate, beta1, beta2, epsilon,
                maxHosts), learningRate);
    }

    /**
     * Reads the curriculum, loading each of its scenarios, and checks that {@code network.max_hosts} holds the
     * main scenario and, when the curriculum is enabled, each of its scenarios.
     */
    private static Supplier<CurriculumConfig> curriculum(ConfigReader c, ConfigReader net,
                                                         Optional<Scenario> scenario) {
        c.allowOnly(CURRICULUM_KEYS);
        CurriculumConfig d = CurriculumConfig.defaults();
        boolean enabled = c.bool("enabled", d.enabled());
        List<String> names = new ArrayList<>(d.scenarios());
        Map<String, Scenario> trained = new HashMap<>();
        scenario.ifPresent(s -> trained.put("scenario", s));
        if (c.has("scenarios")) {
            names.clear();
            ConfigReader list = c.child("scenarios");
            List<ConfigReader> items = list.asList();
            if (list.node().isArray() && items.isEmpty()) {
                list.report("must list at least one scenario");
            }
            for (ConfigReader item : items) {
                String name = Readers.nonBlank(item);
                names.add(name);
                scenario(item, name).ifPresent(s -> trained.put(item.path(), s));
            }
        } else {
            for (int i = 0; i < names.size(); i++) {
                String path = c.pathOf("scenarios") + "[" + i + "]";
                scenario(c.child("scenarios"), names.get(i)).ifPresent(s -> trained.put(path, s));
            }
        }
        List<Double> fallback = new ArrayList<>();
        for (int i = 1; i < names.size(); i++) {
            fallback.add(d.thresholds().get(0));
        }
        List<Double> thresholds = Readers.numbers(c, "thresholds", CurriculumConfig.THRESHOLD, fallback);
        if (c.child("thresholds").node().isArray() && thresholds.size() != fallback.size() && !names.isEmpty()) {
            c.reportAt("thresholds", "expected " + fallback.size() + " values, one per step between the "
                    + names.size() + " scenarios, got " + thresholds.size());
        }
        int minEpisodes = c.integer("min_episodes", CurriculumConfig.MIN_EPISODES, d.minEpisodes());
        double ema = c.number("ema", CurriculumConfig.EMA, d.ema());
        if (!enabled) {
            trained.keySet().removeIf(path -> !path.equals("scenario"));
        }
        checkHostSlots(net, trained);
        return () -> new CurriculumConfig(enabled, names, thresholds, minEpisodes, ema);
    }

    /** Reports once, for the largest scenario, when {@code network.max_hosts} has too few slots. */
    private static void checkHostSlots(ConfigReader net, Map<String, Scenario> trained) {
        int maxHosts = maxHostsQuietly(net);
        trained.entrySet().stream()
                .filter(e -> e.getValue().hostCount() > maxHosts)
                .max((a, b) -> Integer.compare(a.getValue().hostCount(), b.getValue().hostCount()))
                .ifPresent(e -> net.reportAt("max_hosts", "must be >= " + e.getValue().hostCount() + ", the host"
                        + " count of scenario \"" + e.getValue().name() + "\" (" + e.getKey() + "), got " + maxHosts));
    }

    /** The configured slot count if it is a valid one, else one that fits any scenario (no second report). */
    private static int maxHostsQuietly(ConfigReader net) {
        if (!net.has("max_hosts")) {
            return NetworkSettings.defaults().maxHosts();
        }
        var node = net.child("max_hosts").node();
        boolean valid = node.isIntegralNumber() && node.canConvertToInt()
                && NetworkSettings.MAX_HOSTS.contains(node.intValue());
        return valid ? node.intValue() : Scenario.MAX_HOSTS;
    }

    private static Supplier<EvalConfig> eval(ConfigReader e, Actor learner, SpecCheck check) {
        e.allowOnly(EVAL_KEYS);
        int every = e.integer("every", POSITIVE, EvalConfig.DEFAULT_EVERY);
        int episodes = e.integer("episodes", POSITIVE, EvalConfig.DEFAULT_EPISODES);
        List<String> opponents = evalOpponents(e, learner, check);
        int record = e.integer("record_episodes", NON_NEGATIVE, EvalConfig.DEFAULT_RECORD_EPISODES);
        return () -> new EvalConfig(every, episodes, opponents, record);
    }

    private static List<String> evalOpponents(ConfigReader e, Actor learner, SpecCheck check) {
        ConfigReader at = e.child("opponents");
        if (!e.has("opponents") || (at.node().isTextual() && at.node().textValue().equals(EvalConfig.ALL))) {
            return TrainConfig.allOpponents(learner);
        }
        if (!at.node().isArray()) {
            at.report("expected \"" + EvalConfig.ALL + "\" or a list of policy specs, got "
                    + ConfigReader.describe(at.node()));
            return List.of();
        }
        List<ConfigReader> items = at.asList();
        if (items.isEmpty()) {
            at.report("must list at least one policy, or be \"" + EvalConfig.ALL + "\"");
        }
        List<String> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (ConfigReader item : items) {
            String spec = Readers.nonBlank(item);
            String first = seen.putIfAbsent(spec, item.path());
            if (first != null && !spec.isBlank()) {
                item.report("repeats " + first + " (\"" + spec + "\")");
            }
            check.check(item, spec);
            out.add(spec);
        }
        return out;
    }

    private static Supplier<RunConfig> run(ConfigReader r, String name) {
        r.allowOnly(RUN_KEYS);
        Path outDir = Path.of(RunConfig.RUNS_DIR);
        if (r.has("out_dir")) {
            String text = Readers.nonBlank(r.child("out_dir"));
            try {
                outDir = text.isBlank() ? outDir : Path.of(text);
            } catch (InvalidPathException ex) {
                r.reportAt("out_dir", "not a valid path: " + ex.getReason() + ", got \"" + text + "\"");
            }
        } else if (TrainConfig.NAME.matcher(name).matches()) {
            outDir = RunConfig.defaultOutDir(name);
        }
        int threads = r.integer("threads", POSITIVE, RunConfig.defaultThreads());
        int checkpointEvery = r.integer("checkpoint_every", POSITIVE, RunConfig.DEFAULT_CHECKPOINT_EVERY);
        Path resolved = outDir;
        return () -> new RunConfig(resolved, threads, checkpointEvery);
    }
}
