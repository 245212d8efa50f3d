package org.cyberselfplay.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenarios;
import org.cyberselfplay.server.ServerInfo;
import org.cyberselfplay.server.protocol.Json;
import org.cyberselfplay.server.protocol.Replies;
import org.cyberselfplay.server.session.Catalog;

/** The fixed replies of the read-only routes, rendered once at start-up. Immutable, thread-safe. */
final class Documents {
    final byte[] health;
    final byte[] metadata;
    final byte[] schema;
    final byte[] openApi;
    final byte[] info;

    Documents(boolean artifacts, boolean tokenRequired, int maxSessions) {
        health = Json.bytes(Json.object().put("status", "healthy"));
        metadata = Json.bytes(metadata());
        ObjectNode schemas = Json.object();
        schemas.set("action", SchemaDocuments.action());
        schemas.set("observation", SchemaDocuments.observation());
        schemas.set("state", SchemaDocuments.state());
        schema = Json.bytes(schemas);
        openApi = Json.bytes(OpenApiDocument.build(artifacts, tokenRequired));
        info = Json.bytes(info(maxSessions));
    }

    private static ObjectNode metadata() {
        ObjectNode m = Json.object();
        m.put("name", ServerInfo.NAME);
        m.put("description", ServerInfo.DESCRIPTION);
        m.put("readme_content", ServerInfo.readme());
        m.put("version", ServerInfo.version());
        m.put("author", "CyberSelfPlay contributors");
        m.putNull("documentation_url");
        return m;
    }

    private static ObjectNode info(int maxSessions) {
        ObjectNode i = Json.object();
        i.put("name", ServerInfo.NAME);
        i.put("version", ServerInfo.version());
        tools(i.putArray("blue_tools"), Actor.BLUE);
        tools(i.putArray("red_tools"), Actor.RED);
        ArrayNode scenarios = i.putArray("scenarios");
        Scenarios.presetNames().forEach(scenarios::add);
        i.putArray("valid_actors").add(Actor.BLUE.wireName()).add(Actor.RED.wireName());
        ObjectNode opponents = i.putObject("opponents");
        ArrayNode ofBlue = opponents.putArray("blue_client");
        Catalog.opponentNames(Actor.BLUE).forEach(ofBlue::add);
        ArrayNode ofRed = opponents.putArray("red_client");
        Catalog.opponentNames(Actor.RED).forEach(ofRed::add);
        ObjectNode defaults = i.putObject("defaults");
        defaults.put("scenario", Catalog.DEFAULT_SCENARIO);
        defaults.put("actor", Actor.BLUE.wireName());
        defaults.put("opponent_of_blue_client", Catalog.DEFAULT_RED_OPPONENT);
        defaults.put("opponent_of_red_client", Catalog.DEFAULT_BLUE_OPPONENT);
        i.put("observation_metadata_key", Replies.CYBER_METADATA);
        i.put("max_sessions", maxSessions);
        return i;
    }

    private static void tools(ArrayNode out, Actor side) {
        for (Tool t : Tool.of(side)) {
            out.add(t.wireName());
        }
    }
}
