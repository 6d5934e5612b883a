package org.voicebench.phone;

import java.util.Objects;
import org.voicebench.phone.model.ModelProfile;

/**
 * Talks to Cisco IP phones over their web interface. Make one per application and share it:
 * it pools connections (bounded by {@link PhoneClientSettings#maxConnections()}), lets at most one
 * request be in flight per phone (further callers wait their turn, up to the queue timeout) and
 * serves many phones in parallel from the callers' threads. Thread-safe.
 */
public final class PhoneClient implements AutoCloseable {

    private final Transport transport;

    public PhoneClient(PhoneClientSettings settings, CredentialsProvider credentials) {
        this.transport = new Transport(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(credentials, "credentials"));
    }

    /** A client with {@link PhoneClientSettings#defaults()}. */
    public PhoneClient(CredentialsProvider credentials) {
        this(PhoneClientSettings.defaults(), credentials);
    }

    /** The phone at {@code address}, model unknown: keys are sent as given. */
    public Phone phone(PhoneAddress address) {
        return new Phone(transport, Objects.requireNonNull(address, "address"), null);
    }

    /** The phone at {@code address} of a known model: key aliases are resolved with its profile. */
    public Phone phone(PhoneAddress address, ModelProfile profile) {
        return new Phone(transport, Objects.requireNonNull(address, "address"), Objects.requireNonNull(profile, "profile"));
    }

    /** Closes the pooled connections; phones obtained from this client stop working. */
    @Override
    public void close() {
        transport.close();
    }
}
