package org.voicebench.audit;

import java.util.List;
import java.util.Objects;
import org.voicebench.macro.run.PhoneResult;

/**
 * One phone's line in the audit report.
 *
 * @param phone  what the audit found first
 * @param state  where it ended
 * @param reason one sentence: why this state
 * @param plan   what the fix planned for it, or null (it matched, or no fix was run)
 * @param macro  how the last macro (restart or erase) ended on it, or null when none ran there
 * @param after  its ITL state read again after the fix, or null when not read
 * @param done   what was sent to it, in order: RESTART, ERASE, or RESTART then ERASE when the restart did not fix it
 */
public record AuditRow(PhoneAudit phone, AuditState state, String reason, PlanItem plan, PhoneResult macro,
                       ItlAssessment after, List<PlanItem.Action> done) {

    public AuditRow {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        done = List.copyOf(done);
    }

    /** A row whose fix did what was planned (nothing for a skipped or matching phone). */
    public AuditRow(PhoneAudit phone, AuditState state, String reason, PlanItem plan, PhoneResult macro,
                    ItlAssessment after) {
        this(phone, state, reason, plan, macro, after, plan == null || !plan.acts() || macro == null ? List.of()
                : List.of(plan.action()));
    }

    /** True when its ITL was erased: it then took the next ITL it was given on trust. */
    public boolean erased() {
        return done.contains(PlanItem.Action.ERASE) && macro != null && macro.touched();
    }

    /** The row of an audit without fixing: the state found. */
    public static AuditRow assessed(PhoneAudit phone) {
        return new AuditRow(phone, AuditState.of(phone.state()), phone.assessment().reason(), null, null, null);
    }
}
