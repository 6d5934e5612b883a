package org.voicebench.phone.sim;

import java.util.Arrays;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;

/**
 * Whether a restarting phone installs the ITL its TFTP server offers, or keeps the one it holds. This is
 * what makes a restart fix a cluster whose CallManager or ITLRecovery certificate was regenerated, and
 * not a phone moved to another cluster (only an erase does).
 *
 * <ol>
 * <li>It holds no ITL: it installs the first one it is given (trust on first use). <b>Vendor doc</b>
 *     (Cisco, Security By Default).</li>
 * <li>The offered ITL is signed by a SAST certificate of the ITL it holds (the signature verifies with
 *     that record's key: the same certificate, e.g. ITLRecovery unchanged): it installs it.
 *     <b>Assumed</b> in its details.</li>
 * <li>The ITL it holds lists a TVS certificate the offered ITL lists too ({@link SharedTvs}: the cluster
 *     still runs that TVS, which vouches for the new signer), and the offered ITL's signature verifies
 *     with its own signer's record: it installs it. <b>Assumed.</b></li>
 * <li>Otherwise it keeps its old ITL, shows "Trust List update failed" (a status the 8800 admin guide
 *     names) and stays stale. An offered file that does not parse is never installed.</li>
 * </ol>
 *
 * The certificate comparer decides the same way (certcheck's {@code TrustCheck}: {@code OK} and
 * {@code RECOVERABLE_VIA_TVS} mean a restart installs the cluster's ITL, {@code PHONES_WILL_REJECT} that
 * the phone keeps its own); a test over every {@link ClusterScenario} holds the two together.
 */
final class ItlUpdateRule {

    /** The status a phone shows when it refused its TFTP server's ITL (8800 admin guide). */
    static final String UPDATE_FAILED = "Trust List update failed";

    /** What the phone does with the offered ITL, and why. */
    enum Decision {
        /** It held none: trust on first use. */
        FIRST_ITL(true),
        /** It already holds these very bytes. */
        SAME_ITL(true),
        /** Signed by a SAST certificate of the ITL it holds. */
        SIGNED_BY_HELD(true),
        /** A TVS certificate of the ITL it holds is still the cluster's and vouches for the new signer. */
        VOUCHED_BY_TVS(true),
        /** Nothing it holds lets it trust the offered ITL (or the offered file is no trust list). */
        REJECTED(false);

        private final boolean installs;

        Decision(boolean installs) {
            this.installs = installs;
        }

        /** True when the phone ends up holding the offered ITL. */
        boolean installs() {
            return installs;
        }
    }

    private ItlUpdateRule() {
    }

    /**
     * @param held    the ITL the phone holds, or null when it holds none
     * @param offered the ITL its TFTP server offers ({@code ITLSEP<MAC>.tlv}, else {@code ITLFile.tlv})
     */
    static Decision decide(byte[] held, byte[] offered) {
        TrustList next = parse(offered, "the offered ITL");
        if (next == null) {
            return Decision.REJECTED;
        }
        if (held == null) {
            return Decision.FIRST_ITL;
        }
        if (Arrays.equals(held, offered)) {
            return Decision.SAME_ITL;
        }
        TrustList current = parse(held, "the phone's ITL");
        if (current != null && SignatureVerifier.verifyAgainst(next, current).status() == SignatureStatus.VALID) {
            return Decision.SIGNED_BY_HELD;
        }
        if (SharedTvs.between(held, offered) && SignatureVerifier.verify(next).status() == SignatureStatus.VALID) {
            return Decision.VOUCHED_BY_TVS;
        }
        return Decision.REJECTED;
    }

    private static TrustList parse(byte[] bytes, String what) {
        try {
            return TrustLists.read(bytes, what);
        } catch (TrustListFormatException e) {
            return null;
        }
    }
}
