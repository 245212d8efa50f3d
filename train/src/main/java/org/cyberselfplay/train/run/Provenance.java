package org.cyberselfplay.train.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Facts about the running build for {@code manifest.json} and checkpoint provenance. */
public final class Provenance {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final String DL4J_POM = "/META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties";
    private static final String VERSION_RESOURCE = "/cyberselfplay-version.properties";

    private Provenance() {
    }

    /**
     * The provenance a run writes into a policy checkpoint's manifest: the run's name, the checkpoint's label, its
     * position ({@code stepKey}, e.g. {@code update} or {@code round}), the run's seed and, when known, the commit.
     */
    public static Map<String, String> ofCheckpoint(String run, String label, String stepKey, int step, long seed,
                                                   String gitCommit) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("run", run);
        out.put("label", label);
        out.put(stepKey, Integer.toString(step));
        out.put("seed", Long.toString(seed));
        if (gitCommit != null) {
            out.put("git_commit", gitCommit);
        }
        return out;
    }

    /** {@code git rev-parse HEAD} in the working directory, or empty when git or a checkout is missing. */
    public static Optional<String> gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
            }
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 && COMMIT.matcher(out).matches() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The Deeplearning4j version, from its Maven metadata on the class path. */
    public static Optional<String> dl4jVersion() {
        return property(DL4J_POM, "version");
    }

    /** The project version, or {@code unknown}. */
    public static String projectVersion() {
        return property(VERSION_RESOURCE, "version").filter(v -> !v.contains("${")).orElse("unknown");
    }

    private static Optional<String> property(String resource, String key) {
        try (InputStream in = Provenance.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty(key));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
