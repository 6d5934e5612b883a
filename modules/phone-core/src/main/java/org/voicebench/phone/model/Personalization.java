package org.voicebench.phone.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a model takes as a custom background and ring tone, from its profile ({@code background},
 * {@code ringTones}, {@code personalizationRefusal}). Sizes are data because public sources disagree
 * for some models (8821, 7975) and list none for others; {@link ModelProfile#evidence(String)} says how
 * well each fact is known.
 *
 * @param background             the background image the model shows, or null when nobody has said it takes one
 * @param ringToneFormats        the ring tone forms it plays: {@code raw} (8 kHz mu-law), {@code rwb} (16 kHz
 *                               16-bit); empty when unknown
 * @param refusalMeansDisabled   a regular expression matched (find) against the phone's refusal of a
 *                               setBackground/setRingTone object: a match means Phone Personalization is off.
 *                               No public capture shows the words, so it is an assumption a user can correct
 */
public record Personalization(Background background, List<String> ringToneFormats, Pattern refusalMeansDisabled) {

    /** Narrowband ring tone: raw 8 kHz 8-bit mu-law, mono. */
    public static final String RAW = "raw";
    /** Wideband ring tone: raw 16 kHz 16-bit signed, mono. */
    public static final String RWB = "rwb";
    /** The refusal pattern when a profile gives none. */
    public static final Pattern DEFAULT_REFUSAL = Pattern.compile("(?i)personali[sz]ation");

    public Personalization {
        ringToneFormats = List.copyOf(ringToneFormats);
        refusalMeansDisabled = refusalMeansDisabled == null ? DEFAULT_REFUSAL : refusalMeansDisabled;
    }

    /** The background the model takes, if any. */
    public Optional<Background> backgroundImage() {
        return Optional.ofNullable(background);
    }

    /** True when the model plays ring tones of this form ({@link #RAW} or {@link #RWB}). */
    public boolean playsRingTone(String format) {
        return ringToneFormats.contains(format);
    }

    /**
     * A model's background image and its thumbnail (the picture the phone's Background Images menu lists).
     *
     * @param width           full image width in pixels
     * @param height          full image height in pixels
     * @param depth           bits per pixel of the display: 4 (grey), 12, 16 or 24; it names the TFTP folder
     *                        {@code Desktops/<W>x<H>x<depth>}
     * @param grayLevels      grey levels of a greyscale display (e.g. 4 on the 7941/61), 0 for colour
     * @param thumbnailWidth  thumbnail width
     * @param thumbnailHeight thumbnail height
     */
    public record Background(int width, int height, int depth, int grayLevels, int thumbnailWidth, int thumbnailHeight) {

        public Background {
            if (width < 1 || height < 1 || thumbnailWidth < 1 || thumbnailHeight < 1) {
                throw new IllegalArgumentException("background sizes must be positive");
            }
            if (depth < 1 || depth > 32 || grayLevels < 0 || grayLevels > 256) {
                throw new IllegalArgumentException("depth must be 1..32 and grayLevels 0..256");
            }
        }

        /** True for a greyscale display. */
        public boolean grayscale() {
            return grayLevels > 0;
        }

        /** The TFTP folder of the model's List.xml: {@code Desktops/320x196x4}. */
        public String directory() {
            return "Desktops/" + width + "x" + height + "x" + depth;
        }

        /** {@code 320x196x4}. */
        public String sizeName() {
            return width + "x" + height + "x" + depth;
        }
    }

    /** For profiles: the same facts, compared by pattern text (Pattern has no equals). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Personalization p && Objects.equals(background, p.background)
                && ringToneFormats.equals(p.ringToneFormats)
                && refusalMeansDisabled.pattern().equals(p.refusalMeansDisabled.pattern());
    }

    @Override
    public int hashCode() {
        return Objects.hash(background, ringToneFormats, refusalMeansDisabled.pattern());
    }
}
