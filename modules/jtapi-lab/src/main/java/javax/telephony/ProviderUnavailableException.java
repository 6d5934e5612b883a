package javax.telephony;

/** The provider cannot be opened: login refused, no CTI Manager reachable (JTAPI 1.4 name and shape). */
public class ProviderUnavailableException extends RuntimeException {

    public static final int CAUSE_UNKNOWN = 0xA0;
    public static final int CAUSE_NOT_IN_SERVICE = 0xA1;
    public static final int CAUSE_INVALID_SERVICE = 0xA2;
    public static final int CAUSE_INVALID_ARGUMENT = 0xA3;

    private static final long serialVersionUID = 1L;

    private final int cause;

    public ProviderUnavailableException() {
        this(CAUSE_UNKNOWN, null);
    }

    public ProviderUnavailableException(String s) {
        this(CAUSE_UNKNOWN, s);
    }

    public ProviderUnavailableException(int cause) {
        this(cause, null);
    }

    public ProviderUnavailableException(int cause, String s) {
        super(s);
        this.cause = cause;
    }

    /** One of the {@code CAUSE_} constants. */
    public int getReason() {
        return cause;
    }
}
