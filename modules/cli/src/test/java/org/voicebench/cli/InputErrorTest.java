package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;

/** Exit code 2: malformed and unreadable files, one line each on stderr, never a stack trace. */
class InputErrorTest extends LabSamplesTest {

    private Path truncated;

    @BeforeEach
    void writeTruncatedItl() throws Exception {
        truncated = Files.write(dir.resolve("truncated.tlv"), Arrays.copyOf(Files.readAllBytes(itl), 300));
    }

    @Test
    void malformedFileIsOneLineNamingFileProblemAndOffset() {
        CliRun run = CliRun.of("inspect", truncated.toString());

        assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.transcript());
        assertEquals("", run.out());
        TrustListFormatException expected = assertThrows(TrustListFormatException.class, () -> TrustLists.read(truncated));
        assertEquals(expected.getMessage() + "\n", run.err());
        assertTrue(run.err().matches(Pattern.quote(truncated.toString()) + ": [^\\n]+ at offset \\d+( \\(tag \\d+\\))?\\n"),
                run.err());
    }

    @Test
    void malformedJsonInputPrintsNoJson() {
        CliRun run = CliRun.of("inspect", "--json", truncated.toString());

        assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.transcript());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void missingFileCannotBeRead() {
        Path missing = dir.resolve("no-such-ITLFile.tlv");
        CliRun run = CliRun.of("inspect", missing.toString());

        assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.transcript());
        assertEquals(missing + ": cannot read: no such file\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void directoryCannotBeRead() {
        CliRun run = CliRun.of("inspect", dir.toString());

        assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.transcript());
        assertEquals(dir + ": cannot read: is a directory\n", run.err());
    }

    @Test
    void readableFilesAreStillShownAndTheExitCodeIsTwo() throws Exception {
        Path missing = dir.resolve("gone.tlv");
        // a tampered file (exit 1) does not hide the malformed one (exit 2)
        byte[] tampered = Files.readAllBytes(dir.resolve(LabFiles.CTL));
        tampered[tampered.length - 1] ^= 0x01;
        Path bad = Files.write(dir.resolve("tampered-CTL.tlv"), tampered);

        CliRun run = CliRun.of("inspect", itl.toString(), truncated.toString(), bad.toString(), missing.toString());

        assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.transcript());
        String[] errLines = run.err().split("\n");
        assertEquals(2, errLines.length, run.err());
        assertTrue(errLines[0].startsWith(truncated + ": "), run.err());
        assertEquals(missing + ": cannot read: no such file", errLines[1]);
        assertTrue(run.out().contains("== " + itl + " =="), run.out());
        assertTrue(run.out().contains("== " + bad + " =="), run.out());
        assertFalse(run.out().contains("== " + truncated + " =="), run.out());
    }

    @Test
    void unreadableTrustListStopsBeforeTheFiles() {
        Path missing = dir.resolve("phone-ITL.tlv");
        CliRun run = CliRun.of("inspect", "--trust", missing.toString(), dir.resolve(LabFiles.SGN).toString());

        assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.transcript());
        assertEquals(missing + ": cannot read: no such file\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void tamperedTrustListCountsAsAnInvalidSignature() throws Exception {
        byte[] bytes = Files.readAllBytes(itl);
        bytes[TrustLists.read(itl).header().signature().valueOffset()] ^= 0x01;
        Path anchor = Files.write(dir.resolve("altered-ITL.tlv"), bytes);

        CliRun run = CliRun.of("inspect", "--trust", anchor.toString(), dir.resolve(LabFiles.SGN).toString());

        assertEquals(ExitCodes.NOT_OK, run.exit(), "the signed file verifies, but its anchor was altered\n" + run.transcript());
        assertTrue(run.out().contains("Its own signature: INVALID"), run.out());
        assertTrue(run.out().contains("\nSignature: VALID - signed by record 3 (TFTP"), run.out());
    }

    @Test
    void noStackTraceForAnyUserError() {
        for (String[] args : new String[][] {
            {"inspect", truncated.toString()},
            {"inspect", dir.resolve("missing").toString()},
            {"inspect", "--trust", dir.resolve("missing").toString(), itl.toString()},
            {"diff", truncated.toString(), itl.toString()},
            {"inspect", "--bogus"},
            {"bogus"},
        }) {
            CliRun run = CliRun.of(args);
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.transcript());
            assertTrue(run.exit() == ExitCodes.INPUT_ERROR || run.exit() == ExitCodes.USAGE, run.transcript());
        }
    }
}
