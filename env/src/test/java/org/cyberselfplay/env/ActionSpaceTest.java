package org.cyberselfplay.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionSpaceTest {

    @ParameterizedTest
    @ValueSource(strings = {"small", "medium", "large"})
    void everyIndexRoundTripsThroughItsWireAction(String preset) {
        Scenario sc = Scenarios.preset(preset);
        for (Actor side : Actor.values()) {
            ActionSpace space = ActionSpace.of(sc, side);
            int n = sc.hostCount();
            assertEquals(side == Actor.BLUE ? 6 * n + 19 : 8 * n + 2, space.size());
            for (int i = 0; i < space.size(); i++) {
                Action a = space.toAction(i);
                assertEquals(i, space.indexOf(a).getAsInt(), a.toString());
                assertEquals(a.tool(), space.tool(i).wireName());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small"})
    void malformedActionsHaveNoIndex(String preset) {
        ActionSpace blue = ActionSpace.of(Scenarios.preset(preset), Actor.BLUE);
        assertTrue(blue.indexOf(new Action("blue", "isolate_host", "nowhere", Map.of(), null)).isEmpty());
        assertTrue(blue.indexOf(new Action("blue", "isolate_host", null, Map.of(), null)).isEmpty());
        assertTrue(blue.indexOf(new Action("red", "isolate_host", "host-00", Map.of(), null)).isEmpty());
        assertTrue(blue.indexOf(new Action("blue", "recon_network", null, Map.of(), null)).isEmpty());
        assertTrue(blue.indexOf(new Action("blue", "execute_instruction", null, Map.of(), null)).isEmpty());
        assertEquals(blue.encode(Tool.QUERY_SIEM, 0),
                blue.indexOf(new Action("blue", "query_siem", "ignored", Map.of(), null)).getAsInt());
    }
}
