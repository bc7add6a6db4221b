package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iblrnn.config.Params;
import org.iblrnn.io.AtomicFiles;
import org.iblrnn.io.HostName;
import org.iblrnn.io.ParamsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that writes into a directory first removes what a killed write of ours left there, and only that. */
class LeftoverTempFilesTest {

    @TempDir
    Path tmp;

    @Test
    void exportRemovesTheTemporaryFilesOfADeadProcessFromItsOutputDirectory() throws Exception {
        Path run = tmp.resolve("run");
        Files.createDirectories(run);
        Files.writeString(run.resolve("params.json"), ParamsJson.write(
                ParamsJson.applyOverrides(Params.defaults(), java.util.List.of("env.kwargs.blocks_per_session=2"))));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Path dead = out.resolve(AtomicFiles.temporaryName("ideal.csv", HostName.name(), gone.pid(), 17));
        Path live = out.resolve(AtomicFiles.temporaryName("other.csv", HostName.name(),
                ProcessHandle.current().pid(), 18));
        Path foreign = out.resolve(".ideal.csv.123.tmp"); // not our naming: never touched
        for (Path p : new Path[]{dead, live, foreign}) {
            Files.writeString(p, "half");
        }
        int status = Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("export", run.toString(), "--ibl-csv", "--agent", "ideal_actor", "--blocks", "2",
                        "--out", out.resolve("ideal.csv").toString());
        assertThat(status).isZero();
        assertThat(out.resolve("ideal.csv")).exists();
        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(foreign).exists();
    }
}
