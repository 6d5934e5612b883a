package javax.telephony.events;

/** the provider was shut down (JTAPI 1.4 name and ID). */
public interface ProvShutdownEv extends ProvEv {

    int ID = 113;
}
