package org.cyberselfplay.env.scenario;

/**
 * Effects, durations and costs of Blue's tools (YAML section {@code blue}).
 *
 * @param isolationTurns     turns an isolated host stays offline before it reconnects by itself
 * @param patchStep          patch-level increase per deploy_patch (capped at 1)
 * @param patchEffect        exploit chance is multiplied by {@code 1 - patchEffect x patch level}
 * @param hardenTurns        turns harden_policy lasts
 * @param hardenStrength     exploit, pivot and escalation chances are multiplied by {@code 1 - strength} while hardened
 * @param hardenDetectionGain Red's alert chances are multiplied by {@code 1 + gain} while hardened
 * @param rotateCooldown     turns before rotate_secrets can be used again
 * @param rotateCost         business impact of one rotation
 * @param iocGain            detection gain per IOC blocklist level
 * @param iocMaxLevel        highest IOC level
 * @param siemRefine         how far query_siem moves each alert's confidence toward the truth
 * @param siemHunt           chance that query_siem surfaces an unalerted compromised host
 * @param reconcileEvict     chance that reconcile_state evicts a non-persistent foothold
 * @param downtimeCost       business impact per offline turn, times the host's criticality
 * @param falsePositiveCost  business impact of isolating or restoring a clean host
 */
public record BlueParams(int isolationTurns, double patchStep, double patchEffect, int hardenTurns, double hardenStrength, double hardenDetectionGain,
                         int rotateCooldown, double rotateCost, double iocGain, int iocMaxLevel,
                         double siemRefine, double siemHunt, double reconcileEvict,
                         double downtimeCost, double falsePositiveCost) {
    public BlueParams {
        Checks.positive("isolation_turns", isolationTurns);
        Checks.unit("patch_step", patchStep);
        Checks.unit("patch_effect", patchEffect);
        Checks.positive("harden_turns", hardenTurns);
        Checks.unit("harden_strength", hardenStrength);
        Checks.nonNegative("harden_detection_gain", hardenDetectionGain);
        Checks.positive("rotate_cooldown", rotateCooldown);
        Checks.nonNegative("rotate_cost", rotateCost);
        Checks.nonNegative("ioc_gain", iocGain);
        Checks.positive("ioc_max_level", iocMaxLevel);
        Checks.unit("siem_refine", siemRefine);
        Checks.unit("siem_hunt", siemHunt);
        Checks.unit("reconcile_evict", reconcileEvict);
        Checks.nonNegative("downtime_cost", downtimeCost);
        Checks.nonNegative("false_positive_cost", falsePositiveCost);
    }
}
