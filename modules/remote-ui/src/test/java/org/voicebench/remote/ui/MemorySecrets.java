package org.voicebench.remote.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.voicebench.phone.inventory.SecretStore;

/** Secrets in memory: tests never touch the user's keyring. */
final class MemorySecrets implements SecretStore {

    final Map<String, char[]> values = new ConcurrentHashMap<>();

    @Override
    public char[] read(String key) {
        char[] v = values.get(key);
        return v == null ? null : v.clone();
    }

    @Override
    public void save(String key, char[] secret, String description) {
        values.put(key, secret.clone());
    }

    @Override
    public void delete(String key) {
        values.remove(key);
    }
}
