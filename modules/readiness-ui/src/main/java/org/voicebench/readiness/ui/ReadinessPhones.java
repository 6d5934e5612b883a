package org.voicebench.readiness.ui;

import java.util.List;
import java.util.Objects;
import org.voicebench.audit.AuditSettings;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.readiness.CampaignSettings;

/**
 * The phones a readiness check runs on, with the client that reaches them (the Phones window's: its credentials), the
 * model profiles, and whether they are all the running Phone Lab's (then the simulator's short timings are used, as
 * the Trust Audit does; any real phone means real phones' timings).
 */
record ReadinessPhones(List<PhoneEntry> phones, PhoneClient client, ModelProfiles profiles, boolean allLab) {

    ReadinessPhones {
        phones = List.copyOf(phones);
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(profiles, "profiles");
    }

    AuditSettings auditSettings(int concurrency) {
        return (allLab ? AuditSettings.fastSimulator() : AuditSettings.defaults()).withConcurrency(concurrency);
    }

    CampaignSettings campaignSettings() {
        return allLab ? CampaignSettings.fastSimulator() : CampaignSettings.defaults();
    }
}
