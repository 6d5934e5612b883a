package org.voicebench.phone.sim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The ITL and CTL a phone holds, with the hashes its pages show. Thread-safe. */
final class TrustStore {

    /** An installed file and its hashes (upper-case hex, as phones show them). */
    record Installed(byte[] bytes, String md5, String sha1) {
        static Installed of(byte[] bytes) {
            return new Installed(bytes.clone(), digest("MD5", bytes), digest("SHA-1", bytes));
        }
    }

    private volatile Installed itl;
    private volatile Installed ctl;

    Installed itl() {
        return itl;
    }

    Installed ctl() {
        return ctl;
    }

    void installItl(byte[] bytes) {
        itl = bytes == null ? null : Installed.of(bytes);
    }

    void installCtl(byte[] bytes) {
        ctl = bytes == null ? null : Installed.of(bytes);
    }

    /** What the phone's erase does: both lists are gone. */
    void erase() {
        itl = null;
        ctl = null;
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a required JDK algorithm", e);
        }
    }
}
