package org.cyberselfplay.league.eval;

import java.util.Objects;
import java.util.function.Supplier;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * A policy of a match job on the machine that builds the job: the live instance, which an in-process executor
 * plays directly, and how to make it {@linkplain PortablePolicy portable} for an executor in other processes
 * (computed on first request only, so in-process runs never serialize anything). Not thread-safe for the first
 * {@link #portable()} call; the live policy is used as {@link Policy} documents.
 */
public final class JobPolicy {
    private final Policy live;
    private final Supplier<PortablePolicy> portable;
    private PortablePolicy made;

    private JobPolicy(Policy live, Supplier<PortablePolicy> portable) {
        this.live = Objects.requireNonNull(live, "live");
        this.portable = portable;
    }

    /** A live policy with its portable form made on demand. */
    public static JobPolicy of(Policy live, Supplier<PortablePolicy> portable) {
        return new JobPolicy(live, Objects.requireNonNull(portable, "portable"));
    }

    /** The policy a spec names ({@link Policies}) for {@code scenario}; portable as that spec (with its file). */
    public static JobPolicy ofSpec(Actor side, String spec, Scenario scenario) {
        Policy p = side == Actor.BLUE ? Policies.blue(spec, scenario) : Policies.red(spec, scenario);
        return of(p, () -> PortablePolicy.ofSpec(side, spec, p.name()));
    }

    /** A network, portable as a checkpoint of its weights at the time the portable form is first asked for. */
    public static JobPolicy ofNetwork(NeuralPolicy live) {
        return of(live, () -> PortablePolicy.ofNetwork(live));
    }

    /** A neural policy as {@link #ofNetwork}; any other policy in this process only ({@link #local}). */
    public static JobPolicy ofLive(Policy live) {
        return live instanceof NeuralPolicy n ? ofNetwork(n) : local(live);
    }

    /** A policy that only in-process executors can play. */
    public static JobPolicy local(Policy live) {
        return new JobPolicy(live, null);
    }

    public Policy live() {
        return live;
    }

    public Actor side() {
        return live.side();
    }

    /** Whether executors in other processes can play it. */
    public boolean isPortable() {
        return portable != null;
    }

    /**
     * The portable form, made once.
     *
     * @throws IllegalStateException for a {@link #local} policy
     */
    public PortablePolicy portable() {
        if (portable == null) {
            throw new IllegalStateException("the policy " + live.name() + " was handed over as an object only, so it"
                    + " cannot be played in another process; give it as a spec, a checkpoint or a network");
        }
        if (made == null) {
            made = portable.get();
        }
        return made;
    }
}
