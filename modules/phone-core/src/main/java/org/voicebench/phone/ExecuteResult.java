package org.voicebench.phone;

/**
 * The phone's answer to one accepted Execute URI (a ResponseItem with Status 0).
 *
 * @param uri    the URI the phone reports having run (its ResponseItem URL, else the URI sent)
 * @param status the ResponseItem Status (0)
 * @param data   the ResponseItem Data, usually {@code "Success"}
 */
public record ExecuteResult(String uri, int status, String data) {

    /** What {@link #data()} holds when the object was delivered over CTI, where the phone answers nothing. */
    public static final String UNCONFIRMED = "delivered over CTI; the phone answers nothing";

    /** A URI delivered without an answer (CTI): it reached the phone, whether it acted is not known. */
    public static ExecuteResult unconfirmed(String uri) {
        return new ExecuteResult(uri, 0, UNCONFIRMED);
    }

    /** True when the phone itself answered (web), false when the delivery is all that is known (CTI). */
    public boolean confirmed() {
        return !UNCONFIRMED.equals(data);
    }
}
