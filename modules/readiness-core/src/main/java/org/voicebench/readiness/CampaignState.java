package org.voicebench.readiness;

/** Where one phone of the access campaign is; the journal records it after every step. */
public enum CampaignState {
    /** Its original configuration is journalled; nothing sent yet. */
    PLANNED,
    /** updatePhone and applyPhone sent; not checked yet. */
    SENT,
    /** It runs with the new settings (its pages answer, the settings read back). */
    TAKEN,
    /** CUCM holds the new settings but the phone did not take them (see the note). */
    NOT_TAKEN,
    /** CUCM refused the update, or the phone could not be checked (see the note). */
    FAILED,
    /** The original configuration was sent back; not checked yet. */
    RESTORE_SENT,
    /** It runs with its original settings again. */
    RESTORED,
    /** CUCM holds the original settings again but the phone did not take them (see the note). */
    RESTORE_NOT_TAKEN;

    /** True when a prepare run has nothing left to do for the phone. */
    public boolean prepared() {
        return this == TAKEN;
    }

    /** True when a restore run has nothing left to do for the phone. */
    public boolean restored() {
        return this == RESTORED;
    }
}
