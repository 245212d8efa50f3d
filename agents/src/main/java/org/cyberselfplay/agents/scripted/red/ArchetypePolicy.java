package org.cyberselfplay.agents.scripted.red;

import java.util.Objects;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.scripted.RandomPolicy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.config.Bounds;
import org.cyberselfplay.env.obs.ActionMask;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * Plays an {@link Archetype} for Red in one scenario: the engine that interprets every archetype.
 *
 * <p>Per decision: with probability {@code noise} a uniformly random legal action; otherwise the rules in
 * order, where a rule applies when all its conditions hold and its target selectors leave at least one
 * host on which its tool is legal (an untargeted rule: when its tool is legal), and an applying rule fires
 * with its probability, on a uniformly drawn host among those left. When no rule fires, the fallback tool
 * on a uniformly random legal host, or a uniformly random legal action. Every action returned is legal in
 * the observation's {@link Observation#legalActions() mask}.
 *
 * <p>Randomness, drawn from the caller's RNG in this order: one {@code nextDouble} for the noise when it is
 * above 0; one {@code nextDouble} per applying rule whose probability is below 1; one {@code nextInt} for
 * the host or action chosen. Stateless: decisions depend on the observation alone, so one instance may be
 * shared by threads ({@link #forThread()} returns itself). Rationales name the rule that fired.
 */
public final class ArchetypePolicy implements Policy {
    private final Archetype archetype;
    private final double noise;
    private final String name;
    private final RedFacts.Hosts hosts;

    /**
     * @param archetype the rules
     * @param scenario  the scenario it plays (the action layout and host zones come from it)
     * @param noise     chance in [0, 1] of a uniformly random legal action instead of the rules
     */
    public ArchetypePolicy(Archetype archetype, Scenario scenario, double noise) {
        this.archetype = Objects.requireNonNull(archetype, "archetype");
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be in [0, 1], got " + noise);
        }
        this.noise = noise;
        this.name = noise == 0 ? archetype.name() : archetype.name() + "@" + Bounds.format(noise);
        this.hosts = RedFacts.layout(scenario);
    }

    /** The rules played. */
    public Archetype archetype() {
        return archetype;
    }

    /** The chance of a uniformly random legal action instead of the rules. */
    public double noise() {
        return noise;
    }

    @Override
    public Actor side() {
        return Actor.RED;
    }

    /** The archetype's name, with {@code @<noise>} when the noise is above 0 (e.g. {@code blitz@0.2}). */
    @Override
    public String name() {
        return name;
    }

    @Override
    public Action act(Observation observation, SplittableRandom rng) {
        ActionMask legal = observation.legalActions();
        ActionSpace space = hosts.space();
        if (legal.count() == 0) {
            throw new IllegalStateException("no legal Red action: it is not Red's turn or the game is over");
        }
        if (noise > 0 && rng.nextDouble() < noise) {
            return space.toAction(RandomPolicy.uniformLegal(legal, rng)).withRationale(name + ": noise");
        }
        RedFacts facts = RedFacts.of(observation, hosts);
        for (Rule rule : archetype.rules()) {
            long targets = applicableTargets(rule, facts);
            if (targets != 0 && (rule.probability() >= 1 || rng.nextDouble() < rule.probability())) {
                return play(rule.tool(), targets, rng).withRationale(name + ": " + rule.label());
            }
        }
        if (archetype.fallback().isPresent()) {
            Tool tool = archetype.fallback().get();
            long targets = facts.legalTargets(tool);
            if (targets != 0) {
                return play(tool, targets, rng).withRationale(name + ": fallback");
            }
        }
        return space.toAction(RandomPolicy.uniformLegal(legal, rng)).withRationale(name + ": fallback random");
    }

    /**
     * The hosts a rule may act on now (bit 0 for an applicable untargeted rule); 0 when it does not
     * apply. Package-private for tests.
     */
    static long applicableTargets(Rule rule, RedFacts facts) {
        for (Condition c : rule.when()) {
            if (!c.holds(facts)) {
                return 0;
            }
        }
        long targets = facts.legalTargets(rule.tool());
        for (Selector s : rule.target()) {
            targets = s.narrow(targets, facts);
        }
        return targets;
    }

    private Action play(Tool tool, long targets, SplittableRandom rng) {
        int k = rng.nextInt(Long.bitCount(targets));
        long m = targets;
        for (int i = 0; i < k; i++) {
            m &= m - 1;
        }
        int argument = Long.numberOfTrailingZeros(m);
        ActionSpace space = hosts.space();
        return space.toAction(space.encode(tool, argument));
    }

    @Override
    public String toString() {
        return "ArchetypePolicy[" + name + "]";
    }
}
