package org.cyberselfplay.train.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cyberselfplay.agents.scripted.blue.BluePolicies;
import org.cyberselfplay.agents.scripted.red.Archetype;
import org.cyberselfplay.agents.scripted.red.Archetypes;
import org.cyberselfplay.agents.scripted.red.Rule;
import org.cyberselfplay.env.Tool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archetypes}: the built-in Red archetypes and the scripted Blue policies. */
@Command(name = "archetypes",
        description = "List the built-in Red archetypes (name, rules, fallback, description, noise syntax) and the "
                + "scripted Blue policies.")
final class ArchetypesCommand implements Callable<Integer> {
    /** One line per {@link BluePolicies#NAMES} entry; a name missing here prints without a description. */
    private static final Map<String, String> BLUE_DESCRIPTIONS = Map.of(
            "expert", "Incident-response runbook: contains, investigates and recovers on evidence, otherwise "
                    + "follows the playbook.",
            "random", "Uniform over Blue's legal actions.",
            "noop", "Watches the SIEM (query_siem) and nothing else.",
            "instructions_only", "Follows the playbook (and checkpoints) and nothing else; never defends.",
            "lockdown", "The expert keeping every high-value host offline: a probe of the business-impact limit, "
                    + "not a defence.",
            "constant:<tool>", "Always the same Blue tool on its first legal target, e.g. constant:isolate_host; "
                    + "query_siem when that tool is not legal.");

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() {
        List<Archetype> reds = Archetypes.builtInNames().stream().map(Archetypes::builtIn).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.print(out, toJson(reds));
        } else {
            printTables(out, reds);
        }
        out.flush();
        return 0;
    }

    private static void printTables(PrintWriter out, List<Archetype> reds) {
        out.println("Red archetypes (--red NAME, or NAME@p: a uniformly random legal move with probability p in "
                + "[0, 1], e.g. " + reds.get(0).name() + "@0.2)");
        TextTable red = new TextTable(List.of("archetype", "with noise", "rules", "fallback", "description"),
                false, false, true, false, false);
        for (Archetype a : reds) {
            red.row(a.name(), a.name() + "@p", Integer.toString(a.rules().size()), fallback(a), a.description());
        }
        red.print(out);
        out.println();
        out.println("Scripted Blue policies (--blue scripted:NAME)");
        TextTable blue = new TextTable(List.of("policy", "description"), false, false);
        for (String name : BluePolicies.NAMES) {
            blue.row("scripted:" + name, BLUE_DESCRIPTIONS.getOrDefault(name, ""));
        }
        blue.print(out);
    }

    private static ObjectNode toJson(List<Archetype> reds) {
        ObjectNode o = Json.object();
        ArrayNode red = o.putArray("red_archetypes");
        for (Archetype a : reds) {
            ObjectNode r = red.addObject();
            r.put("name", a.name());
            r.put("noise_spec", a.name() + "@p");
            r.put("description", a.description());
            r.put("rules", a.rules().size());
            ArrayNode tools = r.putArray("rule_tools");
            ruleTools(a).forEach(t -> tools.add(t.wireName()));
            r.put("fallback", fallback(a));
        }
        ArrayNode blue = o.putArray("blue_policies");
        for (String name : BluePolicies.NAMES) {
            blue.addObject().put("name", name).put("spec", "scripted:" + name)
                    .put("description", BLUE_DESCRIPTIONS.getOrDefault(name, ""));
        }
        return o;
    }

    /** The tools the rules play, in rule order, each once. */
    private static Set<Tool> ruleTools(Archetype a) {
        Set<Tool> tools = new LinkedHashSet<>();
        for (Rule rule : a.rules()) {
            tools.add(rule.tool());
        }
        return tools;
    }

    private static String fallback(Archetype a) {
        return a.fallback().map(Tool::wireName).orElse("random");
    }
}
