package org.cyberselfplay.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.agents.scripted.red.Archetypes;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.game.GameEnv;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.ObservationJson;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.server.protocol.ProtocolError;
import org.cyberselfplay.server.protocol.ResetRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameSessionTest {
    private static GameSession session() {
        return new GameSession(new Catalog(Optional.empty()), new SeedSource(0));
    }

    private static ResetRequest reset(long seed, Actor actor, String opponent) {
        return new ResetRequest(null, OptionalLong.of(seed), null, actor, opponent);
    }

    @Test
    void seedingFollowsTheDocumentedSplit() {
        long seed = 123;
        GameSession s = session();
        Observation first = s.reset(reset(seed, Actor.BLUE, "blitz"));
        Observation afterStep = s.step(Action.of(Actor.BLUE, Tool.QUERY_SIEM));

        Scenario small = Scenarios.preset("small");
        SplittableRandom root = new SplittableRandom(seed);
        GameEnv env = new GameEnv(small);
        Observation expectedFirst = env.reset(root.nextLong());
        SplittableRandom opponentRng = root.split();
        Policy blitz = Archetypes.create("blitz", small);
        env.step(Action.of(Actor.BLUE, Tool.QUERY_SIEM));
        env.step(blitz.act(env.observe(Actor.RED), opponentRng));
        assertEquals(ObservationJson.toJsonString(expectedFirst), ObservationJson.toJsonString(first));
        assertEquals(ObservationJson.toJsonString(env.observe(Actor.BLUE)), ObservationJson.toJsonString(afterStep));
    }

    @Test
    void seedlessResetsDrawFromTheServerStreamAndReportTheSeed() {
        GameSession a = session();
        Observation original = a.reset(ResetRequest.defaults());
        long drawn = a.state().get("seed").asLong();
        assertTrue(drawn >= 0);
        Observation replay = session().reset(reset(drawn, null, null));
        assertEquals(ObservationJson.toJsonString(original), ObservationJson.toJsonString(replay));
        assertEquals(a.state().get("opponent").asText(), "blitz");
    }

    @Test
    void refusedActionsChangeNothing() {
        GameSession s = session();
        s.reset(reset(1, Actor.BLUE, null));
        s.step(Action.of(Actor.BLUE, Tool.ROTATE_SECRETS));
        String before = s.state().toString();
        ProtocolError e = assertThrows(ProtocolError.class, () -> s.step(Action.of(Actor.BLUE, Tool.ROTATE_SECRETS)));
        assertEquals(ProtocolError.Code.EXECUTION_ERROR, e.code());
        assertEquals(before, s.state().toString());
        ProtocolError v = assertThrows(ProtocolError.class, () -> s.step(Action.of(Actor.BLUE, Tool.ISOLATE_HOST)));
        assertEquals(ProtocolError.Code.VALIDATION_ERROR, v.code());
        assertTrue(v.getMessage().contains("db-01"), v.getMessage());
    }

    @Test
    void unknownOpponentsNameWhatIsAccepted() {
        GameSession s = session();
        ProtocolError red = assertThrows(ProtocolError.class, () -> s.reset(reset(1, Actor.BLUE, "expert")));
        assertTrue(red.getMessage().contains("blitz"), red.getMessage());
        ProtocolError blue = assertThrows(ProtocolError.class, () -> s.reset(reset(1, Actor.RED, "blitz")));
        assertTrue(blue.getMessage().contains("instructions_only"), blue.getMessage());
        assertTrue(!s.started(), "a failed reset starts nothing");
    }

    @Test
    void runDirectoryFilesAreConfined(@TempDir Path dir) throws Exception {
        Path outside = Files.createTempFile("outside", ".yaml");
        try {
            Files.writeString(dir.resolve("bad.yaml"), "max_turns: 0\n");
            Files.createSymbolicLink(dir.resolve("link.yaml"), outside);
            Catalog catalog = new Catalog(Optional.of(RunDirectory.of(dir)));
            assertEquals(ProtocolError.Code.FACTORY_ERROR,
                    assertThrows(ProtocolError.class, () -> catalog.scenario("bad.yaml")).code());
            for (String escape : new String[] {"link.yaml", "../" + outside.getFileName(), outside.toString(), ""}) {
                assertEquals(ProtocolError.Code.VALIDATION_ERROR,
                        assertThrows(ProtocolError.class, () -> catalog.scenario(escape)).code(), escape);
            }
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
