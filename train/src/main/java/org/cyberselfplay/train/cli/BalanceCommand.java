package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cyberselfplay.league.eval.MatchupSummary;
import org.cyberselfplay.train.balance.BalanceTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code balance}: the balance table of a scenario (baseline Blues x Red archetypes) and its rules. */
@Command(name = "balance",
        description = {"Play every baseline Blue (noop, each constant tool, random, instructions_only, expert) "
                + "against random Red and each built-in archetype, print Blue's win rates with 95%% Wilson "
                + "intervals, and check the balance rules. Exits 0 whether or not the rules hold; the rules "
                + "section says which fail."})
final class BalanceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private MatchOptions match;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT", converter = ReportFormat.Converter.class,
            description = "md or table (people), json or csv (scripts) (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Override
    public Integer call() {
        long seed = match.seed();
        BalanceTable table = BalanceTable.measure(match.scenario(), match.episodes(), seed, match.runner());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> Json.print(out, json(table));
            case CSV -> EvaluationReport.print(out, ReportFormat.CSV, table.scenario(), seed, all(table));
            default -> grid(out, table, format == ReportFormat.MD);
        }
        out.flush();
        return 0;
    }

    private static List<MatchupSummary> all(BalanceTable table) {
        List<MatchupSummary> rows = new ArrayList<>();
        table.cells().values().forEach(r -> rows.addAll(r.values()));
        return rows;
    }

    private static ObjectNode json(BalanceTable table) {
        ObjectNode o = Json.object();
        o.put("scenario", table.scenario());
        o.put("episodes", table.episodes());
        o.put("seed", table.seed());
        o.set("cells", EvaluationReport.json(table.scenario(), table.seed(), all(table)));
        ArrayNode rules = o.putArray("rules");
        for (BalanceTable.BalanceRule r : table.rules()) {
            rules.addObject().put("rule", r.rule()).put("holds", r.holds());
        }
        return o;
    }

    private static void grid(PrintWriter out, BalanceTable table, boolean markdown) {
        List<String> reds = new ArrayList<>(table.cells().values().iterator().next().keySet());
        List<String> headers = new ArrayList<>(List.of("Blue \\ Red"));
        headers.addAll(reds);
        headers.add("mean Blue return");
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, 1, right.length, true);
        TextTable text = new TextTable(headers, right);
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, MatchupSummary>> e : table.cells().entrySet()) {
            List<String> cells = new ArrayList<>(List.of(e.getKey()));
            for (MatchupSummary s : e.getValue().values()) {
                cells.add(String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * s.winRate().rate(),
                        100 * s.winRate().lower(), 100 * s.winRate().upper()));
            }
            cells.add(String.format(Locale.ROOT, "%.2f",
                    e.getValue().values().stream().mapToDouble(s -> s.blueReturn().mean()).average().orElseThrow()));
            rows.add(cells);
        }
        if (markdown) {
            out.println("| " + String.join(" | ", headers) + " |");
            out.println("| --- |" + " ---: |".repeat(headers.size() - 1));
            rows.forEach(r -> out.println("| " + String.join(" | ", r) + " |"));
        } else {
            rows.forEach(r -> text.row(r.toArray(String[]::new)));
            text.print(out);
        }
        out.println();
        out.println(String.format(Locale.ROOT, "Balance rules (%s, %d episodes per cell, seed %d):",
                table.scenario(), table.episodes(), table.seed()));
        for (BalanceTable.BalanceRule r : table.rules()) {
            out.println((markdown ? "- " : "  ") + (r.holds() ? "holds: " : "FAILS: ") + r.rule());
        }
    }
}
