package org.voicebench.phone.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/** What the phones of one lab share: threads, users, reboot timing, the cluster's ITL source. */
final class LabRuntime {

    final ExecutorService workers;
    final ScheduledExecutorService timers;
    final Duration eraseMessageTime;
    final Duration rebootTime;
    final Supplier<byte[]> itlSource;
    final Supplier<byte[]> ctlSource;
    private final Map<String, String> users;

    LabRuntime(ExecutorService workers, ScheduledExecutorService timers, Map<String, String> users,
               Duration eraseMessageTime, Duration rebootTime, Supplier<byte[]> itlSource,
               Supplier<byte[]> ctlSource) {
        this.workers = workers;
        this.timers = timers;
        this.users = Map.copyOf(users);
        this.eraseMessageTime = eraseMessageTime;
        this.rebootTime = rebootTime;
        this.itlSource = itlSource;
        this.ctlSource = ctlSource;
    }

    /** True when an {@code Authorization: Basic} header names a configured user with the right password. */
    boolean authorized(String header) {
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
