package org.cyberselfplay.agents.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;

class NetworkConfigTest {
    @Test
    void everyProblemIsReportedWithItsFieldAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetworkConfig(Arrays.asList(64, 0, null), "sigmoid", -1.0, 1.0, 0.999, 0.0, 1L));
        String m = e.getMessage();
        assertTrue(m.contains("hidden_sizes[1]: must be >= 1, got 0"), m);
        assertTrue(m.contains("hidden_sizes[2]: must be >= 1, got null"), m);
        assertTrue(m.contains("activation: must be one of relu, tanh, elu, leakyrelu, got sigmoid"), m);
        assertTrue(m.contains("learning_rate: must be > 0, got -1.0"), m);
        assertTrue(m.contains("adam_beta1: must be in [0, 1), got 1.0"), m);
        assertTrue(m.contains("adam_epsilon: must be > 0, got 0.0"), m);
        assertTrue(!m.contains("adam_beta2"), m);
    }

    @Test
    void defaultsAndActivationsAreTheDocumentedOnes() {
        NetworkConfig c = NetworkConfig.defaults(9L);
        assertEquals(List.of(128, 128), c.hiddenSizes());
        assertEquals(Activation.RELU, c.dl4jActivation());
        assertEquals(9L, c.seed());
        assertEquals(10L, c.withSeed(10L).seed());
        assertEquals(Activation.LEAKYRELU, new NetworkConfig(List.of(), "leakyrelu", 1e-3, 0.9, 0.999, 1e-8, 0L)
                .dl4jActivation());
    }

    @Test
    void jsonRoundTripUsesSnakeCaseNames() throws Exception {
        ObjectMapper json = new ObjectMapper();
        NetworkConfig c = new NetworkConfig(List.of(32, 16), "tanh", 1e-3, 0.8, 0.99, 1e-6, 5L);
        String text = json.writeValueAsString(c);
        assertTrue(text.contains("\"hidden_sizes\":[32,16]"), text);
        assertTrue(text.contains("\"learning_rate\":0.001"), text);
        assertEquals(c, json.readValue(text, NetworkConfig.class));
    }
}
