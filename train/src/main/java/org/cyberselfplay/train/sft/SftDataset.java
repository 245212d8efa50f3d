package org.cyberselfplay.train.sft;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.train.config.SftConfig;
import org.cyberselfplay.train.rollout.Lockstep;
import org.cyberselfplay.train.rollout.OpponentMix;
import org.cyberselfplay.train.rollout.Slot;

/**
 * Behaviour-cloning data: the teacher's decisions as the student sees them. Row {@code i} is a feature row
 * ({@code features[i * width .. (i + 1) * width)}), the codec mask of the legal actions and the teacher's codec
 * action, from episode {@code episodeOf[i]}. Arrays are held, not copied.
 *
 * @param width      features per row
 * @param features   row-major {@code [rows, width]}
 * @param masks      codec masks, one per row
 * @param actions    the teacher's codec actions, legal in their masks
 * @param episodeOf  the episode of each row, in [0, episodes)
 * @param episodes   episodes the rows come from
 * @param played     episodes played to collect them (more than {@code episodes} when sized by samples)
 * @param teacherWins episodes the teacher won, of those played
 */
public record SftDataset(int width, float[] features, boolean[][] masks, int[] actions, int[] episodeOf,
                         int episodes, int played, int teacherWins) {
    /** Episodes played in lockstep at a time. */
    public static final int BLOCK = 64;

    public SftDataset {
        if (masks.length != actions.length || episodeOf.length != actions.length
                || features.length != actions.length * width) {
            throw new IllegalArgumentException("dataset arrays disagree: " + actions.length + " actions, "
                    + masks.length + " masks, " + episodeOf.length + " episode ids, " + features.length
                    + " features of width " + width);
        }
    }

    /** The teacher's win rate over the episodes played. */
    public double teacherWinRate() {
        return played == 0 ? 0.0 : (double) teacherWins / played;
    }

    /** Number of rows (state-action pairs). */
    public int rows() {
        return actions.length;
    }

    /**
     * Plays the teacher against the mix and records its decisions in the student's layout.
     *
     * <p>Episodes are sized by {@code cfg.episodes()}, or played until {@code cfg.samples()} decisions (from at
     * least two episodes) are recorded, the surplus cut off the end. Seeds, episode by episode from
     * {@code SplittableRandom(seed)}: env seed ({@code nextLong}), opponent ({@code nextDouble} through the mix),
     * teacher seed, opponent seed ({@code nextLong} each). Episodes play in lockstep blocks of {@value #BLOCK}.
     *
     * @param student only its feature layout and codec are used (its network is not touched)
     */
    public static SftDataset collect(Policy teacher, NeuralPolicy student, OpponentMix mix, SftConfig cfg,
                                     long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<TeacherMover.Demo> demos = new ArrayList<>();
        List<Integer> episodeOf = new ArrayList<>();
        int episodes = 0;
        int wins = 0;
        while (cfg.sizedBySamples() ? demos.size() < cfg.samples() || episodes < 2 : episodes < cfg.episodes()) {
            int n = cfg.sizedBySamples() ? BLOCK : Math.min(BLOCK, cfg.episodes() - episodes);
            List<Slot> slots = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                GameEnv env = new GameEnv(student.scenario());
                env.resetFast(rng.nextLong());
                int opponent = mix.draw(rng.nextDouble());
                SplittableRandom teacherRng = new SplittableRandom(rng.nextLong());
                SplittableRandom opponentRng = new SplittableRandom(rng.nextLong());
                slots.add(new Slot(k, env, teacherRng, opponentRng, opponent, Slot.UNLIMITED, false));
            }
            TeacherMover mover = new TeacherMover(teacher, student);
            Lockstep.play(slots, student.side(), student.codec(), mover, mix);
            for (Slot s : slots) {
                for (TeacherMover.Demo d : mover.demos(s.id())) {
                    demos.add(d);
                    episodeOf.add(episodes);
                }
                if (s.env().winner().filter(w -> w == student.side()).isPresent()) {
                    wins++;
                }
                episodes++;
            }
        }
        int rows = cfg.sizedBySamples() ? cfg.samples() : demos.size();
        int keptEpisodes = rows == 0 ? 0 : episodeOf.get(rows - 1) + 1;
        return assemble(student.layout().size(student.side()), demos.subList(0, rows), episodeOf.subList(0, rows),
                keptEpisodes, episodes, wins);
    }

    private static SftDataset assemble(int width, List<TeacherMover.Demo> demos, List<Integer> episodeOf,
                                       int episodes, int played, int wins) {
        int n = demos.size();
        float[] features = new float[n * width];
        boolean[][] masks = new boolean[n][];
        int[] actions = new int[n];
        int[] episode = new int[n];
        for (int i = 0; i < n; i++) {
            TeacherMover.Demo d = demos.get(i);
            System.arraycopy(d.features(), 0, features, i * width, width);
            masks[i] = d.mask();
            actions[i] = d.action();
            episode[i] = episodeOf.get(i);
        }
        return new SftDataset(width, features, masks, actions, episode, episodes, played, wins);
    }
}
