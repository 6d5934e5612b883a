package org.voicebench.trust;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The trust list a phone holds, for checking other files as that phone would (a signed
 * configuration file, the cluster's next ITL). Its own signature is checked too, since an altered
 * anchor proves nothing.
 *
 * @param path where the trust list was read from, as the user named it
 * @param list the parsed trust list
 * @param ownSignature its signature checked against its own records
 */
public record TrustAnchor(Path path, TrustList list, SignatureResult ownSignature) {

    public TrustAnchor {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(ownSignature, "ownSignature");
    }

    /** The anchor of a trust list read from {@code path}, its own signature checked. */
    public static TrustAnchor of(Path path, TrustList list) {
        return new TrustAnchor(path, list, SignatureVerifier.verify(list));
    }
}
