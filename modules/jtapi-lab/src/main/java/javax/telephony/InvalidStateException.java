package javax.telephony;

/** The object is not in a state that allows the request (JTAPI 1.4 name and shape). */
public class InvalidStateException extends Exception {

    public static final int PROVIDER_OBJECT = 0;
    public static final int CALL_OBJECT = 1;
    public static final int CONNECTION_OBJECT = 2;
    public static final int TERMINAL_CONNECTION_OBJECT = 3;
    public static final int ADDRESS_OBJECT = 4;
    public static final int TERMINAL_OBJECT = 5;

    private static final long serialVersionUID = 1L;

    private final transient Object object;
    private final int objectType;
    private final int state;

    public InvalidStateException(Object object, int objectType, int state) {
        this(object, objectType, state, null);
    }

    public InvalidStateException(Object object, int objectType, int state, String s) {
        super(s);
        this.object = object;
        this.objectType = objectType;
        this.state = state;
    }

    public Object getObject() {
        return object;
    }

    /** One of the {@code _OBJECT} constants. */
    public int getObjectType() {
        return objectType;
    }

    /** The object's state when the request came. */
    public int getState() {
        return state;
    }
}
