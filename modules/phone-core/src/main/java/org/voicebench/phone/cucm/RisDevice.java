package org.voicebench.phone.cucm;

import java.util.Objects;

/**
 * A device as RIS {@code selectCmDevice} reports it on one node.
 *
 * @param name         device name
 * @param status       registration state
 * @param ipAddress    its IPv4/IPv6 address ("" when RIS gives none)
 * @param model        RIS's {@code Model} (a numeric model code on CUCM; "" when none)
 * @param activeLoad   the firmware load it runs ({@code ActiveLoadID}; "" when none)
 * @param webServer    whether its web server is on ({@code Httpd})
 * @param node         the CUCM node that reported it
 * @param timeStamp    RIS's {@code TimeStamp}: when the device's state last changed on that node, in
 *                     seconds since 1970 (0 when RIS gives none)
 */
public record RisDevice(String name, Registration status, String ipAddress, String model, String activeLoad,
                        WebServer webServer, String node, long timeStamp) {

    /** RIS's {@code Httpd}: is the phone's web server on? */
    public enum WebServer {
        ON, OFF, UNKNOWN;

        /** {@code Yes}, {@code No}, anything else UNKNOWN. */
        public static WebServer fromRis(String httpd) {
            if (httpd == null) {
                return UNKNOWN;
            }
            return switch (httpd.strip()) {
                case "Yes", "yes", "YES" -> ON;
                case "No", "no", "NO" -> OFF;
                default -> UNKNOWN;
            };
        }
    }

    public RisDevice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(webServer, "webServer");
        ipAddress = ipAddress == null ? "" : ipAddress;
        model = model == null ? "" : model;
        activeLoad = activeLoad == null ? "" : activeLoad;
        node = node == null ? "" : node;
    }

    /**
     * Of two entries of one device (several nodes report a device it was registered to), the one that
     * tells where it is now: the newest {@code TimeStamp}, the registered one when both are as new, else
     * the first.
     */
    static RisDevice current(RisDevice first, RisDevice second) {
        if (first.timeStamp != second.timeStamp) {
            return first.timeStamp > second.timeStamp ? first : second;
        }
        return first.status != Registration.REGISTERED && second.status == Registration.REGISTERED ? second : first;
    }
}
