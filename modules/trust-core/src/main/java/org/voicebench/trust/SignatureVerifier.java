package org.voicebench.trust;

import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;

/**
 * Checks trust-list and signed-file signatures as a phone does: RSASSA-PKCS1-v1_5 over every byte
 * except the SIGNATURE element, with the digest of header tag 8 and the key of the record whose
 * serial (and issuer) match the header's signer. The work is bounded whatever the file holds:
 * keys over {@value RsaKeys#MAX_KEY_BITS} bits and exponents not below the modulus are refused
 * ({@link RsaKeys}), and at most {@value #MAX_CANDIDATES} records with the signer's serial are tried.
 */
public final class SignatureVerifier {

    /** Records with the signer's serial tried at most (files seen have one or two). */
    static final int MAX_CANDIDATES = 8;

    private SignatureVerifier() {
    }

    /**
     * Verifies a trust list with its own SAST records (as {@code show itl} does). A signed file
     * carries no certificates, so it is unverifiable this way: use {@link #verifyAgainst}.
     */
    public static SignatureResult verify(TrustList file) {
        if (file.type() == FileType.SIGNED_FILE) {
            return SignatureResult.unverifiable("a signed file carries no certificates: verify it against the phone's trust list");
        }
        return verify(file, file, EnumSet.of(Function.SAST));
    }

    /**
     * Verifies {@code file} as a phone holding {@code trusted} would: a trust list must be signed
     * by a SAST record of {@code trusted}, a signed file by a TFTP or CCM+TFTP record.
     * {@link SignatureResult#signerRecord()} indexes {@code trusted}.
     */
    public static SignatureResult verifyAgainst(TrustList file, TrustList trusted) {
        Set<Function> roles = file.type() == FileType.SIGNED_FILE
                ? EnumSet.of(Function.TFTP, Function.CCM_TFTP) : EnumSet.of(Function.SAST);
        return verify(file, trusted, roles);
    }

    private static SignatureResult verify(TrustList file, TrustList trusted, Set<Function> roles) {
        Header h = file.header();
        if (h.signature() == null) {
            return SignatureResult.unverifiable("the file has no signature (header tag 12)");
        }
        if (h.signerSerial() == null) {
            return SignatureResult.unverifiable("the header names no signer serial number (tag 5)");
        }
        DigestAlgorithm digest = h.digest();
        if (digest == null) {
            return SignatureResult.unverifiable("unsupported digest algorithm code " + h.digestCode());
        }
        if (h.signatureAlgorithmCode() != null && h.signatureAlgorithmCode() != 0) {
            return SignatureResult.unverifiable("unsupported signature algorithm code " + h.signatureAlgorithmCode());
        }
        List<TrustRecord> candidates = signerCandidates(h, trusted, roles);
        if (candidates.isEmpty()) {
            return SignatureResult.unverifiable(noSignerDetail(h, trusted, roles));
        }
        if (candidates.size() > MAX_CANDIDATES) { // real files have one or two; a hostile one could make each cost
            candidates = candidates.subList(0, MAX_CANDIDATES);
        }
        String lastProblem = null;
        TrustRecord failed = null;
        for (TrustRecord r : candidates) {
            RSAKeyParameters key;
            try {
                key = rsaKey(r);
            } catch (CertificateException e) {
                lastProblem = "record " + r.index() + ": " + e.getMessage();
                continue;
            }
            if (check(file, digest, key)) {
                return new SignatureResult(SignatureStatus.VALID, r.index(), "signed by record " + r.index() + " ("
                        + r.functionLabel() + " " + displayName(r) + ") with " + digest.label() + "/RSA-" + key.getModulus().bitLength());
            }
            failed = failed == null ? r : failed;
        }
        if (failed != null) {
            return new SignatureResult(SignatureStatus.INVALID, failed.index(), "the signature does not match the key of record "
                    + failed.index() + " (" + failed.functionLabel() + " " + displayName(failed) + "): the file was altered or signed by another key");
        }
        return SignatureResult.unverifiable("the signer's key cannot be used: " + lastProblem);
    }

    private static boolean check(TrustList file, DigestAlgorithm algorithm, RSAKeyParameters key) {
        byte[] bytes = file.rawBytes();
        TlvElement sig = file.header().signature();
        RSADigestSigner signer = new RSADigestSigner(new JdkDigest(algorithm));
        signer.init(false, key);
        signer.update(bytes, 0, sig.offset());
        signer.update(bytes, sig.end(), bytes.length - sig.end());
        byte[] value = new byte[sig.valueLength()];
        System.arraycopy(bytes, sig.valueOffset(), value, 0, value.length);
        return signer.verifySignature(value);
    }

    /** Records with an allowed role whose serial equals the signer's; those whose issuer also matches first. */
    private static List<TrustRecord> signerCandidates(Header h, TrustList trusted, Set<Function> roles) {
        BigInteger serial = new BigInteger(1, h.signerSerial());
        List<TrustRecord> exact = new ArrayList<>();
        List<TrustRecord> serialOnly = new ArrayList<>();
        for (TrustRecord r : trusted.records()) {
            Function f = r.function();
            if (f == null || !roles.contains(f) || !serialMatches(r, serial)) {
                continue;
            }
            if (h.signerIssuer() == null || r.issuerName() == null
                    || DistinguishedNames.sameName(h.signerIssuer(), r.issuerName())) {
                exact.add(r);
            } else {
                serialOnly.add(r);
            }
        }
        exact.addAll(serialOnly);
        return exact;
    }

    private static boolean serialMatches(TrustRecord r, BigInteger serial) {
        byte[] recordSerial = r.serialBytes();
        if (recordSerial != null) {
            return new BigInteger(1, recordSerial).equals(serial);
        }
        CertificateInfo c = r.certificate();
        return c != null && Certificates.serialValue(c.serial()).equals(serial);
    }

    private static String noSignerDetail(Header h, TrustList trusted, Set<Function> roles) {
        BigInteger serial = new BigInteger(1, h.signerSerial());
        StringBuilder sb = new StringBuilder("the signer (").append(h.signerName()).append(", serial ")
                .append(h.signerSerialHex()).append(") is not among the ").append(rolesText(roles)).append(" records of ")
                .append(trusted.source());
        for (TrustRecord r : trusted.records()) {
            if (serialMatches(r, serial)) {
                sb.append("; it is record ").append(r.index()).append(" with role ").append(r.roleText());
                break;
            }
        }
        return sb.toString();
    }

    private static String rolesText(Set<Function> roles) {
        List<String> labels = new ArrayList<>();
        roles.forEach(f -> labels.add(f.label()));
        return String.join(" or ", labels);
    }

    private static String displayName(TrustRecord r) {
        return r.subjectName() != null ? r.subjectName() : r.dnsName() != null ? r.dnsName() : "without name";
    }

    /**
     * The record's RSA key: from its certificate when present (read once per distinct certificate,
     * see {@link CertificateCache}), else from its PUBLIC_KEY element.
     */
    private static RSAKeyParameters rsaKey(TrustRecord r) throws CertificateException {
        if (r.hasCertificate()) {
            return r.cached().rsaKey();
        }
        if (r.publicKeyBytes() != null) {
            return RsaKeys.ofPkcs1(r.publicKeyBytes());
        }
        throw new CertificateException("the record has neither certificate nor public key");
    }
}
