package org.voicebench.remote.ui;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.ui.BackgroundWork;

/**
 * Probes phones on a bounded pool ({@link #THREADS} at once, one probe per phone at a time) and
 * records the results in the list; fills in the model of a saved phone that had none.
 */
final class StatusRefresher {

    static final int THREADS = 4;
    private static final Logger LOG = Logger.getLogger(StatusRefresher.class.getName());

    private final RemoteServices services;
    /** Hands nothing over: the probes write into the list, whose listeners update the window. */
    private final BackgroundWork pool = new BackgroundWork("Phone status", THREADS);
    private final Set<PhoneAddress> inFlight = ConcurrentHashMap.newKeySet();
    /** Phones asked for while their probe ran: probed once more when it ends. */
    private final Set<PhoneAddress> again = ConcurrentHashMap.newKeySet();
    private final PhoneProbe probe = new PhoneProbe();

    StatusRefresher(RemoteServices services) {
        this.services = services;
    }

    /**
     * Queues a probe of each phone; a phone being probed now is probed once more after it, so that what was just
     * done to it (an erase, a restart) is not hidden by a probe that started before.
     */
    void refresh(Collection<PhoneEntry> phones) {
        if (services.closed()) {
            return;
        }
        for (PhoneEntry e : phones) {
            if (inFlight.add(e.address())) {
                post(e);
            } else {
                again.add(e.address());
            }
        }
    }

    private void post(PhoneEntry e) {
        pool.execute(() -> {
            try {
                probe(e);
            } catch (IllegalStateException ex) {
                // the client closed under a running probe (exit): nothing to report
                if (!services.closed()) {
                    throw ex;
                }
            } finally {
                if (again.remove(e.address()) && !services.closed()) {
                    post(e);
                } else {
                    inFlight.remove(e.address());
                }
            }
        }, 0);
    }

    /** True while any probe is queued or running. */
    boolean busy() {
        return !inFlight.isEmpty();
    }

    private void probe(PhoneEntry e) {
        PhoneList list = services.list();
        boolean credentials = list.inventory().userFor(e.address()).isPresent();
        Phone phone = services.phone(e);
        PhoneProbe.Result r = probe.probe(phone, credentials);
        list.setStatus(e.address(), r);
        if (e.model().isEmpty() && r.modelNumber() != null && list.saved().find(e.address()).isPresent()) {
            String model = services.profiles().canonicalModel(r.modelNumber());
            try {
                list.update(inv -> inv.find(e.address()).filter(x -> x.model().isEmpty())
                        .map(x -> inv.with(x.withModel(model))).orElse(inv));
            } catch (IOException ex) {
                LOG.log(Level.WARNING, "cannot save the detected model of " + e.address() + " in " + list.file(), ex);
            }
        }
    }

    void shutdown() {
        pool.close();
    }
}
