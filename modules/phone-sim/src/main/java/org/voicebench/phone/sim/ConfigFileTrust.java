package org.voicebench.phone.sim;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.trust.Function;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.TrustRecord;

/**
 * Whether a restarting phone takes the configuration file its TFTP node serves, signed by that node's CallManager
 * certificate. This is why a change that phones reject also stops every later configuration change from reaching
 * them (so an access campaign after such a change fails in the lab as on a real cluster).
 *
 * <ol>
 * <li>It holds no ITL: it takes the file (nothing to check it against). <b>Vendor doc</b> (Security By Default).</li>
 * <li>Its ITL (after this restart's update, {@link ItlUpdateRule}) lists the signer as a TFTP or CCM+TFTP record:
 *     it takes it. <b>Vendor doc</b> (the format notes' rule for signed files).</li>
 * <li>Its ITL shares a TVS certificate with the ITL its node serves now ({@link SharedTvs}): TVS vouches for the
 *     signer. <b>Assumed</b>, as for the ITL.</li>
 * <li>Otherwise it keeps its old configuration.</li>
 * </ol>
 */
final class ConfigFileTrust {

    private static final Logger LOG = Logger.getLogger(ConfigFileTrust.class.getName());

    private ConfigFileTrust() {
    }

    /**
     * @param held   the ITL the phone holds, or null
     * @param served the ITL its TFTP node serves now, or null
     * @param signer the DER certificate signing the configuration file, or null when the lab has no cluster
     */
    static boolean accepts(byte[] held, byte[] served, byte[] signer) {
        if (held == null || signer == null) {
            return true;
        }
        try {
            TrustList itl = TrustLists.read(held, "the phone's ITL");
            for (TrustRecord r : itl.records()) {
                if ((r.hasFunction(Function.TFTP) || r.hasFunction(Function.CCM_TFTP))
                        && Arrays.equals(r.certificateDer(), signer)) {
                    return true;
                }
            }
        } catch (TrustListFormatException e) {
            LOG.log(Level.FINE, "the phone's ITL does not parse; it trusts no signer", e);
            return false;
        }
        return served != null && SharedTvs.between(held, served);
    }
}
