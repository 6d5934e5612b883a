package org.voicebench.cli.trust;

import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;

/**
 * One inspected file and the verdict on its signature.
 *
 * @param file the file as named on the command line
 * @param list the parsed file
 * @param signature the verdict
 * @param trusted the trust list the signature was checked against, or {@code null} when the
 *        file was checked with its own records
 */
record Inspection(String file, TrustList list, SignatureResult signature, TrustedList trusted) {

    /** Checks a file's signature: with its own records, or as a phone holding {@code trusted} would. */
    static Inspection of(String file, TrustList list, TrustedList trusted) {
        SignatureResult sig = trusted == null ? SignatureVerifier.verify(list) : SignatureVerifier.verifyAgainst(list, trusted.list());
        return new Inspection(TrustListInput.displayName(file), list, sig, trusted);
    }

    /** Whether the signature's signer record is one of this file's own records. */
    boolean signerIsOwnRecord() {
        return trusted == null && signature.signerRecord() != null;
    }

    boolean valid() {
        return signature.status() == SignatureStatus.VALID;
    }
}
