package org.iblrnn.sweep;

import org.iblrnn.io.StateConflictException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a short external command (sbatch, squeue) and captures its output; an interface so tests can script SLURM. */
@FunctionalInterface
public interface CommandExecutor {

    /** Runs {@code command} to completion. */
    Result run(List<String> command);

    /**
     * @param exitCode the command's exit status
     * @param stdout   its standard output
     * @param stderr   its standard error
     */
    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Real processes, each allowed {@code timeout} before it is killed (an IllegalStateException then). */
    static CommandExecutor processes(Duration timeout) {
        return command -> {
            Process p;
            try {
                p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            } catch (IOException e) {
                throw new StateConflictException("cannot run " + command.get(0) + ": " + e.getMessage()
                        + " (is SLURM installed and on PATH?)", e);
            }
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()));
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new StateConflictException(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                            + " s (is slurmctld reachable? check 'sinfo')");
                }
                return new Result(p.exitValue(), out.join(), err.join());
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new StateConflictException("interrupted while running " + command.get(0), e);
            }
        };
    }

    private static String drain(InputStream in) {
        try (in) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return buf.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
