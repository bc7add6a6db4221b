package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ibl-rnn} launcher gives java the default heap unless the user's options set the heap themselves.
 * Runs a copy of the script next to a fake jar (so it never builds) with a fake {@code java} on PATH that prints
 * its arguments, one per line.
 */
class LauncherScriptTest {

    @TempDir
    Path tmp;

    private Path launcher;
    private Path bin;

    @BeforeEach
    void copyTheLauncherWithAFakeJarAndJava() throws Exception {
        Path script = Path.of("ibl-rnn").toAbsolutePath();
        assertThat(script).as("run from the project directory").exists();
        launcher = tmp.resolve("ibl-rnn");
        Files.copy(script, launcher);
        Files.createDirectories(tmp.resolve("target"));
        Files.writeString(tmp.resolve("target/ibl-rnn.jar"), "not a jar"); // present, and no sources newer
        bin = Files.createDirectories(tmp.resolve("bin"));
        executable(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        executable(bin.resolve("mvn"), "#!/bin/sh\necho 'mvn must not run' >&2\nexit 97\n");
    }

    private static void executable(Path p, String text) throws Exception {
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The arguments java received when the launcher ran with these environment variables and "train --help". */
    private List<String> javaArguments(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "train", "--help");
        Map<String, String> e = pb.environment();
        e.remove("IBL_RNN_JAVA_OPTS");
        e.remove("JDK_JAVA_OPTIONS");
        e.remove("JAVA_TOOL_OPTIONS");
        e.put("PATH", bin + ":/usr/bin:/bin");
        e.putAll(env);
        Path out = tmp.resolve("out.txt");
        Process p = pb.redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(out);
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).as("java is given the jar, then the command's arguments")
                .endsWith("-jar", tmp.resolve("target/ibl-rnn.jar").toString(), "train", "--help");
        return lines.subList(0, lines.size() - 4);
    }

    @Test
    void theDefaultHeapIsUsedWithoutOptions() throws Exception {
        assertThat(javaArguments(Map.of())).containsExactly("-Xmx8g");
        assertThat(javaArguments(Map.of("IBL_RNN_JAVA_OPTS", ""))).containsExactly("-Xmx8g");
    }

    @Test
    void optionsThatDoNotSetTheHeapKeepTheDefaultHeap() throws Exception {
        assertThat(javaArguments(Map.of("IBL_RNN_JAVA_OPTS", "-Dfoo=1 -XX:+UseSerialGC")))
                .containsExactly("-Xmx8g", "-Dfoo=1", "-XX:+UseSerialGC");
        assertThat(javaArguments(Map.of("IBL_RNN_JAVA_OPTS", "-Dpattern=*")))
                .containsExactly("-Xmx8g", "-Dpattern=*"); // not expanded as a file pattern
    }

    @Test
    void optionsThatSetTheHeapReplaceTheDefault() throws Exception {
        assertThat(javaArguments(Map.of("IBL_RNN_JAVA_OPTS", "-Dfoo=1 -Xmx32g"))).containsExactly("-Dfoo=1", "-Xmx32g");
        assertThat(javaArguments(Map.of("IBL_RNN_JAVA_OPTS", "-XX:MaxRAMPercentage=75")))
                .containsExactly("-XX:MaxRAMPercentage=75");
        // java reads these variables itself; a later -Xmx8g on the command line would override them
        assertThat(javaArguments(Map.of("JAVA_TOOL_OPTIONS", "-Xmx2g"))).isEmpty();
        assertThat(javaArguments(Map.of("JDK_JAVA_OPTIONS", "-XX:MaxHeapSize=3g"))).isEmpty();
    }
}
