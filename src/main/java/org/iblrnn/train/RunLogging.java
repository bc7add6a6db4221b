package org.iblrnn.train;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Copies everything logged while a command works on a run into the run's {@code logging.log}, so a run directory
 * carries its own history (the console keeps its short format).
 */
public final class RunLogging implements AutoCloseable {

    private final FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender;

    private RunLogging(FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender) {
        this.appender = appender;
    }

    /** Starts appending the root logger's events to {@code file}. */
    public static RunLogging to(Path file) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return new RunLogging(null);
        }
        PatternLayoutEncoder enc = new PatternLayoutEncoder();
        enc.setContext(ctx);
        enc.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
        enc.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> fa = new FileAppender<>();
        fa.setContext(ctx);
        fa.setName("run-" + file);
        fa.setFile(file.toString());
        fa.setAppend(true);
        fa.setEncoder(enc);
        fa.start();
        ctx.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(fa);
        return new RunLogging(fa);
    }

    /**
     * Records in the run's log why the command stopped: one line for a user error or an I/O failure, the stack
     * trace for anything else (a bug or out of memory), which the console does not show (it prints one line).
     */
    public static void recordFailure(org.slf4j.Logger log, Throwable e) {
        if (e instanceof org.iblrnn.io.InvalidInputException || e instanceof org.iblrnn.io.StateConflictException
                || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            log.error(org.iblrnn.train.TrainingRun.FILE_ONLY, "Stopped: {}", e.getMessage());
        } else {
            log.error(org.iblrnn.train.TrainingRun.FILE_ONLY, "Stopped by an error", e);
        }
    }

    @Override
    public void close() {
        if (appender != null) {
            LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
            ctx.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            appender.stop();
        }
    }
}
