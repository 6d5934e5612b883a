package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.json.TrustListJson;

/**
 * {@code inspect --json} printed as the files are read: the same text as the whole array written
 * at the end was, files in command-line order however many are read ahead, and a file that cannot
 * be read reported on stderr in its place among the others.
 */
class InspectJsonStreamTest extends LabSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private List<String> samples() {
        return List.of(itl.toString(), dir.resolve(LabFiles.ITL_PRE12).toString(), dir.resolve(LabFiles.CTL).toString(),
                dir.resolve("ITLSEP" + LabFiles.MAC + ".tlv").toString(), dir.resolve(LabFiles.SGN).toString());
    }

    private static String[] args(List<String> head, List<String> files) {
        List<String> all = new ArrayList<>(head);
        all.addAll(files);
        return all.toArray(String[]::new);
    }

    /** What inspect printed for several files before it streamed: the array of each file's object, then a newline. */
    private static String arrayOfSingleRuns(List<String> head, List<String> files) throws Exception {
        ArrayNode array = JSON.createArrayNode();
        for (String file : files) {
            array.add(JSON.readTree(CliRun.of(args(head, List.of(file))).out()));
        }
        return TrustListJson.write(array) + "\n";
    }

    @Test
    void severalFilesAreTheTextOfTheWholeArray() throws Exception {
        List<String> head = List.of("inspect", "--json");
        CliRun run = CliRun.of(args(head, samples()));

        assertEquals(ExitCodes.NOT_OK, run.exit(), "the signed file alone is unverifiable\n" + run.transcript());
        assertEquals(arrayOfSingleRuns(head, samples()), run.out());
        assertEquals("", run.err());
    }

    @Test
    void withTrustEachObjectEndsWithVerifiedAgainst() throws Exception {
        List<String> head = List.of("inspect", "--json", "--trust", itl.toString());
        CliRun run = CliRun.of(args(head, samples()));

        assertEquals(arrayOfSingleRuns(head, samples()), run.out());
        for (JsonNode file : JSON.readTree(run.out())) {
            List<String> keys = new ArrayList<>();
            file.fieldNames().forEachRemaining(keys::add);
            assertEquals("verifiedAgainst", keys.get(keys.size() - 1), keys.toString());
        }
    }

    @Test
    void aMalformedFileAmongGoodOnesIsReportedInItsPlace() throws Exception {
        Path truncated = Files.write(dir.resolve("truncated.tlv"), Arrays.copyOf(Files.readAllBytes(itl), 300));
        Path missing = dir.resolve("gone.tlv");
        List<String> good = samples().subList(0, 3);
        List<String> files = List.of(good.get(0), truncated.toString(), good.get(1), missing.toString(), good.get(2));

        CliRun run = CliRun.of(args(List.of("inspect", "--json"), files));

        assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.transcript());
        assertEquals(arrayOfSingleRuns(List.of("inspect", "--json"), good), run.out(), "the readable files, in order");
        String[] errors = run.err().split("\n");
        assertEquals(2, errors.length, run.err());
        assertTrue(errors[0].startsWith(truncated + ": ") && errors[1].equals(missing + ": cannot read: no such file"), run.err());

        String merged = merged(args(List.of("inspect", "--json"), files));
        int[] at = {merged.indexOf("\"file\" : \"" + good.get(0) + "\""), merged.indexOf(errors[0]),
            merged.indexOf("\"file\" : \"" + good.get(1) + "\""), merged.indexOf(errors[1]),
            merged.indexOf("\"file\" : \"" + good.get(2) + "\"")};
        for (int i = 1; i < at.length; i++) {
            assertTrue(at[i - 1] >= 0 && at[i] > at[i - 1], "stdout and stderr interleaved in file order:\n" + merged);
        }
    }

    @Test
    void manyFilesComeBackInCommandLineOrder() throws Exception {
        byte[] itlSep = Files.readAllBytes(dir.resolve("ITLSEP" + LabFiles.MAC + ".tlv"));
        List<String> files = new ArrayList<>();
        List<String> expectedFiles = new ArrayList<>();
        List<String> expectedErrors = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Path f = dir.resolve(String.format("ITLSEP%012X.tlv", i));
            if (i % 7 == 3) {
                Files.write(f, Arrays.copyOf(itlSep, 40 + i));
                expectedErrors.add(f.toString());
            } else {
                Files.write(f, itlSep);
                expectedFiles.add(f.toString());
            }
            files.add(f.toString());
        }

        CliRun run = CliRun.of(args(List.of("inspect", "--json"), files));

        assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.err());
        List<String> shown = new ArrayList<>();
        for (JsonNode file : JSON.readTree(run.out())) {
            shown.add(file.get("file").asText());
            assertEquals("VALID", file.get("signature").get("status").asText());
        }
        assertEquals(expectedFiles, shown);
        assertEquals(expectedErrors, run.err().lines().map(l -> l.substring(0, l.indexOf(": "))).toList());
    }

    /** Stdout and stderr of one run on one stream, as a terminal or {@code 2>&1} shows them. */
    private static String merged(String... args) {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(both, true, StandardCharsets.UTF_8);
        VoiceBenchCli.run(args, stream, stream);
        return both.toString(StandardCharsets.UTF_8);
    }
}
