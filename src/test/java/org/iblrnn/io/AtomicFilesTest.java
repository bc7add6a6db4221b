package org.iblrnn.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Temporary files record the host and pid of their writer, so that cleaning up after a killed write never removes
 * the file of a live writer on another node of a shared file system.
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static long deadPid() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        return gone.pid();
    }

    private Path leftover(String name, Duration age) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "partial");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        return p;
    }

    @Test
    void aFileBeingWrittenIsNamedWithThisHostAndPid() throws Exception {
        try (AtomicFiles.PendingFile pending = AtomicFiles.begin(dir.resolve("x.json"))) {
            pending.stream().write(1);
            List<String> names;
            try (Stream<Path> s = Files.list(dir)) {
                names = s.map(p -> p.getFileName().toString()).toList();
            }
            assertThat(names).hasSize(1);
            assertThat(names.get(0)).startsWith(".x.json.ibl-rnn-" + HostName.tag() + "-" + ProcessHandle.current().pid()
                    + "-").endsWith(".tmp");
            assertThat(AtomicFiles.isTemporaryName(names.get(0))).isTrue();
        }
    }

    @Test
    void onlyFilesOfDeadWritersOnThisHostAreRemovedAndOthersOnlyWhenLongAbandoned() throws Exception {
        String here = HostName.tag();
        long dead = deadPid();
        long live = ProcessHandle.current().pid();
        Duration fresh = Duration.ofMinutes(5);
        Duration old = AtomicFiles.ABANDONED_AFTER.plusDays(1);
        Path deadHere = leftover(AtomicFiles.temporaryName("a.csv", here, dead, 1), fresh);
        Path liveHere = leftover(AtomicFiles.temporaryName("b.csv", here, live, 2), fresh);
        // the same pid on another node says nothing about that node's process: kept while recent
        Path otherHost = leftover(AtomicFiles.temporaryName("c.csv", "node-17.cluster", dead, 3), fresh);
        Path otherHostOld = leftover(AtomicFiles.temporaryName("d.csv", "node-17.cluster", dead, 4), old);
        Path withoutHost = leftover(".e.csv.ibl-rnn-" + dead + "-5.tmp", fresh);
        Path withoutHostOld = leftover(".f.csv.ibl-rnn-" + dead + "-6.tmp", old);
        Path notOurs = leftover(".g.csv.123.tmp", old);

        int removed = AtomicFiles.removeLeftovers(dir, here, Instant.now());

        assertThat(removed).isEqualTo(3);
        assertThat(deadHere).doesNotExist();
        assertThat(otherHostOld).doesNotExist();
        assertThat(withoutHostOld).doesNotExist();
        assertThat(liveHere).exists();
        assertThat(otherHost).exists();
        assertThat(withoutHost).exists();
        assertThat(notOurs).exists();
    }

    @Test
    void hostTagsAreShortAndMadeOfLettersDigitsAndUnderscores() {
        assertThat(HostName.tag("node-17.cluster.example.org")).isEqualTo("node_17_cluster_example_org");
        assertThat(HostName.tag("x".repeat(100))).hasSize(32);
        assertThat(HostName.tag("")).isEqualTo("unknown_host");
        assertThat(HostName.tag("häst")).isEqualTo("h_st");
    }

    @Test
    void targetsWithNamesOfTheMaximumLengthCanBeWritten() throws Exception {
        // 255 bytes is the usual NAME_MAX; the temporary name must fit too, also with multi-byte characters
        for (String name : new String[]{"a".repeat(255), "é".repeat(127), "\uD83D\uDE00".repeat(63)}) {
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).isBetween(250, 255);
            Path target = dir.resolve(name);
            AtomicFiles.writeString(target, "ok");
            assertThat(Files.readString(target)).isEqualTo("ok");
        }
        // the largest Linux pid (pid_max is at most 2^22), a 19-digit random part (createTempFile's may have 20)
        String longTemp = AtomicFiles.temporaryName("é".repeat(127), "h".repeat(64), 4_194_304L, Long.MAX_VALUE);
        assertThat(longTemp.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255 - 1);
        assertThat(AtomicFiles.isTemporaryName(longTemp)).isTrue();
    }
}
