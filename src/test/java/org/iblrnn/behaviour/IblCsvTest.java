package org.iblrnn.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.iblrnn.io.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IblCsvTest {

    private static final String HEADER =
            "trial_num,session_num,stim_probability_left,contrast,position,response_choice,trial_correct,reaction_time";
    private static final String CONTRAST_RULE = "(expected a finite contrast >= 0 (a mouse's contrast, or an agent's stimulus strength))";
    private static final String GOOD_ROW = "1,1,0.5,0.0625,-35.0,-1,1.0,0.7822000000000002";

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsRowsWithCrlfBomBlankLinesAndEmptyReactionTime() throws IOException {
        Path p = dir.resolve("M1.csv");
        String text = "\uFEFF" + HEADER + "\r\n" + GOOD_ROW + "\r\n\r\n"
                + "2,1,0.8,0.0,-0.0,0,0.0,\r\n" + "3,2,0.2,1.0,35.0,1,1.0,-0.25\r\n";
        Files.writeString(p, text, StandardCharsets.UTF_8);
        IblTrials t = IblCsv.read(List.of(p));
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.source(0)).isEqualTo("M1");
        assertThat(t.reactionTime(0)).isEqualTo(0.7822000000000002);
        assertThat(t.contrast(0)).isEqualTo(0.0625);
        assertThat(t.stimulusSide(0)).isEqualTo(-1);
        assertThat(t.position(1)).isEqualTo(0.0);
        assertThat(t.stimulusSide(1)).isZero();
        assertThat(t.hasResponse(1)).isFalse();
        assertThat(t.reactionTime(1)).isNaN();
        assertThat(t.blockSide(1)).isEqualTo(-1);
        assertThat(t.blockSide(2)).isEqualTo(1);
        assertThat(t.sessionNum(2)).isEqualTo(2);
        assertThat(t.reactionTime(2)).isEqualTo(-0.25);
        assertThat(t.signedContrastPercent(2)).isEqualTo(100.0);
    }

    @Test
    void columnsAreMatchedByNameAndExtraColumnsIgnored() throws IOException {
        Path p = file("R.csv", "reaction_time,extra,trial_num,session_num,stim_probability_left,contrast,position,"
                + "response_choice,trial_correct", "0.5,zzz,7,3,0.8,0.25,35,1,1");
        IblTrials t = IblCsv.read(List.of(p));
        assertThat(t.trialNum(0)).isEqualTo(7);
        assertThat(t.sessionNum(0)).isEqualTo(3);
        assertThat(t.contrast(0)).isEqualTo(0.25);
        assertThat(t.reactionTime(0)).isEqualTo(0.5);
        assertThat(t.isDiscordant(0)).isTrue();
    }

    @Test
    void notANumberNamesFileLineColumnValueAndExpectation() throws IOException {
        Path p = file("bad.csv", HEADER, GOOD_ROW, "2,1,0.5,abc,-35.0,-1,1.0,0.5");
        assertThatThrownBy(() -> IblCsv.read(List.of(p))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad.csv:3: column 'contrast' = 'abc' is not a number " + CONTRAST_RULE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,1,1.2,0.5,35,1,1,0.3    | column 'stim_probability_left' = '1.2' is not allowed (expected the block's P(left stimulus), a probability in [0, 1])",
        "1,1,-0.1,0.5,35,1,1,0.3   | column 'stim_probability_left' = '-0.1' is not allowed (expected the block's P(left stimulus), a probability in [0, 1])",
        "1,1,nan,0.5,35,1,1,0.3    | column 'stim_probability_left' = 'nan' is not allowed (expected the block's P(left stimulus), a probability in [0, 1])",
        "1,1,0.8,-0.1,35,1,1,0.3   | column 'contrast' = '-0.1' is not allowed (expected a finite contrast >= 0 (a mouse's contrast, or an agent's stimulus strength))",
        "1,1,0.8,1e999,35,1,1,0.3  | column 'contrast' = '1e999' is not allowed (expected a finite contrast >= 0 (a mouse's contrast, or an agent's stimulus strength))",
        "1,1,0.8,NaN,35,1,1,0.3    | column 'contrast' = 'NaN' is not allowed (expected a finite contrast >= 0 (a mouse's contrast, or an agent's stimulus strength))",
        "1,1,0.8,0.5,30,1,1,0.3    | column 'position' = '30' is not allowed (expected a stimulus position -35, 0 or 35)",
        "1,1,0.8,0.5,35,2,1,0.3    | column 'response_choice' = '2' is not allowed (expected a choice -1 (left), 0 (no response) or 1 (right))",
        "1,1,0.8,0.5,35,1,0.5,0.3  | column 'trial_correct' = '0.5' is not allowed (expected 0 or 1)",
        "1.5,1,0.8,0.5,35,1,1,0.3  | column 'trial_num' = '1.5' is not allowed (expected a trial number: an integer >= 0)",
        "1,-2,0.8,0.5,35,1,1,0.3   | column 'session_num' = '-2' is not allowed (expected a session number: an integer >= 0)",
        "1,1,0.8,0.5,35,1,1,1e999  | column 'reaction_time' = '1e999' is not allowed (expected a finite reaction time in seconds, or empty/NaN when missing)",
        "1,1,0.8,0.5,35,1,1,0.3x   | column 'reaction_time' = '0.3x' is not a number (expected a finite reaction time in seconds, or empty/NaN when missing)",
        "1,1,0.8,,35,1,1,0.3       | column 'contrast' is empty (expected a finite contrast >= 0 (a mouse's contrast, or an agent's stimulus strength))",
        "1,1,0.8,0.5,35,1,1        | expected 8 comma-separated fields but found 7",
        "1,1,0.8,0.5,35,1,1,0.3,9  | expected 8 comma-separated fields but found 9",
    })
    void impossibleValuesAreRejectedWithFileAndLine(String row, String message) throws IOException {
        Path p = file("M2.csv", HEADER, GOOD_ROW, GOOD_ROW, row.strip());
        assertThatThrownBy(() -> IblCsv.read(List.of(p))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("M2.csv:4: " + message.strip());
    }

    @Test
    void agentStrengthsAndAnyBlockProbabilityAreAccepted() throws IOException {
        // an exported agent: raw strengths above 1, its own block probabilities; endtrain files use 0.0-1.0
        Path p = file("agent.csv", HEADER, "1,1,0.9,2.5,35,1,1,3.0", "2,1,0.1,0.0,-35,1,0,2.0",
                "3,1,0.0,1.5,-35,-1,1,4.0", "4,1,1.0,0.5,35,0,0,11.0", "5,1,0.5,0.25,35,1,1,2.0");
        IblTrials t = IblCsv.read(List.of(p));
        assertThat(t.contrast(0)).isEqualTo(2.5);
        assertThat(t.stimProbabilityLeft(0)).isEqualTo(0.9);
        // the more likely side decides the block side; 0.5 is the only unbiased value
        assertThat(t.blockSide(0)).isEqualTo(-1);
        assertThat(t.blockSide(1)).isEqualTo(1);
        assertThat(t.blockSide(2)).isEqualTo(1);
        assertThat(t.blockSide(3)).isEqualTo(-1);
        assertThat(t.blockSide(4)).isZero();
        assertThat(t.isBiased(0)).isTrue();
        assertThat(t.isBiased(4)).isFalse();
        assertThat(t.isConcordant(0)).isFalse();
        assertThat(t.isDiscordant(0)).isTrue();
        assertThat(t.isConcordant(2)).isFalse();
        assertThat(t.isDiscordant(1)).isTrue();
        assertThat(t.isConcordant(1)).isFalse();
    }

    @Test
    void headerProblemsAreReportedOnLine1() throws IOException {
        Path missing = file("h1.csv", HEADER.replace(",contrast", ""), "1,1,0.5,-35,-1,1,0.5");
        assertThatThrownBy(() -> IblCsv.read(List.of(missing))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("h1.csv:1: header is missing column 'contrast'");
        Path repeated = file("h2.csv", HEADER + ",contrast", GOOD_ROW + ",0.5");
        assertThatThrownBy(() -> IblCsv.read(List.of(repeated))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("h2.csv:1: header repeats column 'contrast'");
        Path empty = dir.resolve("h3.csv");
        Files.writeString(empty, "");
        assertThatThrownBy(() -> IblCsv.read(List.of(empty))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("h3.csv:1: file is empty");
        assertThatThrownBy(() -> IblCsv.read(List.of(dir.resolve("nope.csv"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.csv: no such file");
    }

    @Test
    void theFirstBadFileInListOrderIsReported() throws IOException {
        Path a = file("a.csv", HEADER, GOOD_ROW, "2,1,0.5,-2,35,1,1,0.5");
        Path b = file("b.csv", HEADER, "1,1,0.5,0.5,35,9,1,0.5");
        Path ok = file("c.csv", HEADER, GOOD_ROW);
        for (int rep = 0; rep < 5; rep++) {
            assertThatThrownBy(() -> IblCsv.read(List.of(ok, b, a))).hasMessageStartingWith("b.csv:2:");
            assertThatThrownBy(() -> IblCsv.read(List.of(a, ok, b))).hasMessageStartingWith("a.csv:3:");
        }
    }

    @Test
    void directoryReadingSkipsEndtrainFilesAndSortsByName() throws IOException {
        file("Z.csv", HEADER, "5,1,0.5,1,35,1,1,0.2");
        file("A.csv", HEADER, GOOD_ROW, "2,1,0.5,1,35,1,1,0.2");
        file("A_endtrain.csv", HEADER, "9,9,0.5,1,35,1,1,0.2");
        file("notes.txt", "not a csv");
        IblTrials t = IblCsv.readDirectory(dir);
        assertThat(t.sources()).containsExactly("A", "Z");
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.source(2)).isEqualTo("Z");
        assertThat(t.trialNum(2)).isEqualTo(5);
        // named explicitly, an endtrain file is read like any other
        IblTrials end = IblCsv.read(List.of(dir.resolve("A_endtrain.csv")));
        assertThat(end.source(0)).isEqualTo("A_endtrain");
        assertThat(end.sessionNum(0)).isEqualTo(9);
    }

    private Path gzip(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(p))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void gzippedFilesReadLikePlainOnesAndMixInADirectory() throws IOException {
        file("A.csv", HEADER, GOOD_ROW);
        gzip("B.csv.gz", HEADER, "4,2,0.2,0.04,35,1,1,", "5,2,0.2,0.08,-35,0,0,0.3");
        gzip("B_endtrain.csv.gz", HEADER, "9,9,0.5,1,35,1,1,0.2");
        IblTrials t = IblCsv.readDirectory(dir);
        assertThat(t.sources()).containsExactly("A", "B");
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.source(1)).isEqualTo("B");
        assertThat(t.contrast(1)).isEqualTo(0.04);
        assertThat(t.reactionTime(1)).isNaN();
        assertThat(t.hasResponse(2)).isFalse();
        assertThat(t.reactionTime(2)).isEqualTo(0.3);
    }

    @Test
    void aBadRowInAGzippedFileNamesTheFileAndLine() throws IOException {
        Path p = gzip("G.csv.gz", HEADER, GOOD_ROW, "2,1,0.8,0.25,-35,7,1,0.4");
        assertThatThrownBy(() -> IblCsv.read(List.of(p))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("G.csv.gz:3: column 'response_choice' = '7' is not allowed");
    }

    @Test
    void aTruncatedOrFakeGzipFileIsAClearError() throws IOException {
        Path good = gzip("T.csv.gz", HEADER, GOOD_ROW, GOOD_ROW, GOOD_ROW);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("Cut.csv.gz"), java.util.Arrays.copyOf(bytes, bytes.length - 10));
        assertThatThrownBy(() -> IblCsv.read(List.of(cut))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cut.csv.gz: not a complete gzip file");
        Path fake = file("Plain.csv.gz", HEADER, GOOD_ROW);
        assertThatThrownBy(() -> IblCsv.read(List.of(fake))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Plain.csv.gz: not a complete gzip file");
    }

    @Test
    void aSourceBothPlainAndGzippedIsRefusedRatherThanCountedTwice() throws IOException {
        file("M.csv", HEADER, GOOD_ROW);
        gzip("M.csv.gz", HEADER, GOOD_ROW);
        assertThatThrownBy(() -> IblCsv.readDirectory(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("M.csv both plain and gzipped");
    }

    @Test
    void writeThenReadRoundTripsEveryValue() throws IOException {
        IblTrials original = IblTrials.builder("agent-7")
                .add(1, 1, 0.5, 0.0625, -35, -1, 1, 0.7822000000000002)
                .add(2, 1, 0.8, 0.0, 35, 0, 0, Double.NaN)
                .add(3, 1, 0.8, 0.0, 0, 0, 0, Double.NaN)
                .add(4, 2, 0.2, 1.0, 35, 1, 1, 1e-5)
                .add(5, 2, 0.2, 0.125, -35, 1, 0, -1.8693990000000014)
                .add(6, 2, 0.2, 0.08, 35, 1, 1, 0.1 + 0.2)
                .add(2000, 86, 0.8, 0.04, -35, -1, 1, 60.001300000000015)
                .build();
        Path out = dir.resolve("sub").resolve("agent-7.csv");
        IblCsv.write(out, original);
        IblTrials back = IblCsv.read(List.of(out));
        assertThat(back.size()).isEqualTo(original.size());
        assertThat(back.source(0)).isEqualTo("agent-7");
        for (int i = 0; i < original.size(); i++) {
            assertThat(back.trialNum(i)).isEqualTo(original.trialNum(i));
            assertThat(back.sessionNum(i)).isEqualTo(original.sessionNum(i));
            assertThat(back.stimProbabilityLeft(i)).isEqualTo(original.stimProbabilityLeft(i));
            assertThat(back.contrast(i)).isEqualTo(original.contrast(i));
            assertThat(back.position(i)).isEqualTo(original.position(i));
            assertThat(back.responseChoice(i)).isEqualTo(original.responseChoice(i));
            assertThat(back.trialCorrect(i)).isEqualTo(original.trialCorrect(i));
            assertThat(Double.doubleToLongBits(back.reactionTime(i)))
                    .isEqualTo(Double.doubleToLongBits(original.reactionTime(i)));
        }
        assertThat(Files.readAllLines(out).get(0)).isEqualTo(HEADER);
        assertThat(Files.readAllLines(out).get(2)).isEqualTo("2,1,0.8,0.0,35.0,0,0.0,");
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("agent-7.csv");
        }
        // overwriting replaces the whole file
        IblCsv.write(out, original.select(i -> i < 2));
        assertThat(IblCsv.read(List.of(out)).size()).isEqualTo(2);
    }

    @Test
    void builderAppliesTheSameRules() {
        assertThatThrownBy(() -> IblTrials.builder("rnn").add(1, 1, 0.8, -2.5, 35, 1, 1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rnn: row 0: column 'contrast' = -2.5 is not allowed " + CONTRAST_RULE);
        assertThatThrownBy(() -> IblTrials.builder("rnn").add(1, 1, 1.7, 0.5, 35, 1, 1, 3))
                .hasMessageContaining("'stim_probability_left' = 1.7");
        assertThatThrownBy(() -> IblTrials.builder("rnn").add(1, 1, 0.8, Double.POSITIVE_INFINITY, 35, 1, 1, 3))
                .hasMessageContaining("'contrast' = Infinity");
        assertThat(IblTrials.builder("rnn").add(1, 1, 0.7, 2.5, 35, 1, 1, 3).build().contrast(0)).isEqualTo(2.5);
    }

    @Test
    void quotedFieldsAsSpreadsheetsWriteThemAreRead() throws IOException {
        String quotedHeader = "\"" + HEADER.replace(",", "\",\"") + "\"";
        Path p = file("Q.csv", quotedHeader, "\"1\",\"1\",\"0.5\",\"0.25\", \"-35\" ,\"-1\",\"1.0\",\"\"",
                "2,1,\"0.8\",0.0,35,1,0,0.5");
        IblTrials t = IblCsv.read(List.of(p));
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.stimProbabilityLeft(0)).isEqualTo(0.5);
        assertThat(t.contrast(0)).isEqualTo(0.25);
        assertThat(t.position(0)).isEqualTo(-35);
        assertThat(t.reactionTime(0)).isNaN();
        assertThat(t.stimProbabilityLeft(1)).isEqualTo(0.8);
        Path unclosed = file("U.csv", HEADER, "1,1,\"0.5,0.25,-35,-1,1.0,0.5");
        assertThatThrownBy(() -> IblCsv.read(List.of(unclosed))).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("U.csv:2: ").hasMessageContaining("closing quote");
    }

    @Test
    void aFileWithOnlyTheHeaderIsInvalid() throws IOException {
        Path p = file("H.csv", HEADER);
        assertThatThrownBy(() -> IblCsv.read(List.of(p))).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("H.csv:").hasMessageContaining("no trial rows");
    }
}
