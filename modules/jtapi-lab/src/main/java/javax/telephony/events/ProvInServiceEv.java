package javax.telephony.events;

/** the provider is in service (JTAPI 1.4 name and ID). */
public interface ProvInServiceEv extends ProvEv {

    int ID = 111;
}
