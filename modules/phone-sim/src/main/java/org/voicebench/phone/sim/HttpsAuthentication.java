package org.voicebench.phone.sim;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.trust.Function;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.TrustRecord;

/**
 * Whether a phone whose Authentication URL is HTTPS can check credentials at all. The phone must
 * trust the CUCM tomcat certificate behind the URL; it does through its ITL, directly or by asking a
 * TVS it trusts. Real phones with an ITL that cannot validate the cluster answer Error 4 to everything
 * (CUCM security guide, UnifiedFX notes: field-evidence.md, "Execute, screenshots, authentication").
 *
 * <p><b>Assumed rule</b> (nobody has published the exact check): the phone can validate the cluster when
 * its installed ITL and the ITL its TFTP node serves now share a TVS certificate (records of function
 * TVS, compared byte for byte). No installed ITL, no ITL served, or an ITL that does not parse: it cannot.
 * Kept in this one class so that a capture from a real phone can correct it in one place.
 */
final class HttpsAuthentication {

    private static final Logger LOG = Logger.getLogger(HttpsAuthentication.class.getName());

    private HttpsAuthentication() {
    }

    /**
     * @param installed the ITL the phone holds, or null
     * @param served where the phone's TFTP node serves its current ITL, or null when the phone has none
     */
    static boolean canValidate(TrustStore.Installed installed, Supplier<byte[]> served) {
        if (installed == null || served == null) {
            return false;
        }
        byte[] current = served.get();
        if (current == null) {
            return false;
        }
        Set<ByteBuffer> held = tvsCertificates(installed.bytes(), "the phone's ITL");
        held.retainAll(tvsCertificates(current, "the ITL the TFTP node serves"));
        return !held.isEmpty();
    }

    private static Set<ByteBuffer> tvsCertificates(byte[] itl, String what) {
        Set<ByteBuffer> out = new HashSet<>();
        try {
            TrustList list = TrustLists.read(itl, what);
            for (TrustRecord r : list.recordsWith(Function.TVS)) {
                byte[] der = r.certificateDer();
                if (der != null) {
                    out.add(ByteBuffer.wrap(der));
                }
            }
        } catch (TrustListFormatException e) {
            // an ITL that does not parse vouches for nothing
            LOG.log(Level.FINE, what + " does not parse; it validates nothing", e);
        }
        return out;
    }
}
