package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cyberselfplay.league.rating.EloRatings;
import org.cyberselfplay.league.rating.PairResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code elo [NAME=]RESULTS.json...}: Bradley-Terry Elo ratings of every Blue and every opponent from the JSON
 * output of {@code evaluate}, so Blues evaluated against the same opponents share one scale (a league's own
 * ratings only rate the entries of its meta-game).
 */
@Command(name = "elo",
        description = {"Fit Bradley-Terry Elo ratings (mean 1000) to the matchups of one or more `evaluate "
                + "--format json` outputs: every Blue and every opponent on one scale. A 200-point gap means "
                + "the stronger side is expected to win about 76%% of episodes."})
final class EloCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "[NAME=]RESULTS.json",
            description = "Output files of `evaluate --format json`; NAME= renames that file's Blue (two "
                    + "checkpoints both called final.zip, say).")
    private List<String> files;

    @Option(names = "--format", defaultValue = "table", converter = OutputFormat.Converter.class,
            paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: "
            + "${DEFAULT-VALUE}).")
    private OutputFormat format;

    /** One rated entry: its side and the episodes it played. */
    private record Entry(String side, double games) {
    }

    @Override
    public Integer call() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<PairResult> results = new ArrayList<>();
        for (String arg : files) {
            int eq = arg.indexOf('=');
            Path file = Path.of(eq < 0 ? arg : arg.substring(eq + 1));
            String rename = eq < 0 ? null : arg.substring(0, eq);
            for (Matchup m : read(file, rename)) {
                add(entries, m.blue(), "blue", m.episodes(), file);
                add(entries, m.red(), "red", m.episodes(), file);
                results.add(new PairResult(m.blue(), m.red(), m.wins(), m.episodes()));
            }
        }
        EloRatings elo = EloRatings.fit(List.copyOf(entries.keySet()), results);
        List<String> order = new ArrayList<>(elo.ids());
        order.sort(Comparator.comparingDouble(elo::rating).reversed());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            ArrayNode a = Json.array();
            for (String id : order) {
                ObjectNode o = a.addObject();
                o.put("id", id);
                o.put("side", entries.get(id).side());
                o.put("elo", Json.round(elo.rating(id), 1));
                o.put("episodes", entries.get(id).games());
            }
            Json.print(out, a);
        } else {
            TextTable t = new TextTable(List.of("id", "side", "Elo", "episodes"), false, false, true, true);
            for (String id : order) {
                t.row(id, entries.get(id).side(), String.format(Locale.ROOT, "%.0f", elo.rating(id)),
                        String.format(Locale.ROOT, "%,.0f", entries.get(id).games()));
            }
            t.print(out);
        }
        out.flush();
        return 0;
    }

    private static void add(Map<String, Entry> entries, String id, String side, double games, Path file) {
        Entry e = entries.get(id);
        if (e != null && !e.side().equals(side)) {
            throw new UsageException(file + ": \"" + id + "\" is a " + side + " name here and a " + e.side()
                    + " name in another matchup; rename one file's Blue with NAME=FILE");
        }
        entries.put(id, new Entry(side, (e == null ? 0 : e.games()) + games));
    }

    /** A matchup of an evaluation: Blue's wins over its episodes against one opponent. */
    record Matchup(String blue, String red, double wins, double episodes) {
    }

    /** The matchups of one {@code evaluate --format json} file, its Blue renamed when {@code rename} is set. */
    static List<Matchup> read(Path file, String rename) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw new UsageException(file + ": expected the JSON array that `evaluate --format json` prints");
        }
        if (rename != null && rename.isBlank()) {
            throw new UsageException(file + ": the name before '=' is empty");
        }
        List<Matchup> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode m = root.get(i);
            String at = file + ", matchup [" + i + "]";
            String blue = text(m, "blue", at);
            String red = text(m, "opponent", at);
            double wins = number(m, "blue_wins", at);
            double episodes = number(m, "episodes", at);
            if (!(episodes > 0) || wins < 0 || wins > episodes) {
                throw new UsageException(at + ": need episodes > 0 and 0 <= blue_wins <= episodes, got blue_wins "
                        + wins + " of " + episodes);
            }
            out.add(new Matchup(rename == null ? blue : rename, red, wins, episodes));
        }
        return out;
    }

    private static String text(JsonNode m, String field, String at) {
        JsonNode v = m.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new UsageException(at + ", field " + field + ": expected a name");
        }
        return v.asText();
    }

    private static double number(JsonNode m, String field, String at) {
        JsonNode v = m.get(field);
        if (v == null || !v.isNumber()) {
            throw new UsageException(at + ", field " + field + ": expected a number");
        }
        return v.asDouble();
    }
}
