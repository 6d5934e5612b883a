package org.voicebench.ui;

import org.netbeans.api.keyring.Keyring;

/**
 * Passwords in the NetBeans Keyring (the platform's secure storage): the Phones window's phone passwords and the
 * CTI user's, never in files or preferences. Its methods are those of phone-core's {@code SecretStore}, which
 * ui-kit cannot depend on (phone-core's tests use ui-kit's helpers): a module implements that interface with an
 * empty subclass, {@code class Keyring extends KeyringSecrets implements SecretStore}. May block: call off the
 * Swing thread.
 */
public class KeyringSecrets {

    public char[] read(String key) {
        return Keyring.read(key);
    }

    /** Keyring.save stores later on its own thread: it gets a copy, as the caller clears its array at once. */
    public void save(String key, char[] secret, String description) {
        Keyring.save(key, secret.clone(), description);
    }

    public void delete(String key) {
        Keyring.delete(key);
    }
}
