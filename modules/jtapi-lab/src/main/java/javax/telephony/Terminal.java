package javax.telephony;

/** A device, e.g. {@code SEP<MAC>} (JTAPI 1.4 name and shape). */
public interface Terminal {

    String getName();

    Provider getProvider();

    void addObserver(TerminalObserver observer) throws ResourceUnavailableException, MethodNotSupportedException;

    void removeObserver(TerminalObserver observer);
}
