package org.voicebench.readiness;

import java.util.Map;

/** Whether a phone runs with the configuration CUCM was sent for it. */
@FunctionalInterface
public interface TakeCheck {

    /**
     * Waits (bounded) for the phone to come back from applying its configuration and checks it.
     *
     * @param expected the whole vendorConfig sent
     * @return null when it took it, else why not (which and why, for the report)
     * @throws InterruptedException when cancelled
     */
    String whyNotTaken(CampaignPhone phone, Map<String, String> expected) throws InterruptedException;
}
