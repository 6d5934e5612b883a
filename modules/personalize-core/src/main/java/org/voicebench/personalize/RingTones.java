package org.voicebench.personalize;

import java.nio.file.Path;
import java.util.Locale;

/** Turns a sound file into a {@link RingTone}: resampled, trimmed to the phones' limits, faded at the ends. */
public final class RingTones {

    public static final int NARROWBAND_RATE = 8_000;
    public static final int WIDEBAND_RATE = 16_000;
    /** Every ring holds a multiple of this many samples, and at least this many. */
    public static final int SAMPLE_BLOCK = 240;
    public static final int MAX_NARROWBAND_SAMPLES = 16_080;
    public static final int MAX_WIDEBAND_SAMPLES = 160_800;
    /** Fades at the cut, so that the ring starts and ends at silence (no click). */
    private static final double FADE_SECONDS = 0.02;

    private RingTones() {
    }

    /**
     * @throws PersonalizeInputException naming the file: missing, not a sound javax.sound reads, or shorter than
     *                                   240 samples (30 ms)
     */
    public static RingTone convert(Path file) throws PersonalizeInputException {
        double maxSeconds = MAX_WIDEBAND_SAMPLES / (double) WIDEBAND_RATE;
        AudioDecoder.Decoded sound = AudioDecoder.read(file, maxSeconds);
        if (sound.seconds() * NARROWBAND_RATE < SAMPLE_BLOCK) {
            throw new PersonalizeInputException(file + ": the sound lasts " + String.format(Locale.ROOT, "%.3f",
                    sound.seconds()) + " s; a ring tone needs at least " + SAMPLE_BLOCK + " samples (30 ms)");
        }
        float[] narrow = limit(Resampler.resample(sound.samples(), sound.rate(), NARROWBAND_RATE), MAX_NARROWBAND_SAMPLES, NARROWBAND_RATE);
        float[] wide = limit(Resampler.resample(sound.samples(), sound.rate(), WIDEBAND_RATE), MAX_WIDEBAND_SAMPLES, WIDEBAND_RATE);
        byte[] raw = new byte[narrow.length];
        for (int i = 0; i < narrow.length; i++) {
            raw[i] = MuLaw.encode(pcm16(narrow[i]));
        }
        byte[] rwb = new byte[wide.length * 2];
        for (int i = 0; i < wide.length; i++) {
            int s = pcm16(wide[i]);
            rwb[2 * i] = (byte) s;
            rwb[2 * i + 1] = (byte) (s >> 8);
        }
        boolean trimmed = sound.seconds() > MAX_NARROWBAND_SAMPLES / (double) NARROWBAND_RATE + 1e-9;
        return new RingTone(raw, rwb, sound.seconds(), trimmed);
    }

    /** Cut to {@code max} samples and down to a multiple of 240 (at least 240, padded with silence), faded at both ends. */
    private static float[] limit(float[] samples, int max, int rate) {
        int n = Math.min(samples.length, max) / SAMPLE_BLOCK * SAMPLE_BLOCK;
        float[] out = new float[Math.max(n, SAMPLE_BLOCK)];
        System.arraycopy(samples, 0, out, 0, Math.min(n == 0 ? samples.length : n, out.length));
        int fade = Math.min((int) (FADE_SECONDS * rate), out.length / 2);
        for (int i = 0; i < fade; i++) {
            float gain = i / (float) fade;
            out[i] *= gain;
            out[out.length - 1 - i] *= gain;
        }
        return out;
    }

    private static int pcm16(float v) {
        return Math.max(-32_768, Math.min(32_767, Math.round(v * 32_767f)));
    }
}
