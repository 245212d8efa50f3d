package org.cyberselfplay.agents.scripted.red;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One step of a rule's {@code target:}: narrows the set of hosts on which the rule's tool is legal now.
 * A target is one selector or a list applied left to right; a rule whose target narrows to nothing does
 * not apply. Filters keep the hosts with a property; {@code shallowest}, {@code deepest} keep the
 * candidates in the extreme zone; the final choice among what is left is uniform.
 */
public enum Selector {
    /** Every legal target (no narrowing). */
    RANDOM("random"),
    /** Hosts without a Red foothold. */
    UNEXPLOITED("unexploited"),
    /** Online footholds. */
    FOOTHOLD("foothold"),
    /** Online admin footholds. */
    ADMIN("admin"),
    /** Hosts Red knows to be high-value (enumerated as such, staged, or offering prepare_exfiltration). */
    HIGH_VALUE("high_value"),
    /** Online footholds with staged data ready to leave. */
    READY_STAGED("ready_staged"),
    /** Hosts in a zone from which Red holds no credentials yet (a dump there opens new pivots). */
    UNCREDENTIALED_ZONE("uncredentialed_zone"),
    /** Hosts without Red's persistence. */
    WITHOUT_PERSISTENCE("without_persistence"),
    /** Hosts not yet enumerated. */
    UNENUMERATED("unenumerated"),
    /** Hosts in a zone deeper than Red's deepest online foothold (all hosts when it holds none). */
    DEEPER("deeper"),
    /** The candidates in the shallowest zone among them. */
    SHALLOWEST("shallowest"),
    /** The candidates in the deepest zone among them. */
    DEEPEST("deepest");

    private final String wireName;

    Selector(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Looks a selector up by wire name; empty if unknown. */
    public static Optional<Selector> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }

    /** The wire names, comma-separated, for error messages. */
    public static String acceptedNames() {
        return Arrays.stream(values()).map(Selector::wireName).collect(Collectors.joining(", "));
    }

    /** The subset of {@code candidates} (a host mask) this selector keeps. */
    long narrow(long candidates, RedFacts f) {
        return switch (this) {
            case RANDOM -> candidates;
            case UNEXPLOITED -> candidates & ~f.footholds;
            case FOOTHOLD -> candidates & f.footholds;
            case ADMIN -> candidates & f.admin;
            case HIGH_VALUE -> candidates & f.highValue;
            case READY_STAGED -> candidates & f.ready;
            case UNCREDENTIALED_ZONE -> candidates & ~f.credentialZones();
            case WITHOUT_PERSISTENCE -> candidates & ~f.persistent;
            case UNENUMERATED -> candidates & ~f.enumerated;
            case DEEPER -> candidates & f.deeperThanFootholds();
            case SHALLOWEST -> f.extremeZone(candidates, false);
            case DEEPEST -> f.extremeZone(candidates, true);
        };
    }

    @Override
    public String toString() {
        return wireName;
    }
}
