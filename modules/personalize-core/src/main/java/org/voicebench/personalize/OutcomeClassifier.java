package org.voicebench.personalize;

import org.voicebench.phone.PhoneException;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.Personalization;

/** Turns a phone's failure into a push outcome, with what to do about it. */
final class OutcomeClassifier {

    /** Where CUCM keeps the setting (AXL phone field {@code phonePersonalization}); applying it restarts the phone. */
    static final String CUCM_SETTING = "in CUCM set Phone Personalization to Enabled for this phone (Device > Phone > the"
            + " phone, or its Common Phone Profile; AXL phone field phonePersonalization), then push again: applying the"
            + " change restarts the phone";

    record Verdict(PushOutcome outcome, String message, String phoneSaid) {
    }

    private OutcomeClassifier() {
    }

    static Verdict of(PhoneException e, ModelProfile profile) {
        String said = e.detail() == null ? "" : e.detail();
        return switch (e.failure()) {
            case AUTH_FAILED -> new Verdict(PushOutcome.AUTH_FAILED, e.getMessage(), said);
            case WEB_ACCESS_DISABLED -> new Verdict(PushOutcome.WEB_ACCESS_DISABLED, e.getMessage(), "");
            case UNREACHABLE, CONNECTION_DROPPED, QUEUE_TIMEOUT -> new Verdict(PushOutcome.UNREACHABLE, e.getMessage(), "");
            case CANCELLED -> new Verdict(PushOutcome.CANCELLED, e.getMessage(), "");
            case URI_REJECTED -> disabled(said, profile)
                    ? new Verdict(PushOutcome.PERSONALIZATION_DISABLED, "the phone says: " + said + "; " + CUCM_SETTING, said)
                    : new Verdict(PushOutcome.REFUSED, e.getMessage(), said);
            default -> new Verdict(PushOutcome.REFUSED, e.getMessage(), said);
        };
    }

    /** The refusal names personalization, by the model's pattern (an assumption the profile can correct). */
    private static boolean disabled(String said, ModelProfile profile) {
        var pattern = profile == null ? Personalization.DEFAULT_REFUSAL : profile.personalization().refusalMeansDisabled();
        return pattern.matcher(said).find();
    }
}
