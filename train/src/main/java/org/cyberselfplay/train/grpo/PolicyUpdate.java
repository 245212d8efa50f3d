package org.cyberselfplay.train.grpo;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.agents.neural.PolicyNetwork;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One optimizer step of a policy network from an externally computed dL/dlogits (DL4J's external-errors
 * pattern): forward pass, backprop of the given errors, global-norm clipping, the network's own updater (Adam,
 * SGD, ...) at the scheduled learning rate, parameter step, and {@code clearLayersStates()}.
 *
 * <p>Why not {@code MultiLayerNetwork.backpropGradient(epsilon, mgr)}: in DL4J 1.0.0-M2.1 it throws
 * "Cannot calculate gradients based on epsilon with OutputLayer" when the last layer is an {@code OutputLayer},
 * which {@link PolicyNetwork} builds (and an output layer's own backprop ignores the epsilon and uses labels).
 * So {@link #backprop} walks the layers itself: the identity-activation dense output layer's gradient is
 * {@code W: a^T eps}, {@code b: column sums of eps}, passing {@code eps W^T} down; every other layer runs DL4J's
 * own {@code Layer.backpropGradient}, writing into the network's flattened gradient view exactly as
 * {@code fit} does.
 *
 * <p>The updater gets {@code batchSize = 1}: DL4J divides the gradient by the batch size before its updaters,
 * and GRPO's dL/dlogits already carry the aggregation weights. {@code updater.update} turns the gradient view
 * into the update in place and does not touch the parameters; the step is {@code params -= update}.
 * {@code clearLayersStates()} then drops the stored inputs; {@code clear()} is never called because it also
 * drops the updater (Adam) state.
 *
 * <p>The step index is the network's iteration count ({@code getIterationCount()}, saved with the network by
 * {@code ModelSerializer}), so a reloaded network resumes the schedule and Adam's bias correction where it
 * stopped. Not thread-safe; owns no RNG.
 */
public final class PolicyUpdate {
    private final MultiLayerNetwork net;
    private final LearningRateSchedule schedule;
    private final double maxGradNorm;

    /**
     * What one step did.
     *
     * @param iteration    the step index used (the network's iteration count before the step)
     * @param learningRate the rate the updater used
     * @param gradNorm     the global L2 norm of the gradient before clipping ({@code train/grad_norm})
     */
    public record StepResult(int iteration, double learningRate, double gradNorm) {
    }

    /**
     * An update of {@code net} (not copied: this class steps it in place).
     *
     * @param net         an initialised network whose last layer is an identity-activation dense output layer
     *                    (as {@link PolicyNetwork#create}) or any layer with a DL4J backprop
     * @param schedule    the learning rate per step; it overrides the rate stored in the network's updater
     * @param maxGradNorm global-norm clipping threshold, {@code > 0}; {@link Double#POSITIVE_INFINITY} disables
     * @throws IllegalArgumentException on an unsupported network or a bad threshold
     */
    public PolicyUpdate(MultiLayerNetwork net, LearningRateSchedule schedule, double maxGradNorm) {
        if (!(maxGradNorm > 0)) {
            throw new IllegalArgumentException("max_grad_norm must be > 0, got " + maxGradNorm);
        }
        checkSupported(net);
        this.net = net;
        this.schedule = schedule;
        this.maxGradNorm = maxGradNorm;
    }

    /**
     * One step.
     *
     * @param features     {@code [N, inputs]}, cast to the network's data type
     * @param dLossDLogits {@code [N, outputs]}, the gradient of the batch loss with respect to the logits,
     *                     aggregation weights included ({@link GrpoLoss#evaluate}); not modified
     */
    public StepResult step(INDArray features, INDArray dLossDLogits) {
        int iteration = net.getIterationCount();
        double lr = schedule.at(iteration);
        Gradient gradient = backprop(net, features, dLossDLogits);
        double norm = GradientClipping.clipGlobalNorm(gradient.gradient(), maxGradNorm);
        Double current = net.getLearningRate(0);
        if (current == null || current != lr) {
            // Rebuilds the updater around a copy of its state (NetworkUtils.refreshUpdater): Adam's moments stay.
            net.setLearningRate(lr);
        }
        net.getUpdater().update(net, gradient, iteration, net.getEpochCount(), 1, LayerWorkspaceMgr.noWorkspaces());
        net.params().subi(gradient.gradient());
        net.setIterationCount(iteration + 1);
        net.clearLayersStates();
        return new StepResult(iteration, lr, norm);
    }

    /**
     * One step from row-major float features (as {@code NeuralPolicy.features}) and a double gradient matrix
     * (as {@link GrpoLoss#evaluate} fills).
     */
    public StepResult step(float[] features, double[][] dLossDLogits) {
        int rows = dLossDLogits.length;
        int cols = (int) PolicyNetwork.inputSize(net);
        if (features.length != rows * cols) {
            throw new IllegalArgumentException("features of length " + features.length + " are not " + rows
                    + " rows of " + cols);
        }
        INDArray x = PolicyNetwork.matrix(features, rows, cols);
        // Built in the network's float type, so that backprop needs no cast: a cast makes a temporary array that
        // nothing on this side keeps reachable while native code still reads it.
        int outputs = (int) PolicyNetwork.outputSize(net);
        float[] errors = new float[rows * outputs];
        for (int i = 0; i < rows; i++) {
            if (dLossDLogits[i].length != outputs) {
                throw new IllegalArgumentException("dL/dlogits row " + i + " has " + dLossDLogits[i].length
                        + " entries, not the network's " + outputs + " outputs");
            }
            for (int j = 0; j < outputs; j++) {
                errors[i * outputs + j] = (float) dLossDLogits[i][j];
            }
        }
        INDArray g = PolicyNetwork.matrix(errors, rows, outputs);
        StepResult r = step(x, g);
        // Native buffers are freed when their Java objects are collected: keep both alive through the step.
        Reference.reachabilityFence(x);
        Reference.reachabilityFence(g);
        return r;
    }

    /**
     * The gradient of the loss with respect to every parameter, given dL/dlogits: a forward pass in training
     * mode, then backprop layer by layer into the network's flattened gradient view.
     *
     * @return a {@link Gradient} whose {@code gradient()} is the network's flattened gradient view (overwritten
     *         by the next backprop; {@code dup()} it to keep it) and whose variables are keyed
     *         {@code <layer index>_<param>} ({@code 0_W}, {@code 0_b}, ...) as in
     *         {@code MultiLayerNetwork.gradient()}
     * @throws IllegalArgumentException on shapes that do not fit the network, or an unsupported output layer
     */
    public static Gradient backprop(MultiLayerNetwork net, INDArray features, INDArray dLossDLogits) {
        checkSupported(net);
        DataType type = net.params().dataType();
        long outputs = PolicyNetwork.outputSize(net);
        if (features.rank() != 2 || dLossDLogits.rank() != 2 || features.size(0) != dLossDLogits.size(0)
                || features.size(1) != PolicyNetwork.inputSize(net) || dLossDLogits.size(1) != outputs) {
            throw new IllegalArgumentException("features " + Arrays.toString(features.shape())
                    + " and dL/dlogits " + Arrays.toString(dLossDLogits.shape()) + " do not fit a "
                    + PolicyNetwork.inputSize(net) + " -> " + outputs + " network");
        }
        if (net.getFlattenedGradients() == null) {
            net.initGradientsView();
        }
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        // Every array made here stays referenced until the end: ND4J frees an array's native buffer once its Java
        // object is collected, which can happen while a native op started from a later call still reads it.
        List<INDArray> kept = new ArrayList<>();
        INDArray x = features.castTo(type);
        List<INDArray> activations = net.feedForward(x, true);
        DefaultGradient gradient = new DefaultGradient(net.getFlattenedGradients());
        INDArray errors = dLossDLogits.castTo(type);
        INDArray epsilon = errors.dup();
        kept.add(epsilon);
        for (int i = net.getnLayers() - 1; i >= 0; i--) {
            Layer layer = net.getLayer(i);
            INDArray input = activations.get(i);
            if (layer instanceof IOutputLayer) {
                epsilon = denseOutputBackprop(i, layer, input, epsilon, gradient);
            } else {
                layer.setInput(input, mgr);
                Pair<Gradient, INDArray> pair = layer.backpropGradient(epsilon, mgr);
                // Keyed by layer index, as MultiLayerNetwork's own backprop does and its updater expects.
                String prefix = i + "_";
                pair.getFirst().gradientForVariable().forEach((k, v) -> gradient.setGradientFor(prefix + k, v));
                epsilon = pair.getSecond();
            }
            kept.add(epsilon);
        }
        Reference.reachabilityFence(x);
        Reference.reachabilityFence(activations);
        Reference.reachabilityFence(errors);
        Reference.reachabilityFence(kept);
        return gradient;
    }

    /**
     * An identity dense output layer, {@code logits = a W + b}: {@code dW = a^T eps}, {@code db = sum_rows eps},
     * written into the layer's gradient views; returns {@code eps W^T}, the error at its input.
     */
    private static INDArray denseOutputBackprop(int index, Layer layer, INDArray input, INDArray epsilon,
                                                DefaultGradient out) {
        NeuralNetConfiguration conf = layer.conf();
        Map<String, INDArray> views = conf.getLayer().initializer().getGradientsFromFlattened(conf,
                layer.getGradientsViewArray());
        String name = String.valueOf(index);
        INDArray w = layer.getParam("W");
        INDArray dW = input.transpose().mmul(epsilon);
        views.get("W").assign(dW);
        out.setGradientFor(name + "_W", views.get("W"));
        INDArray db = null;
        if (views.containsKey("b")) {
            db = epsilon.sum(true, 0);
            views.get("b").assign(db);
            out.setGradientFor(name + "_b", views.get("b"));
        }
        INDArray next = epsilon.mmul(w.transpose());
        // As in backprop: the temporaries stay reachable until the native ops that read them are over.
        Reference.reachabilityFence(dW);
        Reference.reachabilityFence(db);
        return next;
    }

    /** Rejects networks this update cannot backprop exactly. */
    private static void checkSupported(MultiLayerNetwork net) {
        if (net.params() == null) {
            throw new IllegalArgumentException("the network is not initialised (call init())");
        }
        for (int i = 0; i < net.getnLayers(); i++) {
            if (net.getLayerWiseConfigurations().getInputPreProcess(i) != null) {
                throw new IllegalArgumentException("layer " + i + " has an input preprocessor; policy networks "
                        + "are plain dense stacks");
            }
            if (net.getLayer(i) instanceof IOutputLayer && !(i == net.getnLayers() - 1
                    && net.getLayer(i).conf().getLayer() instanceof OutputLayer o
                    && o.getActivationFn() instanceof ActivationIdentity)) {
                throw new IllegalArgumentException("layer " + i + " is an output layer other than the last, "
                        + "identity-activation dense OutputLayer; its loss would ignore dL/dlogits");
            }
        }
    }
}
