package org.cyberselfplay.server.protocol;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/** The observation frame's keys, pre-encoded once: Jackson copies their bytes instead of escaping each name again. */
final class Keys {
    static final SerializableString TYPE = new SerializedString("type");
    static final SerializableString DATA = new SerializedString("data");
    static final SerializableString OBSERVATION = new SerializedString("observation");
    static final SerializableString REWARD = new SerializedString("reward");
    static final SerializableString DONE = new SerializedString("done");
    static final SerializableString ACTOR = new SerializedString("actor");
    static final SerializableString PUBLIC_STATE = new SerializedString("public_state");
    static final SerializableString TIME_STEP = new SerializedString("time_step");
    static final SerializableString MAX_TURNS = new SerializedString("max_turns");
    static final SerializableString TURNS_LEFT = new SerializedString("turns_left");
    static final SerializableString TELEMETRY = new SerializedString("telemetry");
    static final SerializableString DETECTION_PRESSURE = new SerializedString("detection_pressure");
    static final SerializableString HIGH_VALUE_GUESS_COUNT = new SerializedString("high_value_guess_count");
    static final SerializableString STEALTH_TURNS_LEFT = new SerializedString("stealth_turns_left");
    static final SerializableString INCIDENT_SUMMARY = new SerializedString("incident_summary");
    static final SerializableString HOSTS = new SerializedString("hosts");
    static final SerializableString NAME = new SerializedString("name");
    static final SerializableString ZONE = new SerializedString("zone");
    static final SerializableString HIGH_VALUE = new SerializedString("high_value");
    static final SerializableString ISOLATED = new SerializedString("isolated");
    static final SerializableString ISOLATION_TURNS_LEFT = new SerializedString("isolation_turns_left");
    static final SerializableString PATCH_LEVEL = new SerializedString("patch_level");
    static final SerializableString DOWNTIME = new SerializedString("downtime");
    static final SerializableString BUSINESS_IMPACT = new SerializedString("business_impact");
    static final SerializableString BUSINESS_IMPACT_LIMIT = new SerializedString("business_impact_limit");
    static final SerializableString KNOWN_INCIDENT_COUNT = new SerializedString("known_incident_count");
    static final SerializableString INSTRUCTION_PROGRESS = new SerializedString("instruction_progress");
    static final SerializableString COMPLETED = new SerializedString("completed");
    static final SerializableString VIOLATED = new SerializedString("violated");
    static final SerializableString TOTAL = new SerializedString("total");
    static final SerializableString REQUIRED = new SerializedString("required");
    static final SerializableString CURRENT = new SerializedString("current");
    static final SerializableString ID = new SerializedString("id");
    static final SerializableString REQUIRED_TOOL = new SerializedString("required_tool");
    static final SerializableString PRIORITY = new SerializedString("priority");
    static final SerializableString CHECKPOINT_DUE = new SerializedString("checkpoint_due");
    static final SerializableString ROTATE_COOLDOWN = new SerializedString("rotate_cooldown");
    static final SerializableString HARDEN_TURNS_LEFT = new SerializedString("harden_turns_left");
    static final SerializableString IOC_LEVEL = new SerializedString("ioc_level");
    static final SerializableString ALERTS = new SerializedString("alerts");
    static final SerializableString HOST = new SerializedString("host");
    static final SerializableString KIND = new SerializedString("kind");
    static final SerializableString CONFIDENCE = new SerializedString("confidence");
    static final SerializableString AGE = new SerializedString("age");
    static final SerializableString VERDICT = new SerializedString("verdict");
    static final SerializableString EVIDENCE = new SerializedString("evidence");
    static final SerializableString FORENSICS = new SerializedString("forensics");
    static final SerializableString FORENSICS_AGE = new SerializedString("forensics_age");
    static final SerializableString SUSPECT = new SerializedString("suspect");
    static final SerializableString KNOWN_TARGETS = new SerializedString("known_targets");
    static final SerializableString ONLINE = new SerializedString("online");
    static final SerializableString ENUMERATED = new SerializedString("enumerated");
    static final SerializableString EXPLOITABILITY = new SerializedString("exploitability");
    static final SerializableString FOOTHOLDS = new SerializedString("footholds");
    static final SerializableString ACCESS = new SerializedString("access");
    static final SerializableString PERSISTENCE = new SerializedString("persistence");
    static final SerializableString CREDENTIALS = new SerializedString("credentials");
    static final SerializableString STAGED = new SerializedString("staged");
    static final SerializableString READY_IN = new SerializedString("ready_in");
    static final SerializableString REWARD_COMPONENTS = new SerializedString("reward_components");
    static final SerializableString EVENTS = new SerializedString("events");
    static final SerializableString POSG_METRICS = new SerializedString("posg_metrics");
    static final SerializableString EPISODE_RETURN = new SerializedString("episode_return");
    static final SerializableString ERROR = new SerializedString("error");

    private Keys() {
    }
}
