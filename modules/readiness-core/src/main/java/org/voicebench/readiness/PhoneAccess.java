package org.voicebench.readiness;

import java.util.List;
import java.util.Locale;
import org.voicebench.phone.cucm.AccessLevel;

/**
 * What can reach a phone's menus, as CUCM configures it and as the phone itself shows it.
 *
 * @param registered         RIS: true registered, false not, null unknown (phones not from CUCM)
 * @param webAccess          what counts: the phone's own answer where it contradicts CUCM (it did not take its
 *                           configuration), else CUCM's; null when unknown
 * @param settingsAccess     CUCM's Settings Access; null when unknown (no AXL)
 * @param authenticationUrl  the phone's Authentication URL ("" when unknown)
 * @param notes              where each value came from and what disagreed, for the report
 */
public record PhoneAccess(Boolean registered, AccessLevel webAccess, AccessLevel settingsAccess, String authenticationUrl,
                          List<String> notes) {

    /** The scheme of an Authentication URL. */
    public enum Scheme { HTTP, HTTPS, UNKNOWN }

    public PhoneAccess {
        authenticationUrl = authenticationUrl == null ? "" : authenticationUrl.strip();
        notes = List.copyOf(notes);
    }

    /** Nothing known. */
    public static PhoneAccess unknown(String why) {
        return new PhoneAccess(null, null, null, "", List.of(why));
    }

    public Scheme authenticationScheme() {
        String u = authenticationUrl.toLowerCase(Locale.ROOT);
        return u.startsWith("https:") ? Scheme.HTTPS : u.startsWith("http:") ? Scheme.HTTP : Scheme.UNKNOWN;
    }

    /** True when the phone's menus can be opened from its keypad (Settings Access enabled, or unknown). */
    public boolean menusOpen() {
        return settingsAccess == null || settingsAccess == AccessLevel.ENABLED;
    }
}
