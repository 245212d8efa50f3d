package org.cyberselfplay.env.obs;

/** The one-paragraph situation report of an observation, for language-model agents and logs. */
public final class IncidentSummary {
    private IncidentSummary() {
    }

    /** A short summary of what the observation's side knows. */
    public static String of(Observation o) {
        StringBuilder sb = new StringBuilder();
        sb.append("Turn ").append(o.timeStep()).append('/').append(o.maxTurns()).append(". ");
        if (o.view() instanceof BlueView b) {
            long untriaged = b.alerts().stream().filter(a -> a.verdict().equals("untriaged")).count();
            sb.append(b.alerts().size()).append(" alerts (").append(untriaged).append(" untriaged), ")
                    .append(b.knownIncidentCount()).append(" confirmed incidents. ");
            BlueView.InstructionProgress p = b.instructionProgress();
            p.current().ifPresentOrElse(
                i -> sb.append("Current instruction ").append(i.id()).append(" requires ").append(i.requiredTool()),
                () -> sb.append("Playbook exhausted"));
            sb.append("; ").append(p.completed()).append('/').append(p.required()).append(" required done");
            if (b.checkpointDue()) {
                sb.append("; checkpoint due");
            }
            sb.append('.');
        } else if (o.view() instanceof RedView r) {
            long admin = r.footholds().stream().filter(f -> f.access().equals("admin")).count();
            sb.append(r.footholds().size()).append(" footholds (").append(admin).append(" admin), ")
                    .append(r.knownTargets().size()).append(" known targets, credentials from ")
                    .append(r.credentials().size()).append(" hosts, ")
                    .append(r.staged().isEmpty() ? "nothing staged" : "data staged on " + r.staged().size() + " hosts")
                    .append('.');
        }
        o.error().ifPresent(e -> sb.append(" Last action refused: ").append(e));
        return sb.toString();
    }
}
