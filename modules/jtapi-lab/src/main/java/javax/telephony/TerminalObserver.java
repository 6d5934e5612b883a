package javax.telephony;

import javax.telephony.events.TermEv;

/** Receives a terminal's changes on the provider's event thread (JTAPI 1.4 name and shape). */
public interface TerminalObserver {

    void terminalChangedEvent(TermEv[] events);
}
