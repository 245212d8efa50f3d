package org.cyberselfplay.env.obs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Blue's part of the {@code CyberObservation} JSON. */
final class BlueJson {
    private BlueJson() {
    }

    static void fill(BlueView b, ObjectNode pub, ObjectNode telemetry) {
        ArrayNode hosts = pub.putArray("hosts");
        for (BlueView.HostView h : b.hosts()) {
            ObjectNode n = hosts.addObject();
            n.put("name", h.name());
            n.put("zone", h.zone());
            n.put("high_value", h.highValue());
            n.put("isolated", h.isolated());
            n.put("isolation_turns_left", h.isolationTurnsLeft());
            n.put("patch_level", h.patchLevel());
            n.put("downtime", h.downtime());
        }
        pub.put("business_impact", b.businessImpact());
        if (Double.isInfinite(b.businessImpactLimit())) {
            pub.putNull("business_impact_limit");
        } else {
            pub.put("business_impact_limit", b.businessImpactLimit());
        }
        pub.put("known_incident_count", b.knownIncidentCount());
        ObjectNode progress = pub.putObject("instruction_progress");
        BlueView.InstructionProgress p = b.instructionProgress();
        progress.put("completed", p.completed());
        progress.put("violated", p.violated());
        progress.put("total", p.total());
        progress.put("required", p.required());
        if (p.current().isPresent()) {
            BlueView.Instruction i = p.current().get();
            ObjectNode cur = progress.putObject("current");
            cur.put("id", i.id());
            cur.put("required_tool", i.requiredTool());
            cur.put("priority", i.priority());
        } else {
            progress.putNull("current");
        }
        pub.put("checkpoint_due", b.checkpointDue());
        pub.put("rotate_cooldown", b.rotateCooldown());
        pub.put("harden_turns_left", b.hardenTurnsLeft());
        pub.put("ioc_level", b.iocLevel());

        ArrayNode alerts = telemetry.putArray("alerts");
        for (BlueView.AlertView a : b.alerts()) {
            ObjectNode n = alerts.addObject();
            n.put("host", a.host());
            n.put("kind", a.kind());
            n.put("confidence", a.confidence());
            n.put("age", a.age());
            n.put("verdict", a.verdict());
        }
        ArrayNode evidence = telemetry.putArray("evidence");
        for (BlueView.HostView h : b.hosts()) {
            if (h.forensicsAge() >= 0 || h.suspect()) {
                ObjectNode n = evidence.addObject();
                n.put("host", h.name());
                n.put("forensics", h.forensics());
                n.put("forensics_age", h.forensicsAge());
                n.put("suspect", h.suspect());
            }
        }
    }
}
