package org.voicebench.phone.cti;

/** Why CTI as a whole could not be used (per-phone failures are {@code PhoneFailure.CTI_*}). */
public enum CtiFailure {
    /** No jar at the configured path. */
    JAR_MISSING,
    /** The file is not a Cisco JTAPI jar, or its version cannot talk to this CUCM. */
    JAR_INCOMPATIBLE,
    /** No CTI Manager host accepted a connection. */
    HOST_UNREACHABLE,
    /** CUCM refused the login (user, password, role), as JTAPI said. */
    LOGIN_REFUSED,
    /** The provider did not come into service in time. */
    PROVIDER_TIMEOUT,
    /** The user stopped the run while CTI was being opened. */
    CANCELLED,
    /** What CTI needs is not all given (the application's options: no saved password, the lab stopped). */
    NOT_CONFIGURED
}
