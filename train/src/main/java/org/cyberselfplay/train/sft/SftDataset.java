package org.cyberselfplay.train.sft;

import java.util.ArrayList;
import java.util.Arrays;
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
 * @param teacherWins episodes won by the side that played them, of those played: the teacher, or the student in
 *                    on-policy (DAgger) data
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
        Recorder r = new Recorder(teacher, student, mix, false, new SplittableRandom(seed));
        while (cfg.sizedBySamples() ? r.demos.size() < cfg.samples() || r.played < 2 : r.played < cfg.episodes()) {
            r.block(cfg.sizedBySamples() ? BLOCK : Math.min(BLOCK, cfg.episodes() - r.played));
        }
        int rows = cfg.sizedBySamples() ? cfg.samples() : r.demos.size();
        int keptEpisodes = rows == 0 ? 0 : r.episodeOf.get(rows - 1) + 1;
        return assemble(student.layout().size(student.side()), r.demos.subList(0, rows),
                r.episodeOf.subList(0, rows), keptEpisodes, r.played, r.wins);
    }

    /**
     * DAgger data: the student plays {@code episodes} episodes against the mix, sampling its actions, and the
     * teacher labels every state it reached. Seeds, episode by episode from {@code SplittableRandom(seed)}: env
     * seed, opponent ({@code nextDouble} through the mix), teacher seed, opponent seed, student seed.
     * {@link #teacherWins()} counts the student's wins.
     */
    public static SftDataset collectOnPolicy(Policy teacher, NeuralPolicy student, OpponentMix mix, int episodes,
                                             long seed) {
        Recorder r = new Recorder(teacher, student, mix, true, new SplittableRandom(seed));
        while (r.played < episodes) {
            r.block(Math.min(BLOCK, episodes - r.played));
        }
        return assemble(student.layout().size(student.side()), r.demos, r.episodeOf, r.played, r.played, r.wins);
    }

    /** Plays episodes in lockstep blocks and keeps the teacher's labels, the episode of each, and the wins. */
    private static final class Recorder {
        final List<TeacherMover.Demo> demos = new ArrayList<>();
        final List<Integer> episodeOf = new ArrayList<>();
        int played;
        int wins;
        private final Policy teacher;
        private final NeuralPolicy student;
        private final OpponentMix mix;
        private final boolean studentPlays;
        private final SplittableRandom rng;

        Recorder(Policy teacher, NeuralPolicy student, OpponentMix mix, boolean studentPlays, SplittableRandom rng) {
            this.teacher = teacher;
            this.student = student;
            this.mix = mix;
            this.studentPlays = studentPlays;
            this.rng = rng;
        }

        /** {@code n} more episodes; per episode: env seed, opponent, teacher seed, opponent seed, student seed. */
        void block(int n) {
            List<Slot> slots = new ArrayList<>(n);
            List<SplittableRandom> studentRngs = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                GameEnv env = new GameEnv(student.scenario());
                env.resetFast(rng.nextLong());
                int opponent = mix.draw(rng.nextDouble());
                SplittableRandom teacherRng = new SplittableRandom(rng.nextLong());
                SplittableRandom opponentRng = new SplittableRandom(rng.nextLong());
                if (studentPlays) {
                    studentRngs.add(new SplittableRandom(rng.nextLong()));
                }
                slots.add(new Slot(k, env, teacherRng, opponentRng, opponent, Slot.UNLIMITED, false));
            }
            TeacherMover mover = studentPlays ? new TeacherMover(teacher, student, student, studentRngs)
                    : new TeacherMover(teacher, student);
            Lockstep.play(slots, student.side(), student.codec(), mover, mix);
            for (Slot s : slots) {
                for (TeacherMover.Demo d : mover.demos(s.id())) {
                    demos.add(d);
                    episodeOf.add(played);
                }
                if (s.env().winner().filter(w -> w == student.side()).isPresent()) {
                    wins++;
                }
                played++;
            }
        }
    }

    /** This dataset's rows followed by {@code other}'s, whose episode ids follow this one's. */
    public SftDataset concat(SftDataset other) {
        if (other.width != width) {
            throw new IllegalArgumentException("widths differ: " + width + " and " + other.width);
        }
        int n = rows() + other.rows();
        float[] f = Arrays.copyOf(features, n * width);
        System.arraycopy(other.features, 0, f, rows() * width, other.features.length);
        boolean[][] m = Arrays.copyOf(masks, n);
        System.arraycopy(other.masks, 0, m, rows(), other.rows());
        int[] a = Arrays.copyOf(actions, n);
        System.arraycopy(other.actions, 0, a, rows(), other.rows());
        int[] e = Arrays.copyOf(episodeOf, n);
        for (int i = 0; i < other.rows(); i++) {
            e[rows() + i] = episodes + other.episodeOf[i];
        }
        return new SftDataset(width, f, m, a, e, episodes + other.episodes, played + other.played,
                teacherWins + other.teacherWins);
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
