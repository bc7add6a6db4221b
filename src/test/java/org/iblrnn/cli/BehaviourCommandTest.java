package org.iblrnn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iblrnn.behaviour.MiceSummary;
import org.iblrnn.behaviour.MouseData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BehaviourCommandTest {

    private static final String HEADER =
            "trial_num,session_num,stim_probability_left,contrast,position,response_choice,trial_correct,reaction_time";

    /** Exit status, stdout and stderr of one in-process run. */
    record Result(int status, String out, String err) {
    }

    /** Runs the command the way Main does. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    /** The mouse data (full set or shipped subset, gzipped) give their reference numbers and the summary. */
    @Test
    void theMouseDataReproduceTheReferenceNumbersAndTheSummary(@TempDir Path tmp) throws Exception {
        MouseData data = MouseData.locate();
        MouseData.Expected e0 = data.expected();
        double tol = e0.tolerance();
        Path out = tmp.resolve("out");
        Path summary = tmp.resolve("summary.json");
        Result r = run("behaviour", data.directory().toString(), "--out", out.toString(), "--dpi", "30",
                "--summary-out", summary.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(e0.trials() + " trials from " + e0.mice() + " file(s)");
        JsonNode j = new ObjectMapper().readTree(out.resolve(BehaviourCommand.METRICS_FILE).toFile());
        assertThat(j.get("sources").size()).isEqualTo(e0.mice());
        assertThat(j.get("stimulus_unit").asText()).isEqualTo("contrast_percent");
        assertThat(j.get("correct_by_total_trials").asDouble()).isCloseTo(e0.accuracy(), within(tol));
        for (double[] e : e0.byContrast()) {
            JsonNode row = null;
            for (JsonNode n : j.get("by_contrast")) {
                if (n.get("contrast").asDouble() == e[0]) {
                    row = n;
                }
            }
            assertThat(row).as("contrast %s", e[0]).isNotNull();
            assertThat(row.get("all").asDouble()).isCloseTo(e[1], within(tol));
            assertThat(row.get("concordant").asDouble()).isCloseTo(e[2], within(tol));
            assertThat(row.get("discordant").asDouble()).isCloseTo(e[3], within(tol));
        }
        assertThat(j.get("p_right_zero_contrast").get("left_block").asDouble())
                .isCloseTo(e0.pRightLeft(), within(tol));
        assertThat(j.get("p_right_zero_contrast").get("right_block").asDouble())
                .isCloseTo(e0.pRightRight(), within(tol));
        assertThat(j.get("psychometric").get("0.8").get("bias").asDouble()).isPositive();
        for (String stem : new String[] {"psychometric_by_block", "correct_by_contrast_concordance",
                "correct_by_trial_after_switch", "reaction_time_by_contrast"}) {
            assertThat(out.resolve("behaviour_" + stem + ".png")).isRegularFile();
        }
        // the documented way of generating the resource gives exactly the shipped resource (from the full set),
        // and for any mouse data exactly what analyze's --mice-data computes
        String written = Files.readString(summary);
        assertThat(written).isEqualTo(MiceSummary.load(data.directory()).toJson());
        if (data.full()) {
            assertThat(written).isEqualTo(MiceSummary.load(null).toJson());
        }
    }

    @Test
    void anExportedAgentIsAnalysedOnTheStrengthAxis(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("agent_ibl.csv");
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        int trial = 1;
        for (int rep = 0; rep < 30; rep++) {
            for (double s : new double[] {0, 0.5, 1, 1.5, 2, 2.5}) {
                for (int side : new int[] {-1, 1}) {
                    for (double pLeft : new double[] {0.8, 0.2}) {
                        int choice = (rep % 4 == 0 && s < 1.5) ? -side : side;
                        sb.append(trial++).append(",1,").append(pLeft).append(',').append(s).append(',')
                                .append(35 * side).append(',').append(choice).append(',')
                                .append(choice == side ? 1 : 0).append(",3\n");
                    }
                }
            }
        }
        Files.writeString(csv, sb);
        Path out = tmp.resolve("out");
        Result r = run("behaviour", csv.toString(), "--out", out.toString(), "--dpi", "30");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.resolve(BehaviourCommand.METRICS_FILE).toFile());
        assertThat(j.get("stimulus_unit").asText()).isEqualTo("strength");
        assertThat(j.get("p_right_by_signed_contrast").get(0).get("signed_contrast").asDouble()).isEqualTo(-2.5);
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(4);
        }
        // a summary is for mouse data only
        Result bad = run("behaviour", csv.toString(), "--out", tmp.resolve("o2").toString(), "--summary-out",
                tmp.resolve("s.json").toString());
        assertThat(bad.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).contains("--summary-out summarises mouse data");
        assertThat(tmp.resolve("o2")).doesNotExist();
        assertThat(tmp.resolve("s.json")).doesNotExist();
    }

    @Test
    void aMissingPathIsAOneLineErrorWithNoOutput(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        Result r = run("behaviour", tmp.resolve("nowhere").toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains("nowhere: no such file or directory");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadCsvRowNamesFileAndLineAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(dir.resolve("good.csv"), HEADER + "\n1,1,0.8,0.25,-35,-1,1,0.4\n");
        Files.writeString(dir.resolve("bad.csv"), HEADER + "\n1,1,0.8,0.25,-35,-1,1,0.4\n2,1,0.8,0.25,-35,7,1,0.4\n");
        Path out = tmp.resolve("out");
        Result r = run("behaviour", dir.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n")
                .isEqualTo("ibl-rnn: bad.csv:3: column 'response_choice' = '7' is not allowed "
                        + "(expected a choice -1 (left), 0 (no response) or 1 (right))");
        assertThat(out).doesNotExist();
        // an empty directory and a bad unit are input errors too
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThat(run("behaviour", empty.toString(), "--out", out.toString()).status())
                .isEqualTo(ExitCodes.INVALID_INPUT);
        Result unit = run("behaviour", dir.resolve("good.csv").toString(), "--stimulus", "lux", "--out",
                out.toString());
        assertThat(unit.status()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unit.err()).contains("unknown stimulus unit 'lux'");
        assertThat(out).doesNotExist();
    }
}
