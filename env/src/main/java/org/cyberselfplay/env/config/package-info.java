/**
 * Reading YAML configs into validated values: {@link org.cyberselfplay.env.config.YamlTrees} parses and
 * merges trees, {@link org.cyberselfplay.env.config.ConfigReader} walks a tree with dotted paths and
 * collects every problem, {@link org.cyberselfplay.env.config.Bounds} states numeric ranges.
 *
 * <p>Shared by scenario files and run configs. Depends on Jackson (databind and the YAML data format)
 * only; nothing here knows about the game.
 */
package org.cyberselfplay.env.config;
