/**
 * Neural policies on Deeplearning4j: {@link org.cyberselfplay.agents.neural.NetworkConfig} (the network's
 * shape and optimiser settings), {@link org.cyberselfplay.agents.neural.PolicyNetwork} (builds the DL4J
 * {@code MultiLayerNetwork} whose output is one logit per {@link org.cyberselfplay.agents.features.ActionCodec}
 * index), {@link org.cyberselfplay.agents.neural.MaskedCategorical} (masked softmax, log-probabilities, entropy
 * and sampling as pure functions), {@link org.cyberselfplay.agents.neural.NeuralPolicy} (batched inference
 * behind the {@link org.cyberselfplay.agents.Policy} interface) and
 * {@link org.cyberselfplay.agents.neural.Checkpoints} (one zip per policy with a JSON manifest, written
 * atomically).
 *
 * <p>Depends on {@code env}, {@code agents.features}, DL4J/ND4J and Jackson. Sets nothing about native threads:
 * the launcher and Surefire set {@code OMP_NUM_THREADS=1}.
 */
package org.cyberselfplay.agents.neural;
