package org.voicebench.audit;

import java.util.Locale;
import java.util.Objects;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.phone.inventory.PhoneState;
import org.voicebench.trust.FileHashes;
import org.voicebench.trust.TrustList;

/**
 * One phone's ITL state: what its web pages say it holds (present or not, and the hash it shows:
 * MD5 or SHA-1 depending on the model) compared with the cluster's current ITL for its TFTP node.
 *
 * @param state MATCH, MISMATCH, NOT_INSTALLED or UNKNOWN
 * @param phoneHash the hash the phone shows (normalised: lower case, no separators), or null
 * @param reason one sentence: why UNKNOWN, or what was compared
 */
public record ItlAssessment(ItlState state, String phoneHash, String reason) {

    public ItlAssessment {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Judges a probe of the phone against the ITL the phone's TFTP node serves now.
     *
     * @param probe what {@link PhoneProbe} read from the phone
     * @param clusterItl the cluster's current ITL for the phone's TFTP node
     */
    public static ItlAssessment of(PhoneProbe.Result probe, TrustList clusterItl) {
        PhoneState s = probe.state();
        if (s != PhoneState.REACHABLE && s != PhoneState.AUTH_OK) {
            return new ItlAssessment(ItlState.UNKNOWN, null, unknownReason(probe));
        }
        if (Boolean.FALSE.equals(probe.itlInstalled())) {
            return new ItlAssessment(ItlState.NOT_INSTALLED, null, "the phone reports no ITL installed");
        }
        String shown = normalise(probe.itlHash());
        if (shown == null) {
            return new ItlAssessment(ItlState.UNKNOWN, null, "the phone's pages do not show its ITL's hash");
        }
        FileHashes h = clusterItl.hashes();
        for (String[] known : new String[][] {{"MD5", h.md5()}, {"SHA-1", h.sha1()}, {"SHA-256", h.sha256()}}) {
            if (shown.equals(normalise(known[1]))) {
                return new ItlAssessment(ItlState.MATCH, shown, "the phone's ITL " + known[0] + " equals that of "
                        + clusterItl.source());
            }
        }
        return new ItlAssessment(ItlState.MISMATCH, shown, "the phone's ITL hash " + shown + " is none of "
                + clusterItl.source() + "'s (MD5 " + normalise(h.md5()) + ", SHA-1 " + normalise(h.sha1()) + ")");
    }

    private static String unknownReason(PhoneProbe.Result probe) {
        String why = switch (probe.state()) {
            case WEB_ACCESS_OFF -> "web access is off (or the phone is restarting)";
            case UNREACHABLE -> "the phone does not answer";
            case AUTH_FAILED -> "the phone refused the credentials";
            case ERROR -> "the phone answered something unexpected";
            default -> "the phone was not probed";
        };
        return probe.message() == null ? why : why + ": " + probe.message();
    }

    /** Hex without separators or spaces, lower case; null for an empty or absent value. */
    static String normalise(String hash) {
        if (hash == null) {
            return null;
        }
        String h = hash.replaceAll("[\\s:-]", "").toLowerCase(Locale.ROOT);
        return h.isEmpty() ? null : h;
    }
}
