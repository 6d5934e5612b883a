package org.voicebench.trust.ui;

import org.voicebench.trust.InspectedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.lab.LabCluster;

/** Trust lists the tests make themselves: a seeded lab cluster, so every run sees the same bytes. */
public final class Fixtures {

    public static final Instant TIMESTAMP = Instant.parse("2026-02-02T09:00:00Z");

    private static LabCluster cluster;
    private static LabCluster expiredCluster;

    private Fixtures() {
    }

    /** The standard three-node 2048-bit lab cluster (made once per test JVM: RSA keys are slow). */
    public static synchronized LabCluster cluster() {
        if (cluster == null) {
            cluster = LabCluster.standard(7L);
        }
        return cluster;
    }

    /** A small cluster whose certificates expired years ago (1024-bit keys: fast to make). */
    public static synchronized LabCluster expiredCluster() {
        if (expiredCluster == null) {
            expiredCluster = LabCluster.generate("old.example.com", List.of("old-pub"), 1024, 1024, 11L,
                    Instant.parse("2010-01-01T00:00:00Z"));
        }
        return expiredCluster;
    }

    /** CUCM 12+ ITL of the standard cluster: 7 records, signed by ITLRecovery (record 1). */
    public static byte[] itlBytes() {
        LabCluster c = cluster();
        return c.itl(c.publisher(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, TIMESTAMP);
    }

    /** The ITL after the publisher's CallManager certificate was regenerated. */
    public static byte[] itlAfterRegenerationBytes() {
        LabCluster c = cluster();
        return c.regenerate("CallManager", c.publisher(), 99L)
                .itl(c.publisher(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, TIMESTAMP.plusSeconds(86400));
    }

    public static byte[] ctlBytes() {
        return cluster().ctl(DigestAlgorithm.SHA1, TIMESTAMP);
    }

    /** A signed configuration file signed by the publisher's CallManager key. */
    public static byte[] sgnBytes() {
        LabCluster c = cluster();
        return c.signedFile(c.publisher(), "SEP001122AABBCC.cnf.xml", "<device/>\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                DigestAlgorithm.SHA512, TIMESTAMP);
    }

    /** {@code bytes} with one character of record 2's DNS name changed: still parses, signature broken. */
    public static byte[] tampered(byte[] bytes) {
        try {
            TrustList list = TrustLists.read(bytes, "tamper");
            TlvElement dns = list.records().get(1).element(2);
            byte[] copy = bytes.clone();
            copy[dns.valueOffset()] ^= 0x01;
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} to {@code dir/name} and loads it as the opener would. */
    public static InspectedFile inspected(Path dir, String name, byte[] bytes) {
        try {
            return TrustListLoader.load(write(dir, name, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TrustList parse(byte[] bytes) {
        try {
            return TrustLists.read(bytes, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record with the given 1-based index. */
    public static TrustRecord record(TrustList list, int index) {
        return list.records().get(index - 1);
    }
}
