package javax.telephony.events;

import javax.telephony.Provider;

/** A provider event (JTAPI 1.4 name and shape). */
public interface ProvEv extends Ev {

    Provider getProvider();
}
