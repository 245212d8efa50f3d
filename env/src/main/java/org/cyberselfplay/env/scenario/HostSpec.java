package org.cyberselfplay.env.scenario;

/**
 * One inventory entry of a scenario.
 *
 * @param name           inventory name, unique within the scenario (e.g. {@code host-03}, {@code db-01})
 * @param zone           index into {@link Scenario#zones()}
 * @param highValue      whether Red can stage and exfiltrate data here
 * @param criticality    business weight of downtime on this host, {@code > 0}
 * @param exploitability base chance factor of a successful exploit, in [0, 1]
 * @param patchLevel     initial patch level, in [0, 1]; exploit chance scales with {@code 1 - patch}
 */
public record HostSpec(String name, int zone, boolean highValue, double criticality,
                       double exploitability, double patchLevel) {
    public HostSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("host name must not be blank");
        }
        if (zone < 0) {
            throw new IllegalArgumentException("zone index must be >= 0, got " + zone);
        }
        Checks.unit("exploitability", exploitability);
        Checks.unit("patch", patchLevel);
        if (!(criticality > 0)) {
            throw new IllegalArgumentException("criticality must be > 0, got " + criticality);
        }
    }
}
