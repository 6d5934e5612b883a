package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.lab.LabCluster;

/** {@code inspect} in human form: tables, verdicts, hashes, warnings, and the exit codes 0 and 1. */
class InspectCommandTest extends LabSamplesTest {

    @Test
    void itlShowsHeaderRecordsVerdictHashesAndWarnings() throws Exception {
        CliRun run = CliRun.of("inspect", itl.toString());

        assertEquals(ExitCodes.OK, run.exit(), run.transcript());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("== " + itl + " ==\n"), out);
        assertTrue(out.contains("\nHeader\n"), out);
        assertTrue(out.matches("(?s).*\\n  Type +ITL\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n  Version +1\\.2\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n  Digest +SHA-1\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n  Signature +RSA, 2048 bits\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n  Timestamp +2026-02-01T00:00:00Z\\n.*"), out);
        assertTrue(out.contains("\nRecords (7)\n"), out);
        assertTrue(out.matches("(?s).*\\n +# +Function +DNS name +Subject +Serial +IP +Expires +Cert SHA-1\\n.*"), out);
        // CUCM 12+ ITL: signed by ITLRecovery, record 1, marked as the signer
        assertTrue(out.matches("(?s).*\\n +\\*1 +SAST +cucm-pub\\.lab\\.example\\.com +CN=ITLRECOVERY_.*"), out);
        for (String function : List.of("TFTP", "TVS", "CAPF")) {
            assertTrue(out.matches("(?s).*\\n +\\d +" + function.replace("+", "\\+") + " .*"), function + " row missing:\n" + out);
        }
        assertTrue(out.contains("\nSignature: VALID - signed by record 1 (SAST"), out);
        byte[] bytes = Files.readAllBytes(itl);
        assertTrue(out.contains("\n  MD5      " + LabFiles.digest("MD5", bytes) + "\n"), out);
        assertTrue(out.contains("\n  SHA-1    " + LabFiles.digest("SHA-1", bytes) + "\n"), out);
        assertTrue(out.contains("\n  SHA-256  " + LabFiles.digest("SHA-256", bytes) + "\n"), out);
        assertTrue(out.endsWith("\nWarnings: none\n"), out);
    }

    @Test
    void humanOutputFits120ColumnsAndWideShowsWholeValues() throws Exception {
        CliRun narrow = CliRun.of("inspect", itl.toString());
        for (String line : narrow.out().split("\n")) {
            assertTrue(line.length() <= 120, "line of " + line.length() + " columns: " + line);
        }
        String recoverySha1 = LabFiles.sha1(LabFiles.cluster().identity("ITLRecovery", "cucm-pub").certificate());
        assertFalse(narrow.out().contains(recoverySha1), "the certificate SHA-1 column is cut to fit");
        assertTrue(narrow.out().contains(recoverySha1.substring(0, 8)), narrow.out());

        CliRun wide = CliRun.of("inspect", "--wide", itl.toString());
        assertEquals(ExitCodes.OK, wide.exit(), wide.transcript());
        assertTrue(wide.out().contains(recoverySha1), wide.out());
        assertTrue(wide.out().contains("CN=ITLRECOVERY_cucm-pub.lab.example.com;OU=IPCBU;O=VoiceBench Lab;L=RTP;ST=NC;C=US  "),
                wide.out());
    }

    @Test
    void expiredCertificatesAreMarkedAndWarned() throws Exception {
        // certificates issued 2015 for 5 years (ITLRecovery 20): expired now, except ITLRecovery
        LabCluster old = LabCluster.generate("old.example.com", List.of("old-pub"), 1024, 2048, 7L,
                Instant.parse("2015-01-01T00:00:00Z"));
        Path file = LabCluster.writeAtomically(dir.resolve("old-ITLFile.tlv"),
                old.itl("old-pub", LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA256, LabFiles.TIMESTAMP));

        CliRun run = CliRun.of("inspect", file.toString());

        assertEquals(ExitCodes.OK, run.exit(), "expired certificates are warnings, the signature is valid\n" + run.transcript());
        String out = run.out();
        assertTrue(out.matches("(?s).*\\n +\\*1 +SAST .* 2034-12-\\d\\d +[0-9a-f]+.*"), "ITLRecovery not expired:\n" + out);
        assertTrue(out.matches("(?s).*\\n +2 +SAST .* 2019-12-31 EXPIRED +[0-9a-f]+.*"), out);
        assertTrue(out.matches("(?s).*\\n +4 +TVS .* 2019-12-31 EXPIRED .*"), out);
        assertTrue(out.contains("\nWarnings ("), out);
        assertTrue(out.matches("(?s).*\\n  CERT_EXPIRED +at offset \\d+: record 2 \\(SAST\\).*"), out);
        assertTrue(out.matches("(?s).*\\n  WEAK_KEY +at offset \\d+: record 2 \\(SAST\\): RSA key of 1024 bits.*"), out);
    }

    @Test
    void signedFileWithoutTrustListIsUnverifiable() {
        CliRun run = CliRun.of("inspect", dir.resolve(LabFiles.SGN).toString());

        assertEquals(ExitCodes.NOT_OK, run.exit(), run.transcript());
        assertTrue(run.out().matches("(?s).*\\n  Type +SIGNED_FILE\\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  Payload +\\d+ bytes from offset \\d+\\n.*"), run.out());
        assertTrue(run.out().contains("\nRecords: none (a signed file carries no certificates)\n"), run.out());
        assertTrue(run.out().contains("\nSignature: UNVERIFIABLE - "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void signedFileVerifiedAgainstTheItlAsAPhoneWould() {
        CliRun run = CliRun.of("inspect", dir.resolve(LabFiles.SGN).toString(), "--trust", itl.toString());

        assertEquals(ExitCodes.OK, run.exit(), run.transcript());
        String out = run.out();
        assertTrue(out.startsWith("Trust list: " + itl + " (ITL, 7 records)"), out);
        assertTrue(out.contains("Its own signature: VALID"), out);
        // record 3 of the ITL is the publisher's CallManager certificate with the TFTP role
        assertTrue(out.contains("\nSignature: VALID - signed by record 3 (TFTP"), out);
        assertTrue(out.contains("checked against " + itl + " as a phone holding it would"), out);
    }

    @Test
    void trustListVerifiedAgainstAnotherAsAPhoneWould() {
        // a phone holding the CUCM 12+ ITL accepts the CTL: both are signed by ITLRecovery, a SAST of the ITL
        CliRun accepted = CliRun.of("inspect", "--trust", itl.toString(), dir.resolve(LabFiles.CTL).toString());
        assertEquals(ExitCodes.OK, accepted.exit(), accepted.transcript());
        assertTrue(accepted.out().contains("\nSignature: VALID - signed by record 1 (SAST"), accepted.out());

        // a phone holding the per-phone ITLSEP (no SAST for CallManager) cannot verify the pre-12 ITL signed by CallManager
        CliRun rejected = CliRun.of("inspect", "--trust", dir.resolve("ITLSEP" + LabFiles.MAC + ".tlv").toString(),
                dir.resolve(LabFiles.ITL_PRE12).toString());
        assertEquals(ExitCodes.NOT_OK, rejected.exit(), rejected.transcript());
        assertTrue(rejected.out().contains("\nSignature: UNVERIFIABLE - the signer"), rejected.out());
    }

    @Test
    void tamperedFileHasAnInvalidSignature() throws Exception {
        TrustList list = TrustLists.read(itl);
        int dnsName = list.records().get(3).element(2).valueOffset();
        Path tampered = LabFiles.withByteFlipped(itl, dnsName, dir.resolve("tampered.tlv"));

        CliRun run = CliRun.of("inspect", tampered.toString());

        assertEquals(ExitCodes.NOT_OK, run.exit(), run.transcript());
        assertTrue(run.out().contains("\nSignature: INVALID - the signature does not match the key of record 1"), run.out());
        assertTrue(run.out().contains("its key does not verify the signature"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void severalFilesAreEachShownAndTheWorstOutcomeIsTheExitCode() throws Exception {
        TrustList list = TrustLists.read(itl);
        Path tampered = LabFiles.withByteFlipped(itl, list.header().signature().valueOffset() + 5, dir.resolve("bad-sig.tlv"));
        Path ctl = dir.resolve(LabFiles.CTL);

        CliRun run = CliRun.of("inspect", itl.toString(), tampered.toString(), ctl.toString());

        assertEquals(ExitCodes.NOT_OK, run.exit(), run.transcript());
        String out = run.out();
        int first = out.indexOf("== " + itl + " ==");
        int second = out.indexOf("\n\n== " + tampered + " ==\n");
        int third = out.indexOf("\n\n== " + ctl + " ==\n");
        assertTrue(first == 0 && second > first && third > second, out);
        assertTrue(out.substring(first, second).contains("Signature: VALID"), out);
        assertTrue(out.substring(second, third).contains("Signature: INVALID"), out);
        assertTrue(out.substring(third).contains("Signature: VALID"), out);
        assertTrue(out.substring(third).matches("(?s).*\\n +\\d +CCM\\+TFTP .*"), out);
    }
}
