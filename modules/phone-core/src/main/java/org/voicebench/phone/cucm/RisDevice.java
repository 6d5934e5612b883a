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
 */
public record RisDevice(String name, Registration status, String ipAddress, String model, String activeLoad,
                        WebServer webServer, String node) {

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
}
