package org.voicebench.lab.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * Turns a lab phone's web server on, as an engineer does for a real phone in CUCM (Product
 * Specific Configuration &gt; Web Access, then a reset). Blocking: call off the Swing thread.
 */
public final class WebAccess {

    private WebAccess() {
    }

    /**
     * Enables web access on the phones of {@code lab} at {@code addresses} (host:port as the table
     * shows them) whose web access is off.
     *
     * @return the phones switched on (those already on, or no longer in the lab, are left out)
     * @throws IOException when a phone's web server cannot listen again (the phones before it are on)
     */
    public static List<SimulatedPhone> enable(PhoneLab lab, Collection<String> addresses) throws IOException {
        List<SimulatedPhone> switched = new ArrayList<>();
        for (SimulatedPhone p : lab.phones()) {
            if (addresses.contains(p.hostAndPort()) && !p.conditions().webAccess()) {
                p.setConditions(p.conditions().withWebAccess(true));
                switched.add(p);
            }
        }
        return switched;
    }
}
