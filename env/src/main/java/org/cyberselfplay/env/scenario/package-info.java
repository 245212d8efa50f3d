/**
 * Scenarios: the immutable facts of one game (inventory, zones, horizon, playbook, tool parameters,
 * detection and reward weights) as validated records, and their loading from YAML.
 *
 * <p>{@link org.cyberselfplay.env.scenario.Scenario} and its parts are records whose compact constructors
 * enforce the invariants; {@link org.cyberselfplay.env.scenario.ScenarioLoader} reads a file (with
 * {@code base:} inheritance) and reports every problem at once as a
 * {@link org.cyberselfplay.env.scenario.ScenarioException}; {@link org.cyberselfplay.env.scenario.Scenarios}
 * serves the presets small, medium and large shipped in the jar.
 *
 * <p>Depends on Jackson (databind, YAML data format) through {@code org.cyberselfplay.env.config}, and on
 * the tool, actor and reward-component enums of {@code org.cyberselfplay.env}; nothing else. The env's
 * game state reads scenarios; scenarios never refer to it.
 */
package org.cyberselfplay.env.scenario;
