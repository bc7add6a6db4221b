package org.iblrnn.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Helpers shared by the sweep tests: the fake trainer's command, fake run directories, waiting for files. */
final class SweepTestSupport {

    /** Generous bound for child JVMs to reach a state; a guard against hanging tests, not a performance check. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private SweepTestSupport() {
    }

    /** Children that run {@link FakeTrain} in the given mode with this test JVM's class path. */
    static JavaCommand fakeTrain(String mode) {
        return new JavaCommand(Path.of(System.getProperty("java.home"), "bin", "java"),
                List.of("-Xmx64m", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Dfake.mode=" + mode),
                System.getProperty("java.class.path"), FakeTrain.class.getName());
    }

    /** A run directory as train leaves it: params.json for {@code overrides} and empty checkpoint files. */
    static void fakeRun(Path runDir, List<String> overrides, long... checkpointSteps) throws IOException {
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve("params.json"), org.iblrnn.io.ParamsJson.write(
                org.iblrnn.io.ParamsJson.applyOverrides(org.iblrnn.config.Params.defaults(), overrides)));
        for (long s : checkpointSteps) {
            FakeTrain.checkpoint(runDir, s);
        }
    }

    /** Waits until {@code file} exists; fails the test after {@link #PATIENCE}. */
    static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " did not appear within " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }
}
