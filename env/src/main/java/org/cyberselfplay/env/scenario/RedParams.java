package org.cyberselfplay.env.scenario;

/**
 * Chances and durations of Red's tools (YAML section {@code red}).
 *
 * @param exploitBase         exploit success = base x exploitability x (1 - patch_effect x patch) x hardening
 *                            x enumeration
 * @param enumerateBonus      multiplicative exploit bonus on a host Red has enumerated
 * @param escalateChance      chance that dump_credentials on a user foothold also gives admin
 * @param pivotSuccess        chance that a pivot with valid credentials lands (before hardening)
 * @param persistenceSuccess  chance that establish_persistence takes
 * @param stagingTurns        turns staged data needs before execute_exfiltration can be tried
 * @param exfilSuccess        chance that execute_exfiltration on ready staged data succeeds
 * @param coverTracksErase    chance that cover_tracks erases each recent alert Red caused
 * @param stealthTurns        turns for which cover_tracks lowers detection
 * @param stealthFactor       detection multiplier while stealthy, in [0, 1]
 * @param sabotageBackupShare chance that sabotage corrupts the target's backup instead of the playbook
 */
public record RedParams(double exploitBase, double enumerateBonus, double escalateChance, double pivotSuccess,
                        double persistenceSuccess, int stagingTurns, double exfilSuccess, double coverTracksErase,
                        int stealthTurns, double stealthFactor, double sabotageBackupShare) {
    public RedParams {
        Checks.unit("exploit_base", exploitBase);
        Checks.nonNegative("enumerate_bonus", enumerateBonus);
        Checks.unit("escalate_chance", escalateChance);
        Checks.unit("pivot_success", pivotSuccess);
        Checks.unit("persistence_success", persistenceSuccess);
        if (stagingTurns < 0) {
            throw new IllegalArgumentException("staging_turns must be >= 0, got " + stagingTurns);
        }
        Checks.unit("exfil_success", exfilSuccess);
        Checks.unit("cover_tracks_erase", coverTracksErase);
        Checks.positive("stealth_turns", stealthTurns);
        Checks.unit("stealth_factor", stealthFactor);
        Checks.unit("sabotage_backup_share", sabotageBackupShare);
    }
}
