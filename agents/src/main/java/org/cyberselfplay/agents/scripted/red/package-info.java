/**
 * Red archetypes as data: YAML rule files interpreted by one engine.
 *
 * <p>An {@link org.cyberselfplay.agents.scripted.red.Archetype} is an ordered list of
 * {@link org.cyberselfplay.agents.scripted.red.Rule rules} and a fallback; the first rule that fires wins.
 * {@link org.cyberselfplay.agents.scripted.red.ArchetypePolicy} plays one for Red in one scenario, from
 * Red's observation only, and always returns a legal action; {@link org.cyberselfplay.agents.scripted.red.Archetypes}
 * loads the built-ins ({@code blitz}, {@code meander}, {@code apt}, {@code saboteur}, {@code random}, shipped
 * from {@code configs/archetypes/}) and user files, with an optional noise level ({@code blitz@0.2}: with
 * probability 0.2 a uniformly random legal action instead of the rules). Invalid files raise an
 * {@link org.cyberselfplay.agents.scripted.red.ArchetypeException} listing every problem with its rule,
 * field and what is accepted.
 *
 * <h2>Rule file</h2>
 * <pre>
 * name: blitz                      # optional, default: the file name
 * description: "..."               # optional
 * rules:                           # ordered; may be empty
 *   - name: exfiltrate             # optional; messages and rationales say rules[i] otherwise
 *     when: {ready_staged: true}   # optional; every condition must hold
 *     tool: execute_exfiltration   # a Red tool
 *     target: ready_staged         # targeted tools only: a selector or a list of them
 *     probability: 1.0             # optional, in [0, 1]: chance the rule fires when it applies
 * fallback: random                 # optional: random (default) or a Red tool
 * </pre>
 * A rule applies when all its conditions hold and its tool is legal (for a targeted tool: on at least one
 * host left by its selectors). Unknown keys, tools, conditions and selectors are errors.
 *
 * <h2>Conditions ({@link org.cyberselfplay.agents.scripted.red.Condition.Kind})</h2>
 * Predicates over Red's observation and the time. Every condition's complement is in the vocabulary, so
 * there is no separate negation: flags take {@code true} or {@code false}; thresholds come in
 * {@code _at_least} / {@code _below} pairs; {@code zone_taken} pairs with {@code zone_open}.
 * <ul>
 *   <li>Flags: {@code has_foothold}, {@code has_admin} (online ones), {@code has_credentials},
 *       {@code ready_staged} (ready data on an online foothold), {@code staging} (data not ready yet),
 *       {@code admin_on_high_value}, {@code foothold_on_high_value}, {@code known_high_value},
 *       {@code stealthy} (cover_tracks stealth left), {@code unknown_next_zone} (no known host in the zone
 *       after the deepest online foothold's; with no foothold, in the outermost zone).</li>
 *   <li>Thresholds: {@code turn_*} (completed turns, integer), {@code progress_*} (turns over the horizon,
 *       [0, 1]), {@code detection_pressure_*} (share of Red's last 8 actions that raised an alert, [0, 1]),
 *       {@code footholds_*} (online footholds), {@code deepest_foothold_zone_*} (zone depth index of the
 *       deepest online foothold, -1 without one).</li>
 *   <li>Zones: {@code zone_taken: N} (every known online host of zone depth N is a foothold) and
 *       {@code zone_open: N}.</li>
 * </ul>
 * Red knows a host is high-value once enumerate_services revealed it, once data is staged there, or once
 * its legal actions offer prepare_exfiltration there.
 *
 * <h2>Selectors ({@link org.cyberselfplay.agents.scripted.red.Selector})</h2>
 * Start from the hosts where the tool is legal now and narrow, left to right; the choice among what is
 * left is uniform. Filters: {@code random} (keeps all), {@code unexploited}, {@code foothold}, {@code admin},
 * {@code high_value}, {@code ready_staged}, {@code uncredentialed_zone} (a zone from which Red holds no
 * credentials), {@code without_persistence}, {@code unenumerated}, {@code deeper} (beyond the deepest
 * online foothold). Zone pickers: {@code shallowest}, {@code deepest}.
 *
 * <p>Depends on {@code env} (the action space, observations, scenarios and the config reader) and on
 * {@code org.cyberselfplay.agents} / {@code .scripted}; nothing depends on it but callers that build Red
 * opponents by name.
 */
package org.cyberselfplay.agents.scripted.red;
