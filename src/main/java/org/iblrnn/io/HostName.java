package org.iblrnn.io;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The name of the machine this process runs on. A process id means something only on its own machine, and on a
 * cluster file system several nodes write into the same directories; so whatever records a pid (lock files,
 * temporary file names) records the host beside it.
 */
public final class HostName {

    /** Longest host tag put into file names. */
    static final int MAX_TAG = 32;

    private static volatile String name;

    private HostName() {
    }

    /**
     * The host name as the kernel knows it (Linux reads it from /proc, instantly; elsewhere the local address's
     * name), or "unknown-host".
     */
    public static String name() {
        String n = name;
        if (n == null) {
            n = lookUp();
            name = n;
        }
        return n;
    }

    /** {@link #name()} for a file name: letters and digits only ('_' for anything else), at most 32 characters. */
    public static String tag() {
        return tag(name());
    }

    static String tag(String host) {
        StringBuilder sb = new StringBuilder(Math.min(host.length(), MAX_TAG));
        for (int i = 0; i < host.length() && sb.length() < MAX_TAG; i++) {
            char c = host.charAt(i);
            sb.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
        return sb.length() == 0 ? "unknown_host" : sb.toString();
    }

    private static String lookUp() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isRegularFile(kernel)) {
                String s = new String(Files.readAllBytes(kernel), StandardCharsets.UTF_8).trim();
                if (!s.isEmpty()) {
                    return s;
                }
            }
        } catch (IOException | SecurityException e) {
            // fall back to the resolver
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }
}
