package org.voicebench.readiness;

/**
 * How a phone could be fixed after the change, from the least to the most work; the order is the report's (blocking
 * phones first reverses it).
 */
public enum Outcome {
    /** It accepts the cluster's files after the change by itself. */
    OK(false, "fine by itself"),
    /** It accepts them only while it can reach a TVS that vouches for the new signer: keep TVS up and the phone online. */
    RECOVERABLE_VIA_TVS(false, "by itself, through TVS"),
    /** Its ITL is already stale today, but it accepts the next one: a restart (from CUCM) fixes it. */
    RESTART(false, "by a restart"),
    /** It will reject the cluster's files; its ITL can be erased over its web server (Execute). */
    ERASE_WEB(false, "by an erase over the web"),
    /** It will reject the cluster's files and its web server cannot be used; its ITL can be erased over CTI. */
    ERASE_CTI(false, "by an erase over CTI"),
    /** It will reject them and nothing remote reaches its menus, which are open: someone at the phone erases its ITL. */
    ERASE_AT_PHONE(true, "by an erase at the phone"),
    /** It will reject them and its Settings Access is disabled or restricted: only a factory reset helps. */
    FACTORY_RESET_ONLY(true, "by a factory reset only");

    private final boolean blocking;
    private final String words;

    Outcome(boolean blocking, String words) {
        this.blocking = blocking;
        this.words = words;
    }

    /** True when no remote action fixes the phone afterwards. */
    public boolean blocking() {
        return blocking;
    }

    /** "by an erase over the web", for sentences. */
    public String words() {
        return words;
    }
}
