package org.voicebench.phone.sim;

/** The phone's "Settings Access" configuration as set in CUCM. */
public enum SettingsAccess {
    /** Every menu reachable. */
    ENABLED,
    /** Only user preferences: the security and admin menus are not listed. */
    RESTRICTED,
    /** The Settings/Applications key does nothing. */
    DISABLED
}
