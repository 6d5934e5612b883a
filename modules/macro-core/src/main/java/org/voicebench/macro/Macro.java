package org.voicebench.macro;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.model.ModelProfile;

/**
 * A key-press macro: what to send to a phone, step by step, and how carefully. Immutable.
 *
 * <p>Either {@code steps} (one sequence, optionally limited to {@code models}) or {@code variants} (one
 * sequence per family or model, picked from the phone's model) is given, not both.
 *
 * @param name         short name, e.g. {@code erase-itl}
 * @param description  for people
 * @param models       the models the macro is for (ids or model numbers); empty: any model
 * @param defaultDelay the wait after each key or URI step before the next step (a pause step right after
 *                     replaces it)
 * @param destructive  running it needs an explicit confirmation (it erases or resets something)
 * @param reboots      the phone restarts after the last key: a dropped connection after it is a success
 * @param steps        the steps when there are no variants
 * @param variants     per-family or per-model steps
 */
public record Macro(String name, String description, List<String> models, Duration defaultDelay, boolean destructive,
                    boolean reboots, List<Step> steps, List<Variant> variants) {

    /** The default delay between steps: phones drop keys that come faster than their UI. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(1000);

    public Macro {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a macro needs a name");
        }
        description = description == null ? "" : description;
        models = List.copyOf(models);
        Objects.requireNonNull(defaultDelay, "defaultDelay");
        if (defaultDelay.isNegative() || defaultDelay.toMillis() > 600_000) {
            throw new IllegalArgumentException("the default delay must be 0..600000 ms, not " + defaultDelay.toMillis());
        }
        steps = List.copyOf(steps);
        variants = List.copyOf(variants);
        if (steps.isEmpty() == variants.isEmpty()) {
            throw new IllegalArgumentException("a macro has either steps or variants (exactly one of them)");
        }
    }

    /** A plain macro: these steps on any model, default delay, not destructive. */
    public static Macro of(String name, List<Step> steps) {
        return new Macro(name, "", List.of(), DEFAULT_DELAY, false, false, steps, List.of());
    }

    public Macro withDefaultDelay(Duration delay) {
        return new Macro(name, description, models, delay, destructive, reboots, steps, variants);
    }

    public Macro withDestructive(boolean value, boolean rebootsAfter) {
        return new Macro(name, description, models, defaultDelay, value, rebootsAfter, steps, variants);
    }

    /** True when the steps depend on the phone's model: the player must know it before the first key. */
    public boolean needsModel() {
        return !variants.isEmpty() || !models.isEmpty()
                || steps.stream().anyMatch(s -> s instanceof Step.ItlErase || s instanceof Step.Open);
    }

    /**
     * The steps for a phone of this model (null when unknown), with profile sequences expanded.
     *
     * @throws MacroNotApplicableException when the macro is not for this model or has no variant for it
     */
    public ResolvedMacro resolve(ModelProfile profile) throws MacroNotApplicableException {
        return resolve(profile, KeyTransport.WEB);
    }

    /**
     * The steps for a phone of this model whose keys go over {@code transport}. Over CTI only steps that read nothing
     * can run: a variant marked for CTI is preferred, and a macro whose steps read the screen is not applicable.
     *
     * @throws MacroNotApplicableException when the macro is not for this model or has no variant for it over
     *                                     {@code transport}
     */
    public ResolvedMacro resolve(ModelProfile profile, KeyTransport transport) throws MacroNotApplicableException {
        String model = profile == null ? "an unknown model" : "model " + profile.model();
        if (!models.isEmpty() && (profile == null || models.stream().noneMatch(m -> m.equalsIgnoreCase(profile.model())
                || profile.modelNumbers().stream().anyMatch(m::equalsIgnoreCase)))) {
            throw new MacroNotApplicableException("macro " + name + " is for models " + String.join(", ", models)
                    + ", not " + model);
        }
        List<Step> chosen = steps;
        Variant variant = null;
        if (!variants.isEmpty()) {
            variant = variantFor(profile, transport).orElseThrow(() -> new MacroNotApplicableException(
                    "macro " + name + " has no variant for " + model
                    + (profile == null ? "" : " (family " + profile.family() + ")")
                    + (transport == KeyTransport.CTI ? " that can run over CTI (steps that read nothing from the phone)" : "")));
            chosen = variant.steps();
        } else if (transport == KeyTransport.CTI && !steps.stream().allMatch(Step::runsBlind)) {
            throw new MacroNotApplicableException("macro " + name + " reads the phone's screen, which cannot be done over CTI");
        }
        List<Step> expanded = new ArrayList<>();
        for (Step s : chosen) {
            if (s instanceof Step.ItlErase e) {
                expanded.addAll(ProfileSequences.itlErase(profile, e.part(), name));
            } else {
                expanded.add(s);
            }
        }
        return new ResolvedMacro(this, profile, expanded, variant, transport);
    }

    /** The web variant naming the model, else the one for its family. */
    public Optional<Variant> variantFor(ModelProfile profile) {
        return variantFor(profile, KeyTransport.WEB);
    }

    /**
     * The variant for the model over {@code transport}: one naming the model, else one for its family; over CTI a
     * variant with CTI evidence first.
     */
    public Optional<Variant> variantFor(ModelProfile profile, KeyTransport transport) {
        if (profile == null) {
            return Optional.empty();
        }
        List<Variant> usable = variants.stream().filter(v -> v.usableOver(transport)).toList();
        if (transport == KeyTransport.CTI) {
            List<Variant> marked = usable.stream().filter(v -> !v.ctiEvidence().isEmpty()).toList();
            Optional<Variant> best = matching(marked, profile);
            return best.isPresent() ? best : matching(usable, profile);
        }
        return matching(usable, profile);
    }

    private static Optional<Variant> matching(List<Variant> candidates, ModelProfile profile) {
        Optional<Variant> byModel = candidates.stream().filter(v -> v.namesModel(profile)).findFirst();
        return byModel.isPresent() ? byModel
                : candidates.stream().filter(v -> v.families().contains(profile.family())).findFirst();
    }
}
