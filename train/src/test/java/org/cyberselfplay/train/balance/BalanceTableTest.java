package org.cyberselfplay.train.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.EpisodeMetrics;
import org.cyberselfplay.league.eval.MatchupSummary;
import org.junit.jupiter.api.Test;

class BalanceTableTest {
    private static final List<String> REDS = List.of("random", "blitz", "meander", "apt", "saboteur");

    /** {@code wins} of 100 episodes won by Blue, each with the given Blue return. */
    private static MatchupSummary cell(String blue, String red, int wins, double blueReturn) {
        List<EpisodeMetrics> eps = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Actor winner = i < wins ? Actor.BLUE : Actor.RED;
            eps.add(new EpisodeMetrics(Optional.of(winner), 60, -1, -1, false, false, 0, 0, 0, 24, 0, 24,
                    blueReturn, -blueReturn));
        }
        return MatchupSummary.of(blue, red, eps);
    }

    private static Map<String, MatchupSummary> row(String blue, double returnOf, int... wins) {
        Map<String, MatchupSummary> row = new LinkedHashMap<>();
        for (int i = 0; i < REDS.size(); i++) {
            row.put(REDS.get(i), cell(blue, REDS.get(i), wins[i], returnOf));
        }
        return row;
    }

    private static Map<String, Boolean> rules(Map<String, Map<String, MatchupSummary>> cells) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        new BalanceTable("test", 100, 0, cells).rules().forEach(r -> out.put(r.rule(), r.holds()));
        return out;
    }

    @Test
    void aBalancedTablePassesEveryRule() {
        Map<String, Map<String, MatchupSummary>> cells = new LinkedHashMap<>();
        cells.put("noop", row("noop", -20, 0, 0, 0, 0, 0));
        cells.put("constant:rotate_secrets", row("constant:rotate_secrets", -10, 1, 0, 2, 0, 0));
        cells.put("random", row("random", -25, 3, 15, 0, 10, 5));
        cells.put("expert", row("expert", 40, 95, 35, 85, 50, 70));
        assertTrue(rules(cells).values().stream().allMatch(b -> b), rules(cells).toString());
    }

    @Test
    void eachRuleCanFail() {
        Map<String, Map<String, MatchupSummary>> cells = new LinkedHashMap<>();
        cells.put("constant:rotate_secrets", row("constant:rotate_secrets", 50, 3, 0, 0, 0, 0));
        cells.put("random", row("random", -25, 0, 16, 0, 0, 0));
        cells.put("expert", row("expert", 40, 89, 86, 34, 50, 50));
        Map<String, Boolean> r = rules(cells);
        assertFalse(r.get("expert vs random Red >= 90%"));
        assertFalse(r.get("expert vs blitz in [35%, 85%]"));
        assertFalse(r.get("expert vs meander in [35%, 85%]"));
        assertTrue(r.get("expert vs apt in [35%, 85%]"));
        assertFalse(r.get("random Blue vs blitz <= 15%"));
        assertFalse(r.get("constant:rotate_secrets wins ~0% (<= 2%) against every Red"));
        assertFalse(r.get("constant:rotate_secrets mean return below the expert's"));
        assertEquals(11, r.size(), "1 + 4 expert rules, 4 random-Blue rules, 2 per constant Blue");
    }

    @Test
    void aWinningLockdownBreaksItsRule() {
        Map<String, Map<String, MatchupSummary>> cells = new LinkedHashMap<>();
        cells.put("random", row("random", -25, 0, 0, 0, 0, 0));
        cells.put("lockdown", row("lockdown", -10, 0, 3, 0, 0, 0));
        cells.put("expert", row("expert", 40, 95, 50, 50, 50, 50));
        String rule = "lockdown (high-value hosts kept offline) wins ~0% (<= 2%) against every Red";
        assertFalse(rules(cells).get(rule));
        cells.put("lockdown", row("lockdown", -10, 0, 2, 0, 0, 0));
        assertTrue(rules(cells).get(rule));
    }
}
