package org.iblrnn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.iblrnn.io.HeapMemory;
import org.iblrnn.io.InvalidInputException;
import org.iblrnn.io.IoErrors;
import org.iblrnn.io.StateConflictException;

/**
 * Turns an exception that ended a command into one line on stderr and an exit status. The rule every command
 * follows:
 * <ul>
 *   <li>{@link ExitException}: its own status and message;</li>
 *   <li>{@link InvalidInputException} (and its {@code ConfigException}), picocli's parameter errors: 2;</li>
 *   <li>{@link StateConflictException}: 3;</li>
 *   <li>I/O failures ({@link IOException}, {@link UncheckedIOException}): 1, with the operating system's reason;</li>
 *   <li>{@link OutOfMemoryError} (or {@link HeapMemory.Exhausted}): 4, with how to raise the heap;</li>
 *   <li>anything else, including a bare {@link IllegalArgumentException} or {@link IllegalStateException} from an
 *       internal precondition: a bug, 4, with the class and line where it happened; the stack trace goes to a crash
 *       file (and a run's logging.log when the command was working on a run).</li>
 * </ul>
 * Exceptions wrapped by thread pools (execution and completion exceptions) are judged by their cause.
 */
final class ErrorReport {

    private ErrorReport() {
    }

    /** System property naming the directory of crash files; overrides {@value #CRASH_DIR_VARIABLE}. */
    static final String CRASH_DIR_PROPERTY = "ibl-rnn.crash-dir";
    /** Environment variable naming the directory of crash files (default: the system's temporary directory). */
    static final String CRASH_DIR_VARIABLE = "IBL_RNN_CRASH_DIR";

    /** Prints the one line for {@code ex} to {@code err} and returns the exit status. */
    static int report(Throwable ex, PrintWriter err) {
        return report(ex, err, crashDirectory(System.getProperty(CRASH_DIR_PROPERTY), System.getenv(CRASH_DIR_VARIABLE),
                System.getProperty("java.io.tmpdir")));
    }

    /**
     * Where crash files go: the {@value #CRASH_DIR_PROPERTY} system property, else the {@value #CRASH_DIR_VARIABLE}
     * environment variable, else the temporary directory (blank values count as unset).
     */
    static Path crashDirectory(String property, String variable, String tmpdir) {
        for (String s : new String[]{property, variable}) {
            if (s != null && !s.isBlank()) {
                return Path.of(s);
            }
        }
        return Path.of(tmpdir);
    }

    /** As {@link #report(Throwable, PrintWriter)}, writing a bug's stack trace into {@code crashDir}. */
    static int report(Throwable ex, PrintWriter err, Path crashDir) {
        Throwable e = unwrap(ex);
        if (e instanceof ExitException ee) {
            err.println("ibl-rnn: " + ee.getMessage());
            return ee.status();
        }
        if (e instanceof InvalidInputException) {
            err.println("ibl-rnn: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof StateConflictException) {
            err.println("ibl-rnn: " + e.getMessage());
            return ExitCodes.UNEXPECTED_STATE;
        }
        if (e instanceof HeapMemory.Exhausted) {
            err.println("ibl-rnn: " + e.getMessage());
            return ExitCodes.INTERNAL_ERROR;
        }
        if (e instanceof OutOfMemoryError) {
            err.println("ibl-rnn: " + HeapMemory.outOfMemory("running the command"));
            return ExitCodes.INTERNAL_ERROR;
        }
        if (e instanceof UncheckedIOException u) {
            err.println("ibl-rnn: " + ioLine(u.getMessage(), u.getCause()));
            return ExitCodes.GENERIC_ERROR;
        }
        if (e instanceof IOException io) {
            err.println("ibl-rnn: " + ioLine(null, io));
            return ExitCodes.GENERIC_ERROR;
        }
        err.println("ibl-rnn: internal error (a bug in ibl-rnn; please report it): " + e.getClass().getSimpleName()
                + " at " + where(e) + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
                + crashFile(ex, crashDir));
        return ExitCodes.INTERNAL_ERROR;
    }

    /** The exception that matters: thread-pool and reflection wrappers are peeled off. */
    static Throwable unwrap(Throwable ex) {
        Throwable e = ex;
        while ((e instanceof ExecutionException || e instanceof CompletionException
                || e instanceof InvocationTargetException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** "class:line" of the first frame in our code (else the first frame at all). */
    static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        for (StackTraceElement f : trace) {
            if (f.getClassName().startsWith("org.iblrnn.")) {
                return f.getClassName() + ":" + f.getLineNumber();
            }
        }
        return trace.length > 0 ? trace[0].getClassName() + ":" + trace[0].getLineNumber() : "an unknown place";
    }

    private static String ioLine(String message, IOException cause) {
        if (cause == null) {
            return message;
        }
        String reason = IoErrors.reason(cause);
        String base = message != null ? message : cause.getMessage();
        if (base == null || base.isBlank()) {
            return "I/O error: " + reason;
        }
        return base.toLowerCase(java.util.Locale.ROOT).contains(reason.toLowerCase(java.util.Locale.ROOT)) ? firstLine(base)
                : firstLine(base) + ": " + reason;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Writes the stack trace to a new crash file in {@code dir}; returns "; stack trace in F" or "". */
    private static String crashFile(Throwable ex, Path dir) {
        try {
            Files.createDirectories(dir);
            Path f = Files.createTempFile(dir, "ibl-rnn-crash-", ".txt");
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            Files.writeString(f, sw.toString());
            return "; stack trace in " + f;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
