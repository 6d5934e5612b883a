package org.voicebench.personalize;

/** G.711 mu-law, the narrowband ring tone encoding. */
final class MuLaw {

    private static final int BIAS = 0x84;
    private static final int CLIP = 32_635;

    private MuLaw() {
    }

    static byte encode(int pcm16) {
        int sign = (pcm16 >> 8) & 0x80;
        int magnitude = Math.min(Math.abs(Math.max(pcm16, -32_768)), CLIP) + BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    static int decode(byte mu) {
        int u = ~mu & 0xFF;
        int t = ((u & 0x0F) << 3) + BIAS;
        t <<= (u & 0x70) >> 4;
        return (u & 0x80) != 0 ? BIAS - t : t - BIAS;
    }
}
