package org.voicebench.readiness;

import org.voicebench.audit.ItlState;
import org.voicebench.audit.PlanOptions;
import org.voicebench.certcheck.Verdict;
import org.voicebench.macro.MacroNotApplicableException;
import org.voicebench.macro.ResolvedMacro;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.cucm.AccessLevel;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;

/**
 * How a phone could be fixed after the change, the least work first: by itself, by a restart, by an erase over the
 * web, over CTI, at the phone, or only by a factory reset (its menus locked while it rejects the cluster's files).
 * The comparer's verdict decides whether an erase is needed at all; the phone's access decides how.
 */
final class OutcomeRule {

    /** An outcome and why. */
    record Decision(Outcome outcome, String reason) {
    }

    private final ModelProfiles profiles;
    private final PlanOptions options;

    /** @param options CTI configured ({@code cti}), blind keys accepted ({@code blindAccepted}) */
    OutcomeRule(ModelProfiles profiles, PlanOptions options) {
        this.profiles = profiles;
        this.options = options;
    }

    Decision decide(PhoneReadinessInputs in) {
        AfterChange after = in.after();
        if (after.verdict() != Verdict.PHONES_WILL_REJECT) {
            if (in.today() == ItlState.MISMATCH) {
                return new Decision(Outcome.RESTART, "its ITL is stale already, but " + after.reason()
                        + ": a restart (CUCM reset) makes it load the cluster's ITL");
            }
            return after.verdict() == Verdict.OK ? new Decision(Outcome.OK, after.reason())
                    : new Decision(Outcome.RECOVERABLE_VIA_TVS, after.reason() + ": keep TVS up and the phone online");
        }
        PhoneAccess a = in.access();
        if (!a.menusOpen()) {
            return new Decision(Outcome.FACTORY_RESET_ONLY, after.reason() + ", and its Settings Access is "
                    + a.settingsAccess() + ": the erase menus are closed, and the configuration that would open them is"
                    + " signed by a certificate it will not trust. Enable Settings Access before the change (--prepare)");
        }
        String settings = a.settingsAccess() == null ? " (its Settings Access is unknown: read it from CUCM with --axl)" : "";
        String web = webEraseBlocked(in);
        if (web == null) {
            return new Decision(Outcome.ERASE_WEB, after.reason() + "; its ITL can be erased over the web" + settings);
        }
        String cti = ctiEraseBlocked(in);
        if (cti == null) {
            return new Decision(Outcome.ERASE_CTI, after.reason() + "; " + web + ", but its ITL can be erased over CTI"
                    + settings);
        }
        return new Decision(Outcome.ERASE_AT_PHONE, after.reason() + "; " + web + ", and " + cti + ": someone at the"
                + " phone must erase its ITL (or enable Web Access before the change: --prepare)" + settings);
    }

    /** Why the web erase would not work, or null when it would. */
    private String webEraseBlocked(PhoneReadinessInputs in) {
        PhoneAccess a = in.access();
        if (a.webAccess() == AccessLevel.DISABLED) {
            return "its Web Access is disabled";
        }
        if (a.webAccess() == null) {
            return "its Web Access is unknown";
        }
        if (a.authenticationScheme() == PhoneAccess.Scheme.HTTPS) {
            return "its Authentication URL is HTTPS (" + a.authenticationUrl() + "), which it cannot validate with a"
                    + " rejected ITL, so it refuses every user (--prepare --http-auth-url sets an HTTP one)";
        }
        return keysBlocked(in, KeyTransport.WEB);
    }

    private String ctiEraseBlocked(PhoneReadinessInputs in) {
        if (!options.cti()) {
            return "CTI is not configured";
        }
        if (KeyRoutes.deviceName(in.phone().phone()).isEmpty()) {
            return "it has no device name for CTI";
        }
        return keysBlocked(in, KeyTransport.CTI);
    }

    /** Why the erase keys are not known for the model over that transport, or null. */
    private String keysBlocked(PhoneReadinessInputs in, KeyTransport transport) {
        String model = in.phone().model();
        ModelProfile profile = model.isEmpty() ? null : profiles.find(model).orElse(null);
        if (profile == null) {
            return "no erase keys are known for " + (model.isEmpty() ? "an unknown model" : model);
        }
        try {
            ResolvedMacro r = options.erase().resolve(profile, transport);
            if (r.blind() && !options.blindAccepted()) {
                return "the erase keys for " + profile.model() + " over " + transport.id() + " would be pressed blind ("
                        + r.howKnown() + ")";
            }
            return null;
        } catch (MacroNotApplicableException e) {
            return e.getMessage();
        }
    }
}
