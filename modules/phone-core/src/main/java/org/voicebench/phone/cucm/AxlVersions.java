package org.voicebench.phone.cucm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AXL schema versions this client speaks and how to choose among them. CUCM keeps a schema for
 * about two major releases (Cisco DevNet AXL FAQ), so no one version reaches every cluster: the
 * client asks the server its release ({@code getCCMVersion}), uses that release's schema, and steps
 * down when the server refuses a version. Real CUCM refuses with HTTP 599 "Incorrect axl version.
 * Supported axl versions are 12.x, 14.0 and 15.0" (field-tested by other AXL clients), naming the
 * versions it takes; a SOAP fault saying the version is unsupported is taken the same way.
 */
final class AxlVersions {

    /** Highest first (there was no CUCM 13). */
    static final List<String> SPOKEN = List.of("15.0", "14.0", "12.5", "12.0", "11.5", "11.0");

    private static final Pattern RELEASE = Pattern.compile("\\s*(\\d{1,3})\\.(\\d{1,3}).*", Pattern.DOTALL);
    private static final Pattern REFUSAL = Pattern.compile("incorrect axl version"
            + "|(unsupported|unknown|invalid|incorrect|wrong).{0,20}version"
            + "|version.{0,40}(not supported|unsupported|unknown|invalid|not recogni[sz]ed)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADVERTISED = Pattern.compile("supported axl versions are([^<\\r\\n]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION_TOKEN = Pattern.compile("(\\d{1,3})\\.(\\d{1,3}|x)", Pattern.CASE_INSENSITIVE);

    private AxlVersions() {
    }

    /**
     * The highest spoken schema not above a CUCM release: {@code 14.0.1.11900-132} gives 14.0,
     * {@code 12.5.1.16900-48} 12.5, {@code 16.0.1} 15.0; empty for a release older than 11.0 or a
     * version that cannot be read.
     */
    static Optional<String> forRelease(String release) {
        Matcher m = RELEASE.matcher(release == null ? "" : release);
        if (!m.matches()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return SPOKEN.stream().filter(v -> compare(v, major, minor) <= 0).findFirst();
    }

    /** The lower of two spoken versions. */
    static String lower(String a, String b) {
        return SPOKEN.indexOf(a) >= SPOKEN.indexOf(b) ? a : b;
    }

    /**
     * The version to try after {@code refused} was refused: the highest spoken version below it that
     * the server's words name, or, when they do not list versions, the next lower one; empty when none is left.
     */
    static Optional<String> after(String refused, String serverWords) {
        List<String> lower = SPOKEN.subList(SPOKEN.indexOf(refused) + 1, SPOKEN.size());
        if (!ADVERTISED.matcher(serverWords == null ? "" : serverWords).find()) {
            return lower.stream().findFirst();
        }
        List<String> named = advertised(serverWords);
        return lower.stream().filter(named::contains).findFirst();
    }

    /** The spoken versions a refusal names ("12.x" names 12.5 and 12.0), highest first; empty when it names none. */
    static List<String> advertised(String serverWords) {
        Matcher m = ADVERTISED.matcher(serverWords == null ? "" : serverWords);
        List<String> out = new ArrayList<>();
        if (!m.find()) {
            return out;
        }
        List<String[]> tokens = new ArrayList<>();
        Matcher t = VERSION_TOKEN.matcher(m.group(1));
        while (t.find()) {
            tokens.add(new String[] {t.group(1), t.group(2).toLowerCase(Locale.ROOT)});
        }
        for (String v : SPOKEN) {
            String[] parts = v.split("\\.");
            if (tokens.stream().anyMatch(tk -> tk[0].equals(parts[0]) && (tk[1].equals("x") || tk[1].equals(parts[1])))) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whether a fault or error page says the schema version was refused. */
    static boolean refusal(String serverWords) {
        return serverWords != null && REFUSAL.matcher(serverWords).find();
    }

    private static int compare(String version, int major, int minor) {
        String[] p = version.split("\\.");
        int c = Integer.compare(Integer.parseInt(p[0]), major);
        return c != 0 ? c : Integer.compare(Integer.parseInt(p[1]), minor);
    }
}
