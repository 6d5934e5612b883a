package org.voicebench.macro;

import java.util.List;
import java.util.Set;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.PhoneFamily;

/**
 * The steps of a macro for some models: a macro's menus differ per family, so a built-in holds one
 * variant per family (or model) and the player picks the one matching the phone.
 *
 * @param families the families this variant is for (empty: none by family)
 * @param models   model ids or model numbers this variant is for ({@code 8851}, {@code CP-7965G}); a model
 *                 match wins over a family match
 * @param steps    the steps, at least one
 * @param blind    the steps press keys without reading the screen (a model whose screen cannot be read
 *                 remotely): such a variant runs only when the user accepts that in so many words
 * @param evidence how well the variant's menu path and keys are known ({@code field-tested}, {@code assumed}, ...),
 *                 shown where a user decides to run it; empty when the file does not say
 * @param ctiEvidence how well these keys are known to work sent over CTI, where no screen can be read
 *                 ({@code field-tested}: a field tool presses exactly these over JTAPI); empty when nobody says.
 *                 Only a variant whose every step is {@link #ctiVerified() verified} this way runs over CTI without
 *                 the user's acceptance of blind keys
 * @param ctiOnly  the variant is only for CTI (key-only steps next to a screen-reading variant for the web)
 */
public record Variant(Set<PhoneFamily> families, List<String> models, List<Step> steps, boolean blind, String evidence,
                      String ctiEvidence, boolean ctiOnly) {

    public Variant {
        families = Set.copyOf(families);
        models = List.copyOf(models);
        steps = List.copyOf(steps);
        evidence = evidence == null ? "" : evidence.strip();
        ctiEvidence = ctiEvidence == null ? "" : ctiEvidence.strip();
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a variant needs at least one step");
        }
    }

    /** A variant for the web server, nothing said about CTI. */
    public Variant(Set<PhoneFamily> families, List<String> models, List<Step> steps, boolean blind, String evidence) {
        this(families, models, steps, blind, evidence, "", false);
    }

    /** A variant that reads the screen, evidence not stated. */
    public Variant(Set<PhoneFamily> families, List<String> models, List<Step> steps) {
        this(families, models, steps, false, "");
    }

    /** True when the variant's steps are known to work over CTI (anything better than assumed). */
    public boolean ctiVerified() {
        return !ctiEvidence.isEmpty() && !ctiEvidence.equals("assumed");
    }

    /** True when the variant may be used over {@code transport}: CTI needs steps that read nothing. */
    public boolean usableOver(KeyTransport transport) {
        return transport == KeyTransport.CTI ? steps.stream().allMatch(Step::runsBlind) : !ctiOnly;
    }

    /** True when the variant names this model (by id or any of its model numbers). */
    public boolean namesModel(ModelProfile profile) {
        return models.stream().anyMatch(m -> m.equalsIgnoreCase(profile.model())
                || profile.modelNumbers().stream().anyMatch(m::equalsIgnoreCase));
    }
}
