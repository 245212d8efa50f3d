package org.cyberselfplay.league.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds and starts {@link MatchExecutor}s by type: {@code threads} built in, others through providers. */
public final class MatchExecutors {
    private MatchExecutors() {
    }

    /**
     * Checks that executors of {@code type} can be started here.
     *
     * @throws ExecutorUnavailableException naming what is missing and how to get it
     */
    public static void requireAvailable(String type) {
        if (!type.equals(ExecutorSettings.THREADS)) {
            provider(type).requireAvailable();
        }
    }

    /**
     * Starts the executor {@code settings} ask for; the caller closes it.
     *
     * @throws ExecutorUnavailableException when its type is unknown or cannot be used here
     */
    public static MatchExecutor create(ExecutorSettings settings) {
        if (settings.type().equals(ExecutorSettings.THREADS)) {
            return new ThreadPoolMatchExecutor(settings.threads());
        }
        return provider(settings.type()).create(settings);
    }

    /** The types that can be asked for here: {@code threads} and those of the providers on the classpath. */
    public static List<String> types() {
        List<String> out = new ArrayList<>(List.of(ExecutorSettings.THREADS));
        for (MatchExecutorProvider p : loader()) {
            out.add(p.type());
        }
        return out;
    }

    private static MatchExecutorProvider provider(String type) {
        Optional<MatchExecutorProvider> found = loader().stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.type().equals(type)).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        if (type.equals("spark")) {
            throw new ExecutorUnavailableException("the spark executor is not on the classpath: add the spark "
                    + "module's jar (spark/target/cyberselfplay-spark-<version>.jar) to the classpath, e.g. with "
                    + "spark-submit --jars as the README's 'Running on a cluster' shows, or use executor type threads");
        }
        throw new ExecutorUnavailableException("unknown executor type '" + type + "'; available here: "
                + String.join(", ", types()));
    }

    private static ServiceLoader<MatchExecutorProvider> loader() {
        return ServiceLoader.load(MatchExecutorProvider.class);
    }
}
