package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabCluster.ItlSigning;

/** {@code diff}: an ITL before and after the publisher's CallManager certificate is regenerated. */
class DiffCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant LATER = Instant.parse("2026-06-01T00:00:00Z");

    private static LabCluster regenerated;

    @TempDir
    Path dir;

    private LabCluster before;
    private LabCluster after;

    @BeforeEach
    void clusters() {
        before = LabFiles.cluster();
        after = regenerated();
    }

    private static synchronized LabCluster regenerated() {
        if (regenerated == null) {
            regenerated = LabFiles.cluster().regenerate("CallManager", "cucm-pub", 99L);
        }
        return regenerated;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return LabCluster.writeAtomically(dir.resolve(name), bytes);
    }

    @Test
    void regeneratedCallManagerShowsTwoChangedRecords() throws Exception {
        Path old = write("old.tlv", before.itl("cucm-pub", ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, LabFiles.TIMESTAMP));
        Path neu = write("new.tlv", after.itl("cucm-pub", ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, LATER));
        String oldSha1 = LabFiles.sha1(before.identity("CallManager", "cucm-pub").certificate());
        String newSha1 = LabFiles.sha1(after.identity("CallManager", "cucm-pub").certificate());

        CliRun run = CliRun.of("diff", old.toString(), neu.toString());

        assertEquals(ExitCodes.NOT_OK, run.exit(), run.transcript());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("Old: " + old + " (ITL, 7 records"), out);
        assertTrue(out.contains("\nNew: " + neu + " (ITL, 7 records"), out);
        assertTrue(out.contains("\nHeader changes (1)\n  timestamp  - 2026-02-01T00:00:00Z\n             + 2026-06-01T00:00:00Z\n"), out);
        assertTrue(out.contains("\nSigner: unchanged, CN=ITLRECOVERY_"), "CUCM 12+: ITLRecovery still signs\n" + out);
        assertTrue(out.contains("\nRecords: 0 added, 0 removed, 2 changed, 5 unchanged\n"), out);
        assertTrue(out.contains("\n  old #2 -> new #2  SAST  CN=cucm-pub.lab.example.com"), out);
        assertTrue(out.contains("\n  old #3 -> new #3  TFTP  CN=cucm-pub.lab.example.com"), out);
        assertTrue(out.contains("    certificate  - sha1 " + oldSha1 + "\n                 + sha1 " + newSha1 + "\n"), out);
        assertTrue(out.endsWith("\nResult: the files differ\n"), out);

        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 120, "line of " + line.length() + " columns: " + line);
        }
    }

    @Test
    void regeneratedCallManagerInJson() throws Exception {
        Path old = write("old.tlv", before.itl("cucm-pub", ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, LabFiles.TIMESTAMP));
        Path neu = write("new.tlv", after.itl("cucm-pub", ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, LATER));

        CliRun run = CliRun.of("diff", "--json", old.toString(), neu.toString());

        assertEquals(ExitCodes.NOT_OK, run.exit(), run.transcript());
        JsonNode d = JSON.readTree(run.out());
        assertEquals(old.toString(), d.get("old").asText());
        assertEquals(neu.toString(), d.get("new").asText());
        assertFalse(d.get("identical").asBoolean());
        assertFalse(d.get("signerChanged").asBoolean());
        assertEquals(0, d.get("added").size());
        assertEquals(0, d.get("removed").size());
        assertEquals(5, d.get("unchanged").asInt());
        assertEquals(1, d.get("headerChanges").size());
        assertEquals("timestamp", d.get("headerChanges").get(0).get("field").asText());
        List<String> functions = new ArrayList<>();
        for (JsonNode c : d.get("changed")) {
            functions.add(c.get("function").asText());
            List<String> fields = new ArrayList<>();
            c.get("changes").forEach(f -> fields.add(f.get("field").asText()));
            assertEquals(List.of("serial", "certificate"), fields, c.toString());
            assertEquals("sha1 " + LabFiles.sha1(after.identity("CallManager", "cucm-pub").certificate()),
                    c.get("changes").get(1).get("new").asText());
        }
        assertEquals(List.of("SAST", "TFTP"), functions);
    }

    @Test
    void pre12ItlChangesItsSigner() throws Exception {
        // before CUCM 12 the TFTP node's CallManager key signs the ITL: regenerating it changes the signer
        Path old = write("old.tlv", before.itl("cucm-pub", ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, LabFiles.TIMESTAMP));
        Path neu = write("new.tlv", after.itl("cucm-pub", ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, LabFiles.TIMESTAMP));

        CliRun human = CliRun.of("diff", old.toString(), neu.toString());
        assertEquals(ExitCodes.NOT_OK, human.exit(), human.transcript());
        assertTrue(human.out().contains("\nSigner: changed\n  - CN=cucm-pub.lab.example.com"), human.out());
        assertTrue(human.out().contains("\n  signerSerial  - "), human.out());

        CliRun json = CliRun.of("diff", old.toString(), neu.toString(), "--json");
        assertTrue(JSON.readTree(json.out()).get("signerChanged").asBoolean(), json.out());
    }

    @Test
    void addedAndRemovedRecordsAreListedAsTables() throws Exception {
        Path itl = write("ITLFile.tlv", before.itl("cucm-pub", ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, LabFiles.TIMESTAMP));
        Path ctl = write("CTLFile.tlv", before.ctl(DigestAlgorithm.SHA1, LabFiles.TIMESTAMP));

        CliRun run = CliRun.of("diff", itl.toString(), ctl.toString());

        assertEquals(ExitCodes.NOT_OK, run.exit(), run.transcript());
        assertTrue(run.out().contains("\nAdded (2, numbered as in NEW)\n"), run.out());
        assertTrue(run.out().contains("\nRemoved (3, numbered as in OLD)\n"), run.out());
        assertTrue(run.out().matches("(?s).*\\nAdded .*\\n +4 +CCM\\+TFTP +cucm-sub1\\.lab\\.example\\.com .*\\nRemoved .*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nRemoved .*\\n +4 +TVS +cucm-pub\\.lab\\.example\\.com .*"), run.out());
    }

    @Test
    void identicalFilesExitZero() throws Exception {
        byte[] itl = before.itl("cucm-pub", ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, LabFiles.TIMESTAMP);
        Path a = write("a.tlv", itl);
        Path b = write("b.tlv", itl);

        CliRun run = CliRun.of("diff", a.toString(), b.toString());

        assertEquals(ExitCodes.OK, run.exit(), run.transcript());
        assertTrue(run.out().contains("\nHeader: no changes\n"), run.out());
        assertTrue(run.out().contains("\nRecords: 0 added, 0 removed, 0 changed, 7 unchanged\n"), run.out());
        assertTrue(run.out().endsWith("\nResult: identical\n"), run.out());
        assertTrue(JSON.readTree(CliRun.of("diff", "--json", a.toString(), b.toString()).out()).get("identical").asBoolean());
    }

    @Test
    void unreadableInputsAreEachReportedWithExitTwo() throws Exception {
        byte[] itl = before.itl("cucm-pub", ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, LabFiles.TIMESTAMP);
        Path truncated = Files.write(dir.resolve("truncated.tlv"), Arrays.copyOf(itl, 40));
        Path missing = dir.resolve("missing.tlv");

        CliRun run = CliRun.of("diff", truncated.toString(), missing.toString());

        assertEquals(ExitCodes.INPUT_ERROR, run.exit(), run.transcript());
        assertEquals("", run.out());
        String[] lines = run.err().split("\n");
        assertEquals(2, lines.length, run.err());
        assertTrue(lines[0].matches(java.util.regex.Pattern.quote(truncated.toString()) + ": .+ at offset \\d+.*"), run.err());
        assertEquals(missing + ": cannot read: no such file", lines[1]);
    }
}
