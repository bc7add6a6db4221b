package org.iblrnn.cli;

import java.util.Collection;
import java.util.concurrent.Callable;
import org.iblrnn.bench.GradientStepBenchmark;
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

/** {@code ibl-rnn bench}: JMH measurement of one default gradient step; the last line is machine-readable. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time default-config gradient steps (fresh network, after warm-up) with JMH.",
                "Last line: ms_per_grad_step=<x> rnn_steps_per_grad_step=<n>"})
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
                .forks(1)
                .warmupIterations(warmup).warmupTime(TimeValue.seconds(2))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx2g")
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        RunResult r = results.iterator().next();
        double ms = r.getPrimaryResult().getScore();
        double err = r.getPrimaryResult().getScoreError();
        Result<?> steps = r.getSecondaryResults().get("rnnSteps");
        long invocations = Math.max(1, r.getBenchmarkResults().stream()
                .flatMap(b -> b.getIterationResults().stream())
                .mapToLong(i -> i.getMetadata() == null ? 0 : i.getMetadata().getMeasuredOps()).sum());
        double rnnSteps = steps == null ? Double.NaN : steps.getScore() / invocations;
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "gradient step: %.3f ± %.3f ms (99.9%% CI)%n", ms, err);
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "rnn_steps_per_second=%.0f%n", rnnSteps / ms * 1000);
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "ms_per_grad_step=%.3f rnn_steps_per_grad_step=%.0f%n",
                ms, rnnSteps);
        return ExitCodes.OK;
    }
}
