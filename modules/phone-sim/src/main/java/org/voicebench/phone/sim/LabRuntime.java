package org.voicebench.phone.sim;

import java.time.Duration;
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
        return BasicAuth.matches(header, users);
    }
}
