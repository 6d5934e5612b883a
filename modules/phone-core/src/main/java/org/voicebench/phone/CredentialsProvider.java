package org.voicebench.phone;

import java.util.Objects;
import java.util.Optional;

/**
 * Gives the client the credentials for a phone when it needs them, so they are held by their
 * owner (the NetBeans Keyring in the application, an environment variable in the command line)
 * rather than copied into client settings.
 */
@FunctionalInterface
public interface CredentialsProvider {

    /** The credentials for {@code phone}, or empty to send the request without authentication. */
    Optional<PhoneCredentials> credentialsFor(PhoneAddress phone);

    /** The same credentials for every phone. */
    static CredentialsProvider fixed(PhoneCredentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return phone -> Optional.of(credentials);
    }

    /** No credentials: requests needing them fail with {@link PhoneFailure#AUTH_FAILED}. */
    static CredentialsProvider none() {
        return phone -> Optional.empty();
    }
}
