package org.voicebench.audit;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * When CUCM last saw a phone register (RIS): after an erase over CTI, the only sign that a phone whose pages cannot
 * be read restarted and came back.
 */
@FunctionalInterface
public interface Registrations {

    /**
     * @param deviceName e.g. {@code SEP001122334455}
     * @return the time stamp of its current registration, empty when it is not registered now
     * @throws IOException when CUCM cannot be asked
     */
    Optional<Instant> registeredSince(String deviceName) throws IOException;
}
