package org.voicebench.phone.cti;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.phone.ExecuteResult;
import org.voicebench.phone.KeyChannel;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;

/**
 * One phone's terminal on the provider: found and observed on the first key, kept in service by its events, and
 * paced (no two deliveries closer than the key gap: the field loses faster keys without a word). Deliveries to
 * one phone are serialised; different phones go in parallel.
 */
final class CtiTerminal {

    private static final Logger LOG = Logger.getLogger(CtiTerminal.class.getName());
    private static final long LOOKUP_RETRY_MS = 500;

    private final CtiProvider provider;
    private final String deviceName;
    private final Object lock = new Object();
    private Object terminal;
    private Object observer;
    private boolean inService;
    private long lastSentNanos;
    private boolean sentAny;

    CtiTerminal(CtiProvider provider, String deviceName) {
        this.provider = provider;
        this.deviceName = deviceName;
    }

    KeyChannel channelFor(PhoneAddress address) {
        return new KeyChannel() {
            @Override
            public KeyTransport transport() {
                return KeyTransport.CTI;
            }

            @Override
            public ExecuteResult send(String uri, String executeXml) throws PhoneException {
                return deliver(address, uri, executeXml);
            }

            @Override
            public String toString() {
                return "CTI " + deviceName;
            }
        };
    }

    private ExecuteResult deliver(PhoneAddress address, String uri, String xml) throws PhoneException {
        JtapiJar jar = provider.jar();
        synchronized (lock) {
            try {
                if (terminal == null) {
                    attach(address);
                }
                send(address, xml);
                lastSentNanos = System.nanoTime();
                sentAny = true;
                return ExecuteResult.unconfirmed(uri);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PhoneException(address, PhoneFailure.CANCELLED, "phone " + address + " (" + deviceName + "): "
                        + uri + " over CTI was cancelled", null, e);
            } catch (JtapiJar.JtapiCallException e) {
                Throwable cause = e.getCause();
                if (jar.invalidState.isInstance(cause)) {
                    throw outOfService(address, "CUCM says the terminal is not in service (" + cause.getMessage() + ")");
                }
                throw new PhoneException(address, PhoneFailure.CTI_REFUSED, "phone " + address + " (" + deviceName + "): CUCM"
                        + " refused " + uri + " over CTI: " + cause + ". Check that the phone model supports CTI data"
                        + " (sendData) and that its line allows control from CTI", String.valueOf(cause), cause);
            }
        }
    }

    /**
     * One delivery. JTAPI refuses data for a terminal it knows out of service before sending it (InvalidStateException),
     * so after such a refusal the data is sent once more when the terminal is back in service (a phone that restarted
     * before its event reached us): it cannot press twice.
     */
    private void send(PhoneAddress address, String xml) throws PhoneException, InterruptedException,
            JtapiJar.JtapiCallException {
        JtapiJar jar = provider.jar();
        awaitInService(address);
        pace();
        try {
            JtapiJar.call(terminal, jar.ciscoTerminal, "sendData", new Class<?>[] {String.class}, xml);
        } catch (JtapiJar.JtapiCallException e) {
            if (!jar.invalidState.isInstance(e.getCause())) {
                throw e;
            }
            inService = false;
            awaitInService(address);
            pace();
            JtapiJar.call(terminal, jar.ciscoTerminal, "sendData", new Class<?>[] {String.class}, xml);
        }
    }

