package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabCluster.ItlSigning;

/** {@code compare}: a phone's ITL against a cluster whose publisher CallManager certificate was regenerated. */
class CompareCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant YESTERDAY = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant TODAY = Instant.parse("2026-03-02T00:00:00Z");

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

    @Test
    void pre12RegenerationIsRecoverableViaTvs() throws Exception {
        CliRun r = CliRun.of("compare", "--phone-itl", itl("phone-ITLFile.tlv", before, ItlSigning.CALLMANAGER, YESTERDAY),
                "--cluster-itl", itl("ITLFile.tlv", after, ItlSigning.CALLMANAGER, TODAY), "--certs", certs(after));

        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains("Verdict: RECOVERABLE_VIA_TVS"), r.out());
        assertTrue(r.out().contains("WARNING   ITL_SIGNER_UNTRUSTED"), r.out());
        assertTrue(r.out().contains("Remedy: Keep the Cisco Trust Verification Service running"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+CallManager@cucm-pub\\s+REGENERATED\\s+2,3\\s.*")), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 120), "fits 120 columns:\n" + r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonCarriesVerdictFindingsAndTheCertificateTable() throws Exception {
        CliRun r = CliRun.of("compare", "--json", "--phone-itl",
                itl("phone-ITLFile.tlv", before, ItlSigning.CALLMANAGER, YESTERDAY),
                "--cluster-itl", itl("ITLFile.tlv", after, ItlSigning.CALLMANAGER, TODAY), "--certs", certs(after));

        assertEquals(1, r.exit(), r.transcript());
        JsonNode o = JSON.readTree(r.out());
        assertEquals("RECOVERABLE_VIA_TVS", o.get("verdict").asText());
        assertTrue(o.get("reasoning").size() >= 3);
        List<String> codes = new ArrayList<>();
        for (JsonNode f : o.get("findings")) {
            for (String key : List.of("code", "severity", "message", "remedy", "records", "certificates")) {
                assertTrue(f.has(key), key + " in " + f);
            }
            codes.add(f.get("code").asText());
        }
        assertTrue(codes.containsAll(List.of("ITL_SIGNER_UNTRUSTED", "TVS_CAN_VOUCH", "CERT_CHANGED")), codes.toString());
        JsonNode changed = findings(o, "CERT_CHANGED").get(0);
        assertEquals("phone", changed.get("records").get(0).get("list").asText());
        assertEquals("CallManager", changed.get("certificates").get(0).get("role").asText());
        boolean regeneratedRow = false;
        for (JsonNode c : o.get("certificates")) {
            regeneratedRow |= c.get("role").asText().equals("CallManager") && c.get("node").asText().equals("cucm-pub")
                    && c.get("status").asText().equals("REGENERATED");
        }
        assertTrue(regeneratedRow, o.get("certificates").toString());
        assertEquals(7, o.get("records").size());
    }

    @Test
    void unchangedClusterExitsZero() throws Exception {
        CliRun r = CliRun.of("compare", "--phone-itl", itl("phone-ITLFile.tlv", before, ItlSigning.ITL_RECOVERY, YESTERDAY),
                "--certs", certs(before));
        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().contains("Verdict: OK"), r.out());
    }

    @Test
    void movedPhonesWillReject() throws Exception {
        LabCluster other = LabCluster.generate("b.example.com", List.of("cucmb-pub"), 1024, 2048, 5, YESTERDAY);
        CliRun r = CliRun.of("compare", "--phone-itl", itl("phone-ITLFile.tlv", before, ItlSigning.ITL_RECOVERY, YESTERDAY),
                "--cluster-itl", itl("ITLFile.tlv", other, ItlSigning.ITL_RECOVERY, TODAY));
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains("Verdict: PHONES_WILL_REJECT"), r.out());
        assertTrue(r.out().contains("ALL_TRUST_LOST"), r.out());
    }

    @Test
    void unusableInputsExitTwoWithOneLine() throws Exception {
        String phone = itl("phone-ITLFile.tlv", before, ItlSigning.ITL_RECOVERY, YESTERDAY);
        Path garbage = Files.writeString(dir.resolve("garbage.tlv"), "not a trust list");

        CliRun missing = CliRun.of("compare", "--phone-itl", dir.resolve("nope.tlv").toString(), "--certs", certs(before));
        assertEquals(2, missing.exit(), missing.transcript());
        assertTrue(missing.err().contains("nope.tlv") && missing.err().contains("no such file"), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());

        CliRun malformed = CliRun.of("compare", "--phone-itl", phone, "--cluster-itl", garbage.toString());
        assertEquals(2, malformed.exit(), malformed.transcript());
        assertTrue(malformed.err().startsWith(garbage.toString() + ":"), malformed.err());

        CliRun refused = CliRun.of("compare", "--phone-itl", phone, "--cluster-itl", "http://127.0.0.1:1/ITLFile.tlv");
        assertEquals(2, refused.exit(), refused.transcript());
        assertTrue(refused.err().contains("127.0.0.1:1"), refused.err());

        CliRun noTls = CliRun.of("compare", "--phone-itl", phone, "--tls", "127.0.0.1:1=TVS@cucm-pub", "--timeout", "2");
        assertEquals(2, noTls.exit(), noTls.transcript());
        assertTrue(noTls.err().contains("tls://127.0.0.1:1") && noTls.err().contains("refused"), noTls.err());

        CliRun signedFile = CliRun.of("compare", "--phone-itl", phone, "--certs", certs(before),
                "--config", phone);
        assertEquals(2, signedFile.exit(), signedFile.transcript());
        assertTrue(signedFile.err().contains("not a signed config file"), signedFile.err());
    }

    @Test
    void usageErrorsExit64() throws Exception {
        String phone = itl("phone-ITLFile.tlv", before, ItlSigning.ITL_RECOVERY, YESTERDAY);
        assertEquals(64, CliRun.of("compare", "--certs", certs(before)).exit(), "--phone-itl is required");
        CliRun nothing = CliRun.of("compare", "--phone-itl", phone);
        assertEquals(64, nothing.exit());
        assertTrue(nothing.err().contains("nothing to compare with"), nothing.err());
        assertEquals(64, CliRun.of("compare", "--phone-itl", phone, "--certs", certs(before), "--signing", "v9").exit());
        assertEquals(64, CliRun.of("compare", "--phone-itl", phone, "--tls", "no-port").exit());
    }

    private static List<JsonNode> findings(JsonNode report, String code) {
        List<JsonNode> out = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("code").asText().equals(code)) {
                out.add(f);
            }
        });
        return out;
    }

    private String itl(String name, LabCluster c, ItlSigning signing, Instant time) throws Exception {
        return LabCluster.writeAtomically(dir.resolve(name), c.itl(c.publisher(), signing, DigestAlgorithm.SHA1, time))
                .toString();
    }

    private String certs(LabCluster c) throws Exception {
        Path certs = dir.resolve("certs-" + Integer.toHexString(System.identityHashCode(c)));
        c.writeCertificates(certs);
        return certs.toString();
    }
}
