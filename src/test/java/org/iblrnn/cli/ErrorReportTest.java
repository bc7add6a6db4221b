package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.iblrnn.io.ConfigException;
import org.iblrnn.io.InvalidInputException;
import org.iblrnn.io.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule from exception to exit status and one line, which every command relies on. */
class ErrorReportTest {

    /** Crash files of this test go here, never into the shared temporary directory. */
    @TempDir
    Path crashDir;

    record Line(int status, String text) {
    }

    private Line report(Throwable t) {
        StringWriter w = new StringWriter();
        int status = ErrorReport.report(t, new PrintWriter(w, true), crashDir);
        return new Line(status, w.toString());
    }

    @Test
    void userErrorsAreTwoOrThreeWithTheirOwnMessage() {
        assertThat(report(new InvalidInputException("--blocks must be >= 1"))).isEqualTo(
                new Line(2, "ibl-rnn: --blocks must be >= 1" + System.lineSeparator()));
        assertThat(report(new ConfigException("params.json: bad")).status()).isEqualTo(2);
        assertThat(report(new StateConflictException("run dir is in use")).status()).isEqualTo(3);
        assertThat(report(new ExecutionException(new InvalidInputException("in a worker"))).text())
                .isEqualTo("ibl-rnn: in a worker" + System.lineSeparator());
    }

    @Test
    void aBareIllegalArgumentExceptionIsABugWithItsPlaceAndAStackTraceFile() throws Exception {
        IllegalArgumentException bug = new IllegalArgumentException("internal precondition");
        Line l = report(bug);
        assertThat(l.status()).isEqualTo(4);
        assertThat(l.text().trim()).doesNotContain("\n").contains("a bug").contains("IllegalArgumentException")
                .contains(ErrorReportTest.class.getName() + ":" + bug.getStackTrace()[0].getLineNumber())
                .contains("internal precondition");
        Path crash = Path.of(l.text().trim().replaceFirst(".*stack trace in ", ""));
        assertThat(crash.getParent()).isEqualTo(crashDir);
        assertThat(Files.readString(crash)).contains("at " + ErrorReportTest.class.getName());
        assertThat(report(new IllegalStateException("x")).status()).isEqualTo(4);
        assertThat(report(new NullPointerException()).status()).isEqualTo(4);
        try (java.util.stream.Stream<Path> files = Files.list(crashDir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("ibl-rnn-crash-"))).hasSize(3);
        }
    }

    @Test
    void theCrashDirectoryIsTheSystemPropertyElseTheEnvironmentVariableElseTheTemporaryDirectory() {
        assertThat(ErrorReport.crashDirectory("/p", "/e", "/tmp")).isEqualTo(Path.of("/p"));
        assertThat(ErrorReport.crashDirectory(null, "/e", "/tmp")).isEqualTo(Path.of("/e"));
        assertThat(ErrorReport.crashDirectory(" ", "", "/tmp")).isEqualTo(Path.of("/tmp"));
    }

    @Test
    void aCrashDirectoryThatDoesNotExistYetIsCreated() {
        StringWriter w = new StringWriter();
        Path nested = crashDir.resolve("a/b");
        assertThat(ErrorReport.report(new IllegalStateException("bug"), new PrintWriter(w, true), nested)).isEqualTo(4);
        assertThat(w.toString()).contains("stack trace in " + nested.resolve("ibl-rnn-crash-"));
    }

    @Test
    void ioErrorsAreOneWithTheOperatingSystemsReason() {
        Line denied = report(new UncheckedIOException("cannot create directory /data/out",
                new AccessDeniedException("/data/out")));
        assertThat(denied).isEqualTo(new Line(1, "ibl-rnn: cannot create directory /data/out: permission denied"
                + System.lineSeparator()));
        assertThat(report(new IOException("No space left on device")).text())
                .isEqualTo("ibl-rnn: No space left on device" + System.lineSeparator());
    }

    @Test
    void outOfMemoryIsFourWithHowToRaiseTheHeap() {
        Line l = report(new OutOfMemoryError("Java heap space"));
        assertThat(l.status()).isEqualTo(4);
        assertThat(l.text().trim()).doesNotContain("\n").contains("out of memory").contains("IBL_RNN_JAVA_OPTS=-Xmx");
    }
}
