package org.voicebench.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voicebench.certcheck.Verdict;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroNotApplicableException;
import org.voicebench.macro.ResolvedMacro;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;

/**
 * What the fix does with each phone that does not match, and why: the engineer reviews it before anything is
 * pressed. The least invasive fix that should work: a phone the comparer says accepts the cluster's ITL (directly
 * or through TVS) is <b>restarted</b>; a phone that would reject it, or holds an ITL nobody knows, is
 * <b>erased</b> (a phone without an ITL takes the next one on trust, so erasing is the last resort); a restart
 * that does not fix a phone is followed by an erase. Phones that match are not in the plan.
 *
 * @param options how it was planned (the macros, erase-all, blind keys, restarts through CUCM)
 * @param items   one per phone that does not match, in audit order
 */
public record FixPlan(PlanOptions options, List<PlanItem> items) {

    public FixPlan {
        Objects.requireNonNull(options, "options");
        items = List.copyOf(items);
    }

    /** Plans the fix of the audited phones. */
    public static FixPlan of(List<PhoneAudit> phones, ModelProfiles profiles, PlanOptions options) {
        List<PlanItem> out = new ArrayList<>();
        for (PhoneAudit p : phones) {
            switch (p.state()) {
                case MATCH -> {
                    // nothing to do
                }
                case MISMATCH -> out.add(mismatched(p, profiles, options));
                case NOT_INSTALLED -> out.add(skip(p, "it holds no ITL: it takes the cluster's ITL by itself at its next"
                        + " restart (reset it from CUCM)"));
                case UNKNOWN -> out.add(unknown(p, profiles, options));
            }
        }
        return new FixPlan(options, out);
    }

    /**
     * A phone whose ITL cannot be judged over the web. Two of them are CTI's to fix: one that refuses every user
     * while its public page shows a stale ITL (it cannot validate the HTTPS Authentication URL), and, when the engineer
     * asserts it ({@code --fix-unknown}), one whose web access is off.
     */
    private static PlanItem unknown(PhoneAudit p, ModelProfiles profiles, PlanOptions options) {
        ItlAssessment a = p.assessment();
        String unknown = "its ITL state is unknown: " + a.reason();
        if (a.refusedWithStaleItl()) {
            return options.cti() ? overCti(p, profiles, options, "it refuses every user while its page shows a stale ITL"
                    + " (it cannot validate the HTTPS Authentication URL)")
                    : skip(p, unknown + ". " + CTI_WAY);
        }
        if (a.webAccessOff()) {
            if (options.cti() && options.fixUnknown()) {
                return overCti(p, profiles, options, "its web access is off, so its ITL cannot be read; --fix-unknown:"
                        + " taken to hold a stale ITL");
            }
            return skip(p, unknown + ". " + (options.cti() ? "Its ITL can be erased over CTI if you know it is stale"
                    + " (e.g. phones moved to this cluster): --fix-unknown" : CTI_WAY + " (with --fix-unknown, as its"
                    + " ITL cannot be read)"));
        }
        return skip(p, unknown);
    }

    /** Says how a phone the web cannot drive can still be fixed. */
    static final String CTI_WAY = "CTI is the way to reach it: CUCM delivers the erase keys over the phone's"
            + " registration, without its web server (configure CTI: Options > CTI, or --transport auto --cti-jar"
            + " --cti-host --cti-user)";

    /** The erase over CTI, when the model's keys and the phone's device name are known. */
    private static PlanItem overCti(PhoneAudit p, ModelProfiles profiles, PlanOptions options, String why) {
        Macro erase = options.erase();
        ModelProfile profile = p.model().isEmpty() ? null : profiles.find(p.model()).orElse(null);
        if (profile == null) {
            return skip(p, why + "; its model is " + (p.model().isEmpty() ? "unknown" : p.model() + ", which has no"
                    + " profile") + ", so the keys of " + erase.name() + " over CTI are too");
        }
        if (KeyRoutes.deviceName(p.phone()).isEmpty()) {
            return skip(p, why + "; it has no device name (SEP and its MAC) in the phone list, and over CTI CUCM finds a"
                    + " phone only by it (list the phones from CUCM: --axl)");
        }
        ResolvedMacro erasing;
        try {
            erasing = erase.resolve(profile, KeyTransport.CTI);
        } catch (MacroNotApplicableException e) {
            return skip(p, why + "; " + e.getMessage());
        }
        if (erasing.blind() && !options.blindAccepted()) {
            return skip(p, why + "; the " + erase.name() + " keys for " + profile.model() + " over CTI are not verified"
                    + " (" + erasing.howKnown() + "): erase it by hand, or accept blind keys (--allow-blind) after"
                    + " checking one phone");
        }
        return new PlanItem(p, PlanItem.Action.ERASE, erase.name(), why + "; erased over CTI, it takes the next ITL on"
                + " trust; " + erasing.steps().size() + " steps for " + profile.model() + " (" + erasing.howKnown() + ")",
                KeyTransport.CTI);
    }

