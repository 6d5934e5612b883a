package org.voicebench.audit;

import org.voicebench.trust.FileHashes;
import org.voicebench.trust.TrustList;

/** Phones show an ITL's MD5 or SHA-1 (model-dependent); a list matches when any of its hashes is the one shown. */
final class Hashes {

    private Hashes() {
    }

    /** @param normalisedHash as {@link ItlAssessment#normalise} makes it */
    static boolean matches(TrustList list, String normalisedHash) {
        FileHashes h = list.hashes();
        return normalisedHash.equals(ItlAssessment.normalise(h.md5()))
                || normalisedHash.equals(ItlAssessment.normalise(h.sha1()))
                || normalisedHash.equals(ItlAssessment.normalise(h.sha256()));
    }
}
