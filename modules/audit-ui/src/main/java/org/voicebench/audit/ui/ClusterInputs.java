package org.voicebench.audit.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.ui.TextLines;
import org.voicebench.audit.AuditInputException;
import org.voicebench.audit.ClusterItls;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.trust.TrustList;

/**
 * What the audit compares the phones with: the cluster's current ITL per TFTP node (files or URLs) and
 * the ITLs the phones may still hold (files, plus the Phone Lab's baseline ITLs when filled from the lab).
 *
 * @param locations one per TFTP node
 * @param knownFiles earlier ITLs as files
 * @param labKnown earlier ITLs already read (the lab's baselines)
 */
@Messages({
    "ERR_NoLocations=Give the cluster's ITL: one file or URL per TFTP node."
})
record ClusterInputs(List<String> locations, List<Path> knownFiles, List<TrustList> labKnown) {

    ClusterInputs {
        locations = List.copyOf(locations);
        knownFiles = List.copyOf(knownFiles);
        labKnown = List.copyOf(labKnown);
    }

    /**
     * Reads the form's text: one entry a line, blank lines and lines starting with {@code #} ignored.
     *
     * @throws IllegalArgumentException (message for the user) when no cluster ITL is given
     */
    static ClusterInputs parse(String locationsText, String knownText, List<TrustList> labKnown) {
        List<String> locations = TextLines.of(locationsText);
        if (locations.isEmpty()) {
            throw new IllegalArgumentException(Bundle.ERR_NoLocations());
        }
        return new ClusterInputs(locations, TextLines.of(knownText).stream().map(Path::of).toList(), labKnown);
    }


    /** Downloads or reads the cluster's ITLs. Blocking. */
    ClusterItls loadCluster(TrustListDownloader downloader) throws AuditInputException {
        return ClusterItls.load(locations, downloader);
    }

    /** The earlier ITLs: the files read now, then the lab's. Blocking. */
    List<TrustList> knownItls() throws AuditInputException {
        List<TrustList> out = new ArrayList<>(ClusterItls.readEarlier(knownFiles));
        out.addAll(labKnown);
        return out;
    }
}
