package org.cyberselfplay.server.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.StepResult;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.server.protocol.Json;
import org.cyberselfplay.server.protocol.ProtocolError;
import org.cyberselfplay.server.protocol.ResetRequest;

/**
 * One client's game: an env, the side the client plays, and the opponent that answers.
 *
 * <p>With an opponent, every accepted client move is followed by the opponent's moves until it is the
 * client's turn again (or the game ends), and the client receives its own next observation. With
 * {@code none}, the client plays both sides in turn and receives the observation of the side to move (at
 * the end, of the side that moved last).
 *
 * <p>Seeding: the reset seed {@code s} (given, or drawn from the server's {@link SeedSource}) feeds a
 * {@code SplittableRandom(s)}; the env is reset with its {@code nextLong()}, and the opponent's RNG is its
 * {@code split()}. The same seed, scenario, opponent and client moves give the same episode.
 *
 * <p>Not thread-safe: one thread at a time.
 */
public final class GameSession {
    private final Catalog catalog;
    private final SeedSource seeds;
    private GameEnv env;
    private Actor client;
    private Opponent opponent;
    private SplittableRandom opponentRng;
    private String episodeId;
    private String scenarioName;
    private long seed;
    private int stepCount;

    public GameSession(Catalog catalog, SeedSource seeds) {
        this.catalog = catalog;
        this.seeds = seeds;
    }

    /**
     * Starts a new episode and returns the client's first observation (Blue's, when the client plays both).
     *
     * @throws ProtocolError {@code VALIDATION_ERROR} for a scenario or opponent that is not offered,
     *                       {@code FACTORY_ERROR} when one cannot be built; the previous episode is then kept
     */
    public Observation reset(ResetRequest r) {
        Scenario scenario = catalog.scenario(r.scenario());
        Actor side = r.actor() == null ? Actor.BLUE : r.actor();
        Opponent opp = catalog.opponent(r.opponent(), side, scenario);
        long s = r.seed().orElseGet(seeds::next);
        SplittableRandom root = new SplittableRandom(s);
        long envSeed = root.nextLong();
        if (env == null || env.scenario() != scenario) {
            env = new GameEnv(scenario);
        }
        env.reset(envSeed);
        client = side;
        opponent = opp;
        opponentRng = root.split();
        scenarioName = r.scenario() == null ? Catalog.DEFAULT_SCENARIO : r.scenario().trim();
        episodeId = r.episodeId() != null ? r.episodeId() : UUID.randomUUID().toString();
        seed = s;
        stepCount = 0;
        playOpponent();
        return env.observe(bothSides() ? Actor.BLUE : client);
    }

    /**
     * Applies one client move, then the opponent's answer, and returns the client's next observation.
     *
     * @throws ProtocolError {@code VALIDATION_ERROR} when the action names something not accepted (see
     *                       {@link ActionChecks}); {@code EXECUTION_ERROR} with the env's reason when the game
     *                       refuses it (out of turn, illegal now, episode over) or before the first reset.
     *                       A refused action changes nothing.
     */
    public Observation step(Action action) {
        if (env == null) {
            throw ProtocolError.execution("no episode yet: send reset before step");
        }
        Actor toMove = env.isTerminal() ? null : env.currentActor();
        Actor defaultActor = bothSides() ? (toMove == null ? Actor.BLUE : toMove) : client;
        Action checked = ActionChecks.check(action, env.scenario(), clientSides(), defaultActor, describeClient());
        StepResult r = env.step(checked);
        if (!r.accepted()) {
            throw ProtocolError.execution(r.error().orElse("action refused"));
        }
        stepCount++;
        playOpponent();
        if (!bothSides()) {
            return env.observe(client);
        }
        return env.observe(env.isTerminal() ? r.actor() : env.currentActor());
    }

    private void playOpponent() {
        Policy policy = opponent.policy().orElse(null);
        if (policy == null) {
            return;
        }
        while (!env.isTerminal() && env.currentActor() != client) {
            Action a = policy.act(env.observe(policy.side()), opponentRng);
            StepResult r = env.step(a);
            if (!r.accepted()) {
                throw ProtocolError.execution("opponent " + opponent.spec() + " chose a refused action ("
                        + r.error().orElse("") + "); send reset to start a new episode");
            }
        }
    }

    /** Whether a reset has started an episode. */
    public boolean started() {
        return env != null;
    }

    /** Whether the client plays both sides (opponent {@code none}). */
    public boolean bothSides() {
        return opponent != null && opponent.policy().isEmpty();
    }

    /** The sides the client may act for: its own, or both with {@code none}; Blue before the first reset. */
    public List<Actor> clientSides() {
        if (env == null) {
            return List.of(Actor.BLUE);
        }
        return bothSides() ? List.of(Actor.BLUE, Actor.RED) : List.of(client);
    }

    /** The scenario of the current episode, or the default one before the first reset. */
    public Scenario scenario() {
        return env != null ? env.scenario() : catalog.scenario(null);
    }

    private String describeClient() {
        return bothSides() ? "both sides (opponent none)" : client + " against " + opponent.spec();
    }

    /**
     * The session's public state: {@code episode_id}, {@code step_count} (accepted client moves this
     * episode), {@code scenario}, {@code seed}, {@code client_actor} ({@code blue}, {@code red} or
     * {@code both}), {@code opponent}, {@code current_actor}, {@code time_step}, {@code max_turns},
     * {@code done}, {@code winner}. Before the first reset everything but {@code step_count} and
     * {@code done} is null. Nothing hidden from the client is included.
     */
    public ObjectNode state() {
        ObjectNode n = Json.object();
        if (env == null) {
            n.putNull("episode_id");
            n.put("step_count", 0);
            for (String k : List.of("scenario", "seed", "client_actor", "opponent", "current_actor", "time_step",
                    "max_turns")) {
                n.putNull(k);
            }
            n.put("done", false);
            n.putNull("winner");
            return n;
        }
        n.put("episode_id", episodeId);
        n.put("step_count", stepCount);
        n.put("scenario", scenarioName);
        n.put("seed", seed);
        n.put("client_actor", bothSides() ? "both" : client.wireName());
        n.put("opponent", opponent.spec());
        n.put("current_actor", env.isTerminal() ? null : env.currentActor().wireName());
        n.put("time_step", env.metrics().steps());
        n.put("max_turns", env.scenario().maxTurns());
        n.put("done", env.isTerminal());
        n.put("winner", env.winner().map(Actor::wireName).orElse(null));
        return n;
    }
}
