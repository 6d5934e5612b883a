package org.voicebench.trust;

/** Outcome of checking a file's signature. */
public enum SignatureStatus {
    /** The signature matches the key of a record that may sign this file. */
    VALID,
    /** A signer was found but the signature does not match: the file was altered or mis-signed. */
    INVALID,
    /** The signature could not be checked: signer unknown, algorithm unsupported, no signature. */
    UNVERIFIABLE
}
