package org.voicebench.phone.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What VoiceBench knows about one phone model: screen, keys, key aliases and menu quirks. The
 * values come from JSON data (shipped, or corrected by the user), never from code, because
 * several of them are unverified on real phones.
 *
 * @param model                   the short model id, e.g. {@code "7965"}
 * @param displayName             e.g. {@code "Cisco Unified IP Phone 7965G"}
 * @param modelNumbers            the model strings phones report, e.g. {@code "CP-7965G"}
 * @param family                  the family whose menus this model shares
 * @param screenWidth             screenshot width in pixels
 * @param screenHeight            screenshot height in pixels
 * @param imageFormat             the screenshot format
 * @param grayLevels              number of grey levels of the screen; 0 for a colour screen
 * @param screenVerified          false when the screen facts were not confirmed on a real phone
 * @param lineKeys                number of line keys ({@code Line1..LineN})
 * @param softKeys                number of soft keys ({@code Soft1..SoftN})
 * @param keys                    every {@code Key:} name the model accepts
 * @param keyAliases              other names for keys, mapped to this model's name (e.g. Hold to FixedFeature3)
 * @param securityUnlockRequired  the security menus stay locked until {@code **#} is keyed
 * @param bluetooth               the model has Bluetooth, which shifts the Admin Settings menu numbering
 * @param itlEraseSequence        the steps public scripts use to erase the ITL: URIs ({@code Key:...},
 *                                {@code Init:...}) and {@code Pause:<milliseconds>}
 * @param notes                   what is unverified or special, for people reading the data
 */
public record ModelProfile(
        String model,
        String displayName,
        List<String> modelNumbers,
        PhoneFamily family,
        int screenWidth,
        int screenHeight,
        ImageFormat imageFormat,
        int grayLevels,
        boolean screenVerified,
        int lineKeys,
        int softKeys,
        Set<String> keys,
        Map<String, String> keyAliases,
        boolean securityUnlockRequired,
        boolean bluetooth,
        List<String> itlEraseSequence,
        String notes) {

    public ModelProfile {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(imageFormat, "imageFormat");
        modelNumbers = List.copyOf(modelNumbers);
        keys = Set.copyOf(keys);
        keyAliases = Map.copyOf(keyAliases);
        itlEraseSequence = List.copyOf(itlEraseSequence);
        notes = notes == null ? "" : notes;
        displayName = displayName == null ? model : displayName;
    }

    /** True for a greyscale screen. */
    public boolean grayscale() {
        return grayLevels > 0;
    }

    /** True when the model has a key of exactly this name. */
    public boolean hasKey(String key) {
        return keys.contains(key);
    }

    /**
     * This model's name for {@code key}: the key itself when the model has it, else the target of
     * an alias; both matched ignoring case (so a user may type {@code settings}). Empty when the
     * model has neither, in which case a real phone would silently ignore the press.
     */
    public Optional<String> resolveKey(String key) {
        if (keys.contains(key)) {
            return Optional.of(key);
        }
        String target = keyAliases.get(key);
        if (target == null) {
            for (Map.Entry<String, String> e : keyAliases.entrySet()) {
                if (e.getKey().equalsIgnoreCase(key)) {
                    target = e.getValue();
                    break;
                }
            }
        }
        String wanted = target != null ? target : key;
        if (keys.contains(wanted)) {
            return Optional.of(wanted);
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        return keys.stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
