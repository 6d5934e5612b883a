package org.voicebench.remote.ui;

import java.util.Objects;
import java.util.Optional;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneCredentials;

/**
 * Credentials for a phone, most specific first: those set on the phone itself; for a phone of the running Phone
 * Lab, the lab's own user and password (kept in memory by the lab while it runs); then the phone list's group
 * credentials. So credentials once saved on the Lab group never win over a later lab's own, while the demo's
 * phone with a password of its own still gets the one given to it.
 */
final class LabCredentials implements CredentialsProvider {

    private final CredentialsProvider phonesOwn;
    private final CredentialsProvider listed;
    private final PhoneLabService lab;

    /**
     * @param phonesOwn credentials set on the phone itself
     * @param listed    the phone list's credentials (the phone's own, else its group's)
     */
    LabCredentials(CredentialsProvider phonesOwn, CredentialsProvider listed, PhoneLabService lab) {
        this.phonesOwn = Objects.requireNonNull(phonesOwn, "phonesOwn");
        this.listed = Objects.requireNonNull(listed, "listed");
        this.lab = Objects.requireNonNull(lab, "lab");
    }

    @Override
    public Optional<PhoneCredentials> credentialsFor(PhoneAddress phone) {
        Optional<PhoneCredentials> own = phonesOwn.credentialsFor(phone);
        if (own.isPresent()) {
            return own;
        }
        if (isLabPhone(phone)) {
            Optional<PhoneCredentials> labs = lab.credentials();
            if (labs.isPresent()) {
                return labs;
            }
        }
        return listed.credentialsFor(phone);
    }

    private boolean isLabPhone(PhoneAddress phone) {
        return lab.phones().stream().anyMatch(p -> p.address().equals(phone));
    }
}
