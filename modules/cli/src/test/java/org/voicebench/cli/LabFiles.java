package org.voicebench.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.voicebench.trust.lab.LabCluster;

/**
 * Test inputs made by the lab cluster generator, written into each test's temporary folder (never
 * ../shared). The cluster's RSA keys take seconds to make, so one cluster serves the whole JVM.
 */
final class LabFiles {

    static final Instant TIMESTAMP = Instant.parse("2026-02-01T00:00:00Z");
    static final String MAC = "001122334455";
    static final String ITL = "ITLFile.tlv";
    static final String ITL_PRE12 = "ITLFile-pre12.tlv";
    static final String CTL = "CTLFile.tlv";
    static final String SGN = "SEP" + MAC + ".cnf.xml.sgn";

    private static LabCluster cluster;

    private LabFiles() {
    }

    static synchronized LabCluster cluster() {
        if (cluster == null) {
            cluster = LabCluster.standard(20260201L);
        }
        return cluster;
    }

    /** Writes the lab's ITL, pre-12 ITL, CTL, ITLSEP and signed config into {@code dir}. */
    static Path samples(Path dir) throws IOException {
        cluster().writeSamples(dir, MAC, TIMESTAMP);
        return dir;
    }

    static String sha1(byte[] bytes) {
        return digest("SHA-1", bytes);
    }

    static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new AssertionError(e);
        }
    }

    /** A serial the way the JSON contract prints it: lowercase hex of the unsigned bytes, no leading zero bytes. */
    static String serialHex(BigInteger serial) {
        byte[] b = serial.toByteArray();
        int start = 0;
        while (start < b.length - 1 && b[start] == 0) {
            start++;
        }
        return HexFormat.of().formatHex(Arrays.copyOfRange(b, start, b.length));
    }

    /** A copy of {@code source} named {@code name} with one byte changed (XOR 0x01) at {@code offset}. */
    static Path withByteFlipped(Path source, int offset, Path target) throws IOException {
        byte[] b = Files.readAllBytes(source);
        b[offset] ^= 0x01;
        return Files.write(target, b);
    }
}
