package org.voicebench.phone.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

/** Checks an {@code Authorization: Basic} header against the simulator's users. */
final class BasicAuth {

    private BasicAuth() {
    }

    /** True when the header names one of the users with its password. */
    static boolean matches(String header, Map<String, String> users) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String expected = users.get(decoded.substring(0, colon));
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
    }
}
