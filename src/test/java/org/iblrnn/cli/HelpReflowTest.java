package org.iblrnn.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HelpReflowTest {

    @Test
    void joinsBrokenLinesIntoParagraphsAndKeepsExamplesAndBlankLines() {
        String[] in = {"", "Every model is fitted to each mouse's", "choices and scored.", "", "Examples:",
            "  ibl-rnn fit-mice mice/ --out fits", "Last line."};
        assertThat(HelpReflow.reflow(in, 80)).containsExactly("",
                "Every model is fitted to each mouse's choices and scored.", "", "Examples:", "  ibl-rnn fit-mice mice/ --out fits", "Last line.");
    }

    @Test
    void aLongExampleIsContinuedShellStyleWithinTheWidth() {
        String line = "  ibl-rnn fit-mice mice/ --out fits --task-run runs/<run id> --slurm --time 2:00:00 --cpus 2";
        assertThat(HelpReflow.continued(line, 60)).containsExactly(
                "  ibl-rnn fit-mice mice/ --out fits --task-run runs/<run \\",
                "      id> --slurm --time 2:00:00 --cpus 2");
        assertThat(HelpReflow.continued("  short", 60)).containsExactly("  short");
    }

    @Test
    void noHelpLineIsLeftWithAFewWordsAfterAWrap() {
        for (String command : new String[] {"train", "analyze", "run", "sweep", "compare", "behaviour", "fit-mice",
            "export", "bench"}) {
            BehaviourCommandTest.Result r = BehaviourCommandTest.run(command, "--help");
            assertThat(r.status()).isZero();
            String[] lines = r.out().split("\n");
            for (int i = 1; i + 1 < lines.length; i++) {
                String line = lines[i];
                // a short line between two long ones is a source line break that picocli wrapped on its own
                boolean stub = !line.isBlank() && !Character.isWhitespace(line.charAt(0)) && line.length() < 30
                        && lines[i - 1].length() > 60 && lines[i + 1].length() > 60
                        && !Character.isWhitespace(lines[i + 1].charAt(0));
                assertThat(stub).as(command + " --help line '" + line + "'").isFalse();
            }
        }
    }
}
