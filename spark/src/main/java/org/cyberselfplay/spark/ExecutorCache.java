package org.cyberselfplay.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.broadcast.Broadcast;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.league.eval.MatchJob;
import org.cyberselfplay.league.eval.PortablePolicy;
import org.cyberselfplay.league.eval.ScenarioSource;

/**
 * What an executor process keeps between tasks: the deserialized payload of the last few jobs (by job id)
 * and the last {@value #POLICIES} rebuilt policies (by policy version and scenario), so a network that did not
 * change since the last round is not rebuilt; each task thread keeps its own {@code forThread()} copies of the
 * last {@value #PER_THREAD} versions it played. Thread-safe; one per JVM.
 */
final class ExecutorCache {
    static final int PAYLOADS = 4;
    static final int POLICIES = 32;
    static final int PER_THREAD = 16;

    private static final Map<String, MatchJob.Payload> JOBS = lru(PAYLOADS);
    private static final Map<String, Policy> BUILT = lru(POLICIES);
    private static final ThreadLocal<Map<String, Policy>> COPIES = ThreadLocal.withInitial(() -> lru(PER_THREAD));
    /** Bumped by {@link #clear()}: a task thread drops its copies when it sees a new generation. */
    private static final ThreadLocal<int[]> SEEN = ThreadLocal.withInitial(() -> new int[1]);
    private static volatile int generation;
    private static final AtomicLong REBUILDS = new AtomicLong();
    private static Path scratch;

    private ExecutorCache() {
    }

    /** The payload of a job's broadcast, deserialized once per process. */
    static synchronized MatchJob.Payload payload(String job, Broadcast<byte[]> b) {
        return JOBS.computeIfAbsent(job, id -> deserialize(b.value()));
    }

    /**
     * The policy for the calling task thread: its own {@code forThread()} copy of the kept policy, made once per
     * thread and version (task threads live as long as the executor); the policy is rebuilt only when its version
     * is new in this process.
     */
    static Policy policy(PortablePolicy p, ScenarioSource scenario) {
        String key = p.version() + "|" + scenario.version();
        Map<String, Policy> mine = COPIES.get();
        int[] seen = SEEN.get();
        if (seen[0] != generation) {
            mine.clear();
            seen[0] = generation;
        }
        Policy copy = mine.get(key);
        if (copy != null) {
            return copy;
        }
        Policy kept;
        synchronized (ExecutorCache.class) {
            kept = BUILT.computeIfAbsent(key, k -> {
                REBUILDS.incrementAndGet();
                return rebuild(p, scenario);
            });
        }
        synchronized (kept) {
            copy = kept.forThread();
        }
        mine.put(key, copy);
        return copy;
    }

    /**
     * Rebuilds a policy from files written to a folder of its own, deleted once the policy is built (policies read
     * their files when built), so a learner shipped every update leaves no file behind.
     */
    private static Policy rebuild(PortablePolicy p, ScenarioSource scenario) {
        Path dir;
        try {
            dir = Files.createTempDirectory(scratch(), "build-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for policy files: " + e.getMessage(), e);
        }
        try {
            return p.rebuild(scenario.scenario(), dir);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path f : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // A file left in the temporary folder is harmless.
        }
    }

    /** Forgets every kept payload and policy, the task threads' copies included. */
    static synchronized void clear() {
        JOBS.clear();
        BUILT.clear();
        generation++;
    }

    /** Policies rebuilt in this process so far. */
    static long rebuilds() {
        return REBUILDS.get();
    }

    private static Path scratch() {
        if (scratch == null) {
            try {
                scratch = Files.createTempDirectory("cyberselfplay-policies-");
                scratch.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a folder for policy files: " + e.getMessage(), e);
            }
        }
        return scratch;
    }

    private static MatchJob.Payload deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (MatchJob.Payload) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the match job: " + e, e);
        }
    }

    private static <V> Map<String, V> lru0(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> lru(int size) {
        return (Map<K, V>) (Map<?, ?>) lru0(size);
    }
}
