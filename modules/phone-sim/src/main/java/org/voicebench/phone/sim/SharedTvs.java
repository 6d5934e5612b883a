package org.voicebench.phone.sim;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.trust.Function;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.TrustRecord;

/**
 * Whether a TVS the phone trusts still serves the cluster: the phone's ITL and the ITL its TFTP node
 * serves now list a TVS certificate in common (records of function TVS, compared byte for byte). The
 * one <b>assumed</b> stand-in for asking TVS, shared by the HTTPS Authentication URL check
 * ({@link HttpsAuthentication}) and the acceptance of a new ITL ({@link ItlUpdateRule}), so that a
 * capture from a real phone corrects both in one place. An ITL that does not parse vouches for nothing.
 */
final class SharedTvs {

    private static final Logger LOG = Logger.getLogger(SharedTvs.class.getName());

    private SharedTvs() {
    }

    /**
     * @param held   the ITL the phone holds
     * @param served the ITL its TFTP node serves now
     */
    static boolean between(byte[] held, byte[] served) {
        Set<ByteBuffer> common = certificates(held, "the phone's ITL");
        common.retainAll(certificates(served, "the ITL the TFTP node serves"));
        return !common.isEmpty();
    }

    private static Set<ByteBuffer> certificates(byte[] itl, String what) {
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
            LOG.log(Level.FINE, what + " does not parse; it vouches for nothing", e);
        }
        return out;
    }
}
