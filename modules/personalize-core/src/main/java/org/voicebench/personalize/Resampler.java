package org.voicebench.personalize;

/**
 * Changes a mono signal's sample rate. Going down, each output sample averages the source samples it covers
 * (a box filter), which keeps most of what would alias above the new Nyquist out of a ring tone; going up,
 * it interpolates linearly.
 */
final class Resampler {

    private Resampler() {
    }

    static float[] resample(float[] in, int fromRate, int toRate) {
        if (fromRate == toRate || in.length == 0) {
            return in.clone();
        }
        double step = (double) fromRate / toRate;
        int n = (int) Math.floor(in.length / step);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double centre = i * step;
            if (step > 1) {
                int from = (int) Math.floor(centre - step / 2);
                int to = (int) Math.ceil(centre + step / 2);
                double sum = 0;
                int count = 0;
                for (int k = Math.max(0, from); k <= Math.min(in.length - 1, to); k++) {
                    sum += in[k];
                    count++;
                }
                out[i] = count == 0 ? 0 : (float) (sum / count);
            } else {
                int k = (int) centre;
                double frac = centre - k;
                float a = in[Math.min(k, in.length - 1)];
                float b = in[Math.min(k + 1, in.length - 1)];
                out[i] = (float) (a + (b - a) * frac);
            }
        }
        return out;
    }
}
