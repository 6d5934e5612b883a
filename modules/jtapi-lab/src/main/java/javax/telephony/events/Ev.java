package javax.telephony.events;

/** An event (JTAPI 1.4 name and shape). */
public interface Ev {

    int CAUSE_NORMAL = 100;

    int getID();

    int getCause();

    /** The provider or terminal the event is about. */
    Object getObserved();
}
