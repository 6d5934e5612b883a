package org.voicebench.trust;

/**
 * A non-fatal problem found in a file that could still be read.
 *
 * @param code stable identifier for scripts
 * @param message explanation for a person
 * @param offset byte offset the warning is about, or {@code null} when it concerns the whole file
 */
public record Warning(Code code, String message, Integer offset) {

    /** Stable warning codes. */
    public enum Code {
        CERT_EXPIRED,
        CERT_NOT_YET_VALID,
        WEAK_KEY,
        FILE_TOO_LARGE,
        NAME_MISMATCH,
        SERIAL_MISMATCH,
        UNKNOWN_TAG,
        UNKNOWN_FUNCTION,
        DUPLICATE_TAG,
        CERT_UNREADABLE,
        HEADER_NOT_ALIGNED,
        TOO_MANY_SAST,
        SIGNATURE_SIZE_MISMATCH,
        EMPTIED_RECORD,
        NO_SIGNATURE
    }
}
