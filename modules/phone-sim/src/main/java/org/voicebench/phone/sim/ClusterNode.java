package org.voicebench.phone.sim;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.voicebench.phone.TftpFileNames;
import org.voicebench.phone.sim.SimulatedCluster.Service;

/** One node of a {@link SimulatedCluster}: its name, address and where each of its services listens. */
public final class ClusterNode {

    private final int index;
    private final String name;
    private final String fqdn;
    private final InetAddress address;
    private final Map<Service, InetSocketAddress> endpoints;

    ClusterNode(int index, String name, String fqdn, InetAddress address, Map<Service, InetSocketAddress> endpoints) {
        this.index = index;
        this.name = name;
        this.fqdn = fqdn;
        this.address = address;
        this.endpoints = new EnumMap<>(endpoints);
    }

    /** 0 for the publisher. */
    public int index() {
        return index;
    }

    /** Host name, e.g. {@code cucm-sub1}. */
    public String name() {
        return name;
    }

    /** Fully qualified name, as in the certificates and trust lists. */
    public String fqdn() {
        return fqdn;
    }

    public boolean publisher() {
        return index == 0;
    }

    /** Its loopback address (127.0.0.1 when the cluster could not bind its own addresses). */
    public InetAddress address() {
        return address;
    }

    /** The services the node runs (CAPF on the publisher only). */
    public List<Service> services() {
        return List.copyOf(endpoints.keySet());
    }

    /**
     * Where a service listens (TCP, or UDP for {@link Service#TFTP}).
     *
     * @throws IllegalArgumentException when the node does not run it (CAPF on a subscriber)
     */
    public InetSocketAddress endpoint(Service service) {
        InetSocketAddress a = endpoints.get(service);
        if (a == null) {
            throw new IllegalArgumentException(name + " runs no " + service.label() + " (only the publisher does)");
        }
        return a;
    }

    /** {@code host:port} of a service, as the TLS capture takes it. */
    public String hostAndPort(Service service) {
        InetSocketAddress a = endpoint(service);
        return a.getAddress().getHostAddress() + ":" + a.getPort();
    }

    /** {@code http://host:port/NAME} on the node's TFTP web port. */
    public String httpUrl(String fileName) {
        return "http://" + hostAndPort(Service.TFTP_HTTP) + "/" + fileName;
    }

    /** {@code tftp://host:port/NAME}. */
    public String tftpUrl(String fileName) {
        return "tftp://" + hostAndPort(Service.TFTP) + "/" + fileName;
    }

    /** {@code http://host:port/ITLFile.tlv}. */
    public String itlHttpUrl() {
        return httpUrl(TftpFileNames.ITL_FILE);
    }

    /** {@code tftp://host:port/ITLFile.tlv}. */
    public String itlTftpUrl() {
        return tftpUrl(TftpFileNames.ITL_FILE);
    }

    /** {@code http://host:port/CTLFile.tlv} (served in mixed mode only). */
    public String ctlHttpUrl() {
        return httpUrl(TftpFileNames.CTL_FILE);
    }

    /** {@code tftp://host:port/CTLFile.tlv} (served in mixed mode only). */
    public String ctlTftpUrl() {
        return tftpUrl(TftpFileNames.CTL_FILE);
    }

    @Override
    public String toString() {
        return name + " (" + address.getHostAddress() + ")";
    }
}
