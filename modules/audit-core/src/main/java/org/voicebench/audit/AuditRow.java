package org.voicebench.audit;

import java.util.Objects;
import org.voicebench.macro.run.PhoneResult;

/**
 * One phone's line in the audit report.
 *
 * @param phone  what the audit found first
 * @param state  where it ended
 * @param reason one sentence: why this state
 * @param plan   what the fix planned for it, or null (it matched, or no fix was run)
 * @param macro  how the erase macro ended on it, or null when it did not run there
 * @param after  its ITL state read again after the erase, or null when not read
 */
public record AuditRow(PhoneAudit phone, AuditState state, String reason, PlanItem plan, PhoneResult macro,
                       ItlAssessment after) {

    public AuditRow {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /** The row of an audit without fixing: the state found. */
    public static AuditRow assessed(PhoneAudit phone) {
        return new AuditRow(phone, AuditState.of(phone.state()), phone.assessment().reason(), null, null, null);
    }
}
