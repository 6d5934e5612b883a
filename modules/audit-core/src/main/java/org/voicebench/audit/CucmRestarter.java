package org.voicebench.audit;

import java.io.IOException;

/**
 * Restarts a phone through CUCM (AXL {@code doDeviceReset}, a restart, not a hard reset) when the audit's phones
 * came from CUCM: no key is pressed on the phone.
 */
@FunctionalInterface
public interface CucmRestarter {

    /**
     * Asks CUCM to restart the device.
     *
     * @param deviceName the device's name in CUCM, e.g. {@code SEP001122334455}
     * @throws IOException when CUCM cannot be asked or refuses
     */
    void restart(String deviceName) throws IOException;
}
