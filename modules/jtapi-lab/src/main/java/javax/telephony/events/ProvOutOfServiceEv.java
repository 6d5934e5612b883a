package javax.telephony.events;

/** the provider lost CTI Manager (JTAPI 1.4 name and ID). */
public interface ProvOutOfServiceEv extends ProvEv {

    int ID = 112;
}
