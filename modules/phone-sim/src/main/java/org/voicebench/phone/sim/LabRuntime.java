package org.voicebench.phone.sim;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/** What the phones of one lab share: threads, users, reboot timing. */
final class LabRuntime {

    final ExecutorService workers;
    final ScheduledExecutorService timers;
    final Duration eraseMessageTime;
    final Duration rebootTime;
    private final Map<String, String> users;

    LabRuntime(ExecutorService workers, ScheduledExecutorService timers, Map<String, String> users,
               Duration eraseMessageTime, Duration rebootTime) {
        this.workers = workers;
        this.timers = timers;
        this.users = Map.copyOf(users);
        this.eraseMessageTime = eraseMessageTime;
        this.rebootTime = rebootTime;
    }

    /**
     * True when an {@code Authorization: Basic} header names a configured user with the right password:
     * the phone's own password when it has one (null: the user's).
     */
    boolean authorized(String header, String ownPassword) {
        if (ownPassword == null) {
            return BasicAuth.matches(header, users);
        }
        Map<String, String> own = new HashMap<>();
        users.keySet().forEach(user -> own.put(user, ownPassword));
        return BasicAuth.matches(header, own);
    }
}
