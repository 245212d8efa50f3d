package org.cyberselfplay.train.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cyberselfplay.train.report.EpisodeFormatException;
import org.cyberselfplay.train.report.EpisodeRecorder;
import org.cyberselfplay.train.report.RecordedEpisode;
import org.cyberselfplay.train.report.Transcript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code replay FILE}: a recorded episode, turn by turn. */
@Command(name = "replay",
        description = {"Print a recorded episode (a run's episodes/*.jsonl) turn by turn: actor, tool, target, "
                + "both rewards and the mover's events, then the final metrics."})
final class ReplayCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A recorded episode (.jsonl).")
    private Path file;

    @Option(names = "--observations",
            description = "Also print the incident summary each side saw before it moved.")
    private boolean observations;

    @Override
    public Integer call() {
        if (!Files.exists(file)) {
            throw new UsageException("episode file " + file + " does not exist; give the path of a recorded "
                    + "episode, e.g. runs/NAME/episodes/FILE.jsonl");
        }
        RecordedEpisode episode;
        try {
            episode = EpisodeRecorder.read(file);
        } catch (EpisodeFormatException e) {
            throw new UsageException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        Transcript.print(episode, observations, out);
        return 0;
    }
}
