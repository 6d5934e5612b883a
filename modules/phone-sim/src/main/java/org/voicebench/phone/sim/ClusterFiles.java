package org.voicebench.phone.sim;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;

/**
 * The files every TFTP node of a simulated cluster serves at one moment: {@code ITLFile.tlv} (per
 * node), {@code ITLSEP<MAC>.tlv} (any MAC; per node) and, in mixed mode, {@code CTLFile.tlv}.
 * Immutable; made anew on each change, all with one timestamp.
 */
final class ClusterFiles {

    static final String ITL = "ITLFile.tlv";
    static final String CTL = "CTLFile.tlv";
    private static final Pattern ITL_SEP = Pattern.compile("ITLSEP[0-9A-F]{12}\\.TLV");
    private static final String SEP_KEY = "ITLSEP";

    private final Map<String, Map<String, byte[]>> byNode = new HashMap<>();
    private final byte[] ctl;
    private final Instant timestamp;

    ClusterFiles(LabCluster cluster, LabCluster.ItlSigning signing, boolean mixedMode, boolean rollback, Instant timestamp) {
        this.timestamp = timestamp;
        for (String node : cluster.nodes()) {
            Map<String, byte[]> files = new HashMap<>();
            files.put(ITL, rollback ? cluster.rollbackItl(node, signing, DigestAlgorithm.SHA1, timestamp)
                    : cluster.itl(node, signing, DigestAlgorithm.SHA1, timestamp));
            files.put(SEP_KEY, cluster.itlSep(node, DigestAlgorithm.SHA1, timestamp));
            byNode.put(node, files);
        }
        ctl = mixedMode ? cluster.ctl(DigestAlgorithm.SHA1, timestamp) : null;
    }

    Instant timestamp() {
        return timestamp;
    }

    /** The ITL the node serves. */
    byte[] itl(String node) {
        return files(node).get(ITL).clone();
    }

    /** The CTL, or null outside mixed mode. */
    byte[] ctl() {
        return ctl == null ? null : ctl.clone();
    }

    /**
     * The file a phone asks the node for, by name as TFTP servers match it (ignoring case), or null
     * when the node serves no such file.
     */
    byte[] lookup(String node, String fileName) {
        String name = fileName.startsWith("/") ? fileName.substring(1) : fileName;
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals(ITL.toUpperCase(Locale.ROOT))) {
            return itl(node);
        }
        if (upper.equals(CTL.toUpperCase(Locale.ROOT))) {
            return ctl();
        }
        if (ITL_SEP.matcher(upper).matches()) {
            return files(node).get(SEP_KEY).clone();
        }
        return null;
    }

    private Map<String, byte[]> files(String node) {
        Map<String, byte[]> files = byNode.get(node);
        if (files == null) {
            throw new IllegalArgumentException("no node " + node + " in the cluster");
        }
        return files;
    }
}
