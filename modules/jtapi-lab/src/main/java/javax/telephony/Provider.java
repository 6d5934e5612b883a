package javax.telephony;

/** An open connection to CTI Manager, with the terminals the user controls (JTAPI 1.4 name and shape). */
public interface Provider {

    int IN_SERVICE = 0x10;
    int OUT_OF_SERVICE = 0x11;
    int SHUTDOWN = 0x12;

    int getState();

    String getName();

    /** @throws InvalidArgumentException when the device is not in the user's control list */
    Terminal getTerminal(String name) throws InvalidArgumentException;

    void addObserver(ProviderObserver observer) throws ResourceUnavailableException, MethodNotSupportedException;

    void removeObserver(ProviderObserver observer);

    void shutdown();
}
