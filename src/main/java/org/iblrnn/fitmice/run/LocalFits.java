package org.iblrnn.fitmice.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iblrnn.fitmice.CrossValidation;
import org.iblrnn.fitmice.ModelResult;

/**
 * Runs a plan's pending fits on this machine, {@code threads} mouse × model fits at a time, each saved as soon as it
 * finishes (so an interrupted run loses at most the fits in progress). Every fit's randomness derives from the seed,
 * the mouse, the model and the fold, so the results do not depend on the number of threads or their timing.
 */
public final class LocalFits {

    /** Models whose zero-contrast dynamics are kept for the dynamics figure. */
    public static final List<String> DYNAMICS_MODELS = List.of("action_kernel", "tiny_gru_1", "tiny_gru_2");

    /** Hears about each finished fit (called from the fitting threads, one call at a time). */
    public interface Progress {
        void finished(FitPlan.Task task, ModelResult result, double seconds);
    }

    private LocalFits() {
    }

    /** Fits every pending task of {@code plan}; the first failure stops the rest and is rethrown. */
    public static void run(FitPlan plan, Progress progress) {
        if (plan.pending().isEmpty()) {
            return;
        }
        ResultStore store = new ResultStore(plan.options().out());
        ExecutorService pool = Executors.newFixedThreadPool(plan.options().threads(), r -> {
            Thread t = new Thread(r, "fit-mice");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (FitPlan.Task task : plan.pending()) {
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    ModelResult r = CrossValidation.run(task.mouse().choices(), task.model(), task.identity(),
                            plan.options().folds(), plan.options().seed(),
                            DYNAMICS_MODELS.contains(task.model().name()));
                    try {
                        store.write(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot save " + store.file(r.mouse(), r.model()), e);
                    }
                    synchronized (progress) {
                        progress.finished(task, r, (System.nanoTime() - t0) / 1e9);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fit-mice was interrupted; run it again to continue", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
