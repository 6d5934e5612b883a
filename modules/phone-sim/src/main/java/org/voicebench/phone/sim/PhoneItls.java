package org.voicebench.phone.sim;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.voicebench.phone.TftpFileNames;

/**
 * The per-phone ITLs ({@code ITLSEP<MAC>.tlv}) the nodes of a simulated cluster serve. A real TFTP node
 * answers "not found" for a per-phone name unless such a file exists, so a phone then takes the node's
 * {@code ITLFile.tlv}; one that exists overrides it for that phone (field-tested). Set and removed
 * explicitly, kept across scenario changes. Thread-safe.
 */
final class PhoneItls {

    /** By node, then by upper-case file name. */
    private final Map<String, Map<String, byte[]>> byNode = new ConcurrentHashMap<>();

    void put(String node, String mac, byte[] itl) {
        byNode.computeIfAbsent(node, n -> new ConcurrentHashMap<>())
                .put(ClusterFiles.key(TftpFileNames.itlSep(mac)), itl.clone());
    }

    void remove(String node, String mac) {
        Map<String, byte[]> files = byNode.get(node);
        if (files != null) {
            files.remove(ClusterFiles.key(TftpFileNames.itlSep(mac)));
        }
    }

    /** The node's per-phone file of that name (ignoring case, a leading {@code /} allowed), or null. */
    byte[] lookup(String node, String fileName) {
        Map<String, byte[]> files = byNode.get(node);
        byte[] bytes = files == null ? null : files.get(ClusterFiles.key(fileName));
        return bytes == null ? null : bytes.clone();
    }
}
