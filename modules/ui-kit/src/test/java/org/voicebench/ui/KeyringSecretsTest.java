package org.voicebench.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The keyring stores asynchronously: clearing the caller's array at once must not clear the stored password. */
class KeyringSecretsTest {

    @Test
    void theStoredPasswordSurvivesTheCallerClearingItsArray() {
        KeyringSecrets secrets = new KeyringSecrets();
        String key = "voicebench.test." + System.nanoTime();
        char[] password = "s3cret".toCharArray();
        secrets.save(key, password, "test");
        Arrays.fill(password, '\0');
        assertArrayEquals("s3cret".toCharArray(), secrets.read(key));
        secrets.delete(key);
        assertNull(secrets.read(key));
    }
}
