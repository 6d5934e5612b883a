package org.voicebench.remote.ui;

import org.netbeans.api.keyring.Keyring;
import org.voicebench.phone.inventory.SecretStore;

/** Phone passwords in the NetBeans Keyring (the platform's secure storage); may block: call off the Swing thread. */
final class KeyringSecrets implements SecretStore {

    @Override
    public char[] read(String key) {
        return Keyring.read(key);
    }

    /** Keyring.save stores later on its own thread: it gets a copy, as the caller clears its array at once. */
    @Override
    public void save(String key, char[] secret, String description) {
        Keyring.save(key, secret.clone(), description);
    }

    @Override
    public void delete(String key) {
        Keyring.delete(key);
    }
}
