package org.cyberselfplay.env.game;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.ActionSpace;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.CyberEnv;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.env.RewardComponent;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.ActionMask;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;

/**
 * The game engine behind {@link CyberEnv}, with an allocation-free fast path for rollouts:
 * {@link #legalMasks}, {@link #sampleLegal} and {@link #stepIndex} work on action indices of
 * {@link ActionSpace} and allocate nothing.
 */
public final class GameEnv implements CyberEnv {
    private final Scenario scenario;
    private final ActionSpace blueSpace;
    private final ActionSpace redSpace;
    private final long[] maskScratch = new long[Tool.of(Actor.BLUE).size()];
    private final String[] lastError = new String[2];
    private GameState s;

    public GameEnv(Scenario scenario) {
        this.scenario = scenario;
        this.blueSpace = ActionSpace.of(scenario, Actor.BLUE);
        this.redSpace = ActionSpace.of(scenario, Actor.RED);
    }

    private GameEnv(GameEnv o) {
        this(o.scenario);
        this.s = o.s == null ? null : o.s.copy();
        this.lastError[0] = o.lastError[0];
        this.lastError[1] = o.lastError[1];
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    /** The action-index layout of one side. */
    public ActionSpace actionSpace(Actor side) {
        return side == Actor.BLUE ? blueSpace : redSpace;
    }

    @Override
    public Observation reset(long seed) {
        resetFast(seed);
        return observe(Actor.BLUE);
    }

    /** {@link #reset} without building an observation. */
    public void resetFast(long seed) {
        s = new GameState(scenario);
        s.rng = new Rng(seed);
        s.current = Actor.BLUE;
        s.firstCompromiseTurn = -1;
        s.firstDetectionTurn = -1;
        s.recoveryTurn = -1;
        for (int h = 0; h < s.n; h++) {
            s.patch[h] = scenario.hosts().get(h).patchLevel();
            if (s.patch[h] >= 1.0) {
                s.fullyPatchedMask |= GameState.bit(h);
            }
        }
        s.playbook = new Playbook(scenario.mission(), s.rng.nextLong());
        lastError[0] = null;
        lastError[1] = null;
    }

    @Override
    public Actor currentActor() {
        return state().current;
    }

    @Override
    public boolean isTerminal() {
        return state().terminal;
    }

    @Override
    public Optional<Actor> winner() {
        return Optional.ofNullable(state().winner);
    }

    /**
     * Fills {@code out[toolPosition]} with the legal argument mask of each tool of the side to move
     * (see {@link ActionSpace}: host bits, bit 0, or Blue tool positions). All zero once the game is over.
     * {@code out} needs at least {@code Tool.of(side).size()} entries.
     */
    public void legalMasks(long[] out) {
        GameState st = state();
        int tools = Tool.of(st.current).size();
        if (st.terminal) {
            java.util.Arrays.fill(out, 0, tools, 0L);
            return;
        }
        Legality.masks(st, st.current, out);
    }

    /** Whether action index {@code index} of the side to move is legal now. */
    public boolean isLegal(int index) {
        GameState st = state();
        ActionSpace space = actionSpace(st.current);
        if (st.terminal || index < 0 || index >= space.size()) {
            return false;
        }
        legalMasks(maskScratch);
        int pos = space.toolPosition(index);
        return (maskScratch[pos] & (1L << (index - space.offset(pos)))) != 0;
    }

    /**
     * A uniformly random legal action index of the side to move, drawn with the caller's RNG; -1 once the
     * game is over. Allocation-free.
     */
    public int sampleLegal(SplittableRandom rng) {
        GameState st = state();
        if (st.terminal) {
            return -1;
        }
        Legality.masks(st, st.current, maskScratch);
        ActionSpace space = actionSpace(st.current);
        int tools = Tool.of(st.current).size();
        int total = 0;
        for (int i = 0; i < tools; i++) {
            total += Long.bitCount(maskScratch[i]);
        }
        int r = rng.nextInt(total);
        for (int i = 0; i < tools; i++) {
            int c = Long.bitCount(maskScratch[i]);
            if (r < c) {
                return space.offset(i) + Masks.nthSetBit(maskScratch[i], r);
            }
            r -= c;
        }
        throw new IllegalStateException("no legal action");
    }

    /**
     * Draws a uniformly random legal action of the side to move with the caller's RNG and applies it;
     * allocation-free. Returns the index applied, or -1 when the game is already over.
     */
    public int stepRandom(SplittableRandom rng) {
        int index = sampleLegal(rng);
        if (index >= 0) {
            apply(index);
        }
        return index;
    }

    /**
     * Applies a legal action index of the side to move; allocation-free. Throws
     * {@link IllegalArgumentException} for an index that is not legal now (use {@link #step} for
     * untrusted input).
     */
    public void stepIndex(int index) {
        if (!isLegal(index)) {
            throw new IllegalArgumentException("action index " + index + " is not legal for "
                    + (s == null ? "an env that was never reset" : s.current) + " now");
        }
        apply(index);
    }

    private void apply(int index) {
        GameState st = s;
        Actor side = st.current;
        ActionSpace space = actionSpace(side);
        int pos = space.toolPosition(index);
        Tool tool = Tool.of(side).get(pos);
        int arg = index - space.offset(pos);
        clearPending(st, side);
        lastError[side.ordinal()] = null;
        if (side == Actor.BLUE) {
            BlueRules.apply(st, tool, tool.targeted() ? arg : -1, tool == Tool.EXECUTE_INSTRUCTION
                    ? Tool.of(Actor.BLUE).get(arg).ordinal() : -1);
            st.current = Actor.RED;
        } else {
            RedRules.apply(st, tool, tool.targeted() ? arg : -1);
            if (st.exfiltrated) {
                Clock.finish(st, Actor.RED);
            } else {
                Clock.endTurn(st);
            }
            st.current = Actor.BLUE;
        }
    }

    private static void clearPending(GameState st, Actor side) {
        List<RewardComponent> components = RewardComponent.of(side);
        for (int i = 0; i < components.size(); i++) {
            st.pending[components.get(i).ordinal()] = 0.0;
        }
        st.pendingTotal[side.ordinal()] = 0.0;
        st.events(side).clear();
    }

    @Override
    public StepResult step(Action action) {
        GameState st = state();
        Actor actor = Actor.fromWire(action.actor()).orElse(null);
        ActionParser.Parsed parsed = ActionParser.parse(st, this, action);
        if (parsed.error() != null) {
            if (actor != null) {
                lastError[actor.ordinal()] = parsed.error();
            }
            return new StepResult(actor == null ? st.current : actor, Optional.of(parsed.error()), 0, 0,
                    Map.of(), List.of(), st.terminal, false, winner());
        }
        double[] before = st.pending.clone();
        double blueBefore = st.returns[0];
        double redBefore = st.returns[1];
        apply(parsed.index());
        Map<String, Double> components = new HashMap<>();
        for (RewardComponent c : RewardComponent.values()) {
            double prior = c.side() == actor ? 0.0 : before[c.ordinal()];
            double delta = st.pending[c.ordinal()] - prior;
            if (delta != 0.0) {
                components.put(c.wireName(), delta);
            }
        }
        return new StepResult(actor, Optional.empty(), st.returns[0] - blueBefore, st.returns[1] - redBefore,
                components, ObservationBuilder.events(st, actor), st.terminal, false, winner());
    }

    @Override
    public Observation observe(Actor side) {
        GameState st = state();
        return ObservationBuilder.build(st, side, lastError[side.ordinal()], st.terminal ? metrics() : null,
                legalMask(side));
    }

    /** The legal action indices of {@code side} now, as a mask over its action space. */
    public ActionMask legalMask(Actor side) {
        GameState st = state();
        ActionSpace space = actionSpace(side);
        if (st.terminal || st.current != side) {
            return ActionMask.none(space.size());
        }
        Legality.masks(st, side, maskScratch);
        long[] words = new long[(space.size() + 63) / 64];
        for (int pos = 0; pos < Tool.of(side).size(); pos++) {
            long m = maskScratch[pos];
            while (m != 0) {
                int index = space.offset(pos) + Long.numberOfTrailingZeros(m);
                m &= m - 1;
                words[index >>> 6] |= 1L << index;
            }
        }
        return new ActionMask(words, space.size());
    }

    @Override
    public List<Action> legalActions(Actor side) {
        GameState st = state();
        if (st.terminal || st.current != side) {
            return List.of();
        }
        Legality.masks(st, side, maskScratch);
        ActionSpace space = actionSpace(side);
        List<Action> out = new ArrayList<>();
        for (int i = 0; i < Tool.of(side).size(); i++) {
            long m = maskScratch[i];
            while (m != 0) {
                int arg = Long.numberOfTrailingZeros(m);
                m &= m - 1;
                out.add(space.toAction(space.offset(i) + arg));
            }
        }
        return out;
    }

    @Override
    public EpisodeMetrics metrics() {
        GameState st = state();
        int mttd = st.firstDetectionTurn >= 0 && st.firstCompromiseTurn >= 0
                ? st.firstDetectionTurn - st.firstCompromiseTurn : -1;
        int mttr = st.recoveryTurn >= 0 ? st.recoveryTurn - st.firstDetectionTurn : -1;
        return new EpisodeMetrics(Optional.ofNullable(st.winner), st.turn, mttd, mttr, st.exfiltrated,
                st.criticalCompromise, st.falsePositiveCost, st.falsePositives, st.businessImpact,
                st.playbook.completed, st.playbook.violated, scenario.mission().required(), st.returns[0], st.returns[1]);
    }

    /** Undiscounted return of one side so far (allocation-free). */
    public double returnOf(Actor side) {
        return state().returns[side.ordinal()];
    }

    @Override
    public GameEnv copy() {
        return new GameEnv(this);
    }

    GameState state() {
        if (s == null) {
            throw new IllegalStateException("call reset(seed) before using the env");
        }
        return s;
    }
}
