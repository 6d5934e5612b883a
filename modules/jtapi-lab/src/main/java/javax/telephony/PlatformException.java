package javax.telephony;

/** The platform (CUCM, the phone) failed or refused a request (JTAPI 1.4 name and shape). */
public class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformException() {
        super();
    }

    public PlatformException(String s) {
        super(s);
    }
}
