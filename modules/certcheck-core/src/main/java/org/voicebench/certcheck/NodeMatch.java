package org.voicebench.certcheck;

import java.util.List;
import java.util.Locale;
import org.voicebench.trust.Function;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;

/**
 * Picks, among the trust lists of several TFTP nodes, the one the phone gets: the list whose TFTP
 * record names the same node as the TFTP record of the phone's list.
 */
final class NodeMatch {

    private NodeMatch() {
    }

    /** The phone's TFTP node's list, the only list, or null when none was given; says why in the reasoning. */
    static TrustList phonesList(TrustList phoneList, List<TrustList> clusterLists, List<String> reasoning) {
        if (clusterLists.size() <= 1) {
            return clusterLists.isEmpty() ? null : clusterLists.get(0);
        }
        String node = tftpNode(phoneList);
        for (TrustList candidate : clusterLists) {
            if (node != null && node.equals(tftpNode(candidate))) {
                reasoning.add("Of the " + clusterLists.size() + " cluster trust lists, " + candidate.source()
                        + " is that of the phone's TFTP node " + node + ".");
                return candidate;
            }
        }
        reasoning.add("None of the " + clusterLists.size() + " cluster trust lists names the phone's TFTP node"
                + (node == null ? "" : " " + node) + "; checking against the first, " + clusterLists.get(0).source()
                + ".");
        return clusterLists.get(0);
    }

    /** The node a list's TFTP record names: its DNS name, else its subject's CN; lower case. */
    static String tftpNode(TrustList list) {
        for (TrustRecord r : list.records()) {
            if (r.hasFunction(Function.TFTP) || r.hasFunction(Function.CCM_TFTP)) {
                String name = r.dnsName() != null && !r.dnsName().isBlank() ? r.dnsName()
                        : r.certificate() != null ? ClusterView.commonName(r.certificate().subject()) : null;
                if (name != null) {
                    return name.toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }
}
