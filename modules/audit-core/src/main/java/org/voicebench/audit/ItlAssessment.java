package org.voicebench.audit;

import java.util.Locale;
import java.util.Objects;
import org.voicebench.phone.TrustFile;
import org.voicebench.phone.cucm.AuthenticationUrls;
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
 * @param reach how the phone answered the probe (web access off, credentials refused, ...), null when not probed
 * @param pageState what its public page shows even when the state is UNKNOWN for another reason (a phone that
 *                  refuses credentials still shows its stale ITL); the same as {@code state} otherwise
 */
public record ItlAssessment(ItlState state, String phoneHash, String reason, PhoneState reach, ItlState pageState) {

    public ItlAssessment {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        pageState = pageState == null ? state : pageState;
    }

    /** An assessment without the probe's details. */
    public ItlAssessment(ItlState state, String phoneHash, String reason) {
        this(state, phoneHash, reason, null, state);
    }

    /** The same assessment with a longer reason. */
    public ItlAssessment withReason(String value) {
        return new ItlAssessment(state, phoneHash, value, reach, pageState);
    }

    /** The same assessment, knowing how the phone answered the probe. */
    public ItlAssessment reached(PhoneState value) {
        return new ItlAssessment(state, phoneHash, reason, value, pageState);
    }

    /** True when the phone refused the credentials while its public page shows an ITL other than the cluster's (or none). */
    public boolean refusedWithStaleItl() {
        return reach == PhoneState.AUTH_FAILED && (pageState == ItlState.MISMATCH || pageState == ItlState.NOT_INSTALLED);
    }

    /** True when the phone's web server is off: nothing can be read from it, keys can reach it only over CTI. */
    public boolean webAccessOff() {
        return reach == PhoneState.WEB_ACCESS_OFF;
    }

    /**
     * Judges a probe of the phone against the ITL the phone's TFTP node serves now. The phone's hash is compared
     * with the cluster ITL's hash of the same algorithm, told by its length (phones show MD5 or SHA-1 by model).
     *
     * @param probe what {@link PhoneProbe} read from the phone
     * @param clusterItl the cluster's current ITL for the phone's TFTP node
     */
    public static ItlAssessment of(PhoneProbe.Result probe, TrustList clusterItl) {
        return of(probe, clusterItl, null);
    }

    /**
     * As {@link #of(PhoneProbe.Result, TrustList)}, knowing the Authentication URLs the cluster gives its phones
     * (read from CUCM): a refusal is then explained with the URL the phone uses, not only as a possibility.
     *
     * @param urls the cluster's Authentication URLs, or null when not known
     */
    public static ItlAssessment of(PhoneProbe.Result probe, TrustList clusterItl, AuthenticationUrls urls) {
        PhoneState s = probe.state();
        if (s == PhoneState.AUTH_FAILED) {
            return refused(probe, clusterItl, urls).reached(s);
        }
        if (s != PhoneState.REACHABLE && s != PhoneState.AUTH_OK) {
            return new ItlAssessment(ItlState.UNKNOWN, null, unknownReason(probe), s, null);
        }
        return fromPage(probe, clusterItl).reached(s);
    }

