package org.voicebench.phone.sim;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The open providers of the lab CTI service: a random token per login, naming its application user. */
final class CtiSessions {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> users = new ConcurrentHashMap<>();

    /** A new session of {@code userid}: its token. */
    String open(String userid) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        users.put(token, userid);
        return token;
    }

    /** The user of a session, or null for a token that names none (never opened, closed). */
    String user(String token) {
        return token == null ? null : users.get(token);
    }

    void close(String token) {
        if (token != null) {
            users.remove(token);
        }
    }

    int count() {
        return users.size();
    }
}
