package org.voicebench.certcheck.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;

/**
 * The files of a CallManager regeneration on a pre-12 cluster, written into a test's folder: the
 * phone's ITL from before, the certificate folder from after. Checked with the pre-12 rule the
 * verdict is RECOVERABLE_VIA_TVS.
 *
 * @param phoneItl the ITL the phones hold
 * @param certificates the folder of the cluster's certificates after the change
 */
record LabFiles(Path phoneItl, Path certificates) {

    static final Instant YESTERDAY = Instant.parse("2026-03-01T00:00:00Z");

    private static LabCluster before;
    private static LabCluster after;

    /** Made once per test JVM: 2048-bit keys take seconds. */
    private static synchronized void generate() {
        if (before == null) {
            before = LabCluster.standard(31);
            after = before.regenerate("CallManager", before.publisher(), 32);
        }
    }

    static LabFiles write(Path dir) throws IOException {
        generate();
        Path phone = LabCluster.writeAtomically(dir.resolve("phone-ITLFile.tlv"),
                before.itl(before.publisher(), LabCluster.ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, YESTERDAY));
        Path certs = dir.resolve("certs");
        after.writeCertificates(certs);
        return new LabFiles(phone, certs);
    }

    /** A file that is no trust list: the first bytes claim a header longer than the file. */
    static Path malformed(Path dir) throws IOException {
        return LabCluster.writeAtomically(dir.resolve("broken-ITLFile.tlv"),
                new byte[] {1, 2, 1, 0, 2, 0x7f, (byte) 0xff, 3, 0});
    }
}
