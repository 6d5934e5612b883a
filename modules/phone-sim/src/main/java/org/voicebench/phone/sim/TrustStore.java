package org.voicebench.phone.sim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.voicebench.phone.TftpFileNames;

/**
 * The ITL and CTL a phone holds, with the hashes and the file name its pages show, and the status its last
 * trust-list update left. Thread-safe.
 */
final class TrustStore {

    /**
     * An installed file and its hashes (upper-case hex, as phones show them).
     *
     * @param fileName the name it was downloaded as ({@code ITLFile.tlv}, {@code ITLSEP<MAC>.tlv}): the
     *                 Network setup page's {@code ITL file} row
     */
    record Installed(byte[] bytes, String md5, String sha1, String fileName) {
        static Installed of(byte[] bytes, String fileName) {
            return new Installed(bytes.clone(), digest("MD5", bytes), digest("SHA-1", bytes), fileName);
        }
    }

    private volatile Installed itl;
    private volatile Installed ctl;
    private volatile String updateStatus = "";

    Installed itl() {
        return itl;
    }

    Installed ctl() {
        return ctl;
    }

    /** Installs the node's default ITL (null removes it). */
    void installItl(byte[] bytes) {
        installItl(bytes, TftpFileNames.ITL_FILE);
    }

    /** Installs an ITL under the name it was downloaded as (null bytes remove it). */
    void installItl(byte[] bytes, String fileName) {
        itl = bytes == null ? null : Installed.of(bytes, fileName);
    }

    void installCtl(byte[] bytes) {
        installCtl(bytes, TftpFileNames.CTL_FILE);
    }

    void installCtl(byte[] bytes, String fileName) {
        ctl = bytes == null ? null : Installed.of(bytes, fileName);
    }

    /** The status the last restart's trust-list update left ("Trust List update failed"), "" when none. */
    String updateStatus() {
        return updateStatus;
    }

    void updateStatus(String value) {
        updateStatus = value;
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
