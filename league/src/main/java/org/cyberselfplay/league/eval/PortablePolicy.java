package org.cyberselfplay.league.eval;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.Checkpoints;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * A policy in a form any machine can rebuild: a spec that needs no file ({@code scripted:expert}, {@code
 * blitz@0.2}), or the bytes of the file a spec names (a checkpoint zip, an archetype YAML) with what follows the
 * file in the spec ({@code @0.1}). Its {@link #version()} is a digest of everything it is rebuilt from, so
 * executors can keep rebuilt policies by version and rebuild only what changed.
 *
 * <p>A plain final class with Java serialization (see {@link MatchTask}). Immutable; the bytes are never handed
 * out.
 */
public final class PortablePolicy implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String SCRIPTED = "scripted:";

    private final String side;
    private final String name;
    private final String spec;
    private final String fileName;
    private final byte[] bytes;
    private final String version;

    private PortablePolicy(Actor side, String name, String spec, String fileName, byte[] bytes) {
        this.side = side.wireName();
        this.name = name;
        this.spec = spec;
        this.fileName = fileName;
        this.bytes = bytes;
        this.version = side.wireName() + ":" + name + "#" + digest(spec, bytes);
    }

    /**
     * The policy a spec names ({@link Policies}), reading the file it names, if any, now.
     *
     * @param name the policy's name, kept for messages
     */
    public static PortablePolicy ofSpec(Actor side, String spec, String name) {
        String s = spec.trim();
        boolean builtIn = side == Actor.BLUE ? s.startsWith(SCRIPTED) : !s.endsWith(".zip") && fileOf(s) == null;
        if (builtIn) {
            return new PortablePolicy(side, name, s, null, null);
        }
        String file = s.endsWith(".zip") || isFile(s) ? s : fileOf(s);
        return ofFile(side, Path.of(file), s.substring(file.length()), name);
    }

    /** The policy in {@code file} (a checkpoint zip or an archetype YAML), followed by {@code suffix} in its spec. */
    public static PortablePolicy ofFile(Actor side, Path file, String suffix, String name) {
        try {
            return new PortablePolicy(side, name, suffix, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A network as it is now, saved as a checkpoint without its optimizer state (it only has to play). */
    public static PortablePolicy ofNetwork(NeuralPolicy policy) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("cyberselfplay-policy-", ".zip");
            Checkpoints.saveForPlay(policy, tmp);
            return new PortablePolicy(policy.side(), policy.name(), "", "policy.zip", Files.readAllBytes(tmp));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the policy " + policy.name() + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** The side it plays. */
    public Actor side() {
        return Actor.fromWire(side).orElseThrow();
    }

    public String name() {
        return name;
    }

    /** Side, name and a digest of the spec and bytes: equal versions rebuild equal policies. */
    public String version() {
        return version;
    }

    /** Bytes carried (0 for a spec alone). */
    public int size() {
        return bytes == null ? 0 : bytes.length;
    }

    /**
     * Builds the policy for {@code scenario}; a file is first written under {@code scratch} (a folder of this
     * process, one sub-folder per version).
     */
    public Policy rebuild(Scenario scenario, Path scratch) {
        String s = spec;
        if (bytes != null) {
            Path file = scratch.resolve(safe(version)).resolve(fileName);
            try {
                if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
                    Files.createDirectories(file.getParent());
                    Path tmp = Files.createTempFile(file.getParent(), ".policy", ".tmp");
                    Files.write(tmp, bytes);
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            s = file.toString() + spec;
        }
        Policy p = side() == Actor.BLUE ? Policies.blue(s, scenario) : Policies.red(s, scenario);
        return p instanceof NeuralPolicy n ? n.withName(name) : p;
    }

    private static String fileOf(String spec) {
        if (isFile(spec)) {
            return spec;
        }
        int at = spec.lastIndexOf('@');
        return at > 0 && isFile(spec.substring(0, at)) ? spec.substring(0, at) : null;
    }

    private static boolean isFile(String path) {
        try {
            return Files.isRegularFile(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String safe(String version) {
        return version.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String digest(String spec, byte[] bytes) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Objects.requireNonNullElse(spec, "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            if (bytes != null) {
                md.update(bytes);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "policy " + version;
    }
}