    /** The state as the phone's page shows it, credentials aside. */
    private static ItlAssessment fromPage(PhoneProbe.Result probe, TrustList clusterItl) {
        TrustFile itl = probe.itl();
        String where = probe.trustSource() == null ? "the phone's pages" : probe.trustSource();
        switch (itl.presence()) {
            case NOT_SHOWN -> {
                return new ItlAssessment(ItlState.UNKNOWN, null, "the phone's pages do not show its ITL (" + where + ")");
            }
            case NOT_INSTALLED -> {
                return new ItlAssessment(ItlState.NOT_INSTALLED, null, "the phone reports no ITL installed (" + where + ")");
            }
            default -> {
                // installed: compared below
            }
        }
        String shown = itl.hash();
        if (shown == null) {
            return new ItlAssessment(ItlState.UNKNOWN, null, "the phone shows an ITL (\"" + itl.shown() + "\" in " + where
                    + ") but no hash of it to compare");
        }
        FileHashes h = clusterItl.hashes();
        String expected = switch (itl.algorithm()) {
            case MD5 -> h.md5();
            case SHA1 -> h.sha1();
            case SHA256 -> h.sha256();
            case UNKNOWN -> null;
        };
        String algorithm = itl.algorithm().displayName();
        if (expected == null) {
            return new ItlAssessment(ItlState.UNKNOWN, shown, "the phone's ITL hash " + shown + " (" + where + ") is "
                    + shown.length() / 2 + " bytes long: neither MD5, SHA-1 nor SHA-256, so it cannot be compared");
        }
        if (shown.equals(normalise(expected))) {
            return new ItlAssessment(ItlState.MATCH, shown, "the phone's ITL " + algorithm + " equals that of "
                    + clusterItl.source());
        }
        return new ItlAssessment(ItlState.MISMATCH, shown, "the phone's ITL " + algorithm + " " + shown + " is not "
                + clusterItl.source() + "'s (" + normalise(expected) + ")");
    }

    /**
     * The phone refused the credentials. Its page is public, so its ITL can still be judged: a stale ITL
     * may explain the refusal (a phone that cannot validate an HTTPS Authentication URL authenticates no one,
     * and its answer is the same Error 4 as for a wrong password), and says what to do. The state stays UNKNOWN: nothing can be done on it over the web until then.
     */
    private static ItlAssessment refused(PhoneProbe.Result probe, TrustList clusterItl, AuthenticationUrls urls) {
        ItlAssessment page = fromPage(probe, clusterItl);
        return new ItlAssessment(ItlState.UNKNOWN, page.phoneHash(), refusedReason(probe, page, urls), PhoneState.AUTH_FAILED,
                page.state());
    }

    private static String refusedReason(PhoneProbe.Result probe, ItlAssessment page, AuthenticationUrls urls) {
        String refusal = unknownReason(probe);
        boolean stale = page.state() == ItlState.MISMATCH || page.state() == ItlState.NOT_INSTALLED;
        if (urls != null && stale) {
            String itl = page.state() == ItlState.MISMATCH ? "its ITL does not match the cluster's (" + page.reason() + ")"
                    : "it holds no ITL";
            if (urls.securedIsHttps()) {
                return refusal + ". The cluster gives its phones the"
                        + " HTTPS Authentication URL " + urls.securedUrl() + " and " + itl + ", so it cannot validate that"
                        + " URL and refuses every user (CiscoIPPhoneError 4). " + HTTP_WORKAROUND;
            }
            return refusal + ". The cluster's Authentication URL is"
                    + " not HTTPS (" + (urls.url().isEmpty() ? "none set" : urls.url()) + "), so the stale ITL is not why:"
                    + " check the user's association with the phone and the password";
        }
        if (stale) {
            return refusal + ". Its ITL "
                    + (page.state() == ItlState.MISMATCH ? "does not match the cluster's (" + page.reason() + ")"
                    : "is not installed") + ": if its Authentication URL is HTTPS it cannot validate it and refuses every"
                    + " user (CiscoIPPhoneError 4), as phones with a stale ITL do. " + HTTP_WORKAROUND
                    + "; otherwise check the user's association with the phone and the password";
        }
        if (page.state() == ItlState.MATCH) {
            return refusal + "; its ITL matches the cluster's ("
                    + page.reason() + "), so check the user's association with the phone and the password";
        }
        return refusal;
    }

    /** What a voice engineer does for a phone that cannot authenticate anyone (Cisco's guide, UnifiedFX). */
    public static final String HTTP_WORKAROUND = "Set the phones' Authentication URL to HTTP during the change (CUCM"
            + " enterprise parameters: Secured Authentication URL, or \"Secure https URLs to use HTTP\"), reset the phone"
            + " and audit again";

    private static String unknownReason(PhoneProbe.Result probe) {
        String why = switch (probe.state()) {
            case WEB_ACCESS_OFF -> "web access is off (or the phone is restarting)";
            case UNREACHABLE -> "the phone does not answer (off, unreachable, or restarting)";
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
