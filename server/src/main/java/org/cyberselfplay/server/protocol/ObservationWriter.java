package org.cyberselfplay.server.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.obs.IncidentSummary;
import org.cyberselfplay.env.obs.Observation;
import org.cyberselfplay.env.obs.ObservationJson;
import org.cyberselfplay.env.obs.RedView;

/**
 * Streams an observation frame straight to JSON text, with no intermediate tree: the WebSocket hot path.
 * The text is identical, key for key and byte for byte, to rendering {@link Replies#stepResult} (built on
 * {@link ObservationJson}); {@code ObservationWriterTest} checks that on every scenario and both sides, so
 * a change to the observation's JSON shows up there first.
 */
final class ObservationWriter {
    private ObservationWriter() {
    }

    /** {@code {"type":"observation","data":{"observation":{...},"reward":R,"done":B}}}. */
    static String frame(Observation o) {
        return Json.stream(g -> {
            g.writeStartObject();
            str(g, Keys.TYPE, "observation");
            g.writeFieldName(Keys.DATA);
            g.writeStartObject();
            g.writeFieldName(Keys.OBSERVATION);
            observation(g, o);
            num(g, Keys.REWARD, o.reward());
            bool(g, Keys.DONE, o.done());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void observation(JsonGenerator g, Observation o) throws IOException {
        g.writeStartObject();
        str(g, Keys.ACTOR, o.actor().wireName());
        g.writeFieldName(Keys.PUBLIC_STATE);
        g.writeStartObject();
        num(g, Keys.TIME_STEP, o.timeStep());
        num(g, Keys.MAX_TURNS, o.maxTurns());
        num(g, Keys.TURNS_LEFT, o.turnsLeft());
        if (o.view() instanceof BlueView b) {
            bluePublic(g, b);
            g.writeEndObject();
            blueTelemetry(g, b);
        } else if (o.view() instanceof RedView r) {
            redPublic(g, r);
            g.writeEndObject();
            g.writeFieldName(Keys.TELEMETRY);
            g.writeStartObject();
            num(g, Keys.DETECTION_PRESSURE, r.detectionPressure());
            num(g, Keys.HIGH_VALUE_GUESS_COUNT, r.highValueGuessCount());
            num(g, Keys.STEALTH_TURNS_LEFT, r.stealthTurnsLeft());
            g.writeEndObject();
        }
        str(g, Keys.INCIDENT_SUMMARY, IncidentSummary.of(o));
        g.writeFieldName(Replies.CYBER_METADATA);
        metadata(g, o);
        g.writeEndObject();
    }

    private static void bluePublic(JsonGenerator g, BlueView b) throws IOException {
        g.writeFieldName(Keys.HOSTS);
        g.writeStartArray();
        for (BlueView.HostView h : b.hosts()) {
            g.writeStartObject();
            str(g, Keys.NAME, h.name());
            str(g, Keys.ZONE, h.zone());
            bool(g, Keys.HIGH_VALUE, h.highValue());
            bool(g, Keys.ISOLATED, h.isolated());
            num(g, Keys.ISOLATION_TURNS_LEFT, h.isolationTurnsLeft());
            num(g, Keys.PATCH_LEVEL, h.patchLevel());
            num(g, Keys.DOWNTIME, h.downtime());
            g.writeEndObject();
        }
        g.writeEndArray();
        num(g, Keys.BUSINESS_IMPACT, b.businessImpact());
        g.writeFieldName(Keys.BUSINESS_IMPACT_LIMIT);
        if (Double.isInfinite(b.businessImpactLimit())) {
            g.writeNull();
        } else {
            g.writeNumber(b.businessImpactLimit());
        }
        num(g, Keys.KNOWN_INCIDENT_COUNT, b.knownIncidentCount());
        progress(g, b.instructionProgress());
        bool(g, Keys.CHECKPOINT_DUE, b.checkpointDue());
        num(g, Keys.ROTATE_COOLDOWN, b.rotateCooldown());
        num(g, Keys.HARDEN_TURNS_LEFT, b.hardenTurnsLeft());
        num(g, Keys.IOC_LEVEL, b.iocLevel());
    }

    private static void progress(JsonGenerator g, BlueView.InstructionProgress p) throws IOException {
        g.writeFieldName(Keys.INSTRUCTION_PROGRESS);
        g.writeStartObject();
        num(g, Keys.COMPLETED, p.completed());
        num(g, Keys.VIOLATED, p.violated());
        num(g, Keys.TOTAL, p.total());
        num(g, Keys.REQUIRED, p.required());
        if (p.current().isPresent()) {
            BlueView.Instruction i = p.current().get();
            g.writeFieldName(Keys.CURRENT);
            g.writeStartObject();
            str(g, Keys.ID, i.id());
            str(g, Keys.REQUIRED_TOOL, i.requiredTool());
            num(g, Keys.PRIORITY, i.priority());
            g.writeEndObject();
        } else {
            g.writeFieldName(Keys.CURRENT);
            g.writeNull();
        }
        g.writeEndObject();
    }

    private static void blueTelemetry(JsonGenerator g, BlueView b) throws IOException {
        g.writeFieldName(Keys.TELEMETRY);
        g.writeStartObject();
        g.writeFieldName(Keys.ALERTS);
        g.writeStartArray();
        for (BlueView.AlertView a : b.alerts()) {
            g.writeStartObject();
            str(g, Keys.HOST, a.host());
            str(g, Keys.KIND, a.kind());
            num(g, Keys.CONFIDENCE, a.confidence());
            num(g, Keys.AGE, a.age());
            str(g, Keys.VERDICT, a.verdict());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(Keys.EVIDENCE);
        g.writeStartArray();
        for (BlueView.HostView h : b.hosts()) {
            if (h.forensicsAge() >= 0 || h.suspect()) {
                g.writeStartObject();
                str(g, Keys.HOST, h.name());
                str(g, Keys.FORENSICS, h.forensics());
                num(g, Keys.FORENSICS_AGE, h.forensicsAge());
                bool(g, Keys.SUSPECT, h.suspect());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void redPublic(JsonGenerator g, RedView r) throws IOException {
        targets(g, r);
        g.writeFieldName(Keys.FOOTHOLDS);
        g.writeStartArray();
        for (RedView.FootholdView f : r.footholds()) {
            g.writeStartObject();
            str(g, Keys.HOST, f.host());
            str(g, Keys.ACCESS, f.access());
            bool(g, Keys.PERSISTENCE, f.persistence());
            bool(g, Keys.ONLINE, f.online());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(Keys.CREDENTIALS);
        g.writeStartArray();
        for (String c : r.credentials()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeFieldName(Keys.STAGED);
        g.writeStartArray();
        for (RedView.StagedView s : r.staged()) {
            g.writeStartObject();
            str(g, Keys.HOST, s.host());
            num(g, Keys.READY_IN, s.readyIn());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void targets(JsonGenerator g, RedView r) throws IOException {
        g.writeFieldName(Keys.KNOWN_TARGETS);
        g.writeStartArray();
        for (RedView.TargetView t : r.knownTargets()) {
            g.writeStartObject();
            str(g, Keys.NAME, t.name());
            str(g, Keys.ZONE, t.zone());
            bool(g, Keys.ONLINE, t.online());
            bool(g, Keys.ENUMERATED, t.enumerated());
            if (t.exploitability().isPresent()) {
                num(g, Keys.EXPLOITABILITY, t.exploitability().getAsDouble());
            } else {
                g.writeFieldName(Keys.EXPLOITABILITY);
                g.writeNull();
            }
            bool(g, Keys.HIGH_VALUE, t.highValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void metadata(JsonGenerator g, Observation o) throws IOException {
        g.writeStartObject();
        g.writeFieldName(Keys.REWARD_COMPONENTS);
        g.writeStartObject();
        for (Map.Entry<String, Double> e : new TreeMap<>(o.rewardComponents()).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeFieldName(Keys.EVENTS);
        g.writeStartArray();
        for (String e : o.events()) {
            g.writeString(e);
        }
        g.writeEndArray();
        g.writeFieldName(Keys.POSG_METRICS);
        if (o.finalMetrics().isPresent()) {
            ObjectNode posg = Json.object();
            posg.put("time_step", o.timeStep());
            posg.put("episode_return", o.episodeReturn());
            ObservationJson.putMetrics(posg, o.finalMetrics().get());
            g.writeTree(posg);
        } else {
            g.writeStartObject();
            num(g, Keys.TIME_STEP, o.timeStep());
            num(g, Keys.EPISODE_RETURN, o.episodeReturn());
            g.writeEndObject();
        }
        if (o.error().isPresent()) {
            str(g, Keys.ERROR, o.error().get());
        }
        g.writeEndObject();
    }

    private static void str(JsonGenerator g, SerializableString key, String value) throws IOException {
        g.writeFieldName(key);
        g.writeString(value);
    }

    private static void num(JsonGenerator g, SerializableString key, int value) throws IOException {
        g.writeFieldName(key);
        g.writeNumber(value);
    }

    private static void num(JsonGenerator g, SerializableString key, double value) throws IOException {
        g.writeFieldName(key);
        g.writeNumber(value);
    }

    private static void bool(JsonGenerator g, SerializableString key, boolean value) throws IOException {
        g.writeFieldName(key);
        g.writeBoolean(value);
    }
}
