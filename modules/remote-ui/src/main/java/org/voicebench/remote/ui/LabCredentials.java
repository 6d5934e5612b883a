package org.voicebench.remote.ui;

import java.util.Objects;
import java.util.Optional;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneCredentials;

/**
 * The phone list's credentials first; for a phone of the running Phone Lab without any, the lab's
 * own user and password (kept in memory by the lab while it runs), so lab phones work at once.
 */
final class LabCredentials implements CredentialsProvider {

    private final CredentialsProvider listed;
    private final PhoneLabService lab;

    LabCredentials(CredentialsProvider listed, PhoneLabService lab) {
        this.listed = Objects.requireNonNull(listed, "listed");
        this.lab = Objects.requireNonNull(lab, "lab");
    }

    @Override
    public Optional<PhoneCredentials> credentialsFor(PhoneAddress phone) {
        Optional<PhoneCredentials> own = listed.credentialsFor(phone);
        if (own.isPresent() || !isLabPhone(phone)) {
            return own;
        }
        return lab.credentials();
    }

    private boolean isLabPhone(PhoneAddress phone) {
        return lab.current().map(l -> l.phones().stream()
                .anyMatch(p -> PhoneAddress.parse(p.hostAndPort()).equals(phone))).orElse(false);
    }
}
