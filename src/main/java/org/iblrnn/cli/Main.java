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
     * Builds the command line with our exit-code mapping and error handling; writers are injectable so tests can
     * run commands in-process.
     */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ExitException ee) {
                commandLine.getErr().println("ibl-rnn: " + ee.getMessage());
                return ee.status();
            }
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("ibl-rnn: " + ex.getMessage());
                return ExitCodes.INVALID_INPUT;
            }
            if (ex instanceof IllegalStateException) {
                commandLine.getErr().println("ibl-rnn: " + ex.getMessage());
                return ExitCodes.UNEXPECTED_STATE;
            }
            if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
                commandLine.getErr().println("ibl-rnn: I/O error: " + ex.getMessage());
                return ExitCodes.GENERIC_ERROR;
            }
            commandLine.getErr().println("ibl-rnn: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof ExitException ee ? ee.status()
                : ex instanceof picocli.CommandLine.ParameterException ? ExitCodes.INVALID_INPUT
                : ExitCodes.GENERIC_ERROR);
        return cl;
    }
}
