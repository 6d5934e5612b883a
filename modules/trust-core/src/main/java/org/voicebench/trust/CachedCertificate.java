package org.voicebench.trust;

import java.security.cert.CertificateException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.RSAKeyParameters;

/**
 * One distinct certificate as {@link CertificateCache} keeps it, with what the checks of every
 * record carrying it derive from it: its details, decoded when it is first met (every record's
 * JSON, table row and warnings need them); whether the names records give it match its own
 * ({@link DistinguishedNames} normalises both, which cost more than the rest of the checks
 * together when done for every record of every file) and whether their serial numbers are its
 * own; and its RSA key, read when a signature
 * check first asks for it (only signer records are checked, and a new modulus costs
 * BouncyCastle's primality checks). A certificate that cannot be decoded is kept with the reason,
 * so a broken certificate repeated in many files is not decoded again either. Thread-safe: the key
 * is read once under this object's lock, name verdicts are kept in concurrent maps.
 */
final class CachedCertificate {

    /** Record names whose verdict is kept per certificate and name kind: real files use one or two. */
    static final int NAMES_KEPT = 8;

    private final byte[] der;
    private final CertificateInfo info;
    private final String problem;
    private final byte[] serialMagnitude; // the serial as trust lists write it, without leading zero bytes
    private final Map<String, Boolean> subjectVerdicts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> issuerVerdicts = new ConcurrentHashMap<>();
    private RSAKeyParameters key; // guarded by this, as keyProblem
    private CertificateException keyProblem;

    private CachedCertificate(byte[] der, CertificateInfo info, String problem) {
        this.der = der;
        this.info = info;
        this.problem = problem;
        this.serialMagnitude = info == null ? null : withoutLeadingZeros(info.serial().toByteArray());
    }

    /** Decodes the details of {@code der}, which the new entry keeps (the caller gives up the array). */
    static CachedCertificate decode(byte[] der) {
        try {
            return new CachedCertificate(der, Certificates.decode(der), null);
        } catch (CertificateException e) {
            return new CachedCertificate(der, null, e.getMessage());
        }
    }

    /** The decoded certificate, or {@code null} when it cannot be decoded. */
    CertificateInfo info() {
        return info;
    }

    /** Why the certificate cannot be decoded, or {@code null}. */
    String problem() {
        return problem;
    }

    /** Whether a record's SUBJECT_NAME names this certificate's subject; only for a decoded certificate. */
    boolean hasSubject(String recordName) {
        return sameName(subjectVerdicts, recordName, info.subject());
    }

    /** Whether a record's ISSUER_NAME names this certificate's issuer; only for a decoded certificate. */
    boolean hasIssuer(String recordName) {
        return sameName(issuerVerdicts, recordName, info.issuer());
    }

    /**
     * Whether a record's SERIAL_NUMBER bytes are this certificate's serial, both read as unsigned
     * numbers ({@link Certificates#serialValue}); only for a decoded certificate.
     */
    boolean hasSerial(byte[] recordSerial) {
        return Arrays.equals(serialMagnitude, withoutLeadingZeros(recordSerial));
    }

    private static byte[] withoutLeadingZeros(byte[] number) {
        int start = 0;
        while (start < number.length && number[start] == 0) {
            start++;
        }
        return start == 0 ? number : Arrays.copyOfRange(number, start, number.length);
    }

    /** {@link DistinguishedNames#sameName}, remembered for the first {@value #NAMES_KEPT} names asked about. */
    private static boolean sameName(Map<String, Boolean> verdicts, String recordName, String certificateName) {
        Boolean same = verdicts.get(recordName);
        if (same == null) {
            same = DistinguishedNames.sameName(recordName, certificateName);
            if (verdicts.size() < NAMES_KEPT) {
                verdicts.put(recordName, same);
            }
        }
        return same;
    }

    /**
     * The certificate's RSA key for signature checks, read on the first call ({@link RsaKeys}).
     *
     * @throws CertificateException (each time) when the key cannot be used
     */
    synchronized RSAKeyParameters rsaKey() throws CertificateException {
        if (key == null && keyProblem == null) {
            try {
                key = RsaKeys.ofCertificate(der);
            } catch (CertificateException e) {
                keyProblem = e;
            }
        }
        if (keyProblem != null) {
            throw new CertificateException(keyProblem.getMessage(), keyProblem);
        }
        return key;
    }
}
