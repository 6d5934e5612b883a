package org.voicebench.readiness;

import java.util.List;

/**
 * The end of a prepare or restore run.
 *
 * @param restore   true for a restore run
 * @param phones    every phone of the journal, as it ended
 * @param cancelled true when the run was cancelled (the journal holds where each phone got to: run again to resume)
 */
public record CampaignResult(boolean restore, List<CampaignPhone> phones, boolean cancelled) {

    public CampaignResult {
        phones = List.copyOf(phones);
    }

    /** The phones that did not end where the run meant them to (NOT_TAKEN, FAILED, or not reached). */
    public List<CampaignPhone> failures() {
        return phones.stream().filter(p -> restore ? !p.state().restored() : !p.state().prepared()).toList();
    }

    public boolean complete() {
        return !cancelled && failures().isEmpty();
    }
}
