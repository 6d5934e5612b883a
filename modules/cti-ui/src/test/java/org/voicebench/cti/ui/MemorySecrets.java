package org.voicebench.cti.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.voicebench.phone.inventory.SecretStore;

/** A test Keyring in memory. */
final class MemorySecrets implements SecretStore {

    final Map<String, char[]> saved = new ConcurrentHashMap<>();

    @Override
    public char[] read(String key) {
        char[] s = saved.get(key);
        return s == null ? null : s.clone();
    }

    @Override
    public void save(String key, char[] secret, String description) {
        saved.put(key, secret.clone());
    }

    @Override
    public void delete(String key) {
        saved.remove(key);
    }
}
