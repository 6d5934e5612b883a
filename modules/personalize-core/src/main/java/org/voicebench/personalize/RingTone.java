package org.voicebench.personalize;

/**
 * One sound in the two forms phones play (usecallmanager.nz; Cisco admin guides): narrowband {@code .raw},
 * 8 kHz 8-bit mu-law mono, 240 to 16,080 samples (about 2 s); wideband {@code .rwb}, 16 kHz 16-bit signed
 * mono (little-endian, as sox writes it on a PC: assumed), 240 to 160,800 samples (about 10 s). Both hold a
 * multiple of 240 samples and start and end at silence, as the guides ask.
 *
 * @param narrowband the {@code .raw} bytes (one byte a sample)
 * @param wideband   the {@code .rwb} bytes (two bytes a sample)
 * @param sourceSeconds the length of the sound given
 * @param trimmed    true when the sound was longer than the wideband (or narrowband) limit and was cut
 */
public record RingTone(byte[] narrowband, byte[] wideband, double sourceSeconds, boolean trimmed) {

    public RingTone {
        narrowband = narrowband.clone();
        wideband = wideband.clone();
    }

    @Override
    public byte[] narrowband() {
        return narrowband.clone();
    }

    @Override
    public byte[] wideband() {
        return wideband.clone();
    }

    public double narrowbandSeconds() {
        return narrowband.length / (double) RingTones.NARROWBAND_RATE;
    }

    public double widebandSeconds() {
        return wideband.length / 2.0 / RingTones.WIDEBAND_RATE;
    }
}
