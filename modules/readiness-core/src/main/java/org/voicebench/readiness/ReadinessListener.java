package org.voicebench.readiness;

/** Progress of a readiness check; called on worker threads, so implementations are quick and thread-safe. */
public interface ReadinessListener {

    /** A phone's ITL was read (the audit's probe). */
    default void phoneProbed(int done, int total) {
    }

    /** A phone was judged. */
    default void phoneJudged(PhoneReadiness phone, int done, int total) {
    }

    /** Nothing is told. */
    static ReadinessListener none() {
        return new ReadinessListener() {
        };
    }
}
