/**
 * Policies: the {@link org.cyberselfplay.agents.Policy} interface that scripted and neural policies share,
 * with scripted policies in {@code .scripted}, the featurizer and action codec in {@code .features} and DL4J
 * networks and checkpoints in {@code .neural}.
 *
 * <p>Depends on {@code env}; DL4J/ND4J enter the project here.
 */
package org.cyberselfplay.agents;
