package javax.telephony;

/** A resource (e.g. an observer slot) is not available (JTAPI 1.4 name and shape). */
public class ResourceUnavailableException extends Exception {

    public static final int UNKNOWN = 0;
    public static final int OBSERVER_LIMIT_EXCEEDED = 5;

    private static final long serialVersionUID = 1L;

    private final int type;

    public ResourceUnavailableException(int type) {
        this(type, null);
    }

    public ResourceUnavailableException(int type, String s) {
        super(s);
        this.type = type;
    }

    public int getType() {
        return type;
    }
}
