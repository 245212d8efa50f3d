package org.cyberselfplay.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NetworkConfig;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.agents.features.FeatureLayout;
import org.cyberselfplay.agents.scripted.red.Archetypes;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.league.eval.JobPolicy;
import org.cyberselfplay.league.eval.Matchup;
import org.cyberselfplay.league.eval.ScenarioSource;

/** Spark contexts and a mixed evaluation (scripted, archetype files, checkpoints, a live network) for the tests. */
final class Fixtures {
    static final String LOCAL = "local[2]";
    static final String LOCAL_CLUSTER = "local-cluster[2,1,512]";

    private Fixtures() {
    }

    /**
     * A context on {@code master}, bound to the loopback interface. A local-cluster's executors are new JVMs: they
     * get this JVM's classpath, and their worker needs the Spark home that Surefire names, with a jars folder.
     */
    /** Writes the built-in apt archetype's YAML to {@code file}: an archetype that travels as a file. */
    static void copyAptTo(Path file) throws IOException {
        try (InputStream in = Archetypes.class.getClassLoader().getResourceAsStream(Archetypes.RESOURCE_DIR
                + "apt.yaml")) {
            Files.copy(Objects.requireNonNull(in, "apt.yaml"), file);
        }
    }

        static JavaSparkContext context(String master) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("cyberselfplay-test");
        if (master.startsWith("local-cluster")) {
            String home = Objects.requireNonNull(System.getenv("SPARK_HOME"), "SPARK_HOME (set by Surefire)");
            try {
                Files.createDirectories(Path.of(home, "jars"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            conf.set("spark.executor.extraClassPath", System.getProperty("java.class.path"));
            conf.set("spark.executor.memory", "512m");
            conf.set("spark.executorEnv.OMP_NUM_THREADS", "1");
        }
        return new JavaSparkContext(conf);
    }

    /** Networks saved as checkpoints, an archetype copied to a file, and the matchups of one evaluation. */
    static final class Evaluation {
        final ScenarioSource scenario = ScenarioSource.of("small");
        final NeuralPolicy liveBlue;
        final List<Matchup> matchups = new ArrayList<>();

        Evaluation(Path dir) throws IOException {
            NetworkConfig config = new NetworkConfig(List.of(16, 16), "relu", 1e-3, 0.9, 0.999, 1e-8, 5L);
            var sc = scenario.scenario();
            Path blueFile = dir.resolve("blue.zip");
            Checkpoints.save(NeuralPolicy.create(sc, Actor.BLUE, new FeatureLayout(8), config), blueFile);
            Path redFile = dir.resolve("red.zip");
            Checkpoints.save(NeuralPolicy.create(sc, Actor.RED, new FeatureLayout(8), config.withSeed(6)), redFile);
            Path apt = dir.resolve("my-apt.yaml");
            copyAptTo(apt);
            liveBlue = NeuralPolicy.create(sc, Actor.BLUE, new FeatureLayout(8), config.withSeed(7)).withName("live");
            JobPolicy neuralBlue = JobPolicy.ofSpec(Actor.BLUE, blueFile.toString(), sc);
            JobPolicy live = JobPolicy.ofNetwork(liveBlue);
            JobPolicy expert = JobPolicy.ofSpec(Actor.BLUE, "scripted:expert", sc);
            matchups.add(new Matchup("neural vs blitz", neuralBlue, red("blitz"), 41, 70));
            matchups.add(new Matchup("neural vs neural", neuralBlue, red(redFile.toString()), 42, 50));
            matchups.add(new Matchup("expert vs apt file", expert, red(apt + "@0.2"), 43, 40));
            matchups.add(new Matchup("live vs meander", live, red("meander@0.1"), 44, 37));
        }

        private JobPolicy red(String spec) {
            return JobPolicy.ofSpec(Actor.RED, spec, scenario.scenario());
        }
    }
}
