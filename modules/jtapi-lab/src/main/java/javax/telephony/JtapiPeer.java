package javax.telephony;

/** A JTAPI implementation's entry point: opens providers (JTAPI 1.4 name and shape). */
public interface JtapiPeer {

    String getName();

    /**
     * Opens a provider: {@code HOST[,HOST...];login=USER;passwd=PASS[;appinfo=TEXT]}.
     *
     * @throws ProviderUnavailableException login refused, no host reachable, a malformed string
     */
    Provider getProvider(String providerString);

    String[] getServices();
}
