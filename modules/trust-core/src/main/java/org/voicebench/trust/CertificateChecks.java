package org.voicebench.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Warnings that need the records' certificates decoded: validity, key size, names that disagree. */
final class CertificateChecks {

    /** Keys shorter than this are weak; CUCM's ITLRecovery at 1024 bits disables the recovery procedure. */
    static final int MIN_KEY_BITS = 2048;

    private CertificateChecks() {
    }

    static List<Warning> check(TrustList list) {
        List<Warning> out = new ArrayList<>();
        for (TrustRecord r : list.records()) {
            if (r.hasCertificate()) {
                check(r, list.checkedAt(), out);
            }
        }
        return out;
    }

    /**
     * Adds one record's warnings. Their texts and offsets are made only for the warnings there are:
     * most records have none, and making them for every record of thousands of files showed.
     */
    private static void check(TrustRecord r, Instant now, List<Warning> out) {
        CachedCertificate cached = r.cached();
        CertificateInfo c = cached.info();
        if (c == null) {
            out.add(new Warning(Warning.Code.CERT_UNREADABLE, label(r) + ": certificate cannot be decoded: "
                    + cached.problem(), certificateAt(r)));
            return;
        }
        if (c.expiredAt(now)) {
            out.add(new Warning(Warning.Code.CERT_EXPIRED, label(r) + ": certificate " + c.subject()
                    + " expired " + c.notAfter(), certificateAt(r)));
        } else if (c.notYetValidAt(now)) {
            out.add(new Warning(Warning.Code.CERT_NOT_YET_VALID, label(r) + ": certificate " + c.subject()
                    + " is valid only from " + c.notBefore(), certificateAt(r)));
        }
        if ("RSA".equals(c.keyAlgorithm()) && c.keyBits() > 0 && c.keyBits() < MIN_KEY_BITS) {
            out.add(new Warning(Warning.Code.WEAK_KEY, label(r) + ": RSA key of " + c.keyBits() + " bits (under "
                    + MIN_KEY_BITS + ")", certificateAt(r)));
        }
        String subject = r.subjectName();
        if (subject != null && !cached.hasSubject(subject)) {
            out.add(new Warning(Warning.Code.NAME_MISMATCH, label(r) + ": SUBJECT_NAME '" + subject
                    + "' differs from the certificate subject '" + c.subject() + "'", r.element(Tags.SUBJECT_NAME).offset()));
        }
        String issuer = r.issuerName();
        if (issuer != null && !cached.hasIssuer(issuer)) {
            out.add(new Warning(Warning.Code.NAME_MISMATCH, label(r) + ": ISSUER_NAME '" + issuer
                    + "' differs from the certificate issuer '" + c.issuer() + "'", r.element(Tags.ISSUER_NAME).offset()));
        }
        byte[] serial = r.serialBytes();
        if (serial != null && !cached.hasSerial(serial)) {
            out.add(new Warning(Warning.Code.SERIAL_MISMATCH, label(r) + ": SERIAL_NUMBER " + r.serialHex()
                    + " differs from the certificate serial " + c.serialHex(), r.element(Tags.RECORD_SERIAL).offset()));
        }
    }

    private static String label(TrustRecord r) {
        return "record " + r.index() + " (" + r.roleText() + ")";
    }

    private static Integer certificateAt(TrustRecord r) {
        return r.element(Tags.CERTIFICATE).offset();
    }
}
