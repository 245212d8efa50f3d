package org.cyberselfplay.train.sft;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.features.ActionCodec;
import org.cyberselfplay.agents.neural.NeuralPolicy;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.train.rollout.Lockstep;
import org.cyberselfplay.train.rollout.Slot;

/**
 * The teacher's moves, recorded in the student's layout: its feature row, codec mask and the teacher's action
 * mapped to a codec index ({@code ActionSpace.indexOf} then {@code ActionCodec.fromEnvIndex}). One
 * {@code actBatch} call per half-turn, the slots' learner RNGs as the teacher's. With a driver (DAgger), the
 * teacher only labels: the driver's sampled action is played, from its own RNG per slot. Not thread-safe.
 */
final class TeacherMover implements Lockstep.LearnerMover {
    /** One recorded teacher decision. */
    record Demo(float[] features, boolean[] mask, int action) {
    }

    private final Policy teacher;
    private final NeuralPolicy student;
    private final ActionCodec codec;
    private final int width;
    private final NeuralPolicy driver;
    private final List<SplittableRandom> driverRngs;
    private final List<List<Demo>> recorded = new ArrayList<>();

    /** The teacher plays and is recorded. */
    TeacherMover(Policy teacher, NeuralPolicy student) {
        this(teacher, student, null, List.of());
    }

    /**
     * The driver plays (sampling, slot {@code k} from {@code driverRngs.get(k)}) and the teacher labels.
     *
     * @param driver the student policy to play, or null for the teacher itself
     */
    TeacherMover(Policy teacher, NeuralPolicy student, NeuralPolicy driver, List<SplittableRandom> driverRngs) {
        if (teacher.side() != student.side()) {
            throw new IllegalArgumentException("teacher " + teacher.name() + " plays " + teacher.side()
                    + " but the learner plays " + student.side());
        }
        this.teacher = teacher;
        this.student = student;
        this.codec = student.codec();
        this.width = student.layout().size(student.side());
        this.driver = driver;
        this.driverRngs = driverRngs;
    }

    @Override
    public int[] choose(List<Slot> slots, List<Observation> observations) {
        List<SplittableRandom> rngs = slots.stream().map(Slot::learnerRng).toList();
        List<Action> actions = teacher.actBatch(observations, rngs);
        float[] features = student.features(observations);
        int[] chosen = new int[actions.size()];
        for (int i = 0; i < chosen.length; i++) {
            Action a = actions.get(i);
            int env = codec.actionSpace().indexOf(a).orElseThrow(() -> new IllegalStateException("teacher "
                    + teacher.name() + " chose an action outside its action space: " + a));
            chosen[i] = codec.fromEnvIndex(env);
            boolean[] mask = codec.mask(observations.get(i).legalActions());
            if (!mask[chosen[i]]) {
                throw new IllegalStateException("teacher " + teacher.name() + " chose an illegal action " + a);
            }
            float[] row = new float[width];
            System.arraycopy(features, i * width, row, 0, width);
            demos(slots.get(i).id()).add(new Demo(row, mask, chosen[i]));
        }
        if (driver != null) {
            return driver.chooseBatch(observations, slots.stream().map(s -> driverRngs.get(s.id())).toList());
        }
        return chosen;
    }

    /** The decisions recorded for slot {@code id}, in order. */
    List<Demo> demos(int id) {
        while (recorded.size() <= id) {
            recorded.add(new ArrayList<>());
        }
        return recorded.get(id);
    }
}
