package org.iblrnn.io;

import java.util.Locale;

/**
 * The Java heap as a limit the user can see and raise. Commands estimate what a configuration needs before they
 * allocate it ({@link #require}), so that an impossible size fails at once naming its key rather than as an
 * {@link OutOfMemoryError} minutes later; and an {@code OutOfMemoryError} that still happens is reported with the
 * same advice: raise {@code -Xmx} through {@value #JAVA_OPTS_VARIABLE}, which the {@code ibl-rnn} launcher passes to
 * java.
 */
public final class HeapMemory {

    /** The variable whose options the launcher passes to java (adding {@code -Xmx8g} unless they set the heap). */
    public static final String JAVA_OPTS_VARIABLE = "IBL_RNN_JAVA_OPTS";

    private HeapMemory() {
    }

    /** The heap this JVM may grow to, in bytes. */
    public static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /**
     * Refuses a configuration whose estimated need exceeds the heap.
     *
     * @param bytes estimated bytes needed
     * @param key   the option or params.json key that sets the size (named in the message)
     * @param what  what needs the memory, e.g. "the BPTT trajectory of one session"
     * @throws InvalidInputException when {@code bytes} exceeds the heap
     */
    public static void require(double bytes, String key, String what) {
        long max = maxHeap();
        if (bytes > max) {
            throw new InvalidInputException(key + ": " + what + " needs about " + size(bytes) + " but the Java heap is "
                    + size(max) + "; lower " + key + " or " + raise(bytes));
        }
    }

    /** "raise the heap with IBL_RNN_JAVA_OPTS=-Xmx16g (now 8 GB)", sized for {@code bytes} when known. */
    public static String raise(double bytes) {
        long gb = Math.max(2, (long) Math.ceil(Math.max(bytes, 2.0 * maxHeap()) * 1.25 / (1L << 30)));
        return "raise the heap, e.g. " + JAVA_OPTS_VARIABLE + "=-Xmx" + gb + "g ./ibl-rnn ... (or java -Xmx" + gb
                + "g -jar ibl-rnn.jar ...)";
    }

    /** A byte count as "512 MB" or "3.2 GB". */
    public static String size(double bytes) {
        if (bytes < 1e9) {
            return String.format(Locale.ROOT, "%.0f MB", Math.max(1, bytes / 1e6));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }

    /** One line for an {@link OutOfMemoryError} that happened while doing {@code what}. */
    public static String outOfMemory(String what) {
        return "out of memory while " + what + " (the Java heap is " + size(maxHeap()) + "); " + raise(0);
    }

    /**
     * An {@link OutOfMemoryError} with the context of what was being done, so the user learns what was too big.
     * The command line reports it as one line with {@link #outOfMemory} and exits with status 4.
     */
    public static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Exhausted(String what, OutOfMemoryError cause) {
            super(outOfMemory(what), cause);
        }
    }
}
