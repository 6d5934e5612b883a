package org.voicebench.phone.sim;

import java.util.Objects;

/**
 * A device as the {@link SimulatedCucmApi} knows it: its AXL configuration and, unless
 * {@code status} is null, its RIS entry on one node. A device listed several times with different
 * nodes is one AXL device with an entry on each node, as RIS reports a phone that moved between
 * nodes (AXL takes the first listing's configuration).
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
 * @param timeStamp   RIS {@code TimeStamp}: when this entry last changed, seconds since 1970
 */
public record CucmDevice(String name, String model, String description, String devicePool, String protocol,
                         String ipAddress, String status, boolean httpd, String node, String activeLoad, long timeStamp) {

    /** The time stamp of entries that give none: the simulated cluster's baseline time. */
    public static final long BASELINE_TIME_STAMP = SimulatedCluster.BASELINE_TIME.getEpochSecond();

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

    /** A registered SIP phone with its web server on, as of the baseline time. */
    public static CucmDevice registered(String name, String model, String devicePool, String ipAddress, String node) {
        return new CucmDevice(name, model, "", devicePool, "SIP", ipAddress, "Registered", true, node, "",
                BASELINE_TIME_STAMP);
    }

    /** The same device with another RIS status (null: unknown to RIS). */
    public CucmDevice withStatus(String value) {
        return new CucmDevice(name, model, description, devicePool, protocol, ipAddress, value, httpd, node, activeLoad,
                timeStamp);
    }

    /**
     * The same device's entry on another node: where it was registered before (or registers too),
     * with that node's address, status and time stamp.
     */
    public CucmDevice elsewhere(String otherNode, String address, String otherStatus, long otherTimeStamp) {
        return new CucmDevice(name, model, description, devicePool, protocol, address, otherStatus, httpd, otherNode,
                activeLoad, otherTimeStamp);
    }

    /**
     * What a lab phone looks like to CUCM: registered unless restarting, Httpd as its web access,
     * its entry changing a minute later at each restart (UnRegistered half-way through).
     */
    static CucmDevice of(SimulatedPhone p, String devicePool, String node) {
        String model = p.profile().model();
        boolean restarting = p.rebooting();
        long changed = BASELINE_TIME_STAMP + 60L * p.rebootCount() + (restarting ? 30 : 0);
        return new CucmDevice(p.name(), "Cisco " + model, "Phone " + p.phoneNumber(), devicePool, "SIP",
                p.address().getAddress().getHostAddress(), restarting ? "UnRegistered" : "Registered",
                p.conditions().webAccess(), node, "sip" + model + ".sim-1-0", changed);
    }
}
