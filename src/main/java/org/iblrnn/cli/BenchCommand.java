package org.iblrnn.cli;

import java.util.Collection;
import java.util.concurrent.Callable;
import org.iblrnn.bench.FixedPointSearchBenchmark;
import org.iblrnn.bench.GradientStepBenchmark;
import org.iblrnn.bench.TinyGruFitBenchmark;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ibl-rnn bench}: JMH measurements of one default gradient step, of one tiny-GRU fit (the unit of work of
 * fit-mice) and of analyze's fixed-point search for a 50-unit rnn and lstm; the last lines are machine-readable.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time default-config gradient steps (fresh network, after warm-up), one tiny_gru_2 fit "
                + "(" + TinyGruFitBenchmark.TRIALS + " synthetic trials, default settings) and the fixed-point search "
                + "of a fresh 50-unit rnn and lstm (one warm-up and up to 3 single shots each) with JMH.",
                "Last three lines: ms_per_fixed_point_search rnn=<x> lstm=<y> ratio=<y/x>, ms_per_tiny_gru_fit=<x>, "
                        + "then ms_per_grad_step=<x> rnn_steps_per_grad_step=<n>"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--iterations", description = "Measurement iterations of 2 s each (default: ${DEFAULT-VALUE}).")
    int iterations = 5;

    @Option(names = "--warmup", description = "Warm-up iterations of 2 s each (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    @Override
    public Integer call() throws Exception {
        Options opts = new OptionsBuilder()
                .include(GradientStepBenchmark.class.getName())
                .include(TinyGruFitBenchmark.class.getName())
                .forks(1)
                .warmupIterations(warmup).warmupTime(TimeValue.seconds(2))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx2g")
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        Collection<RunResult> searches = new Runner(new OptionsBuilder()
                .include(FixedPointSearchBenchmark.class.getName())
                .forks(1)
                .warmupIterations(1)
                .measurementIterations(Math.min(3, iterations))
                .jvmArgsAppend("-Xmx2g")
                .build()).run();
        RunResult r = result(results, GradientStepBenchmark.class);
        RunResult fit = result(results, TinyGruFitBenchmark.class);
        double ms = r.getPrimaryResult().getScore();
        double err = r.getPrimaryResult().getScoreError();
        Result<?> steps = r.getSecondaryResults().get("rnnSteps");
        long invocations = Math.max(1, r.getBenchmarkResults().stream()
                .flatMap(b -> b.getIterationResults().stream())
                .mapToLong(i -> i.getMetadata() == null ? 0 : i.getMetadata().getMeasuredOps()).sum());
        double rnnSteps = steps == null ? Double.NaN : steps.getScore() / invocations;
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "gradient step: %.3f ± %.3f ms (99.9%% CI)%n", ms, err);
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "rnn_steps_per_second=%.0f%n", rnnSteps / ms * 1000);
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "tiny_gru_2 fit (%d trials): %.1f ± %.1f ms (99.9%% CI)%n",
                TinyGruFitBenchmark.TRIALS, fit.getPrimaryResult().getScore(), fit.getPrimaryResult().getScoreError());
        double rnnSearch = search(searches, "rnn");
        double lstmSearch = search(searches, "lstm");
        spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                "ms_per_fixed_point_search rnn=%.0f lstm=%.0f ratio=%.2f%n", rnnSearch, lstmSearch,
                lstmSearch / rnnSearch);
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "ms_per_tiny_gru_fit=%.1f%n",
                fit.getPrimaryResult().getScore());
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "ms_per_grad_step=%.3f rnn_steps_per_grad_step=%.0f%n",
                ms, rnnSteps);
        return ExitCodes.OK;
    }

    /** Mean single-shot time (ms) of the fixed-point search for one architecture. */
    private static double search(Collection<RunResult> results, String architecture) {
        return results.stream().filter(r -> architecture.equals(r.getParams().getParam("architecture")))
                .findFirst().orElseThrow(() -> new IllegalStateException("JMH returned no fixed-point search for "
                        + architecture)).getPrimaryResult().getScore();
    }

    private static RunResult result(Collection<RunResult> results, Class<?> benchmark) {
        return results.stream().filter(r -> r.getParams().getBenchmark().startsWith(benchmark.getName() + "."))
                .findFirst().orElseThrow(() -> new IllegalStateException("JMH returned no result for " + benchmark));
    }
}
