package org.voicebench.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.voicebench.certcheck.TrustCheck;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.trust.TrustList;

/**
 * For a phone whose ITL does not match: will it recover on its own (through TVS) or must its ITL be
 * deleted? Phones show only their ITL's hash, so the ITL they hold is looked up by that hash among
 * the trust lists the engineer kept (earlier ITLs of the cluster, another cluster's), then checked
 * with the comparer against the cluster's current ITL.
 */
public final class Recovery {

    private final List<TrustList> knownItls;
    private final TrustList clusterItl;

    /**
     * @param knownItls ITLs the phones may hold (earlier ones of this cluster, another cluster's)
     * @param clusterItl the ITL the phone's TFTP node serves now
     */
    public Recovery(List<TrustList> knownItls, TrustList clusterItl) {
        this.knownItls = List.copyOf(knownItls);
        this.clusterItl = Objects.requireNonNull(clusterItl, "clusterItl");
    }

    /**
     * The comparer's report for the ITL with this hash, or empty when none of the known ITLs has it
     * (then only deleting the ITL is certain to help).
     *
     * @param phoneHash the hash the phone shows (MD5, SHA-1 or SHA-256; any case, separators allowed)
     */
    public Optional<TrustCheckReport> check(String phoneHash) {
        String wanted = ItlAssessment.normalise(phoneHash);
        if (wanted == null) {
            return Optional.empty();
        }
        for (TrustList known : knownItls) {
            if (Hashes.matches(known, wanted)) {
                return Optional.of(TrustCheck.of(known).clusterList(clusterItl).run());
            }
        }
        return Optional.empty();
    }
}
