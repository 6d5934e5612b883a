package javax.telephony;

/** An argument names nothing the provider knows, e.g. a device not in the user's control list (JTAPI 1.4 name and shape). */
public class InvalidArgumentException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidArgumentException() {
        super();
    }

    public InvalidArgumentException(String s) {
        super(s);
    }
}
