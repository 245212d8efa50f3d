package org.cyberselfplay.train.config;

import static org.cyberselfplay.env.config.Bounds.NON_NEGATIVE;
import static org.cyberselfplay.env.config.Bounds.POSITIVE;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * Turns one resolved run config tree ({@code base} merged, overrides applied) into a {@link TrainConfig}.
 * Every section is read and checked first, collecting all problems in the {@link ConfigReader}; the records
 * are built, through the returned supplier, only when none was found. The training phases are read by
 * {@link PhaseReader}, the scenarios by {@link CurriculumReader}.
 */
final class TrainConfigReader {
    static final List<String> TOP_KEYS = List.of("name", "base", "seed", "scenario", "learner", "opponents",
            "network", "curriculum", "sft", "grpo", "eval", "run");
    static final List<String> OPPONENT_KEYS = List.of("policy", "weight");
    static final List<String> NETWORK_KEYS = List.of("hidden_sizes", "activation", "learning_rate", "adam_beta1",
            "adam_beta2", "adam_epsilon", "max_hosts");
    static final List<String> EVAL_KEYS = List.of("every", "episodes", "opponents", "record_episodes");
    static final List<String> RUN_KEYS = List.of("out_dir", "threads", "checkpoint_every", "executor");

    private TrainConfigReader() {
    }

    /**
     * A copy of {@code tree} with the shorthand opponent entries spelled out: {@code - blitz} becomes
     * {@code - {policy: blitz}}, so overrides such as {@code opponents[0].weight=2} and problems such as
     * {@code opponents[0].policy: ...} address every entry alike.
     */
    static ObjectNode expandShorthand(ObjectNode tree) {
        ObjectNode out = tree.deepCopy();
        if (out.get("opponents") instanceof ArrayNode entries) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).isTextual()) {
                    entries.set(i, JsonNodeFactory.instance.objectNode().set("policy", entries.get(i)));
                }
            }
        }
        return out;
    }

    /**
     * Reads and checks the tree under {@code top} (with {@link #expandShorthand} applied), recording every
     * problem there.
     *
     * @param defaultName the run name when the tree sets none (the file name without its extension)
     * @return builds the config; call it only when {@code top.ok()}
     */
    static Supplier<TrainConfig> read(ConfigReader top, String defaultName) {
        top.allowOnly(TOP_KEYS);
        String name = name(top, defaultName);
        long seed = Readers.longValue(top, "seed", TrainConfig.DEFAULT_SEED);
        String scenarioSpec = Readers.nonBlank(top, "scenario", TrainConfig.DEFAULT_SCENARIO);
        Optional<Scenario> scenario = CurriculumReader.scenario(top.child("scenario"), scenarioSpec);
        int before = top.problems().size();
        Actor learner = Readers.choice(top, "learner", List.of(Actor.values()), Actor::wireName,
                TrainConfig.DEFAULT_LEARNER);
        Optional<Actor> knownLearner = top.problems().size() == before ? Optional.of(learner) : Optional.empty();
        SpecCheck opponentCheck = new SpecCheck(scenario, knownLearner.map(Actor::opponent));
        Supplier<List<OpponentSpec>> opponents = opponents(top, learner, opponentCheck);
        ConfigReader net = top.optionalMap("network");
        NetworkDraft network = network(net);
        Supplier<CurriculumConfig> curriculum = CurriculumReader.read(top.optionalMap("curriculum"), net, scenario);
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

    static String name(ConfigReader top, String defaultName) {
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
            if (!item.node().isObject()) {
                item.report("expected {policy: SPEC, weight: W} or a policy spec, got "
                        + ConfigReader.describe(item.node()));
                continue;
            }
            item.allowOnly(OPPONENT_KEYS);
            ConfigReader policyAt = item.child("policy");
            double weight = item.number("weight", OpponentSpec.WEIGHT, OpponentSpec.DEFAULT_WEIGHT);
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
    record NetworkDraft(Supplier<NetworkSettings> settings, double learningRate) {
    }

    static NetworkDraft network(ConfigReader n) {
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

    private static Supplier<EvalConfig> eval(ConfigReader e, Actor learner, SpecCheck check) {
        e.allowOnly(EVAL_KEYS);
        int every = e.integer("every", POSITIVE, EvalConfig.DEFAULT_EVERY);
        int episodes = e.integer("episodes", POSITIVE, EvalConfig.DEFAULT_EPISODES);
        List<String> opponents = evalOpponents(e, learner, check);
        int record = e.integer("record_episodes", NON_NEGATIVE, EvalConfig.DEFAULT_RECORD_EPISODES);
        return () -> new EvalConfig(every, episodes, opponents, record);
    }

    /** {@code eval.opponents}: {@code all} (the default) or a list of distinct specs of the side opposite {@code learner}. */
    static List<String> evalOpponents(ConfigReader e, Actor learner, SpecCheck check) {
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
        Path resolved = outDir(r, name);
        int threads = r.integer("threads", POSITIVE, RunConfig.defaultThreads());
        int checkpointEvery = r.integer("checkpoint_every", POSITIVE, RunConfig.DEFAULT_CHECKPOINT_EVERY);
        Supplier<ExecutorConfig> executor = ExecutorReader.read(r.optionalMap("executor"));
        return () -> new RunConfig(resolved, threads, checkpointEvery, executor.get());
    }

    /** {@code run.out_dir}, by default {@code runs/<name>} for a usable name, else {@code runs}. */
    static Path outDir(ConfigReader r, String name) {
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
        return outDir;
    }
}
