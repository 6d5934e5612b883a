package org.voicebench.audit;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voicebench.phone.cucm.CucmException;
import org.voicebench.phone.cucm.Registration;
import org.voicebench.phone.cucm.RisClient;
import org.voicebench.phone.cucm.RisDevice;

/**
 * The registrations of the phones a fix erased over CTI, from RIS: one {@code selectCmDevice} for all of them at most
 * once per {@code refresh} (RIS allows a cluster few requests a minute, shared with every other tool), the answer
 * shared between the phones' checks. Used by the command line's {@code audit --axl} and by the Trust Audit window for
 * the Phone Lab's phones (the lab's RIS).
 */
public final class RisRegistrations implements Registrations {

    private final RisClient ris;
    private final List<String> devices;
    private final Duration refresh;
    private Map<String, RisDevice> last = Map.of();
    private long lastNanos;
    private boolean asked;

    /**
     * @param devices the device names of the run's phones, asked together
     * @param refresh the least time between two requests (RIS allows a cluster a few a minute)
     */
    public RisRegistrations(RisClient ris, List<String> devices, Duration refresh) {
        this.ris = ris;
        this.devices = List.copyOf(devices);
        this.refresh = refresh;
    }

    @Override
    public synchronized Optional<Instant> registeredSince(String deviceName) throws IOException {
        if (!asked || System.nanoTime() - lastNanos >= refresh.toNanos()) {
            try {
                last = ris.selectDevices(devices.contains(deviceName) ? devices : List.of(deviceName)).devices();
            } catch (CucmException e) {
                throw new IOException(e.getMessage(), e);
            }
            lastNanos = System.nanoTime();
            asked = true;
        }
        RisDevice d = last.get(deviceName);
        if (d == null || d.status() != Registration.REGISTERED || d.timeStamp() <= 0) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(d.timeStamp()));
    }
}