    private static PlanItem skip(PhoneAudit p, String why) {
        return new PlanItem(p, PlanItem.Action.SKIP, "", why);
    }

    private static PlanItem mismatched(PhoneAudit p, ModelProfiles profiles, PlanOptions options) {
        Macro erase = options.erase();
        if (p.model().isEmpty()) {
            return skip(p, "its model is unknown, so the keys of " + erase.name() + " are too");
        }
        ModelProfile profile = profiles.find(p.model()).orElse(null);
        if (profile == null) {
            return skip(p, "no model profile for " + p.model() + ", so no keys for " + erase.name());
        }
        ResolvedMacro erasing;
        try {
            erasing = erase.resolve(profile);
        } catch (MacroNotApplicableException e) {
            return skip(p, e.getMessage());
        }
        if (erasing.blind() && !options.blindAccepted()) {
            return skip(p, "the screen of a " + profile.model() + " cannot be read remotely, so the erase keys would be"
                    + " pressed blind with no guard; erase it by hand, or accept blind keys (--accept-blind) after"
                    + " checking one phone");
        }
        boolean recovers = p.recovery() == Verdict.OK || p.recovery() == Verdict.RECOVERABLE_VIA_TVS;
        if (recovers && !options.eraseAll()) {
            PlanItem restart = restart(p, profile, options);
            if (restart != null) {
                return restart;
            }
        }
        String why = p.recoveryNote().isEmpty() ? "its ITL does not match" : p.recoveryNote();
        String how = options.eraseAll() && recovers ? " (--erase-all: erased although a restart would do)"
                : recovers ? " (no way to restart a " + profile.model() + " remotely is known)" : "";
        return new PlanItem(p, PlanItem.Action.ERASE, erase.name(), why + how + "; erased, it takes the next ITL it is"
                + " given on trust; " + erasing.steps().size() + " steps for " + profile.model() + " ("
                + erasing.howKnown() + ")");
    }

    /** A restart through CUCM or by the phone's menu, or null when neither is known for the model. */
    private static PlanItem restart(PhoneAudit p, ModelProfile profile, PlanOptions options) {
        String why = p.recoveryNote() + "; a restart is enough (read back after it, erased only if it still does not"
                + " match)";
        if (options.restartByCucm()) {
            return new PlanItem(p, PlanItem.Action.RESTART, PlanOptions.CUCM_RESTART, why + "; restarted by CUCM (AXL"
                    + " doDeviceReset), no key pressed");
        }
        try {
            ResolvedMacro r = options.restart().resolve(profile);
            if (r.blind() && !options.blindAccepted()) {
                return null;
            }
            return new PlanItem(p, PlanItem.Action.RESTART, options.restart().name(), why + "; " + r.steps().size()
                    + " steps for " + profile.model() + " (" + r.howKnown() + ")");
        } catch (MacroNotApplicableException e) {
            return null;
        }
    }

    /** The erase macro. */
    public Macro macro() {
        return options.erase();
    }

    /** The phones restarted first. */
    public List<PlanItem> restarting() {
        return items.stream().filter(i -> i.action() == PlanItem.Action.RESTART).toList();
    }

    /** The phones erased from the start. */
    public List<PlanItem> erasing() {
        return items.stream().filter(PlanItem::erase).toList();
    }

    /** The phones something is sent to (restarted or erased). */
    public List<PlanItem> acting() {
        return items.stream().filter(PlanItem::acts).toList();
    }

    /** The phones that are not MATCH but skipped. */
    public List<PlanItem> skipped() {
        return items.stream().filter(i -> i.action() == PlanItem.Action.SKIP).toList();
    }

    /** The phones whose keys go over CTI. */
    public List<PlanItem> overCti() {
        return items.stream().filter(i -> i.acts() && i.transport() == KeyTransport.CTI).toList();
    }
}
