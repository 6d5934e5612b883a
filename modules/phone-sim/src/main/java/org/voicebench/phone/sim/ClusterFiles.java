package org.voicebench.phone.sim;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.voicebench.phone.TftpFileNames;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;

/**
 * The cluster-wide files every TFTP node of a simulated cluster serves at one moment: {@code ITLFile.tlv}
 * (per node) and, in mixed mode, {@code CTLFile.tlv}. Per-phone files are {@link PhoneItls}'. Immutable;
 * made anew on each change, all with one timestamp.
 */
final class ClusterFiles {

    private static final String ITL = TftpFileNames.ITL_FILE.toUpperCase(Locale.ROOT);
    private static final String CTL = TftpFileNames.CTL_FILE.toUpperCase(Locale.ROOT);

    private final Map<String, byte[]> itlByNode = new HashMap<>();
    private final byte[] ctl;
    private final Instant timestamp;

    ClusterFiles(LabCluster cluster, LabCluster.ItlSigning signing, boolean mixedMode, boolean rollback, Instant timestamp) {
        this.timestamp = timestamp;
        for (String node : cluster.nodes()) {
            itlByNode.put(node, rollback ? cluster.rollbackItl(node, signing, DigestAlgorithm.SHA1, timestamp)
                    : cluster.itl(node, signing, DigestAlgorithm.SHA1, timestamp));
        }
        ctl = mixedMode ? cluster.ctl(DigestAlgorithm.SHA1, timestamp) : null;
    }

    Instant timestamp() {
        return timestamp;
    }

    /** The ITL the node serves. */
    byte[] itl(String node) {
        byte[] itl = itlByNode.get(node);
        if (itl == null) {
            throw new IllegalArgumentException("no node " + node + " in the cluster");
        }
        return itl.clone();
    }

    /** The CTL, or null outside mixed mode. */
    byte[] ctl() {
        return ctl == null ? null : ctl.clone();
    }

    /**
     * The file a phone asks the node for, by name as TFTP servers match it (ignoring case, a leading
     * {@code /} allowed), or null when the node serves no such file.
     */
    byte[] lookup(String node, String fileName) {
        String name = key(fileName);
        if (name.equals(ITL)) {
            return itl(node);
        }
        return name.equals(CTL) ? ctl() : null;
    }

    /** A requested name as TFTP servers match it: without a leading {@code /}, ignoring case. */
    static String key(String fileName) {
        String name = fileName.startsWith("/") ? fileName.substring(1) : fileName;
        return name.toUpperCase(Locale.ROOT);
    }
}
