package org.cyberselfplay.train.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberselfplay.league.meta.MetaSolverSettings;

/**
 * Writes a {@link LeagueConfig} as the YAML tree {@link LeagueConfigReader} reads, every field explicit, so the
 * text loads back to an equal config. The shared sections are written as {@link TrainConfigWriter} writes them.
 */
final class LeagueConfigWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LeagueConfigWriter() {
    }

    /** The config as YAML text. */
    static String yaml(LeagueConfig c) {
        return TrainConfigWriter.yaml(tree(c), "league config");
    }

    /** The config as a tree, keys in the documented order. */
    static ObjectNode tree(LeagueConfig c) {
        ObjectNode root = NODES.objectNode();
        root.put("name", c.name());
        root.put("seed", c.seed());
        root.put("scenario", c.scenario());
        root.set("network", TrainConfigWriter.network(c.network()));
        root.set("sft", TrainConfigWriter.sft(c.sft()));
        root.set("grpo", TrainConfigWriter.grpo(c.grpo()));
        root.set("league", league(c.league()));
        ObjectNode eval = root.putObject("eval");
        eval.put("every", c.eval().every());
        eval.put("episodes", c.eval().episodes());
        eval.set("opponents", TrainConfigWriter.strings(c.eval().opponents()));
        ObjectNode run = root.putObject("run");
        run.put("out_dir", c.run().outDir().toString());
        run.put("threads", c.run().threads());
        ExecutorConfig x = c.run().executor();
        ObjectNode executor = run.putObject("executor");
        executor.put("type", x.type().wireName());
        x.master().ifPresent(m -> executor.put("master", m));
        x.episodesPerTask().ifPresent(e -> executor.put("episodes_per_task", e));
        return root;
    }

    private static ObjectNode league(LeagueSettings l) {
        ObjectNode out = NODES.objectNode();
        out.put("mode", l.mode().wireName());
        out.put("rounds", l.rounds());
        out.put("alpha", l.alpha());
        ObjectNode pfsp = out.putObject("pfsp");
        pfsp.put("weighting", l.pfsp().weightingName());
        pfsp.put("exponent", l.pfsp().exponent());
        pfsp.put("floor", l.pfsp().floor());
        ObjectNode meta = out.putObject("meta_solver");
        meta.put("name", l.metaSolver().name());
        MetaSolverSettings s = l.metaSolver().settings();
        ObjectNode replicator = meta.putObject("replicator");
        replicator.put("eta", s.replicatorEta());
        replicator.put("new_entry_mass", s.replicatorNewEntryMass());
        ObjectNode prd = meta.putObject("prd");
        prd.put("iterations", s.prdIterations());
        prd.put("dt", s.prdDt());
        prd.put("gamma", s.prdGamma());
        prd.put("average_fraction", s.prdAverageFraction());
        out.put("sims_per_entry", l.simsPerEntry());
        out.put("decay", l.decay());
        out.set("archetypes", TrainConfigWriter.strings(l.archetypes()));
        ObjectNode br = out.putObject("best_response");
        br.put("enabled", l.bestResponse().enabled());
        br.put("every", l.bestResponse().every());
        br.put("start", l.bestResponse().start().wireName());
        br.set("sft", TrainConfigWriter.sft(l.bestResponse().sft()));
        br.set("grpo", TrainConfigWriter.grpo(l.bestResponse().grpo()));
        out.put("snapshot_blue", l.snapshotBlue());
        return out;
    }
}
