package org.voicebench.macro;

import java.util.ArrayList;
import java.util.List;
import org.voicebench.phone.model.ModelProfile;

/** Turns a model profile's recorded sequences (phone-core) into macro steps. */
final class ProfileSequences {

    private ProfileSequences() {
    }

    /**
     * A part of the profile's {@code itlEraseSequence}: the trailing {@code Key:Soft<n>} entries are the
     * destructive confirmation, everything before them the navigation.
     */
    static List<Step> itlErase(ModelProfile profile, Step.ItlErase.Part part, String macro)
            throws MacroNotApplicableException {
        if (profile == null || profile.itlEraseSequence().isEmpty()) {
            throw new MacroNotApplicableException("macro " + macro + " uses the model's ITL-erase sequence, and "
                    + (profile == null ? "the model is unknown" : "model " + profile.model() + " has none in its profile"));
        }
        List<String> seq = profile.itlEraseSequence();
        int tail = seq.size();
        while (tail > 0 && seq.get(tail - 1).startsWith("Key:Soft")) {
            tail--;
        }
        List<String> chosen = part == Step.ItlErase.Part.NAVIGATE ? seq.subList(0, tail) : seq.subList(tail, seq.size());
        List<Step> out = new ArrayList<>(chosen.size());
        for (String s : chosen) {
            out.add(step(s));
        }
        return out;
    }

    /** {@code Key:X}, {@code Pause:n} or another URI, as phone-core's profile reader checked them. */
    static Step step(String entry) {
        if (entry.startsWith("Key:")) {
            return new Step.Key(entry.substring(4));
        }
        if (entry.startsWith("Pause:")) {
            return new Step.Pause(Long.parseLong(entry.substring(6)));
        }
        return new Step.Uri(entry);
    }
}
