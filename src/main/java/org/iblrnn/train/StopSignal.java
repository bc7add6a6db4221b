package org.iblrnn.train;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGTERM (what SLURM sends on pre-emption or at the time limit) into a request to stop after the current
 * gradient step. The JVM runs shutdown hooks on SIGTERM; our hook raises the flag and waits until the trainer
 * has written its checkpoint, so the process exits (status 143) only with a valid checkpoint on disk.
 */
public final class StopSignal implements AutoCloseable {

    private static final long MAX_WAIT_SECONDS = 300;

    private volatile boolean requested;
    private final CountDownLatch handled = new CountDownLatch(1);
    private final Thread hook;

    private StopSignal(boolean installHook) {
        this.hook = installHook ? new Thread(this::onShutdown, "ibl-rnn-sigterm") : null;
        if (hook != null) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** A signal wired to the JVM's shutdown (SIGTERM, SIGINT). */
    public static StopSignal onTermination() {
        return new StopSignal(true);
    }

    /** A signal raised only by {@link #request()} (tests, embedding). */
    public static StopSignal manual() {
        return new StopSignal(false);
    }

    private void onShutdown() {
        requested = true;
        try {
            handled.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void request() {
        requested = true;
    }

    public boolean isRequested() {
        return requested;
    }

    /** Called by the trainer once the stop was handled (checkpoint written) or training ended. */
    public void markHandled() {
        handled.countDown();
    }

    @Override
    public void close() {
        markHandled();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shutdownInProgress) {
                // the hook is running: it will return now that we are marked handled
            }
        }
    }
}
