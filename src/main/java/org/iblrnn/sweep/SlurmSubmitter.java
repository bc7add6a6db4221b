package org.iblrnn.sweep;

import org.iblrnn.io.StateConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits a sweep's script with {@code sbatch --parsable}, and waits for it without job accounting: many clusters
 * (and our test cluster) have no {@code sacct}, so waiting polls {@code squeue -h -j <job id>} until the job is gone,
 * and the verdict comes from the run directories themselves (does each hold its last checkpoint?).
 */
public final class SlurmSubmitter {

    private static final Logger LOG = LoggerFactory.getLogger(SlurmSubmitter.class);
    /** The file in the sweep folder where every submission is recorded (job id, array, script). */
    public static final String JOBS_FILE = "slurm-jobs.tsv";
    private static final int MAX_CONSECUTIVE_SQUEUE_FAILURES = 5;

    private final CommandExecutor commands;

    public SlurmSubmitter(CommandExecutor commands) {
        this.commands = commands;
    }

    /** Runs {@code sbatch --parsable SCRIPT}, records the job id in {@link #JOBS_FILE} and returns it. */
    public String submit(Path script) {
        CommandExecutor.Result r = commands.run(List.of("sbatch", "--parsable", script.toString()));
        if (r.exitCode() != 0) {
            throw new StateConflictException("sbatch " + script + " failed (exit " + r.exitCode() + "): "
                    + oneLine(r.stderr()) + " (check the #SBATCH options and 'sinfo')");
        }
        String out = r.stdout().trim();
        String jobId = out.contains(";") ? out.substring(0, out.indexOf(';')) : out;
        if (!jobId.matches("\\d+")) {
            throw new StateConflictException("sbatch --parsable printed '" + oneLine(r.stdout())
                    + "' instead of a job id (is 'sbatch' SLURM's?)");
        }
        String arrayLine = "";
        try {
            for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
                if (line.startsWith("#SBATCH --array=")) {
                    arrayLine = line.substring("#SBATCH --array=".length());
                }
            }
            Path jobs = script.resolveSibling(JOBS_FILE);
            if (!Files.exists(jobs)) {
                Files.writeString(jobs, "job_id\tarray\tscript\n", StandardCharsets.UTF_8);
            }
            Files.writeString(jobs, jobId + "\t" + arrayLine + "\t" + script + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("job " + jobId + " was submitted but cannot be recorded next to " + script
                    + ": " + e.getMessage(), e);
        }
        LOG.info("submitted {} as job {}", script, jobId);
        return jobId;
    }

    /**
     * Polls {@code squeue -h -j JOB} every {@code poll} until it lists no task of the job (or SLURM no longer knows
     * the job id). A requeued task stays listed, so this returns only when every task is really done.
     */
    public void awaitGone(String jobId, Duration poll) {
        int failures = 0;
        while (true) {
            CommandExecutor.Result r = commands.run(List.of("squeue", "-h", "-j", jobId));
            if (r.exitCode() == 0) {
                failures = 0;
                if (r.stdout().isBlank()) {
                    return;
                }
            } else if (r.stderr().contains("Invalid job id")) {
                return;
            } else if (++failures >= MAX_CONSECUTIVE_SQUEUE_FAILURES) {
                throw new StateConflictException("squeue -j " + jobId + " failed " + failures + " times in a row: "
                        + oneLine(r.stderr()) + " (is slurmctld up? check 'sinfo')");
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StateConflictException("interrupted while waiting for job " + jobId
                        + " (the job keeps running; run the sweep again to see its state)", e);
            }
        }
    }

    /** The verdict per configuration after job {@code jobId} is gone, from the run directories. */
    public static List<RunResult> collect(SweepPlan plan, List<PlannedRun> submitted, String jobId) {
        List<RunResult> out = new ArrayList<>();
        for (PlannedRun run : plan.runs()) {
            if (!submitted.contains(run)) {
                out.add(new RunResult(run, RunResult.Outcome.SKIPPED, -1, null, run.status()));
                continue;
            }
            RunStatus after = RunInspector.inspect(run.runDir(), run.status().lastStep());
            Path log = logFile(plan.sweepDir(), jobId, run);
            out.add(new RunResult(run, after.state() == RunState.FINISHED ? RunResult.Outcome.FINISHED
                    : RunResult.Outcome.FAILED, -1, log, after));
        }
        return out;
    }

    /** {@code <sweep dir>/logs/<job id>_<index>.out}. */
    public static Path logFile(Path sweepDir, String jobId, PlannedRun run) {
        return sweepDir.resolve("logs").resolve(jobId + "_" + run.point().index() + ".out");
    }

    private static String oneLine(String s) {
        String t = s.strip().replace('\n', ' ');
        return t.isEmpty() ? "(no output)" : t;
    }
}
