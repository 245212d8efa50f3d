package org.cyberselfplay.agents.neural;

import java.lang.ref.Reference;
import java.util.Arrays;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds and runs the policy's DL4J network: {@code inputs -> dense(hidden...) -> dense(outputs, identity)},
 * float32, Adam updater.
 *
 * <p>The output layer's activation is the identity, so the network's output is the logits. Its loss function
 * (MSE) is never used: a trainer computes dL/dlogits itself and feeds it to {@code backpropGradient} and the
 * updater (DL4J's external-errors pattern). Hidden weights use Xavier initialisation; the output weights start
 * at N(0, 0.01) so an untrained policy is close to uniform over the legal actions (the small policy-head
 * initialisation of CleanRL's PPO).
 */
public final class PolicyNetwork {
    /** Standard deviation of the initial output weights. */
    public static final double OUTPUT_INIT_STD = 0.01;

    private PolicyNetwork() {
    }

    /** A new, initialised network; the same config and sizes give the same weights. */
    public static MultiLayerNetwork create(int inputs, int outputs, NetworkConfig config) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("network needs >= 1 input and output, got " + inputs + " -> " + outputs);
        }
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER)
                .updater(new Adam(config.learningRate(), config.adamBeta1(), config.adamBeta2(), config.adamEpsilon()))
                .list();
        int width = inputs;
        int layer = 0;
        for (int hidden : config.hiddenSizes()) {
            list.layer(layer++, new DenseLayer.Builder().nIn(width).nOut(hidden).activation(config.dl4jActivation())
                    .build());
            width = hidden;
        }
        list.layer(layer, new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(width).nOut(outputs)
                .activation(Activation.IDENTITY).weightInit(new NormalDistribution(0.0, OUTPUT_INIT_STD)).build());
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Width of the network's input. */
    public static long inputSize(MultiLayerNetwork net) {
        return ((FeedForwardLayer) net.getLayerWiseConfigurations().getConf(0).getLayer()).getNIn();
    }

    /** Width of the network's output (the number of logits). */
    public static long outputSize(MultiLayerNetwork net) {
        int last = net.getLayerWiseConfigurations().getConfs().size() - 1;
        return ((FeedForwardLayer) net.getLayerWiseConfigurations().getConf(last).getLayer()).getNOut();
    }

    /**
     * Rows of every inference batch are padded with zeros to a multiple of this. OpenBLAS takes other kernel
     * paths for very few rows, whose float sums round differently; with whole blocks of 8 a row's logits were
     * measured bit-identical whatever batch it is in (batch sizes 1 to 1024, several widths), which makes
     * {@code act} equal {@code actBatch} exactly.
     */
    public static final int ROW_BLOCK = 8;

    /** {@code rows} rounded up to a multiple of {@link #ROW_BLOCK}. */
    public static int paddedRows(int rows) {
        return (rows + ROW_BLOCK - 1) / ROW_BLOCK * ROW_BLOCK;
    }

    /** A {@code [rows, cols]} float matrix holding a copy of the first {@code rows x cols} entries of {@code rowMajor}. */
    public static INDArray matrix(float[] rowMajor, int rows, int cols) {
        if (rowMajor.length < rows * cols) {
            throw new IllegalArgumentException("array of " + rowMajor.length + " is shorter than " + rows + " x " + cols);
        }
        float[] data = rowMajor.length == rows * cols ? rowMajor : Arrays.copyOf(rowMajor, rows * cols);
        // Through a data buffer: several times faster than Nd4j.create(float[], shape, order) for large batches.
        return Nd4j.create(Nd4j.createBuffer(data), new long[] {rows, cols}, new long[] {cols, 1}, 0, 'c',
                DataType.FLOAT);
    }

    /** The entries of a matrix in row-major order (a bulk copy; {@code toFloatMatrix} copies element-wise). */
    public static float[] rowMajor(INDArray m) {
        INDArray c = m.ordering() == 'c' && !m.isView() && m.offset() == 0 && m.data().length() == m.length()
                ? m : m.dup('c');
        return c.data().asFloat();
    }

    /**
     * Logits of a batch in one forward pass (inference mode), rows padded to {@link #ROW_BLOCK}.
     *
     * @param features row-major {@code [rows, inputSize]}; it may already hold {@code paddedRows(rows)} rows,
     *                 the extra ones zero, to save a copy
     * @return {@code [rows][outputSize]}
     */
    public static float[][] logits(MultiLayerNetwork net, float[] features, int rows) {
        int cols = (int) inputSize(net);
        int padded = paddedRows(rows);
        if (features.length != rows * cols && features.length != padded * cols) {
            throw new IllegalArgumentException("features of length " + features.length + " are neither " + rows
                    + " nor " + padded + " rows of " + cols);
        }
        float[] input = features.length == padded * cols ? features : Arrays.copyOf(features, padded * cols);
        INDArray x = matrix(input, padded, cols);
        float[] out = rowMajor(net.output(x, false));
        // The input's native buffer is freed once its Java object is collected; the detached forward pass keeps
        // no reference of its own to the array, so keep it reachable until the pass is over.
        Reference.reachabilityFence(x);
        int width = out.length / padded;
        float[][] logits = new float[rows][];
        for (int i = 0; i < rows; i++) {
            logits[i] = Arrays.copyOfRange(out, i * width, (i + 1) * width);
        }
        return logits;
    }
}
