package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * analyze on a really full disk (a 300 KB tmpfs; mounting one needs root, as on this project's machines and CI)
 * ends with one line naming the file it could not write, no stack traces, no stray thread errors, and no
 * temporary files. The renderer's side of this is also tested without a mount (FigureRendererDiskFullTest).
 */
class DiskFullTest {

    @TempDir
    Path tmp;

    private static int exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    @Test
    void analyzeOnAFullDiskSaysSoInOneLine() throws Exception {
        Path run = tmp.resolve("run");
        int trained = Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("train", "--run-dir", run.toString(), "--set", "model.kwargs.core_kwargs.hidden_size=4",
                        "--set", "env.kwargs.blocks_per_session=1", "--set", "run.num_grad_steps=2");
        assertThat(trained).isZero();
        Path mount = tmp.resolve("full");
        Files.createDirectories(mount);
        Assumptions.assumeTrue(exec("mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", mount.toString()) == 0,
                "mounting a tmpfs needs root");
        try {
            Path copy = mount.resolve("run");
            Files.createDirectories(copy);
            for (String f : List.of("params.json", "checkpoint_grad_steps=1.safetensors")) {
                Files.copy(run.resolve(f), copy.resolve(f));
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // the product's logging configuration, not the tests' (which prints everything)
            String logback = Path.of(Main.class.getResource("/logback.xml").toURI()).toString();
            Process p = new ProcessBuilder(java, "-Dlogback.configurationFile=" + logback,
                    "-cp", System.getProperty("java.class.path"), "org.iblrnn.cli.Main",
                    "analyze", copy.toString(), "--blocks", "20", "--dpi", "50", "--distillation-steps", "5",
                    "--two-unit-steps", "5").redirectOutput(tmp.resolve("out.log").toFile())
                    .redirectError(tmp.resolve("err.log").toFile()).start();
            try {
                assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            } finally {
                p.destroyForcibly();
            }
            String err = Files.readString(tmp.resolve("err.log"));
            assertThat(p.exitValue()).as(err).isEqualTo(ExitCodes.GENERIC_ERROR);
            List<String> ours = err.lines().filter(l -> l.startsWith("ibl-rnn:")).toList();
            assertThat(ours).as(err).hasSize(1);
            assertThat(ours.get(0)).startsWith("ibl-rnn: no space left on device writing " + copy.resolve("analyze"));
            assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread");
            try (Stream<Path> files = Files.walk(copy)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"))
                        .doesNotContain("metrics.json", "report.pdf");
            }
        } finally {
            exec("umount", mount.toString());
        }
    }
}
