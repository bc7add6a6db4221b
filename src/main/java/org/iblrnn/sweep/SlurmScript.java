package org.iblrnn.sweep;

import org.iblrnn.io.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.iblrnn.io.AtomicFiles;

/**
 * The sbatch script of a sweep and the task files it reads. One array job per submission; array index = the
 * configuration's grid index, so {@code tasks/<index>.args} is the same file in every submission of the same sweep
 * and re-submitting while an old job is still queued cannot give a task the wrong run.
 *
 * <p>Files written into the sweep folder:
 * <ul>
 *   <li>{@code sweep.sbatch}: the script ({@link #render});</li>
 *   <li>{@code tasks/<index>.args}: line 1 the run directory, then the arguments of {@code ibl-rnn} that start the
 *       run, one per line ({@code train --run-dir DIR [--config F] --set k=v ...});</li>
 *   <li>{@code tasks.tsv}: index, run directory and overrides of every configuration, for people;</li>
 *   <li>{@code logs/<job id>_<index>.out}: each task's stdout and stderr (appended across requeues).</li>
 * </ul>
 *
 * <p>The script resumes ({@code train --resume DIR}) when the run directory already holds a checkpoint, so a task
 * requeued after pre-emption or the time limit continues from its last checkpoint. It {@code exec}s java, so the
 * SIGTERM that {@code --signal=B:TERM@120} sends to the batch shell reaches the JVM, which checkpoints and exits.
 *
 * <p>Commands other than training that split into array tasks ({@code fit-mice}: one mouse per task) use
 * {@link #writeCommands}: the same #SBATCH lines, and each task runs the {@code ibl-rnn} arguments of its
 * {@code tasks/<i>.args} as they are; such commands resume by themselves when a requeued task runs them again.
 */
public final class SlurmScript {

    public static final String SCRIPT_FILE = "sweep.sbatch";
    /** Seconds before the time limit at which SLURM sends SIGTERM (enough to finish a step and checkpoint). */
    public static final int SIGNAL_SECONDS = 120;

    private SlurmScript() {
    }

    /** The script text (pure: the golden test pins it). */
    public static String render(Path sweepDir, String jobName, String arraySpec, SlurmOptions options, JavaCommand java) {
        StringBuilder s = header(sweepDir, jobName, arraySpec, options);
        s.append("""
                # Written by 'ibl-rnn sweep --slurm'. Array task i trains configuration i of the sweep: it reads
                # tasks/i.args (line 1: the run directory; then the arguments that start the run). When the run
                # directory already has a checkpoint (a requeue after pre-emption or the time limit, or a
                # re-submitted sweep), the task resumes it instead. Logs: logs/<job id>_<i>.out, appended on requeue.
                set -euo pipefail
                """);
        s.append("sweep_dir=").append(quote(sweepDir.toString())).append('\n');
        javaVariables(s, java);
        s.append("""
                task_file="$sweep_dir/tasks/${SLURM_ARRAY_TASK_ID:?this script must run as a SLURM array task}.args"
                mapfile -t lines < "$task_file"
                run_dir="${lines[0]}"
                echo "ibl-rnn sweep: job ${SLURM_ARRAY_JOB_ID:-?} task $SLURM_ARRAY_TASK_ID (restart ${SLURM_RESTART_COUNT:-0}) on $(hostname) at $(date '+%Y-%m-%dT%H:%M:%S'): $run_dir"
                if compgen -G "$run_dir/checkpoint_grad_steps=*.safetensors" > /dev/null; then
                  set -- train --resume "$run_dir"
                else
                  set -- "${lines[@]:1}"
                fi
                # exec: java replaces this shell, so SLURM's SIGTERM (B:TERM before the time limit, pre-emption,
                # scancel) goes straight to the JVM, which writes a checkpoint and exits 143.
                exec "$java_bin" "${java_opts[@]}" -cp "$classpath" "$main_class" "$@"
                """);
        return s.toString();
    }

    /**
     * A script for array tasks that each run one {@code ibl-rnn} command: task i reads its arguments, one per line,
     * from {@code <dir>/tasks/i.args}. For commands that are resumable by themselves (a requeued task just runs the
     * same command again). {@code comment} (lines without the leading "# ") says what the tasks do.
     */
    public static String renderCommands(Path dir, String jobName, String arraySpec, SlurmOptions options,
                                        JavaCommand java, List<String> comment) {
        StringBuilder s = header(dir, jobName, arraySpec, options);
        for (String line : comment) {
            s.append("# ").append(line).append('\n');
        }
        s.append("set -euo pipefail\n");
        s.append("task_dir=").append(quote(dir.toString())).append('\n');
        javaVariables(s, java);
        s.append("""
                task_file="$task_dir/tasks/${SLURM_ARRAY_TASK_ID:?this script must run as a SLURM array task}.args"
                mapfile -t args < "$task_file"
                echo "ibl-rnn: job ${SLURM_ARRAY_JOB_ID:-?} task $SLURM_ARRAY_TASK_ID (restart ${SLURM_RESTART_COUNT:-0}) on $(hostname) at $(date '+%Y-%m-%dT%H:%M:%S'): ${args[*]}"
                # exec: java replaces this shell, so SLURM's SIGTERM reaches the JVM directly.
                exec "$java_bin" "${java_opts[@]}" -cp "$classpath" "$main_class" "${args[@]}"
                """);
        return s.toString();
    }

