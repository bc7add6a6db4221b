package org.iblrnn.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.iblrnn.config.Params;
import org.iblrnn.io.ParamsJson;

/**
 * A stand-in for {@code ibl-rnn train} in the sweep's tests: it accepts the same two command lines the sweep issues
 * ({@code train --run-dir DIR [--config F] --set k=v ...} and {@code train --resume DIR}), writes params.json like
 * train, and fakes checkpoints as empty files. Behaviour is chosen with {@code -Dfake.mode=}:
 * {@code finish} (write the last step's checkpoint, exit 0), {@code fail} (exit 1), {@code partial} (one early
 * checkpoint, exit 0), {@code hang} (mark itself started and wait; on SIGTERM write a checkpoint and a
 * {@code terminated} marker, then exit, which the JVM reports as 143), {@code hang-once} (hang, or finish when
 * a {@code terminated} marker shows it was stopped before: a pre-empted run that completes when resumed). Every invocation appends its arguments to
 * {@code DIR/fake-args.txt}.
 */
public final class FakeTrain {

    private FakeTrain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !args[0].equals("train")) {
            System.err.println("fake train: unexpected arguments " + List.of(args));
            System.exit(2);
        }
        boolean resume = args[1].equals("--resume");
        Path dir = Path.of(args[2]);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("fake-args.txt"), String.join(" ", args) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Params params;
        if (resume) {
            params = ParamsJson.read(dir.resolve("params.json"));
        } else {
            Path config = null;
            List<String> sets = new ArrayList<>();
            for (int i = 3; i < args.length; i += 2) {
                switch (args[i]) {
                    case "--config" -> config = Path.of(args[i + 1]);
                    case "--set" -> sets.add(args[i + 1]);
                    default -> throw new IllegalArgumentException("fake train: unknown option " + args[i]);
                }
            }
            params = ParamsJson.applyOverrides(config == null ? Params.defaults() : ParamsJson.read(config), sets);
            Files.writeString(dir.resolve("params.json"), ParamsJson.write(params));
        }
        long last = params.run().startGradStep() + params.run().numGradSteps() - 1;
        System.out.println("fake train in " + dir + " until step " + last);
        switch (System.getProperty("fake.mode", "finish")) {
            case "finish" -> checkpoint(dir, last);
            case "partial" -> checkpoint(dir, params.run().startGradStep());
            case "fail" -> {
                System.err.println("fake train: failing on purpose");
                System.exit(1);
            }
            case "hang" -> hang(dir);
            case "hang-once" -> {
                if (Files.exists(dir.resolve("terminated"))) {
                    checkpoint(dir, last);
                } else {
                    hang(dir);
                }
            }
            default -> throw new IllegalArgumentException("fake.mode " + System.getProperty("fake.mode"));
        }
    }

    private static void hang(Path dir) throws IOException, InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                checkpoint(dir, 3);
                Files.writeString(dir.resolve("terminated"), "SIGTERM\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        Files.writeString(dir.resolve("fake.pid"), Long.toString(ProcessHandle.current().pid()));
        Files.writeString(dir.resolve("started"), "yes\n");
        while (true) {
            Thread.sleep(1000);
        }
    }

    static void checkpoint(Path dir, long step) throws IOException {
        Files.write(dir.resolve("checkpoint_grad_steps=" + step + ".safetensors"), new byte[0]);
    }
}
