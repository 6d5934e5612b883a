package org.voicebench.phone.cucm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voicebench.phone.PhoneAddress;

/**
 * Finds a cluster's phones: AXL lists the devices, RIS says which are registered, where (each device
 * once, from its newest entry), and whether their web server is on, and which nodes did not answer.
 *
 * <pre>{@code
 * try (CucmSession s = CucmSession.open(CucmConnection.of("cucm-pub", CucmTrust.pinned(sha256)), credentials)) {
 *     DiscoveryResult r = new Discovery(new AxlClient(s), RisClient.builder(s).build(), 80).discover("SEP%");
 *     PhoneInventory phones = r.inventory();
 * }
 * }</pre>
 */
public final class Discovery {

    private final AxlClient axl;
    private final RisClient ris;
    private final int webPort;

    /** @param webPort the phones' web server port for the inventory (80 on real phones) */
    public Discovery(AxlClient axl, RisClient ris, int webPort) {
        this.axl = Objects.requireNonNull(axl, "axl");
        this.ris = Objects.requireNonNull(ris, "ris");
        new PhoneAddress("localhost", webPort); // checks the port's range
        this.webPort = webPort;
    }

    /** Discovery for real phones (web port 80). */
    public Discovery(AxlClient axl, RisClient ris) {
        this(axl, ris, PhoneAddress.DEFAULT_PORT);
    }

    /** @param namePattern AXL name criteria with {@code %} as wildcard, e.g. {@code SEP%} */
    public DiscoveryResult discover(String namePattern) throws CucmException {
        List<AxlPhone> devices = axl.listPhones(namePattern);
        RisSelection state = ris.selectDevices(devices.stream().map(AxlPhone::name).toList());
        List<DiscoveredPhone> out = new ArrayList<>(devices.size());
        for (AxlPhone d : devices) {
            out.add(new DiscoveredPhone(d, state.devices().get(d.name())));
        }
        return new DiscoveryResult(out, webPort, state.nodeErrors());
    }
}
