package org.voicebench.phone;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user name and password for a phone's web interface. Not a record, so that neither
 * {@link #toString()} nor a debugger's summary shows the password.
 */
public final class PhoneCredentials {

    private final String user;
    private final char[] password;

    public PhoneCredentials(String user, char[] password) {
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password").clone();
        if (user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a user name for HTTP Basic authentication cannot contain ':'");
        }
    }

    public String user() {
        return user;
    }

    /** A copy of the password; the caller should clear it when done. */
    public char[] password() {
        return password.clone();
    }

    /** Shows the user only. */
    @Override
    public String toString() {
        return "PhoneCredentials[user=" + user + ", password=***]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneCredentials c && c.user.equals(user) && Arrays.equals(c.password, password);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }
}
