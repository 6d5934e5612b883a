package org.voicebench.phone.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.NetworkConfiguration;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;

/**
 * Finds a phone's state with read-only requests: {@code DeviceInformationX} (reachable? model,
 * firmware), {@code NetworkConfigurationX} (ITL), and, when credentials are set, one screenshot
 * (the cheapest request that needs them; no key is pressed). Blocking: call off the Swing thread.
 */
public final class PhoneProbe {

    /**
     * What a probe found.
     *
     * @param state        the state
     * @param modelNumber  the reported {@code modelNumber}, or null when not read
     * @param firmware     the reported {@code versionID} (else {@code appLoadID}), or null
     * @param itlInstalled whether an ITL is installed, or null when the phone does not say
     * @param itlHash      the installed ITL's SHA-1 (else MD5) as the phone reports it, or null
     * @param tftpServer   the phone's {@code TFTPServer1} (whose ITL it should hold), or null when not read
     * @param seen         when the phone last answered, or null when it did not
     * @param failure      the failure behind a bad state, or null
     * @param message      the failure's message (names the phone and what to do), or null
     */
    public record Result(PhoneState state, String modelNumber, String firmware, Boolean itlInstalled, String itlHash,
            String tftpServer, Instant seen, PhoneFailure failure, String message) {

        public Result {
            Objects.requireNonNull(state, "state");
        }
    }

    private final Clock clock;

    public PhoneProbe(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PhoneProbe() {
        this(Clock.systemUTC());
    }

    /**
     * Probes the phone.
     *
     * @param checkCredentials true to check the credentials with a screenshot (when a user is set)
     */
    public Result probe(Phone phone, boolean checkCredentials) {
        DeviceInformation info;
        try {
            info = phone.deviceInformation();
        } catch (PhoneException e) {
            return failed(e, null, null, null, null, null, null);
        }
        Instant seen = clock.instant();
        String firmware = info.versionID() != null ? info.versionID() : info.appLoadID();
        Boolean itl = null;
        String hash = null;
        String tftp = null;
        try {
            NetworkConfiguration net = phone.networkConfiguration();
            itl = itlInstalled(net.trustFields());
            hash = itlHash(net.trustFields());
            tftp = net.field("TFTPServer1");
            seen = clock.instant();
        } catch (PhoneException e) {
            if (e.failure() == PhoneFailure.CANCELLED) {
                return failed(e, info.modelNumber(), firmware, null, null, null, seen);
            }
            // some firmware serves no NetworkConfigurationX: the ITL state stays unknown
        }
        if (!checkCredentials) {
            return new Result(PhoneState.REACHABLE, info.modelNumber(), firmware, itl, hash, tftp, seen, null, null);
        }
        try {
            phone.screenshot();
            return new Result(PhoneState.AUTH_OK, info.modelNumber(), firmware, itl, hash, tftp, clock.instant(), null,
                    null);
        } catch (PhoneException e) {
            return failed(e, info.modelNumber(), firmware, itl, hash, tftp, seen);
        }
    }

    private static Result failed(PhoneException e, String model, String firmware, Boolean itl, String hash, String tftp,
                                 Instant seen) {
        return new Result(PhoneState.of(e.failure()), model, firmware, itl, hash, tftp, seen, e.failure(),
                e.getMessage());
    }

    /** From fields like {@code ITLFile=Installed}; the names vary by firmware. */
    static Boolean itlInstalled(Map<String, String> trust) {
        for (Map.Entry<String, String> e : trust.entrySet()) {
            String k = e.getKey().toUpperCase(Locale.ROOT);
            if (k.contains("ITL") && !k.contains("MD5") && !k.contains("SHA") && !k.contains("SIGNATURE")) {
                String v = e.getValue().toLowerCase(Locale.ROOT).strip();
                if (v.startsWith("not") || v.equals("no") || v.isEmpty() || v.equals("none")) {
                    return false;
                }
                return true;
            }
        }
        String h = itlHash(trust);
        return h == null ? null : Boolean.TRUE;
    }

    static String itlHash(Map<String, String> trust) {
        String md5 = null;
        for (Map.Entry<String, String> e : trust.entrySet()) {
            String k = e.getKey().toUpperCase(Locale.ROOT);
            if (k.contains("ITL") && !e.getValue().isBlank()) {
                if (k.contains("SHA")) {
                    return e.getValue().strip();
                }
                if (k.contains("MD5") || k.contains("SIGNATURE")) {
                    md5 = e.getValue().strip();
                }
            }
        }
        return md5;
    }
}
