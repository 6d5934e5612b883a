package org.voicebench.phone.cti;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which JTAPI talks to which CUCM: a jar talks to its own CUCM release and later ones (15 only to 15, 14 to 14-15,
 * 12.5 to 12.5-15; Cisco's compatibility notes). Only an older CUCM than the jar is refused up front; anything not
 * known is left for the login to decide.
 */
final class JtapiVersions {

    private static final Pattern RELEASE = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    private JtapiVersions() {
    }

    /** A reason the jar cannot talk to this CUCM, or empty when it can (or when either version is unknown). */
    static Optional<String> mismatch(String jarVersion, String cucmVersion) {
        Optional<int[]> jar = release(jarVersion);
        Optional<int[]> cucm = release(cucmVersion);
        if (jar.isEmpty() || cucm.isEmpty() || compare(cucm.get(), jar.get()) >= 0) {
            return Optional.empty();
        }
        return Optional.of("JTAPI " + jarVersion + " cannot talk to CUCM " + cucmVersion + " (a JTAPI jar talks to its own"
                + " CUCM release and later ones): download the jar from this cluster (Application > Plugins)");
    }

    private static Optional<int[]> release(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher m = RELEASE.matcher(version);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))});
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }
}
