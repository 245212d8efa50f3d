/**
 * Training run configs: one YAML file per recipe ({@code configs/quickstart.yaml}, {@code configs/sft-grpo.yaml},
 * ...) read into the validated records {@link org.cyberselfplay.train.config.TrainConfig} and its sections
 * ({@link org.cyberselfplay.train.config.NetworkSettings}, {@link org.cyberselfplay.train.config.CurriculumConfig},
 * {@link org.cyberselfplay.train.config.SftConfig}, {@link org.cyberselfplay.train.config.GrpoConfig},
 * {@link org.cyberselfplay.train.config.EvalConfig}, {@link org.cyberselfplay.train.config.RunConfig}).
 *
 * <p>{@link org.cyberselfplay.train.config.TrainConfigLoader} resolves a file's {@code base} chain, applies
 * {@code --set KEY=VALUE} overrides, validates every field (reporting all problems at once, each with its
 * dotted path and value, in a {@link org.cyberselfplay.train.config.ConfigException}) and dumps a resolved
 * config back to YAML for the run directory.
 *
 * <p>League configs ({@code configs/league-*.yaml}) are read the same way by
 * {@link org.cyberselfplay.train.config.LeagueConfigLoader} into
 * {@link org.cyberselfplay.train.config.LeagueConfig}, sharing the {@code network}, {@code sft} and {@code grpo}
 * sections, with the league's own section {@link org.cyberselfplay.train.config.LeagueSettings}.
 *
 * <p>Depends on {@code org.cyberselfplay.env.config} (tree reading and merging), the env's scenarios and actors,
 * the agents' policy specs, network config and feature layout (to check that scenarios and opponents
 * resolve and that the network fits), and the league's PFSP weightings and meta-solvers (to check their names
 * and parameters). Nothing here runs training; trainers read these records.
 */
package org.cyberselfplay.train.config;
