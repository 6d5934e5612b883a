package org.voicebench.personalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RingTonesTest {

    @Test
    void aStereo44kSoundBecomesNarrowbandMuLawAndWideband16k(@TempDir Path dir) throws Exception {
        RingTone t = RingTones.convert(TestMedia.sineWav(dir, "ring.wav", 440, 1.5, 44_100, 2));
        assertEquals(12_000, t.narrowband().length, "1.5 s at 8 kHz, one byte a sample");
        assertEquals(24_000 * 2, t.wideband().length, "1.5 s at 16 kHz, two bytes a sample");
        assertFalse(t.trimmed());
        assertEquals(440, frequency(narrowbandPcm(t), 8_000), 10, "the tone survives the resampling");
        assertEquals(440, frequency(widebandPcm(t), 16_000), 10);
        int peak = 0;
        for (int s : narrowbandPcm(t)) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertEquals(16_000, peak, 1_200, "mu-law keeps the level");
    }

    @Test
    void longSoundsAreTrimmedToEachFormsLimitInWholeBlocksAndEndInSilence(@TempDir Path dir) throws Exception {
        RingTone t = RingTones.convert(TestMedia.sineWav(dir, "long.wav", 500, 12, 16_000, 1));
        assertEquals(RingTones.MAX_NARROWBAND_SAMPLES, t.narrowband().length);
        assertEquals(RingTones.MAX_WIDEBAND_SAMPLES * 2, t.wideband().length);
        assertTrue(t.trimmed());
        assertEquals(0, t.narrowband().length % RingTones.SAMPLE_BLOCK);
        int[] pcm = narrowbandPcm(t);
        assertTrue(Math.abs(pcm[0]) < 100 && Math.abs(pcm[pcm.length - 1]) < 100, "starts and ends at silence");
    }

    @Test
    void oddLengthsAreCutToWholeBlocksOf240(@TempDir Path dir) throws Exception {
        RingTone t = RingTones.convert(TestMedia.sineWav(dir, "odd.wav", 300, 0.1234, 8_000, 1));
        assertEquals(960, t.narrowband().length, "987 samples cut to 4 blocks of 240");
        assertEquals(0, t.wideband().length / 2 % RingTones.SAMPLE_BLOCK);
    }

    @Test
    void tooShortOrNotAudioIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path blip = TestMedia.sineWav(dir, "blip.wav", 300, 0.01, 8_000, 1);
        PersonalizeInputException e = assertThrows(PersonalizeInputException.class, () -> RingTones.convert(blip));
        assertTrue(e.getMessage().startsWith(blip + ": ") && e.getMessage().contains("240 samples"), e.getMessage());
        Path text = Files.writeString(dir.resolve("ring.wav"), "RIFF? no");
        PersonalizeInputException e2 = assertThrows(PersonalizeInputException.class, () -> RingTones.convert(text));
        assertTrue(e2.getMessage().startsWith(text + ": "), e2.getMessage());
    }

    @Test
    void muLawRoundTrips() {
        assertEquals((byte) 0xFF, MuLaw.encode(0));
        for (int v : new int[] {-32_000, -1_000, -50, 50, 1_000, 32_000}) {
            assertEquals(v, MuLaw.decode(MuLaw.encode(v)), Math.abs(v) / 16 + 8);
        }
    }

    private static int[] narrowbandPcm(RingTone t) {
        byte[] raw = t.narrowband();
        int[] pcm = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            pcm[i] = MuLaw.decode(raw[i]);
        }
        return pcm;
    }

    private static int[] widebandPcm(RingTone t) {
        byte[] b = t.wideband();
        int[] pcm = new int[b.length / 2];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) ((b[2 * i] & 0xFF) | (b[2 * i + 1] << 8));
        }
        return pcm;
    }

    /** Zero crossings over the middle half, away from the fades. */
    private static double frequency(int[] pcm, int rate) {
        int from = pcm.length / 4;
        int to = 3 * pcm.length / 4;
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if ((pcm[i - 1] < 0) != (pcm[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / ((to - from) / (double) rate);
    }
}
