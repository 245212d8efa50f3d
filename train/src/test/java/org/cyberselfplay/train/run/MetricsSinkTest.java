package org.cyberselfplay.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsSinkTest {
    @TempDir
    Path tmp;

    private static final MetricsRow SFT = new MetricsRow(1, Map.of("sft/val_loss", 0.5, "sft/val_accuracy", 0.75));
    private static final MetricsRow TRAIN = new MetricsRow(1, Map.of("train/kl", 1e-5, "eval/win_rate/blitz", 1.0));

    @Test
    void rowsRoundTripThroughJsonlAndTheCsvHeaderIsTheUnionOfKeys() throws IOException {
        MetricsSink sink = MetricsSink.create(tmp.resolve("m.jsonl"), tmp.resolve("m.csv"));
        sink.record(SFT);
        sink.record(TRAIN);
        assertEquals(List.of(SFT, TRAIN), MetricsSink.read(tmp.resolve("m.jsonl")));
        assertEquals("{\"step\":1,\"sft/val_accuracy\":0.75,\"sft/val_loss\":0.5}",
                Files.readAllLines(tmp.resolve("m.jsonl")).get(0));
        assertEquals(List.of("step,eval/win_rate/blitz,sft/val_accuracy,sft/val_loss,train/kl",
                "1,,0.75,0.5,", "1,1.0,,,1.0E-5"), Files.readAllLines(tmp.resolve("m.csv")));
        assertEquals(2, sink.size());
    }

    @Test
    void aResumedSinkKeepsTheRowsOfItsCheckpointOnly() {
        MetricsSink sink = MetricsSink.create(tmp.resolve("m.jsonl"), tmp.resolve("m.csv"));
        sink.record(SFT);
        sink.record(TRAIN);
        MetricsSink resumed = MetricsSink.resume(tmp.resolve("m.jsonl"), tmp.resolve("m.csv"), 1);
        assertEquals(List.of(SFT), MetricsSink.read(tmp.resolve("m.jsonl")));
        resumed.record(TRAIN);
        assertEquals(List.of(SFT, TRAIN), resumed.rows());
        assertThrows(IllegalArgumentException.class, () -> MetricsSink.resume(tmp.resolve("m.jsonl"),
                tmp.resolve("m.csv"), 3));
    }

    @Test
    void aLineThatIsNotARowIsReportedWithItsLineNumber() throws IOException {
        Files.writeString(tmp.resolve("bad.jsonl"), "{\"step\":0}\n{\"step\":1,\"x\":\"y\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MetricsSink.read(tmp.resolve("bad.jsonl")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void theSampleLogIsCutBackToItsCheckpoint() throws IOException {
        SampleLog log = SampleLog.create(tmp.resolve("s.jsonl"));
        log.append(List.of(new SampleLog.Sample(1, 0, 0, "isolate_host", 3, 1.5, 0.1, -0.25),
                new SampleLog.Sample(1, 0, 1, "query_siem", 1, 2.0, 0.0, 0.5)));
        assertEquals(2, log.lines());
        String first = Files.readAllLines(tmp.resolve("s.jsonl")).get(0);
        assertEquals("{\"update\":1,\"group\":0,\"sequence\":0,\"tool\":\"isolate_host\",\"count\":3,\"reward\":1.5,"
                + "\"penalty\":0.1,\"advantage\":-0.25}", first);
        Files.writeString(tmp.resolve("s.jsonl"), "{\"update\":2,\"partial", java.nio.file.StandardOpenOption.APPEND);
        SampleLog resumed = SampleLog.resume(tmp.resolve("s.jsonl"), 1);
        assertEquals(List.of(first), Files.readAllLines(tmp.resolve("s.jsonl")));
        assertEquals(1, resumed.lines());
    }

    @Test
    void theManifestRoundTripsAndRecordsResumesAndTheEnd() {
        Manifest m = Manifest.starting("run", 7);
        assertEquals(Manifest.RUNNING, m.status());
        m.write(tmp.resolve("manifest.json"));
        Manifest read = Manifest.read(tmp.resolve("manifest.json"));
        assertEquals(m, read);
        Manifest ended = read.resumed().ended(Manifest.COMPLETE, null);
        assertEquals(1, ended.resumedAt().size());
        assertEquals(Manifest.COMPLETE, ended.status());
        assertTrue(ended.endedAt() != null && ended.javaVersion().equals(System.getProperty("java.version")));
        assertEquals(java.util.Optional.of("1.0.0-M2.1"), Provenance.dl4jVersion());
    }
}
