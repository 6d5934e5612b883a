package org.voicebench.lab.ui;

import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.sim.SimulatedPhone;

/** One lab phone as the table shows it, read at one moment (off the Swing thread); webAccess: its web server is on. */
@Messages({
    "# {0} - first characters of the SHA-1", "ITL_Present=present (SHA-1 {0}\u2026)",
    "ITL_None=none"
})
public record PhoneRow(String address, String model, String name, String mac, String itl, boolean rebooting,
                       boolean webAccess) {

    public static PhoneRow of(SimulatedPhone p) {
        String itl = p.itlSha1().map(h -> Bundle.ITL_Present(h.substring(0, Math.min(8, h.length()))))
                .orElse(Bundle.ITL_None());
        return new PhoneRow(p.hostAndPort(), p.profile().model(), p.name(), p.mac(), itl, p.rebooting(),
                p.conditions().webAccess());
    }
}
