package org.voicebench.phone.inventory;

import java.util.Objects;
import org.voicebench.phone.PhoneAddress;

/**
 * One phone of the engineer's list. There is deliberately no password here: see {@link SecretStore}.
 *
 * @param address where the phone's web server listens; identifies the entry
 * @param name    a name for people ("" when none: {@link #displayName()} falls back to the address)
 * @param group   the group (site, cluster) it is listed under; "" for none
 * @param model   the model as given or detected ({@code 8845}, {@code CP-7965G}); "" when unknown
 * @param user    the user for this phone's web interface; "" to use the group's user
 */
public record PhoneEntry(PhoneAddress address, String name, String group, String model, String user) {

    public PhoneEntry {
        Objects.requireNonNull(address, "address");
        name = clean(name, "name");
        group = clean(group, "group");
        model = clean(model, "model");
        user = clean(user, "user");
        if (user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("user \"" + user + "\": a user name for HTTP Basic authentication cannot contain ':'");
        }
    }

    /** A phone known only by its address. */
    public static PhoneEntry of(PhoneAddress address) {
        return new PhoneEntry(address, "", "", "", "");
    }

    /** The name, or the address when there is none. */
    public String displayName() {
        return name.isEmpty() ? address.toString() : name;
    }

    public PhoneEntry withName(String value) {
        return new PhoneEntry(address, value, group, model, user);
    }

    public PhoneEntry withGroup(String value) {
        return new PhoneEntry(address, name, value, model, user);
    }

    public PhoneEntry withModel(String value) {
        return new PhoneEntry(address, name, group, value, user);
    }

    public PhoneEntry withUser(String value) {
        return new PhoneEntry(address, name, group, model, value);
    }

    private static String clean(String value, String field) {
        String v = value == null ? "" : value.strip();
        if (v.chars().anyMatch(c -> c < ' ')) {
            throw new IllegalArgumentException(field + " must not contain control characters (line breaks, tabs)");
        }
        return v;
    }
}
