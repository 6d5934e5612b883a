package org.voicebench.phone;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One permit per phone: phones handle one request at a time and drop or garble concurrent ones,
 * so callers queue here (fairly) rather than on the phone.
 */
final class PhoneLocks {

    private final ConcurrentHashMap<PhoneAddress, Semaphore> permits = new ConcurrentHashMap<>();

    /** Waits up to {@code timeout} for the phone's permit; false on timeout. */
    boolean acquire(PhoneAddress phone, Duration timeout) throws InterruptedException {
        return permit(phone).tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    void release(PhoneAddress phone) {
        permit(phone).release();
    }

    private Semaphore permit(PhoneAddress phone) {
        return permits.computeIfAbsent(phone, p -> new Semaphore(1, true));
    }
}
