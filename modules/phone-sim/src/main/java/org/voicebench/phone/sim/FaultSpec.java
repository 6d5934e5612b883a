package org.voicebench.phone.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The conditions of a whole lab as compact text, e.g. for {@code voicebench-cli sim --faults SPEC}.
 *
 * <pre>
 * SPEC  := "" | ITEM ("," ITEM)*
 * ITEM  := NAME ["=" VALUE]
 *
 * Conditions given to a share of the phones (no value or "true": every phone; a fraction 0..1:
 * that share, spread evenly over the lab and shifted by the seed):
 *   weblock       web access disabled: connection refused
 *   settingslock  Settings Access disabled: the Settings/Applications key does nothing
 *   restricted    Settings Access restricted: no security/admin menus
 *   authfail      every request answers Error 4 (user not associated, Authentication URL failing)
 *   busy          in a call: key presses are discarded
 *   hostile       XML answers carry an external-entity (XXE) DOCTYPE, to test clients
 *   httpsauth     the Authentication URL is HTTPS: credentials work only while the phone's ITL shares a
 *                 TVS certificate with the ITL its TFTP node serves now, else Error 4 (an assumed rule,
 *                 see HttpsAuthentication)
 *   french        the HTML Network setup page has French labels (Serveur TFTP 1, Signature ITL, ...)
 *   ctirefuse     the phone refuses data sent over the lab CTI service (sendData: PlatformException)
 *   personaloff   Phone Personalization disabled: setBackground/setRingTone refused with words naming it
 * Values for every phone:
 *   unlock=DIGITS admin/security menus ask for this password
 *   latency=DUR   a key sooner than DUR after the last accepted key is dropped
 *   slow=DUR      every response is delayed by DUR
 *   error=P       probability of an HTTP 500 per request
 *   drop=P        probability of a connection closed without response per request
 *   seed=N        seed of the shares and of the random errors/drops (default 1)
 * DUR   := digits ["ms" | "s"]   (milliseconds without unit)
 * </pre>
 *
 * Example: {@code weblock=0.1,slow=200ms,drop=0.05,latency=300ms}: a tenth of the phones refuse
 * connections, every answer takes 200 ms, 5% of the requests are dropped, keys closer than 300 ms are lost.
 * {@code httpsauth=0.25,french=0.5}: a quarter of the phones authenticate through an HTTPS URL and half
 * show their Network setup page in French.
 */
public final class FaultSpec {

    private static final List<String> SHARES = List.of("weblock", "settingslock", "restricted", "authfail", "busy",
            "hostile", "httpsauth", "french", "ctirefuse", "personaloff");

    private final Map<String, Double> shares;
    private final PhoneConditions base;
    private final String text;

    private FaultSpec(Map<String, Double> shares, PhoneConditions base, String text) {
        this.shares = shares;
        this.base = base;
        this.text = text;
    }

    /** No faults at all. */
    public static FaultSpec none() {
        return new FaultSpec(Map.of(), PhoneConditions.NORMAL.withSeed(1), "");
    }

    /**
     * Parses a spec.
     *
     * @throws IllegalArgumentException naming the item and what is wrong with it
     */
    public static FaultSpec parse(String spec) {
        Map<String, Double> shares = new LinkedHashMap<>();
        PhoneConditions c = PhoneConditions.NORMAL.withSeed(1);
        List<String> canonical = new ArrayList<>();
        String trimmed = spec == null ? "" : spec.trim();
        if (trimmed.isEmpty()) {
            return none();
        }
        for (String raw : trimmed.split(",")) {
            String item = raw.trim();
            int eq = item.indexOf('=');
            String name = (eq < 0 ? item : item.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? null : item.substring(eq + 1).trim();
            try {
                if (SHARES.contains(name)) {
                    double share = share(value);
                    shares.put(name, share);
                    canonical.add(share == 1 ? name : name + "=" + value);
                    continue;
                }
                if (value == null || value.isEmpty()) {
                    throw new IllegalArgumentException(name.isEmpty() ? "empty item" : name + " needs a value");
                }
                switch (name) {
                    case "unlock" -> c = c.withUnlockPassword(value);
                    case "latency" -> c = c.withUiLatency(duration(value));
                    case "slow" -> c = c.withResponseDelay(duration(value));
                    case "error" -> c = c.withErrorRate(probability(value));
                    case "drop" -> c = c.withDropRate(probability(value));
                    case "seed" -> c = c.withSeed(Long.parseLong(value));
                    default -> throw new IllegalArgumentException("unknown fault '" + name + "' (known: "
                            + String.join(", ", SHARES) + ", unlock, latency, slow, error, drop, seed)");
                }
                canonical.add(name + "=" + ("unlock".equals(name) ? "***" : value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("fault spec item '" + ("unlock".equals(name) ? "unlock=***" : item)
                        + "': " + e.getMessage(), e);
            }
        }
        return new FaultSpec(Map.copyOf(shares), c, String.join(",", canonical));
    }

    /** The conditions of phone number {@code index} (0-based) of the lab. */
    public PhoneConditions forPhone(int index) {
        long seed = base.seed();
        PhoneConditions c = base.withSeed(seed * 1_000_003L + index);
        if (gets("weblock", index, seed)) {
            c = c.withWebAccess(false);
        }
        if (gets("restricted", index, seed)) {
            c = c.withSettingsAccess(SettingsAccess.RESTRICTED);
        }
        if (gets("settingslock", index, seed)) {
            c = c.withSettingsAccess(SettingsAccess.DISABLED);
        }
        if (gets("authfail", index, seed)) {
            c = c.withAuthFailing(true);
        }
        if (gets("busy", index, seed)) {
            c = c.withBusy(true);
        }
        if (gets("hostile", index, seed)) {
            c = c.withHostile(true);
        }
        if (gets("httpsauth", index, seed)) {
            c = c.withHttpsAuthenticationUrl(true);
        }
        if (gets("french", index, seed)) {
            c = c.withFrenchLabels(true);
        }
        if (gets("ctirefuse", index, seed)) {
            c = c.withCtiRefusing(true);
        }
        if (gets("personaloff", index, seed)) {
            c = c.withPersonalization(false);
        }
        return c;
    }

    /** Spreads a share evenly: phone i has it when floor((i+1)*f) > floor(i*f), shifted per condition by the seed. */
    private boolean gets(String condition, int index, long seed) {
        Double share = shares.get(condition);
        if (share == null || share == 0) {
            return false;
        }
        if (share == 1) {
            return true;
        }
        long shift = Math.floorMod(seed * 31 + condition.hashCode(), 1_000_003L);
        long i = index + shift;
        return Math.floor((i + 1) * share) > Math.floor(i * share);
    }

    private static double share(String value) {
        if (value == null || value.isEmpty() || value.equalsIgnoreCase("true")) {
            return 1;
        }
        if (value.equalsIgnoreCase("false")) {
            return 0;
        }
        return probability(value);
    }

    private static double probability(String value) {
        double p;
        try {
            p = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number between 0 and 1", e);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(value + " is not between 0 and 1");
        }
        return p;
    }

    static Duration duration(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        long factor = 1;
        if (v.endsWith("ms")) {
            v = v.substring(0, v.length() - 2);
        } else if (v.endsWith("s")) {
            v = v.substring(0, v.length() - 1);
            factor = 1000;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < 0) {
                throw new IllegalArgumentException("'" + value + "' is negative");
            }
            return Duration.ofMillis(Math.multiplyExact(n, factor));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a duration like 300ms or 2s", e);
        }
    }

    /** The canonical text (the unlock password masked). */
    @Override
    public String toString() {
        return text;
    }
}
