package org.voicebench.trust;

import java.math.BigInteger;
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
            TlvElement certElement = r.element(Tags.CERTIFICATE);
            if (!r.hasCertificate()) {
                continue;
            }
            Integer at = certElement.offset();
            String label = "record " + r.index() + " (" + r.roleText() + ")";
            CertificateInfo c = r.certificate();
            if (c == null) {
                out.add(new Warning(Warning.Code.CERT_UNREADABLE, label + ": certificate cannot be decoded: "
                        + r.certificateProblem(), at));
                continue;
            }
            if (c.expiredAt(list.checkedAt())) {
                out.add(new Warning(Warning.Code.CERT_EXPIRED, label + ": certificate " + c.subject()
                        + " expired " + c.notAfter(), at));
            } else if (c.notYetValidAt(list.checkedAt())) {
                out.add(new Warning(Warning.Code.CERT_NOT_YET_VALID, label + ": certificate " + c.subject()
                        + " is valid only from " + c.notBefore(), at));
            }
            if ("RSA".equals(c.keyAlgorithm()) && c.keyBits() > 0 && c.keyBits() < MIN_KEY_BITS) {
                out.add(new Warning(Warning.Code.WEAK_KEY, label + ": RSA key of " + c.keyBits() + " bits (under "
                        + MIN_KEY_BITS + ")", at));
            }
            if (r.subjectName() != null && !DistinguishedNames.sameName(r.subjectName(), c.subject())) {
                out.add(new Warning(Warning.Code.NAME_MISMATCH, label + ": SUBJECT_NAME '" + r.subjectName()
                        + "' differs from the certificate subject '" + c.subject() + "'", r.element(Tags.SUBJECT_NAME).offset()));
            }
            if (r.issuerName() != null && !DistinguishedNames.sameName(r.issuerName(), c.issuer())) {
                out.add(new Warning(Warning.Code.NAME_MISMATCH, label + ": ISSUER_NAME '" + r.issuerName()
                        + "' differs from the certificate issuer '" + c.issuer() + "'", r.element(Tags.ISSUER_NAME).offset()));
            }
            if (r.serialBytes() != null && !new BigInteger(1, r.serialBytes()).equals(Certificates.serialValue(c.serial()))) {
                out.add(new Warning(Warning.Code.SERIAL_MISMATCH, label + ": SERIAL_NUMBER " + r.serialHex()
                        + " differs from the certificate serial " + c.serialHex(), r.element(Tags.RECORD_SERIAL).offset()));
            }
        }
        return out;
    }
}
