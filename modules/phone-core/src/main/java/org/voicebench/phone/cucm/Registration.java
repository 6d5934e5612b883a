package org.voicebench.phone.cucm;

import java.util.Locale;

/** A device's registration as RIS reports it, plus {@link #NOT_FOUND} when RIS does not know it. */
public enum Registration {
    REGISTERED, UNREGISTERED, REJECTED, PARTIALLY_REGISTERED, UNKNOWN,
    /** RIS returned nothing for the device: it has not registered since the nodes last started. */
    NOT_FOUND;

    /** RIS's {@code Status} text ({@code Registered}, {@code UnRegistered}, ...); anything else is UNKNOWN. */
    public static Registration fromRis(String status) {
        if (status == null) {
            return UNKNOWN;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "registered" -> REGISTERED;
            case "unregistered" -> UNREGISTERED;
            case "rejected" -> REJECTED;
            case "partiallyregistered" -> PARTIALLY_REGISTERED;
            default -> UNKNOWN;
        };
    }
}