    /**
     * Writes {@code tasks/<i>.args} for every task (its {@code ibl-rnn} arguments, one per line), {@code logs/} and the
     * script of {@link #renderCommands} for the tasks {@code toRun}; returns the script's path.
     */
    public static Path writeCommands(Path dir, String scriptName, List<List<String>> tasks, List<Integer> toRun,
                                     String jobName, SlurmOptions options, JavaCommand java, List<String> comment) {
        if (toRun.isEmpty()) {
            throw new IllegalArgumentException("no tasks to submit (everything is finished)");
        }
        try {
            Files.createDirectories(dir.resolve("tasks"));
            Files.createDirectories(dir.resolve("logs"));
            for (int i = 0; i < tasks.size(); i++) {
                for (String arg : tasks.get(i)) {
                    checkArgument(arg, "task " + i);
                }
                writeText(dir.resolve("tasks").resolve(i + ".args"), String.join("\n", tasks.get(i)) + "\n");
            }
            Path script = dir.resolve(scriptName);
            writeText(script, renderCommands(dir, jobName, arraySpec(toRun), options, java, comment));
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SLURM files in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The shebang and the #SBATCH lines shared by every array script. */
    private static StringBuilder header(Path dir, String jobName, String arraySpec, SlurmOptions options) {
        String logs = dir.resolve("logs") + "/%A_%a.out";
        StringBuilder s = new StringBuilder();
        s.append("#!/usr/bin/env bash\n");
        s.append("#SBATCH --job-name=").append(jobName).append('\n');
        s.append("#SBATCH --array=").append(arraySpec).append('\n');
        s.append("#SBATCH --output=").append(logs).append('\n');
        s.append("#SBATCH --error=").append(logs).append('\n');
        s.append("#SBATCH --open-mode=append\n");
        s.append("#SBATCH --requeue\n");
        s.append("#SBATCH --signal=B:TERM@").append(SIGNAL_SECONDS).append('\n');
        options.partition().ifPresent(p -> s.append("#SBATCH --partition=").append(p).append('\n'));
        options.time().ifPresent(t -> s.append("#SBATCH --time=").append(t).append('\n'));
        options.mem().ifPresent(m -> s.append("#SBATCH --mem=").append(m).append('\n'));
        options.cpus().ifPresent(c -> s.append("#SBATCH --cpus-per-task=").append(c).append('\n'));
        return s;
    }

    private static void javaVariables(StringBuilder s, JavaCommand java) {
        s.append("java_bin=\"${IBL_RNN_JAVA:-").append(java.java()).append("}\"\n");
        s.append("java_opts=(").append(java.jvmOptions().stream().map(SlurmScript::quote).collect(Collectors.joining(" "))).append(")\n");
        s.append("classpath=").append(quote(java.classpath())).append('\n');
        s.append("main_class=").append(quote(java.mainClass())).append('\n');
    }

    private static void checkArgument(String arg, String owner) {
        if (arg.indexOf('\n') >= 0 || arg.indexOf('\r') >= 0 || arg.indexOf('\t') >= 0) {
            throw new InvalidInputException("argument '" + arg.replace("\n", "\\n") + "' of " + owner
                    + " contains a tab or line break (not allowed in a SLURM task file)");
        }
    }

    /**
     * Writes {@code tasks/<index>.args} for every configuration, {@code tasks.tsv}, {@code logs/} and the script for
     * the given pending runs; returns the script's path.
     */
    public static Path write(SweepPlan plan, List<PlannedRun> toRun, String jobName, SlurmOptions options, JavaCommand java) {
        if (toRun.isEmpty()) {
            throw new IllegalArgumentException("no runs to submit (every configuration is finished)");
        }
        Path dir = plan.sweepDir();
        try {
            Files.createDirectories(dir.resolve("tasks"));
            Files.createDirectories(dir.resolve("logs"));
            StringBuilder tsv = new StringBuilder("index\trun_dir\toverrides\n");
            for (PlannedRun run : plan.runs()) {
                List<String> lines = new ArrayList<>();
                lines.add(run.runDir().toString());
                lines.addAll(TrainArguments.start(run.runDir(), run.config(), run.allOverrides()));
                for (String line : lines) {
                    checkArgument(line, "run " + run.point().dirName());
                }
                writeText(dir.resolve("tasks").resolve(run.point().index() + ".args"), String.join("\n", lines) + "\n");
                tsv.append(run.point().index()).append('\t').append(run.runDir()).append('\t')
                        .append(String.join(" ", run.allOverrides())).append('\n');
            }
            writeText(dir.resolve("tasks.tsv"), tsv.toString());
            Path script = dir.resolve(SCRIPT_FILE);
            writeText(script, render(dir, jobName, arraySpec(toRun.stream().map(r -> r.point().index()).toList()), options, java));
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SLURM files in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeText(Path file, String text) throws IOException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sorted indices as an sbatch array spec: {@code 0-3}, {@code 0,2-5,9}. */
    public static String arraySpec(List<Integer> indices) {
        List<Integer> sorted = indices.stream().sorted().distinct().toList();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(sorted.get(i));
            if (j > i) {
                sb.append('-').append(sorted.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    /** Single-quotes a word for bash. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