    /** getTerminal, then a terminal observer: JTAPI delivers data only to an observed terminal. */
    private void attach(PhoneAddress address) throws PhoneException, InterruptedException {
        JtapiJar jar = provider.jar();
        long deadline = System.nanoTime() + provider.settings().terminalTimeout().toNanos();
        Object found = null;
        while (found == null) {
            try {
                found = JtapiJar.call(provider.provider(), jar.providerType, "getTerminal", new Class<?>[] {String.class},
                        deviceName);
            } catch (JtapiJar.JtapiCallException e) {
                if (!jar.invalidArgument.isInstance(e.getCause())) {
                    throw new PhoneException(address, PhoneFailure.CTI_REFUSED, "phone " + address + " (" + deviceName
                            + "): CUCM refused to hand over its terminal: " + e.getCause(), String.valueOf(e.getCause()), e.getCause());
                }
                // a device associated moments ago shows up only after a while: look again until the terminal timeout
                if (System.nanoTime() + LOOKUP_RETRY_MS * 1_000_000 > deadline) {
                    throw notControlled(address);
                }
                Thread.sleep(LOOKUP_RETRY_MS);
            }
        }
        if (!jar.ciscoTerminal.isInstance(found)) {
            throw new PhoneException(address, PhoneFailure.CTI_REFUSED, "phone " + address + " (" + deviceName + ") is not a"
                    + " Cisco terminal for JTAPI (" + found.getClass().getName() + "): CTI data cannot be sent to it", null, null);
        }
        terminal = found;
        observer = provider.proxy(jar.terminalObserver, "terminalChangedEvent", this::onEvents);
        try {
            JtapiJar.call(terminal, jar.ciscoTerminal, "addObserver", new Class<?>[] {jar.terminalObserverBase()}, observer);
        } catch (JtapiJar.JtapiCallException e) {
            throw new PhoneException(address, PhoneFailure.CTI_REFUSED, "phone " + address + " (" + deviceName + "): its"
                    + " terminal cannot be observed: " + e.getCause(), String.valueOf(e.getCause()), e.getCause());
        }
    }

    private void onEvents(Object[] events) {
        JtapiJar jar = provider.jar();
        synchronized (lock) {
            for (Object ev : events) {
                if (jar.termInService.isInstance(ev)) {
                    inService = true;
                } else if (jar.termOutOfService.isInstance(ev)) {
                    inService = false;
                }
            }
            lock.notifyAll();
        }
    }

    /** Waits (on the lock, woken by events) until the terminal is in service, up to the terminal timeout. */
    private void awaitInService(PhoneAddress address) throws PhoneException, InterruptedException, JtapiJar.JtapiCallException {
        JtapiJar jar = provider.jar();
        long deadline = System.nanoTime() + provider.settings().terminalTimeout().toNanos();
        while (!inService) {
            if ((Integer) JtapiJar.call(terminal, jar.ciscoTerminal, "getState", new Class<?>[0]) == jar.terminalInServiceState) {
                inService = true;
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw outOfService(address, "its terminal did not come into service within "
                        + provider.settings().terminalTimeout().toSeconds() + " s");
            }
            lock.wait(Math.max(1, Math.min(left / 1_000_000, 250)));
        }
    }

    private void pace() throws InterruptedException {
        if (!sentAny) {
            return;
        }
        Duration gap = provider.settings().keyGap();
        long wait = lastSentNanos + gap.toNanos() - System.nanoTime();
        if (wait > 0) {
            lock.wait(wait / 1_000_000, (int) (wait % 1_000_000));
            // woken early by an event: sleep out the rest, the gap is what keeps keys from being lost
            long rest = lastSentNanos + gap.toNanos() - System.nanoTime();
            if (rest > 0) {
                Thread.sleep(rest / 1_000_000, (int) (rest % 1_000_000));
            }
        }
    }

    private PhoneException notControlled(PhoneAddress address) {
        String user = provider.settings().user();
        return new PhoneException(address, PhoneFailure.CTI_NOT_CONTROLLED, "phone " + address + " (" + deviceName + ") is not"
                + " controlled by CTI user " + user + ": in CUCM add " + deviceName + " to the user's Controlled Devices"
                + " (User Management > Application User > " + user + " > Device Information), or let VoiceBench do it for"
                + " the run (--cti-associate)", deviceName, null);
    }

    private PhoneException outOfService(PhoneAddress address, String why) {
        return new PhoneException(address, PhoneFailure.CTI_OUT_OF_SERVICE, "phone " + address + " (" + deviceName + ") is out"
                + " of service for CTI: " + why + ". Is it registered to the cluster (it may be restarting)?", null, null);
    }

    /** Stops observing the terminal; the provider's shutdown follows. */
    void release() {
        synchronized (lock) {
            if (terminal == null || observer == null) {
                return;
            }
            JtapiJar jar = provider.jar();
            try {
                JtapiJar.call(terminal, jar.ciscoTerminal, "removeObserver", new Class<?>[] {jar.terminalObserverBase()}, observer);
            } catch (JtapiJar.JtapiCallException e) {
                LOG.log(Level.FINE, "removing the observer of " + deviceName, e.getCause());
            }
            terminal = null;
            observer = null;
        }
    }
}
