package org.iblrnn.sweep;

import org.iblrnn.io.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How a sweep starts its children: the same Java and classpath as the launcher that runs the sweep, so a sweep
 * never mixes versions of the code (the jar is not rebuilt underneath a running sweep by the {@code ibl-rnn}
 * script, since children bypass it).
 *
 * @param java       the java executable
 * @param jvmOptions options before the class path (from {@code IBL_RNN_JAVA_OPTS}, whitespace-separated)
 * @param classpath  the class path
 * @param mainClass  the class whose {@code main} parses {@code train ...}
 */
public record JavaCommand(Path java, List<String> jvmOptions, String classpath, String mainClass) {

    /** The environment variable the {@code ibl-rnn} launcher also reads for JVM options. */
    public static final String JAVA_OPTS_VARIABLE = "IBL_RNN_JAVA_OPTS";
    public static final String MAIN_CLASS = "org.iblrnn.cli.Main";

    public JavaCommand {
        jvmOptions = List.copyOf(jvmOptions);
        if (classpath == null || classpath.isBlank()) {
            throw new InvalidInputException("the class path for sweep children is empty (run the sweep through ./ibl-rnn)");
        }
    }

    /** This JVM's java binary and class path, JVM options from {@code IBL_RNN_JAVA_OPTS} in {@code environment}. */
    public static JavaCommand current(Map<String, String> environment) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String opts = environment.getOrDefault(JAVA_OPTS_VARIABLE, "").trim();
        List<String> jvm = opts.isEmpty() ? List.of() : Arrays.asList(opts.split("\\s+"));
        return new JavaCommand(java, jvm, System.getProperty("java.class.path"), MAIN_CLASS);
    }

    /** {@code java [options] -cp CP MAIN args...}. */
    public List<String> commandLine(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }
}
