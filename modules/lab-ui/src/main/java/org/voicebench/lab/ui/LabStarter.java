package org.voicebench.lab.ui;

import java.io.IOException;
import java.util.function.Consumer;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.sim.FaultSpec;
import org.voicebench.phone.sim.PhoneLab;

/** Starts a lab from the form's settings: models given in turn, and a free port when the chosen one is busy. */
@Messages({
    "# {0} - port", "# {1} - reason", "LOG_PortBusy=Port {0} cannot be used ({1}); trying free ports instead."
})
public final class LabStarter {

    private LabStarter() {
    }

    /**
     * Starts the lab; {@code log} is told when the port falls back to free ones.
     *
     * @throws IOException when the phones cannot listen even on free ports
     */
    public static PhoneLab start(LabSettings s, char[] password, Consumer<String> log) throws IOException {
        try {
            return builder(s, password).port(s.port()).start();
        } catch (IOException e) {
            if (s.port() == 0 || Thread.currentThread().isInterrupted()) {
                throw e;
            }
            log.accept(Bundle.LOG_PortBusy(String.valueOf(s.port()), e.getMessage()));
            return builder(s, password).port(0).start();
        }
    }

    private static PhoneLab.Builder builder(LabSettings s, char[] password) {
        PhoneLab.Builder b = PhoneLab.builder().user(s.user(), new String(password)).firstAddress(s.firstAddress())
                .faults(FaultSpec.parse(s.faults()));
        for (int i = 0; i < s.phones(); i++) {
            b.add(1, s.models().get(i % s.models().size()));
        }
        return b;
    }
}
