package org.voicebench.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.voicebench.trust.FileHashes;
import org.voicebench.trust.TrustList;

/** The ITLs a phone may hold (the cluster's current ones and those the engineer kept), found by the hash it shows. */
final class HeldItls {

    private final List<TrustList> lists = new ArrayList<>();

    HeldItls(List<TrustList> cluster, List<TrustList> known) {
        lists.addAll(cluster);
        lists.addAll(known);
    }

    /** @param hash MD5, SHA-1 or SHA-256 as the phone shows it (any case, spaces allowed) */
    Optional<TrustList> byHash(String hash) {
        if (hash == null) {
            return Optional.empty();
        }
        String h = hash.replaceAll("[\\s:-]", "").toLowerCase(Locale.ROOT);
        for (TrustList l : lists) {
            FileHashes f = l.hashes();
            if (h.equalsIgnoreCase(f.md5()) || h.equalsIgnoreCase(f.sha1()) || h.equalsIgnoreCase(f.sha256())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
