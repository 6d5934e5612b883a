package javax.telephony;

/** No JTAPI peer of that name (JTAPI 1.4 name and shape). */
public class JtapiPeerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JtapiPeerUnavailableException() {
        super();
    }

    public JtapiPeerUnavailableException(String s) {
        super(s);
    }
}
