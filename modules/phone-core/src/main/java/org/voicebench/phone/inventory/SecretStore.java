package org.voicebench.phone.inventory;

/**
 * Where passwords live, outside the phone list: the NetBeans Keyring in the application, an
 * environment variable or a prompt in the command line, memory in tests.
 */
public interface SecretStore {

    /** The secret stored under {@code key} (a copy the caller clears), or null when none is. */
    char[] read(String key);

    /** Stores a secret (the store keeps its own copy). */
    void save(String key, char[] secret, String description);

    void delete(String key);
}
