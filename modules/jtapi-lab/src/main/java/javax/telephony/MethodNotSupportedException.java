package javax.telephony;

/** The implementation does not offer this method (JTAPI 1.4 name and shape). */
public class MethodNotSupportedException extends Exception {

    private static final long serialVersionUID = 1L;

    public MethodNotSupportedException() {
        super();
    }

    public MethodNotSupportedException(String s) {
        super(s);
    }
}
