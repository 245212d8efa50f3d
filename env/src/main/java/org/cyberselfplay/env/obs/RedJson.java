package org.cyberselfplay.env.obs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Red's part of the {@code CyberObservation} JSON. */
final class RedJson {
    private RedJson() {
    }

    static void fill(RedView r, ObjectNode pub, ObjectNode telemetry) {
        ArrayNode targets = pub.putArray("known_targets");
        for (RedView.TargetView t : r.knownTargets()) {
            ObjectNode n = targets.addObject();
            n.put("name", t.name());
            n.put("zone", t.zone());
            n.put("online", t.online());
            n.put("enumerated", t.enumerated());
            if (t.exploitability().isPresent()) {
                n.put("exploitability", t.exploitability().getAsDouble());
            } else {
                n.putNull("exploitability");
            }
            n.put("high_value", t.highValue());
        }
        ArrayNode footholds = pub.putArray("footholds");
        for (RedView.FootholdView f : r.footholds()) {
            ObjectNode n = footholds.addObject();
            n.put("host", f.host());
            n.put("access", f.access());
            n.put("persistence", f.persistence());
            n.put("online", f.online());
        }
        ArrayNode creds = pub.putArray("credentials");
        r.credentials().forEach(creds::add);
        ArrayNode staged = pub.putArray("staged");
        for (RedView.StagedView st : r.staged()) {
            ObjectNode n = staged.addObject();
            n.put("host", st.host());
            n.put("ready_in", st.readyIn());
        }
        telemetry.put("detection_pressure", r.detectionPressure());
        telemetry.put("high_value_guess_count", r.highValueGuessCount());
        telemetry.put("stealth_turns_left", r.stealthTurnsLeft());
    }
}
