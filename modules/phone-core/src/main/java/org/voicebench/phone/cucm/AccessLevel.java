package org.voicebench.phone.cucm;

/** A phone's Web Access or Settings Access as CUCM configures it (Web Access is never RESTRICTED). */
public enum AccessLevel {
    ENABLED,
    /** Settings Access only: user preferences, no security or admin menus. */
    RESTRICTED,
    DISABLED
}
