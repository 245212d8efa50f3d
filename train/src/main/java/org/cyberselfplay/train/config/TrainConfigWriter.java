package org.cyberselfplay.train.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link TrainConfig} as the YAML tree {@link TrainConfigReader} reads, every field explicit, so the
 * text loads back to an equal config. Thread-safe: the mapper is configured once.
 */
final class TrainConfigWriter {
    // Strings that look like numbers or booleans are quoted so they stay strings when read back.
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TrainConfigWriter() {
    }

    /** The config as YAML text. */
    static String yaml(TrainConfig c) {
        return yaml(tree(c), "run config");
    }

    /** A config tree as YAML text; {@code what} names the config in the error. */
    static String yaml(ObjectNode tree, String what) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a " + what + " as YAML", e);
        }
    }

    /** The config as a tree, keys in the documented order. */
    static ObjectNode tree(TrainConfig c) {
        ObjectNode root = NODES.objectNode();
        root.put("name", c.name());
        root.put("seed", c.seed());
        root.put("scenario", c.scenario());
        root.put("learner", c.learner().wireName());
        ArrayNode opponents = root.putArray("opponents");
        for (OpponentSpec o : c.opponents()) {
            opponents.addObject().put("policy", o.policy()).put("weight", o.weight());
        }
        root.set("network", network(c.network()));
        root.set("curriculum", curriculum(c.curriculum()));
        root.set("sft", sft(c.sft()));
        root.set("grpo", grpo(c.grpo()));
        root.set("eval", eval(c.eval()));
        ObjectNode run = root.putObject("run");
        run.put("out_dir", c.run().outDir().toString());
        run.put("threads", c.run().threads());
        run.put("checkpoint_every", c.run().checkpointEvery());
        ExecutorConfig x = c.run().executor();
        if (x.type() != ExecutorConfig.Type.THREADS) {
            ObjectNode executor = run.putObject("executor");
            executor.put("type", x.type().wireName());
            x.master().ifPresent(m -> executor.put("master", m));
            x.episodesPerTask().ifPresent(e -> executor.put("episodes_per_task", e));
        }
        return root;
    }

    static ObjectNode network(NetworkSettings n) {
        ObjectNode out = NODES.objectNode();
        out.set("hidden_sizes", ints(n.hiddenSizes()));
        out.put("activation", n.activation());
        out.put("learning_rate", n.learningRate());
        out.put("adam_beta1", n.adamBeta1());
        out.put("adam_beta2", n.adamBeta2());
        out.put("adam_epsilon", n.adamEpsilon());
        out.put("max_hosts", n.maxHosts());
        return out;
    }

    private static ObjectNode curriculum(CurriculumConfig c) {
        ObjectNode out = NODES.objectNode();
        out.put("enabled", c.enabled());
        out.set("scenarios", strings(c.scenarios()));
        ArrayNode thresholds = out.putArray("thresholds");
        c.thresholds().forEach(thresholds::add);
        out.put("min_episodes", c.minEpisodes());
        out.put("ema", c.ema());
        return out;
    }

    static ObjectNode sft(SftConfig s) {
        ObjectNode out = NODES.objectNode();
        out.put("enabled", s.enabled());
        out.put("teacher", s.teacher());
        if (s.sizedBySamples()) {
            out.put("samples", s.samples());
        } else {
            out.put("episodes", s.episodes());
        }
        out.put("epochs", s.epochs());
        out.put("batch_size", s.batchSize());
        out.put("validation_split", s.validationSplit());
        out.put("early_stopping_patience", s.earlyStoppingPatience());
        out.put("learning_rate", s.learningRate());
        ObjectNode dagger = out.putObject("dagger");
        dagger.put("rounds", s.dagger().rounds());
        dagger.put("episodes", s.dagger().episodes());
        dagger.put("epochs", s.dagger().epochs());
        return out;
    }

    static ObjectNode grpo(GrpoConfig g) {
        ObjectNode out = NODES.objectNode();
        out.put("enabled", g.enabled());
        out.put("updates", g.updates());
        out.put("group_mode", g.groupMode().wireName());
        out.put("group_size", g.groupSize());
        out.put("groups_per_update", g.groupsPerUpdate());
        out.put("horizon", g.horizon());
        out.put("scale_rewards", g.scaleRewards().wireName());
        out.put("epsilon", g.epsilon());
        out.put("epsilon_high", g.epsilonHigh());
        out.put("num_iterations", g.numIterations());
        out.put("steps_per_generation", g.stepsPerGeneration());
        out.put("beta", g.beta());
        out.put("loss_type", g.lossType().wireName());
        out.put("entropy_coef", g.entropyCoef());
        out.put("max_grad_norm", g.maxGradNorm());
        out.put("learning_rate", g.learningRate());
        ObjectNode schedule = out.putObject("lr_schedule");
        schedule.put("type", g.lrSchedule().type().wireName());
        schedule.put("warmup_steps", g.lrSchedule().warmupSteps());
        schedule.put("final_fraction", g.lrSchedule().finalFraction());
        ObjectNode antiCollapse = out.putObject("anti_collapse");
        antiCollapse.put("enabled", g.antiCollapse().enabled());
        antiCollapse.put("lambda", g.antiCollapse().lambda());
        antiCollapse.put("tau", g.antiCollapse().tau());
        ObjectNode reward = out.putObject("reward");
        reward.put("return_weight", g.reward().returnWeight());
        reward.put("win_bonus", g.reward().winBonus());
        out.put("temperature", g.temperature());
        return out;
    }

    private static ObjectNode eval(EvalConfig e) {
        ObjectNode out = NODES.objectNode();
        out.put("every", e.every());
        out.put("episodes", e.episodes());
        out.set("opponents", strings(e.opponents()));
        out.put("record_episodes", e.recordEpisodes());
        return out;
    }

    private static ArrayNode ints(List<Integer> values) {
        ArrayNode out = NODES.arrayNode();
        values.forEach(out::add);
        return out;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode out = NODES.arrayNode();
        values.forEach(out::add);
        return out;
    }
}
