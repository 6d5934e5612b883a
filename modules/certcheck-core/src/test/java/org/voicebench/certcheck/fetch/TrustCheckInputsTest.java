package org.voicebench.certcheck.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.certcheck.Verdict;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;

class TrustCheckInputsTest {

    private static final Instant TIME = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    static Path dir;

    private static LabCluster cluster;
    private static Path phone;
    private static Path certs;

    @BeforeAll
    static void files() throws Exception {
        cluster = LabCluster.standard(31);
        phone = LabCluster.writeAtomically(dir.resolve("phone-ITLFile.tlv"),
                cluster.itl(cluster.publisher(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, TIME));
        certs = dir.resolve("certs");
        cluster.writeCertificates(certs);
        Files.writeString(certs.resolve("readme.txt"), "not a certificate");
        Files.writeString(certs.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    }

    @Test
    void loadsFilesAndFoldersAndReportsWhatItSkipped() throws Exception {
        List<TrustCheckInputs.Step> progress = new ArrayList<>();
        TrustCheckInputs.Loaded loaded = new TrustCheckInputs().phoneList(phone.toString())
                .clusterList(phone.toString()).certificates(certs.toString()).load(progress::add);
        TrustCheckReport r = loaded.check().run();

        assertEquals(Verdict.OK, r.verdict(), r.reasoning().toString());
        assertEquals(8, r.certificates().size());
        assertEquals(1, loaded.problems().size(), loaded.problems().toString());
        assertEquals(certs.resolve("broken.pem"), loaded.problems().get(0).file());
        assertEquals(List.of(certs.resolve("readme.txt")), loaded.skipped());
        assertEquals(new TrustCheckInputs.Step(TrustCheckInputs.StepKind.READ_TRUST_LIST, phone.toString()),
                progress.get(0));
        assertEquals(TrustCheckInputs.StepKind.READ_CERTIFICATES, progress.get(2).kind());
    }

    @Test
    void explicitRoleAndNode() throws Exception {
        Path cm = certs.resolve("cucm-pub-CallManager.pem");
        TrustCheckReport r = new TrustCheckInputs().phoneList(phone.toString())
                .certificates("TVS@somewhere=" + cm).load(s -> { }).check().run();
        assertEquals("TVS@somewhere", r.certificates().get(0).certificate().label());
    }

    @Test
    void everyUnusableInputIsOneLineNamingIt() {
        TrustCheckInputs.InputException missing = assertThrows(TrustCheckInputs.InputException.class,
                () -> new TrustCheckInputs().phoneList(dir.resolve("none.tlv").toString()).load(s -> { }));
        assertTrue(missing.getMessage().contains("none.tlv"), missing.getMessage());

        TrustCheckInputs.InputException badCert = assertThrows(TrustCheckInputs.InputException.class,
                () -> new TrustCheckInputs().phoneList(phone.toString()).certificates(certs.resolve("broken.pem").toString())
                        .load(s -> { }));
        assertTrue(badCert.getMessage().startsWith(certs.resolve("broken.pem").toString()), badCert.getMessage());

        TrustCheckInputs.InputException badRole = assertThrows(TrustCheckInputs.InputException.class,
                () -> new TrustCheckInputs().phoneList(phone.toString()).certificates("Boss@x=" + certs).load(s -> { }));
        assertTrue(badRole.getMessage().contains("unknown role"), badRole.getMessage());

        TrustCheckInputs.InputException badUrl = assertThrows(TrustCheckInputs.InputException.class,
                () -> new TrustCheckInputs().phoneList("ftp://x/ITLFile.tlv").load(s -> { }));
        assertTrue(badUrl.getMessage().contains("ftp://x/ITLFile.tlv"), badUrl.getMessage());
    }

    @Test
    void stopsWhenInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class,
                    () -> new TrustCheckInputs().phoneList(phone.toString()).certificates(certs.toString()).load(s -> { }));
        } finally {
            Thread.interrupted();
        }
    }
}
