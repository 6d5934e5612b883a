package org.voicebench.readiness.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditInputException;
import org.voicebench.audit.ClusterItls;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.readiness.PlannedChange;
import org.voicebench.trust.TrustList;

/**
 * What a readiness check compares the phones with and plans for: the cluster's current ITL per TFTP node, earlier ITLs
 * the phones may hold, the planned change (one or more {@code regenerate:}/{@code migrate:} texts, applied together),
 * CUCM (or none: only the phones' pages are read, and no access campaign can run), whether CTI is configured and blind
 * keys accepted, and how many phones are read at once. Swing-free.
 *
 * @param clusterItls one per TFTP node: file or URL
 * @param knownFiles  earlier ITLs as files
 * @param labKnown    earlier ITLs already read (the Phone Lab's baselines)
 * @param change      the planned change, or null (a restore needs none; a check does)
 * @param cucm        CUCM's AXL/RIS, or null
 */
@Messages({
    "ERR_NoClusterItls=Give the cluster's current ITL: one file or URL per TFTP node.",
    "ERR_NoChange=Add the planned change, e.g. regenerate:CallManager@cucm-pub."
})
record ReadinessInputs(List<String> clusterItls, List<Path> knownFiles, List<TrustList> labKnown, PlannedChange change,
                       CucmLink cucm, boolean cti, boolean allowBlind, int concurrency) {

    ReadinessInputs {
        clusterItls = List.copyOf(clusterItls);
        knownFiles = List.copyOf(knownFiles);
        labKnown = List.copyOf(labKnown);
        if (clusterItls.isEmpty()) {
            throw new IllegalArgumentException(Bundle.ERR_NoClusterItls());
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency " + concurrency);
        }
    }

    /**
     * @throws IllegalArgumentException (message for the user) when no change is given or one is malformed
     */
    static PlannedChange change(List<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(Bundle.ERR_NoChange());
        }
        return PlannedChange.parse(texts);
    }

    /** Downloads or reads the cluster's ITLs. Blocking. */
    ClusterItls loadCluster(TrustListDownloader downloader) throws AuditInputException {
        return ClusterItls.load(clusterItls, downloader);
    }

    /** The earlier ITLs: the files read now, then the lab's. Blocking. */
    List<TrustList> knownItls() throws AuditInputException {
        List<TrustList> out = new ArrayList<>(ClusterItls.readEarlier(knownFiles));
        out.addAll(labKnown);
        return out;
    }
}
