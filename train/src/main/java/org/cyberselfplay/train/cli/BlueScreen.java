package org.cyberselfplay.train.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cyberselfplay.env.Action;
import org.cyberselfplay.env.Tool;
import org.cyberselfplay.env.obs.BlueView;
import org.cyberselfplay.env.obs.Observation;

/**
 * The text a person playing Blue reads each turn: Blue's observation only (never Red's moves or the hidden
 * state), laid out compactly, and the numbered list of legal actions that {@code help} prints.
 */
final class BlueScreen {
    /** Width the numbered action list is laid out in. */
    private static final int LIST_WIDTH = 100;

    private BlueScreen() {
    }

    /** Prints one turn's view of Blue's observation. */
    static void print(Observation o, PrintWriter out) {
        BlueView b = o.blue();
        out.println();
        out.println(String.format(Locale.ROOT, "== Turn %d/%d (%d left) ==", o.timeStep(), o.maxTurns(), o.turnsLeft()));
        out.println(playbook(b));
        out.println(String.format(Locale.ROOT, "Business impact %s, confirmed incidents %d, %s, harden_policy %s, "
                        + "IOC level %d", fixed(b.businessImpact(), 2), b.knownIncidentCount(),
                b.rotateCooldown() == 0 ? "rotate_secrets ready" : "rotate_secrets in " + turns(b.rotateCooldown()),
                b.hardenTurnsLeft() == 0 ? "off" : turns(b.hardenTurnsLeft()) + " left", b.iocLevel()));
        alerts(b, out);
        hosts(b, out);
        out.println(lastReward(o));
    }

    /** The reward and events since Blue last moved, on one line. */
    static String lastReward(Observation o) {
        StringBuilder sb = new StringBuilder("Last: reward ").append(signed(o.reward()));
        if (!o.rewardComponents().isEmpty()) {
            List<String> parts = new ArrayList<>();
            o.rewardComponents().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> parts.add(e.getKey() + " " + signed(e.getValue())));
            sb.append(" (").append(String.join(", ", parts)).append(')');
        }
        sb.append(", return ").append(signed(o.episodeReturn()));
        sb.append("; events: ").append(o.events().isEmpty() ? "none" : String.join("; ", o.events()));
        return sb.toString();
    }

    /** Prints the legal actions numbered from 1, in columns. */
    static void printLegal(List<Action> legal, PrintWriter out) {
        List<String> cells = new ArrayList<>(legal.size());
        for (int i = 0; i < legal.size(); i++) {
            cells.add(String.format(Locale.ROOT, "%3d  %s", i + 1, typed(legal.get(i))));
        }
        int width = cells.stream().mapToInt(String::length).max().orElse(0) + 2;
        int columns = Math.max(1, LIST_WIDTH / width);
        int rows = (cells.size() + columns - 1) / columns;
        out.println("Legal actions now (type the number or the action):");
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                int i = c * rows + r;
                if (i < cells.size()) {
                    String cell = cells.get(i);
                    line.append(cell).append(" ".repeat(width - cell.length()));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** An action as a person types it: {@code tool [target|required_tool]}. */
    static String typed(Action a) {
        if (a.target() != null) {
            return a.tool() + " " + a.target();
        }
        String required = a.params().get(Tool.REQUIRED_TOOL_PARAM);
        return required == null ? a.tool() : a.tool() + " " + required;
    }

    private static String playbook(BlueView b) {
        BlueView.InstructionProgress p = b.instructionProgress();
        String current = p.current().map(i -> String.format(Locale.ROOT, "current %s requires %s (priority %d)",
                i.id(), i.requiredTool(), i.priority())).orElse("playbook exhausted");
        return String.format(Locale.ROOT, "Playbook: %d of %d required done, %d violated, %d in total; %s%s",
                p.completed(), p.required(), p.violated(), p.total(), current,
                b.checkpointDue() ? "; checkpoint due" : "");
    }

    private static void alerts(BlueView b, PrintWriter out) {
        if (b.alerts().isEmpty()) {
            out.println("Alerts: none");
            return;
        }
        out.println("Alerts (" + b.alerts().size() + ", newest first):");
        TextTable t = new TextTable(List.of("  host", "kind", "confidence", "age", "verdict"),
                false, false, true, true, false);
        for (int i = b.alerts().size() - 1; i >= 0; i--) {
            BlueView.AlertView a = b.alerts().get(i);
            t.row("  " + a.host(), a.kind(), fixed(a.confidence(), 2), Integer.toString(a.age()), a.verdict());
        }
        t.print(out);
    }

    private static void hosts(BlueView b, PrintWriter out) {
        out.println("Hosts:");
        TextTable t = new TextTable(List.of("  host", "zone", "high-value", "isolated", "patch", "downtime", "forensics"),
                false, false, false, false, true, true, false);
        for (BlueView.HostView h : b.hosts()) {
            t.row("  " + h.name(), h.zone(), h.highValue() ? "yes" : "-",
                    h.isolated() ? turns(h.isolationTurnsLeft()) + " left" : "-", fixed(h.patchLevel(), 2),
                    Integer.toString(h.downtime()), forensics(h));
        }
        t.print(out);
    }

    private static String forensics(BlueView.HostView h) {
        String verdict = h.forensicsAge() < 0 ? h.forensics() : h.forensics() + " (" + turns(h.forensicsAge()) + " ago)";
        return h.suspect() ? verdict + ", suspect" : verdict;
    }

    private static String turns(int n) {
        return n == 1 ? "1 turn" : n + " turns";
    }

    static String signed(double x) {
        return String.format(Locale.ROOT, "%+.3f", x);
    }

    private static String fixed(double x, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", x);
    }
}
