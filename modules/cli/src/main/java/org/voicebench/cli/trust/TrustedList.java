package org.voicebench.cli.trust;

import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;

/**
 * The trust list given with {@code --trust}: what a phone holds. Files are checked against it as
 * the phone would; its own signature is checked too, since an altered anchor proves nothing.
 *
 * @param file the file as named on the command line
 * @param list the parsed trust list
 * @param ownSignature the trust list's signature checked against its own records
 */
record TrustedList(String file, TrustList list, SignatureResult ownSignature) {

    static TrustedList of(String file, TrustList list) {
        return new TrustedList(file, list, SignatureVerifier.verify(list));
    }
}
