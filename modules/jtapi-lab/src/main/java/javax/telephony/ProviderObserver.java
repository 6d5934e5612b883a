package javax.telephony;

import javax.telephony.events.ProvEv;

/** Receives a provider's state changes on the provider's event thread (JTAPI 1.4 name and shape). */
public interface ProviderObserver {

    void providerChangedEvent(ProvEv[] events);
}
