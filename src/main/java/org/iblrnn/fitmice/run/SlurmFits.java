package org.iblrnn.fitmice.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iblrnn.sweep.JavaCommand;
import org.iblrnn.sweep.SlurmOptions;
import org.iblrnn.sweep.SlurmScript;

/**
 * fit-mice as a SLURM job array, one mouse per task: task i runs {@code ibl-rnn fit-mice <mouse CSV> --out DIR
 * --fit-only ...} with the same models, folds, seed and task run, which saves that mouse's fits into
 * {@code DIR/mice/<mouse>/}. A requeued task skips the fits it already saved. Running fit-mice again without
 * {@code --slurm} once the job is done finds every fit finished and writes the group outputs.
 */
public final class SlurmFits {

    /** Folder of the script, task files and logs inside {@code --out}. */
    public static final String DIR = "slurm";
    public static final String SCRIPT = "fit-mice.sbatch";

    private SlurmFits() {
    }

    /** The {@code ibl-rnn} arguments that fit one mouse. */
    static List<String> taskArguments(FitPlan plan, MiceInput.Mouse mouse, int threads) {
        FitMiceOptions o = plan.options();
        List<String> args = new ArrayList<>(List.of("fit-mice", mouse.file().toAbsolutePath().normalize().toString(),
                "--out", o.out().toAbsolutePath().normalize().toString(), "--models",
                String.join(",", plan.modelNames()), "--folds", Integer.toString(o.folds()), "--seed",
                Long.toString(o.seed()), "--local", Integer.toString(threads), "--fit-only"));
        o.taskRun().ifPresent(r -> {
            args.add("--task-run");
            args.add(r.toAbsolutePath().normalize().toString());
        });
        return args;
    }

    /** Writes the task files and the script for every mouse with fits to do; returns the script. */
    public static Path write(FitPlan plan, SlurmOptions options, JavaCommand java) {
        List<MiceInput.Mouse> mice = plan.pendingMice();
        int threads = options.cpus().orElse(1);
        List<List<String>> tasks = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < mice.size(); i++) {
            tasks.add(taskArguments(plan, mice.get(i), threads));
            indices.add(i);
        }
        Path dir = plan.options().out().toAbsolutePath().normalize().resolve(DIR);
        return SlurmScript.writeCommands(dir, SCRIPT, tasks, indices, "ibl-rnn-fit-mice", options, java, List.of(
                "Written by 'ibl-rnn fit-mice --slurm'. Array task i fits one mouse: it runs ibl-rnn with the",
                "arguments in tasks/i.args (one per line), which saves each model's fit of that mouse as soon as it",
                "is done; a requeued task skips what it saved. Logs: logs/<job id>_<i>.out. When the job has",
                "finished, run the same fit-mice command without --slurm to write the group outputs."));
    }
}
