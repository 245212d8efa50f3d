package org.cyberselfplay.server.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** The streamed frame is byte for byte the tree-built one, on every preset, both sides, errors and endings. */
class ObservationWriterTest {
    private static String viaTree(Observation o) {
        ObjectNode frame = Json.object();
        frame.put("type", "observation");
        frame.set("data", Replies.stepResult(o));
        return Json.write(frame);
    }

    @Test
    void streamedFramesEqualTreeFrames() {
        int compared = 0;
        boolean sawError = false;
        boolean sawEnd = false;
        for (String name : Scenarios.presetNames()) {
            GameEnv env = new GameEnv(Scenarios.preset(name));
            SplittableRandom rng = new SplittableRandom(name.hashCode());
            for (int episode = 0; episode < 3; episode++) {
                env.reset(rng.nextLong());
                while (!env.isTerminal()) {
                    if (rng.nextInt(10) == 0) {
                        Actor side = env.currentActor();
                        env.step(Action.of(side, side == Actor.BLUE ? Tool.SABOTAGE_RECOVERY_PLAN : Tool.QUERY_SIEM));
                    }
                    for (Actor side : Actor.values()) {
                        Observation o = env.observe(side);
                        sawError |= o.error().isPresent();
                        assertEquals(viaTree(o), ObservationWriter.frame(o));
                        compared++;
                    }
                    env.stepRandom(rng);
                }
                for (Actor side : Actor.values()) {
                    Observation o = env.observe(side);
                    sawEnd |= o.finalMetrics().isPresent();
                    assertEquals(viaTree(o), ObservationWriter.frame(o));
                }
            }
        }
        assertTrue(compared > 1000 && sawError && sawEnd, "compared " + compared);
    }
}
