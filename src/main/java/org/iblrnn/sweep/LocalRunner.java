package org.iblrnn.sweep;

import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a sweep's pending configurations on this machine, at most {@code parallel} at a time, each as a child JVM
 * ({@code java -cp <classpath> org.iblrnn.cli.Main train ...}) whose output goes to
 * {@code <sweep dir>/logs/<run name>.out} (appended, so a resumed run's log follows the first attempt).
 *
 * <p>Termination: {@link #terminate()} (called from the sweep's shutdown hook on SIGTERM or Ctrl-C) stops starting
 * new runs and sends SIGTERM to every running child, which then writes a checkpoint and exits 143;
 * {@link #run} returns once they have all exited. Running the sweep again resumes them.
 */
public final class LocalRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LocalRunner.class);

    private final JavaCommand java;
    private final int parallel;
    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    private volatile boolean terminating;

    public LocalRunner(JavaCommand java, int parallel) {
        if (parallel < 1) {
            throw new InvalidInputException("--local " + parallel + " must be at least 1 (runs at a time)");
        }
        this.java = java;
        this.parallel = parallel;
    }

    /** The log file of a run: {@code <sweep dir>/logs/<run name>.out}. */
    public static Path logFile(Path sweepDir, PlannedRun run) {
        return sweepDir.resolve("logs").resolve(run.point().dirName() + ".out");
    }

    /** Runs every pending configuration of {@code plan} (finished ones are reported as skipped) and waits. */
    public List<RunResult> run(SweepPlan plan) {
        try {
            Files.createDirectories(plan.sweepDir().resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + plan.sweepDir().resolve("logs") + ": " + e.getMessage(), e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "sweep-child");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (PlannedRun run : plan.runs()) {
                futures.add(pool.submit(() -> runOne(plan.sweepDir(), run)));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            terminate();
            throw new IllegalStateException("sweep interrupted while waiting for its runs", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private RunResult runOne(Path sweepDir, PlannedRun run) throws InterruptedException {
        if (!run.pending()) {
            return new RunResult(run, RunResult.Outcome.SKIPPED, -1, null, run.status());
        }
        if (terminating) {
            return new RunResult(run, RunResult.Outcome.NOT_STARTED, -1, null, run.status());
        }
        Path log = logFile(sweepDir, run);
        List<String> cmd = java.commandLine(run.trainArguments());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process p;
        synchronized (live) {
            if (terminating) {
                return new RunResult(run, RunResult.Outcome.NOT_STARTED, -1, null, run.status());
            }
            try {
                p = pb.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + cmd.get(0) + " for " + run.runDir() + ": " + e.getMessage(), e);
            }
            live.add(p);
        }
        LOG.info("started {} ({}), pid {}, log {}", run.point().dirName(), run.status().describe(), p.pid(), log);
        int exit;
        try {
            exit = p.waitFor();
        } finally {
            live.remove(p);
        }
        RunStatus after = RunInspector.inspect(run.runDir(), run.status().lastStep());
        RunResult.Outcome outcome;
        if (exit == 0 && after.state() == RunState.FINISHED) {
            outcome = RunResult.Outcome.FINISHED;
        } else if (exit == 143 && terminating) {
            outcome = RunResult.Outcome.TERMINATED;
        } else {
            outcome = RunResult.Outcome.FAILED;
        }
        LOG.info("{} exited {}: {}", run.point().dirName(), exit, outcome);
        return new RunResult(run, outcome, exit, log, after);
    }

    /**
     * Stops starting runs and sends SIGTERM to the running children; safe to call from a shutdown hook and more
     * than once. Does not wait: {@link #run} returns when the children have exited.
     */
    public void terminate() {
        synchronized (live) {
            terminating = true;
        }
        for (Process p : live) {
            LOG.info("sending SIGTERM to child pid {}", p.pid());
            p.destroy();
        }
    }

}
