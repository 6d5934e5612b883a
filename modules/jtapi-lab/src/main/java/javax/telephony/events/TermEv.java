package javax.telephony.events;

import javax.telephony.Terminal;

/** A terminal event (JTAPI 1.4 name and shape). */
public interface TermEv extends Ev {

    Terminal getTerminal();
}
