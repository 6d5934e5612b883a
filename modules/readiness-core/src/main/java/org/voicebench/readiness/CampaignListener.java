package org.voicebench.readiness;

/** Progress of the access campaign; quick and thread-safe. */
public interface CampaignListener {

    /** A phone reached a new state (the journal already holds it). */
    default void phoneChanged(CampaignPhone phone, int done, int total) {
    }

    /** Nothing is told. */
    static CampaignListener none() {
        return new CampaignListener() {
        };
    }
}
