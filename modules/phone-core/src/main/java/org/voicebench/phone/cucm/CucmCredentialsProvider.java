package org.voicebench.phone.cucm;

import java.util.Objects;
import java.util.Optional;
import org.voicebench.phone.PhoneCredentials;

/**
 * Gives the AXL/RIS user and password for a CUCM host when a request needs them, so they stay with
 * their owner (the Keyring, an environment variable) and are never held in settings or logged.
 */
@FunctionalInterface
public interface CucmCredentialsProvider {

    /** The credentials for {@code host}, or empty to send requests without (CUCM then answers 401). */
    Optional<PhoneCredentials> credentialsFor(String host);

    static CucmCredentialsProvider fixed(PhoneCredentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return host -> Optional.of(credentials);
    }
}
