package org.iblrnn.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code ibl-rnn} launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = newCommandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Builds the command line with our exit-code mapping and error handling ({@link ErrorReport}); writers are
     * injectable so tests can run commands in-process.
     */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        HelpReflow.apply(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> ErrorReport.report(ex, commandLine.getErr()));
        // picocli passes only Exceptions to the handler; an Error (OutOfMemoryError, StackOverflowError) would
        // otherwise escape as a raw stack trace
        cl.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (Error e) {
                return ErrorReport.report(e, cl.getErr());
            }
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof ExitException ee ? ee.status()
                : ex instanceof picocli.CommandLine.ParameterException ? ExitCodes.INVALID_INPUT
                : ExitCodes.GENERIC_ERROR);
        return cl;
    }
}
