/**
 * Sweeps: many training runs (sizes × seeds × task variants) from one command, on this machine or as one SLURM
 * array job. A sweep is a cartesian grid of {@code --set}-style overrides; every configuration has a stable run
 * directory named after its overrides, so running the same sweep again skips finished runs, resumes unfinished ones
 * and starts missing ones. Runs are child processes ({@code ibl-rnn train}); this package never trains in-process,
 * so a crash or a pre-emption costs one run at most its last checkpoint.
 *
 * <p>Flow: {@link org.iblrnn.sweep.GridAxis} and {@link org.iblrnn.sweep.SeedList} parse the options,
 * {@link org.iblrnn.sweep.SweepGrid} expands them into {@link org.iblrnn.sweep.SweepPoint}s,
 * {@link org.iblrnn.sweep.SweepPlanner} decides per run (start / resume / skip), and either
 * {@link org.iblrnn.sweep.LocalRunner} or {@link org.iblrnn.sweep.SlurmSubmitter} (with the script of
 * {@link org.iblrnn.sweep.SlurmScript}) executes the plan.
 */
package org.iblrnn.sweep;
