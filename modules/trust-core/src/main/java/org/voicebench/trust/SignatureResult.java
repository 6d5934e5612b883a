package org.voicebench.trust;

/**
 * The verdict on one file's signature.
 *
 * @param status valid, invalid or unverifiable
 * @param signerRecord 1-based index of the record whose key verified (or failed to verify) the
 *        signature, in the trust list used for checking; {@code null} when no signer was found
 * @param detail one sentence for a person
 */
public record SignatureResult(SignatureStatus status, Integer signerRecord, String detail) {

    static SignatureResult unverifiable(String detail) {
        return new SignatureResult(SignatureStatus.UNVERIFIABLE, null, detail);
    }
}
