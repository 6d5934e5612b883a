package org.voicebench.audit.ui;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.voicebench.audit.AuditSettings;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;

/**
 * The phones an audit runs on, with the client that reaches them (the Phones window's: its credentials)
 * and the model profiles.
 */
record PhoneSet(List<PhoneEntry> phones, PhoneClient client, ModelProfiles profiles) {

    PhoneSet {
        phones = List.copyOf(phones);
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(profiles, "profiles");
    }

    /**
     * The settings for these phones. The rule is deliberately simple: when every phone is one of the running
     * Phone Lab's, use the simulator's fast mode (short key delays and polls; its one-minute return wait also
     * covers a lab not started in fast mode, whose phones restart in about 12 s); any real phone among them
     * means real phones' defaults (a six-minute return wait).
     *
     * @param labPhones addresses of the running lab's phones, empty when no lab runs
     */
    AuditSettings settings(Set<PhoneAddress> labPhones) {
        boolean allLab = !phones.isEmpty() && phones.stream().allMatch(p -> labPhones.contains(p.address()));
        return allLab ? AuditSettings.fastSimulator() : AuditSettings.defaults();
    }
}
