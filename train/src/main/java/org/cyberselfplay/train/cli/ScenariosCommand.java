package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cyberselfplay.env.scenario.Scenario;
import org.cyberselfplay.env.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scenarios}: the preset scenarios and their scale. */
@Command(name = "scenarios",
        description = "List the preset scenarios: horizon, playbook, inventory and zones.")
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() {
        List<Scenario> presets = Scenarios.presetNames().stream().map(Scenarios::preset).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            ArrayNode array = Json.array();
            presets.forEach(s -> array.add(toJson(s)));
            Json.print(out, array);
        } else {
            TextTable table = new TextTable(List.of("scenario", "turns", "instructions", "required",
                    "checkpoint stride", "hosts", "high-value hosts", "zones"),
                    false, true, true, true, true, true, false, false);
            for (Scenario s : presets) {
                table.row(s.name(), Integer.toString(s.maxTurns()), Integer.toString(s.mission().instructions()),
                        Integer.toString(s.mission().required()), Integer.toString(s.checkpointStride()),
                        Integer.toString(s.hostCount()), String.join(", ", s.highValueHosts()),
                        String.join(", ", s.zones()));
            }
            table.print(out);
        }
        out.flush();
        return 0;
    }

    private static ObjectNode toJson(Scenario s) {
        ObjectNode o = Json.object();
        o.put("name", s.name());
        o.put("description", s.description());
        o.put("turns", s.maxTurns());
        o.put("instructions", s.mission().instructions());
        o.put("required", s.mission().required());
        o.put("checkpoint_stride", s.checkpointStride());
        o.put("hosts", s.hostCount());
        ArrayNode hv = o.putArray("high_value_hosts");
        s.highValueHosts().forEach(hv::add);
        ArrayNode zones = o.putArray("zones");
        s.zones().forEach(zones::add);
        return o;
    }
}
