package org.cyberselfplay.train.balance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cyberselfplay.agents.Policies;
import org.cyberselfplay.agents.Policy;
import org.cyberselfplay.env.Actor;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.league.eval.MatchRunner;
import org.cyberselfplay.league.eval.MatchupSummary;

/**
 * The balance table of GAME.md for one scenario: every baseline Blue (do-nothing, each constant tool,
 * uniform random, playbook-only, the expert) against random Red and every built-in archetype, and the
 * table's rules checked on the result.
 *
 * @param scenario scenario name
 * @param episodes episodes per cell
 * @param seed     root seed of every cell
 * @param cells    Blue name -> (Red name -> summary), in table order
 */
public record BalanceTable(String scenario, int episodes, long seed, Map<String, Map<String, MatchupSummary>> cells) {
    /**
     * Blue rows in order: the do-nothing and constant-tool probes, then random, playbook-only, the lockdown probe
     * and the expert.
     */
    public static List<String> blueSpecs() {
        List<String> specs = new ArrayList<>(List.of("scripted:noop"));
        for (Tool t : Tool.of(Actor.BLUE)) {
            specs.add("scripted:constant:" + t.wireName());
        }
        specs.addAll(List.of("scripted:random", "scripted:instructions_only", "scripted:lockdown", "scripted:expert"));
        return specs;
    }

    /** Plays every cell. */
    public static BalanceTable measure(Scenario scenario, int episodes, long seed, MatchRunner runner) {
        Map<String, Map<String, MatchupSummary>> cells = new LinkedHashMap<>();
        for (String blueSpec : blueSpecs()) {
            Policy blue = Policies.blue(blueSpec, scenario);
            Map<String, MatchupSummary> row = new LinkedHashMap<>();
            for (String redSpec : redOrder()) {
                Policy red = Policies.red(redSpec, scenario);
                row.put(red.name(), MatchupSummary.of(blue.name(), red.name(),
                        runner.play(scenario, blue, red, seed, episodes)));
            }
            cells.put(blue.name(), row);
        }
        return new BalanceTable(scenario.name(), episodes, seed, cells);
    }

    /** Random Red first, then the scripted archetypes. */
    static List<String> redOrder() {
        List<String> order = new ArrayList<>(List.of("random"));
        Policies.allRed().stream().filter(n -> !n.equals("random")).forEach(order::add);
        return order;
    }

    /** The table's rules, each with whether it holds on the point estimates. */
    public List<BalanceRule> rules() {
        List<BalanceRule> rules = new ArrayList<>();
        MatchupSummary expertVsRandom = cells.get("expert").get("random");
        rules.add(new BalanceRule("expert vs random Red >= 90%", expertVsRandom.winRate().rate() >= 0.90));
        for (Map.Entry<String, MatchupSummary> e : cells.get("expert").entrySet()) {
            if (!e.getKey().equals("random")) {
                double w = e.getValue().winRate().rate();
                rules.add(new BalanceRule("expert vs " + e.getKey() + " in [35%, 85%]", w >= 0.35 && w <= 0.85));
            }
        }
        for (Map.Entry<String, MatchupSummary> e : cells.get("random").entrySet()) {
            if (!e.getKey().equals("random")) {
                rules.add(new BalanceRule("random Blue vs " + e.getKey() + " <= 15%",
                        e.getValue().winRate().rate() <= 0.15));
            }
        }
        Map<String, MatchupSummary> lockdown = cells.get("lockdown");
        if (lockdown != null) {
            // Not in GAME.md's table: the probe of the mission's business-impact limit.
            double maxWin = lockdown.values().stream().mapToDouble(s -> s.winRate().rate()).max().orElseThrow();
            rules.add(new BalanceRule("lockdown (high-value hosts kept offline) wins ~0% (<= 2%) against every Red",
                    maxWin <= 0.02));
        }
        double expertReturn = cells.get("expert").values().stream()
                .mapToDouble(s -> s.blueReturn().mean()).average().orElseThrow();
        for (Map.Entry<String, Map<String, MatchupSummary>> row : cells.entrySet()) {
            String blue = row.getKey();
            if (blue.equals("noop") || blue.startsWith("constant:")) {
                double maxWin = row.getValue().values().stream().mapToDouble(s -> s.winRate().rate()).max().orElseThrow();
                double meanReturn = row.getValue().values().stream().mapToDouble(s -> s.blueReturn().mean())
                        .average().orElseThrow();
                rules.add(new BalanceRule(blue + " wins ~0% (<= 2%) against every Red", maxWin <= 0.02));
                rules.add(new BalanceRule(blue + " mean return below the expert's", meanReturn < expertReturn));
            }
        }
        return rules;
    }

    /** One rule of the table and whether it holds. */
    public record BalanceRule(String rule, boolean holds) {
    }
}
