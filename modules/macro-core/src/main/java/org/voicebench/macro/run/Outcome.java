package org.voicebench.macro.run;

/** How a macro ended on one phone. Callers switch on this, never on message text. */
public enum Outcome {
    /** Every step done. */
    SUCCESS,
    /** The connection dropped after the final key of a macro that restarts the phone, as real phones do: a probable success, to confirm when the phone is back. */
    SUCCESS_REBOOTED,
    /** The phone refused the credentials (Error 4 or HTTP 401). */
    AUTH_FAILED,
    /** The phone's web server refused the first connection: Web Access is disabled. */
    WEB_ACCESS_DISABLED,
    /** No connection or no answer: wrong address, phone off, or it stopped answering in the middle of the macro. */
    UNREACHABLE,
    /** The phone refused a step's request (a URI it does not accept, an answer that is not what was asked for). */
    KEY_REJECTED,
    /** An expectScreen guard did not match: the phone stopped before the next key. */
    SCREEN_MISMATCH,
    /** The phone took too long: its time limit, a screen that never settled, or a request queue that never cleared. */
    TIMEOUT,
    /** The run was cancelled before or while this phone was in progress (its step says where). */
    CANCELLED,
    /** The macro has no variant for the phone's model, or the model is unknown. */
    UNSUPPORTED_MODEL,
    /** Over CTI: the phone is not in the CTI user's controlled devices (the message names the CUCM setting). */
    NOT_CONTROLLED;

    /** True for SUCCESS and SUCCESS_REBOOTED. */
    public boolean succeeded() {
        return this == SUCCESS || this == SUCCESS_REBOOTED;
    }
}
