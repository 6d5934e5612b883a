package org.voicebench.certcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.voicebench.certcheck.ClusterCertificates;
import org.voicebench.certcheck.SigningRule;
import org.voicebench.certcheck.TrustCheck;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.lab.LabCluster;

/**
 * A real check on real files: the phone holds yesterday's pre-12 ITL of a lab cluster, the
 * cluster's certificate folder is from after the publisher's CallManager was regenerated.
 * Verdict RECOVERABLE_VIA_TVS.
 */
final class RegeneratedCluster {

    static final Instant YESTERDAY = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant CHECK_TIME = Instant.parse("2026-06-01T00:00:00Z");

    private static TrustCheckReport report;

    private RegeneratedCluster() {
    }

    /** Made once per test JVM (2048-bit keys take seconds); files under {@code dir}. */
    static synchronized TrustCheckReport report(Path dir) {
        if (report == null) {
            try {
                report = run(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return report;
    }

    private static TrustCheckReport run(Path dir) throws IOException {
        LabCluster before = LabCluster.standard(21);
        LabCluster after = before.regenerate("CallManager", before.publisher(), 22);
        Path phone = LabCluster.writeAtomically(dir.resolve("phone-ITLFile.tlv"),
                before.itl(before.publisher(), LabCluster.ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, YESTERDAY));
        Path certs = dir.resolve("certs");
        after.writeCertificates(certs);
        return TrustCheck.of(TrustLists.read(phone, CHECK_TIME))
                .certificates(ClusterCertificates.load(certs).certificates())
                .signing(SigningRule.PRE_12).at(CHECK_TIME).run();
    }
}
