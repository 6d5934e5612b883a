package org.voicebench.phone.sim;

import java.util.Objects;

/**
 * A device as the {@link SimulatedCucmApi} knows it: its AXL configuration and, unless
 * {@code status} is null, its RIS state.
 *
 * @param name        device name, e.g. {@code SEP00BE75000001}
 * @param model       AXL product name, e.g. {@code Cisco 8845}
 * @param description free text
 * @param devicePool  device pool name
 * @param protocol    {@code SIP} or {@code SCCP}
 * @param ipAddress   the address RIS reports ("" for none)
 * @param status      RIS {@code Status} ({@code Registered}, {@code UnRegistered}, ...), or null when RIS does not know the device
 * @param httpd       RIS {@code Httpd}: is the phone's web server on?
 * @param node        the node RIS reports it on
 * @param activeLoad  RIS {@code ActiveLoadID}
 */
public record CucmDevice(String name, String model, String description, String devicePool, String protocol,
                         String ipAddress, String status, boolean httpd, String node, String activeLoad) {

    public CucmDevice {
        Objects.requireNonNull(name, "name");
        model = Objects.requireNonNullElse(model, "");
        description = Objects.requireNonNullElse(description, "");
        devicePool = Objects.requireNonNullElse(devicePool, "");
        protocol = Objects.requireNonNullElse(protocol, "SIP");
        ipAddress = Objects.requireNonNullElse(ipAddress, "");
        node = Objects.requireNonNullElse(node, "");
        activeLoad = Objects.requireNonNullElse(activeLoad, "");
    }

    /** A registered SIP phone with its web server on. */
    public static CucmDevice registered(String name, String model, String devicePool, String ipAddress, String node) {
        return new CucmDevice(name, model, "", devicePool, "SIP", ipAddress, "Registered", true, node, "");
    }

    /** The same device with another RIS status (null: unknown to RIS). */
    public CucmDevice withStatus(String value) {
        return new CucmDevice(name, model, description, devicePool, protocol, ipAddress, value, httpd, node, activeLoad);
    }

    /** What a lab phone looks like to CUCM: registered unless rebooting, Httpd as its web access. */
    static CucmDevice of(SimulatedPhone p, String devicePool, String node) {
        String model = p.profile().model();
        return new CucmDevice(p.name(), "Cisco " + model, "Phone " + p.phoneNumber(), devicePool, "SIP",
                p.address().getAddress().getHostAddress(), p.rebooting() ? "UnRegistered" : "Registered",
                p.conditions().webAccess(), node, "sip" + model + ".sim-1-0");
    }
}
