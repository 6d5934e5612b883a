package org.voicebench.jtapilab;

import com.cisco.jtapi.extensions.CiscoTerminal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.telephony.InvalidStateException;
import javax.telephony.PlatformException;
import javax.telephony.Provider;
import javax.telephony.TerminalObserver;
import javax.telephony.events.TermEv;

/**
 * A lab phone as a Cisco terminal. Out of service until observed and registered; {@code sendData} works, as the
 * Cisco guide requires, only with an observer added and both provider and terminal in service, takes at most
 * {@value #MAX_DATA} bytes, and returns nothing (no {@code CiscoIPPhoneResponse} comes back over CTI).
 * Public, so that reflection through the object's class works as well as through the JTAPI interfaces.
 */
public final class LabTerminal implements CiscoTerminal {

    static final int MAX_DATA = 2000;

    private final LabProvider provider;
    private final String name;
    /** Touched on the provider's event thread only. */
    private final List<TerminalObserver> observers = new ArrayList<>();
    private volatile boolean hasObservers;
    private volatile int state = OUT_OF_SERVICE;

    LabTerminal(LabProvider provider, String name) {
        this.provider = provider;
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Provider getProvider() {
        return provider;
    }

    @Override
    public int getState() {
        return state;
    }

    /** The first observer starts the observation; the registration shows at the provider's next poll. */
    @Override
    public void addObserver(TerminalObserver observer) {
        if (provider.getState() == Provider.SHUTDOWN) {
            throw new PlatformException("the provider is shut down");
        }
        provider.events().execute(() -> {
            observers.add(observer);
            hasObservers = true;
            provider.observe(this);
            // a late observer learns the current state, as from Cisco's jar
            if (state == IN_SERVICE) {
                observer.terminalChangedEvent(new TermEv[] {LabEvents.terminal(this, true)});
            }
        });
    }

    @Override
    public void removeObserver(TerminalObserver observer) {
        provider.events().execute(() -> {
            observers.remove(observer);
            if (observers.isEmpty()) {
                hasObservers = false;
                provider.unobserve(this);
                state = OUT_OF_SERVICE;
            }
        });
    }

    @Override
    public String sendData(String xml) throws InvalidStateException {
        send(xml.getBytes(StandardCharsets.UTF_8));
        return "";
    }

    @Override
    public byte[] sendData(byte[] data) throws InvalidStateException {
        send(data.clone());
        return new byte[0];
    }

    /** The registration the provider polled (on its event thread): events on a change only. */
    void registered(boolean registered) {
        int now = registered ? IN_SERVICE : OUT_OF_SERVICE;
        if (now == state) {
            return;
        }
        state = now;
        TermEv[] event = {LabEvents.terminal(this, registered)};
        for (TerminalObserver o : List.copyOf(observers)) {
            o.terminalChangedEvent(event);
        }
    }

    private void send(byte[] data) throws InvalidStateException {
        if (!hasObservers) {
            throw new InvalidStateException(this, InvalidStateException.TERMINAL_OBJECT, state,
                    "sendData needs a TerminalObserver on " + name + " first");
        }
        if (provider.getState() != Provider.IN_SERVICE) {
            throw new InvalidStateException(provider, InvalidStateException.PROVIDER_OBJECT, provider.getState(),
                    "the provider is not in service");
        }
        if (state != IN_SERVICE) {
            throw new InvalidStateException(this, InvalidStateException.TERMINAL_OBJECT, state,
                    "terminal " + name + " is out of service");
        }
        if (data.length > MAX_DATA) {
            throw new PlatformException("sendData takes at most " + MAX_DATA + " bytes, not " + data.length);
        }
        LabConnection.Answer a = provider.call(() -> provider.connection()
                .post("/cti/data?name=" + LabConnection.encode(name), data));
        switch (a.status()) {
            case 200 -> {
                // reached the phone (or was dropped by it, silently, as a real phone does)
            }
            case 409 -> throw new InvalidStateException(this, InvalidStateException.TERMINAL_OBJECT, OUT_OF_SERVICE,
                    a.body().strip());
            default -> throw new PlatformException(a.body().isBlank() ? "HTTP " + a.status() : a.body().strip());
        }
    }

    @Override
    public String toString() {
        return name + (state == IN_SERVICE ? " (in service)" : " (out of service)");
    }
}
