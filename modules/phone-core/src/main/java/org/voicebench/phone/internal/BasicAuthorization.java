package org.voicebench.phone.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.voicebench.phone.PhoneCredentials;

/** The value of an HTTP Basic {@code Authorization} header, with every copy of the password cleared after use. */
public final class BasicAuthorization {

    private BasicAuthorization() {
    }

    /** {@code Basic base64(user:password)}, UTF-8. */
    public static String header(PhoneCredentials credentials) {
        char[] password = credentials.password();
        CharBuffer chars = CharBuffer.allocate(credentials.user().length() + 1 + password.length);
        chars.put(credentials.user()).put(':').put(password).flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(raw);
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(chars.array(), '\0');
            Arrays.fill(raw, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}
