package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of heap ends a command with one line that says what was too big and how to raise the heap. */
class OutOfMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void aCsvTooBigForTheHeapIsOneLineExitFourAndNothingWritten() throws Exception {
        Path csv = tmp.resolve("huge.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("trial_num,session_num,stim_probability_left,contrast,position,response_choice,trial_correct,reaction_time\n");
            for (int i = 0; i < 2_000_000; i++) {
                w.write("1,1,0.5,0.25,-35,1,1,0.5\n");
            }
        }
        Path out = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                "org.iblrnn.cli.Main", "behaviour", csv.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(tmp.resolve("child.log"));
        assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(lines).as(String.join("\n", lines)).hasSize(1);
        assertThat(lines.get(0)).contains("out of memory while reading 1 CSV file(s) of")
                .contains("IBL_RNN_JAVA_OPTS=-Xmx");
        assertThat(out).doesNotExist();
    }
}
