package org.voicebench.phone.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What VoiceBench knows about one phone model: screen, keys, key aliases, menus, the pages that show
 * its screen and trust state, and how well each of these facts is known. The values come from JSON
 * data (shipped, or corrected by the user), never from code, because many of them were never
 * confirmed on a real phone of that model; {@link #evidence(String)} says which.
 *
 * @param model                   the short model id, e.g. {@code "7965"}
 * @param displayName             e.g. {@code "Cisco Unified IP Phone 7965G"}
 * @param modelNumbers            the model strings phones report, e.g. {@code "CP-7965G"}
 * @param family                  the family whose menus this model shares
 * @param screenWidth             screenshot width in pixels
 * @param screenHeight            screenshot height in pixels
 * @param imageFormat             the screenshot format
 * @param grayLevels              number of grey levels of the screen; 0 for a colour screen
 * @param lineKeys                number of line keys ({@code Line1..LineN})
 * @param softKeys                number of soft keys ({@code Soft1..SoftN})
 * @param keys                    every {@code Key:} name the model accepts
 * @param keyAliases              other names for keys, mapped to this model's name (e.g. Hold to FixedFeature3)
 * @param securityUnlockRequired  the security menus stay locked until {@code **#} is keyed
 * @param bluetooth               the model has Bluetooth, which shifts the Admin Settings menu numbering
 * @param itlEraseSequence        the steps public scripts use to erase the ITL: URIs ({@code Key:...},
 *                                {@code Init:...}) and {@code Pause:<milliseconds>}
 * @param modeInfoPath            the path of the ModeInfo page that tells which screen the phone shows
 *                                ({@code /CGI/ModeInfo} on 79xx, {@code /CGI/Java/ModeInfo} on 78xx/88xx);
 *                                null when nobody knows how to read this model's screen remotely
 * @param networkSetupPath        the path of the HTML Network setup page, the only page known to show
 *                                the trust state (CTL file, ITL file, ITL signature); null when unknown
 * @param menuLabels              menu title to the labels of its items in the order the phone lists them
 *                                (item n is opened by {@code KeyPad<n>}); at least the menus on the way
 *                                to the ITL erase, so that a client can find the items by label
 * @param personalization         the custom background and ring tones the model takes ({@code background},
 *                                {@code ringTones}, {@code personalizationRefusal})
 * @param evidence                fact name (see {@link #evidence(String)}) to how well it is known
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
        int lineKeys,
        int softKeys,
        Set<String> keys,
        Map<String, String> keyAliases,
        boolean securityUnlockRequired,
        boolean bluetooth,
        List<String> itlEraseSequence,
        String modeInfoPath,
        String networkSetupPath,
        Map<String, List<String>> menuLabels,
        Personalization personalization,
        Map<String, EvidenceLevel> evidence,
        String notes) {

    public ModelProfile {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(imageFormat, "imageFormat");
        personalization = personalization == null ? new Personalization(null, List.of(), null) : personalization;
        modelNumbers = List.copyOf(modelNumbers);
        keys = Set.copyOf(keys);
        keyAliases = Map.copyOf(keyAliases);
        itlEraseSequence = List.copyOf(itlEraseSequence);
        menuLabels = copyOfMenus(menuLabels);
        evidence = Map.copyOf(evidence);
        notes = notes == null ? "" : notes;
        displayName = displayName == null ? model : displayName;
    }

    private static Map<String, List<String>> copyOfMenus(Map<String, List<String>> menus) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        menus.forEach((menu, items) -> copy.put(menu, List.copyOf(items)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * How well {@code fact} is known for this model: {@code screen}, {@code keys},
     * {@code itlEraseSequence}, {@code modeInfoPath}, {@code networkSetupPath}, {@code menuLabels},
     * {@code bluetooth}, {@code securityUnlockRequired}, {@code background}, {@code ringTones} or
     * {@code personalizationRefusal}. {@link EvidenceLevel#ASSUMED} when the
     * profile does not say, so that a caller never presents an unstated fact as confirmed.
     *
     * @throws IllegalArgumentException for a name that is not a profile fact (a typo would otherwise
     *                                  read as "assumed" forever)
     */
    public EvidenceLevel evidence(String fact) {
        if (!Facts.known(fact)) {
            throw new IllegalArgumentException("\"" + fact + "\" is not a profile fact; facts are " + Facts.FIELDS.keySet());
        }
        return evidence.getOrDefault(fact, EvidenceLevel.ASSUMED);
    }

    /**
     * True when the screen of this model cannot be read remotely (no {@link #modeInfoPath()}):
     * macros on it run blind, without checking the screen before a destructive key.
     */
    public boolean blind() {
        return modeInfoPath == null;
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
