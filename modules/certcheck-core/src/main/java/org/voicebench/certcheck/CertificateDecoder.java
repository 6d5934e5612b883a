package org.voicebench.certcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.Certificates;

/** Turns a file's bytes (PEM, DER or PKCS#7, chosen by content, not by extension) into certificates. */
final class CertificateDecoder {

    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 #]+)-----");

    private CertificateDecoder() {
    }

    static List<CertificateInfo> decode(Path file, byte[] bytes) throws CertificateLoadException {
        if (bytes.length == 0) {
            throw new CertificateLoadException(file, "empty file");
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<CertificateInfo> out = new ArrayList<>();
        if (text.contains("-----BEGIN ")) {
            for (byte[] der : pemBlocks(file, text)) {
                out.addAll(decodeBinary(file, der));
            }
        } else {
            out.addAll(decodeBinary(file, bytes));
        }
        return out;
    }

    /** DER of every certificate or PKCS#7 block; other blocks (keys, requests) are not certificates. */
    private static List<byte[]> pemBlocks(Path file, String text) throws CertificateLoadException {
        List<byte[]> blocks = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Matcher m = BEGIN.matcher(text);
        int from = 0;
        while (m.find(from)) {
            String label = m.group(1);
            String end = "-----END " + label + "-----";
            int endAt = text.indexOf(end, m.end());
            if (endAt < 0) {
                throw new CertificateLoadException(file, "truncated PEM: \"-----BEGIN " + label
                        + "-----\" has no matching END line");
            }
            from = endAt + end.length();
            if (!isCertificateLabel(label)) {
                others.add(label);
                continue;
            }
            String body = text.substring(m.end(), endAt).replaceAll("\\s", "");
            try {
                blocks.add(Base64.getDecoder().decode(body));
            } catch (IllegalArgumentException e) {
                throw new CertificateLoadException(file, "PEM block " + label + " is not valid Base64: " + e.getMessage(), e);
            }
        }
        if (blocks.isEmpty()) {
            throw new CertificateLoadException(file, others.isEmpty() ? "truncated PEM: no complete BEGIN/END block"
                    : "no certificate in the PEM file (found " + String.join(", ", others) + ")");
        }
        return blocks;
    }

    private static boolean isCertificateLabel(String label) {
        return label.equals("CERTIFICATE") || label.equals("X509 CERTIFICATE") || label.equals("TRUSTED CERTIFICATE")
                || label.equals("PKCS7") || label.equals("PKCS #7 SIGNED DATA") || label.equals("CMS");
    }

    /** A DER certificate, or else a PKCS#7 (CMS SignedData) bundle of certificates. */
    private static List<CertificateInfo> decodeBinary(Path file, byte[] der) throws CertificateLoadException {
        CertificateException asCertificate;
        try {
            return List.of(Certificates.decode(der));
        } catch (CertificateException e) {
            asCertificate = e;
        }
        List<byte[]> bundle;
        try {
            bundle = pkcs7(der);
        } catch (CMSException | IOException | RuntimeException e) {
            // BouncyCastle reports malformed ASN.1 as several runtime exceptions; both readings failed
            throw new CertificateLoadException(file, "not a certificate (neither DER X.509: "
                    + asCertificate.getMessage() + "; nor PKCS#7: " + e.getMessage() + ")", asCertificate);
        }
        if (bundle.isEmpty()) {
            throw new CertificateLoadException(file, "PKCS#7 bundle holds no certificate");
        }
        List<CertificateInfo> out = new ArrayList<>();
        for (byte[] c : bundle) {
            try {
                out.add(Certificates.decode(c));
            } catch (CertificateException e) {
                throw new CertificateLoadException(file, "PKCS#7 bundle holds a bad certificate: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<byte[]> pkcs7(byte[] der) throws CMSException, IOException {
        List<byte[]> out = new ArrayList<>();
        for (X509CertificateHolder h : new CMSSignedData(der).getCertificates().getMatches(null)) {
            out.add(h.getEncoded());
        }
        return out;
    }
}
