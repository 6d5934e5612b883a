package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.function.Executable;

/** Shared credentials and settings for the client's tests. */
final class TestSupport {

    static final String USER = "labadmin";
    static final String PASSWORD = "S3cret-Pa55!word";
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    /** Short timeouts so that failing cases finish quickly. */
    static final PhoneClientSettings FAST = new PhoneClientSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(10), 16);

    private TestSupport() {
    }

    static PhoneClient client() {
        return client(FAST);
    }

    static PhoneClient client(PhoneClientSettings settings) {
        return new PhoneClient(settings, CredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
    }

    /** Asserts the call fails with {@code failure}, a message naming the phone and no credentials anywhere. */
    static PhoneException fails(PhoneFailure failure, PhoneAddress phone, Executable call) {
        PhoneException e = assertThrows(PhoneException.class, call);
        assertEquals(failure, e.failure(), e.getMessage());
        assertEquals(phone, e.phone());
        assertTrue(e.getMessage().contains(phone.toString()), "message names the phone: " + e.getMessage());
        assertNoSecrets(e);
        return e;
    }

    /** Neither the password nor the Authorization value appears in the message of the exception or its causes. */
    static void assertNoSecrets(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()) + " " + t;
            assertTrue(!m.contains(PASSWORD) && !m.contains(BASIC.substring(6)), "credentials leaked in: " + m);
        }
    }
}
