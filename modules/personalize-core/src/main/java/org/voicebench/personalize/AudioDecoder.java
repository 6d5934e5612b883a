package org.voicebench.personalize;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Reads the beginning of any sound javax.sound.sampled reads (WAV, AIFF, AU; PCM, float, mu-law, A-law) as mono
 * samples from -1 to 1 at the file's own rate. Only as much as a ring tone can hold is read, so a long file costs
 * no memory.
 */
final class AudioDecoder {

    /** Mono samples at {@code rate}, and the whole file's length in seconds. */
    record Decoded(float[] samples, int rate, double seconds) {
    }

    private AudioDecoder() {
    }

    static Decoded read(Path file, double maxSeconds) throws PersonalizeInputException {
        if (!Files.isRegularFile(file)) {
            throw new PersonalizeInputException(file + ": no such audio file");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             AudioInputStream source = AudioSystem.getAudioInputStream(raw)) {
            AudioFormat f = source.getFormat();
            if (f.getSampleRate() < 1_000 || f.getSampleRate() > 384_000 || f.getChannels() < 1) {
                throw new PersonalizeInputException(file + ": " + f + " is not a sound this tool converts");
            }
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, f.getSampleRate(), 16, f.getChannels(),
                    2 * f.getChannels(), f.getSampleRate(), false);
            if (!AudioSystem.isConversionSupported(pcm, f)) {
                throw new PersonalizeInputException(file + ": its encoding (" + f.getEncoding() + ") cannot be decoded");
            }
            double seconds = source.getFrameLength() > 0 ? source.getFrameLength() / (double) f.getFrameRate() : -1;
            try (AudioInputStream in = AudioSystem.getAudioInputStream(pcm, source)) {
                int channels = f.getChannels();
                long maxFrames = (long) Math.ceil(maxSeconds * f.getSampleRate()) + 1;
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxFrames * 2 * channels));
                int frames = bytes.length / (2 * channels);
                float[] mono = new float[frames];
                for (int i = 0; i < frames; i++) {
                    float sum = 0;
                    for (int c = 0; c < channels; c++) {
                        int at = (i * channels + c) * 2;
                        sum += (short) ((bytes[at] & 0xFF) | (bytes[at + 1] << 8)) / 32_768f;
                    }
                    mono[i] = sum / channels;
                }
                return new Decoded(mono, Math.round(f.getSampleRate()), seconds >= 0 ? seconds : frames / (double) f.getSampleRate());
            }
        } catch (UnsupportedAudioFileException e) {
            throw new PersonalizeInputException(file + ": not a sound this tool reads (WAV, AIFF or AU)", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new PersonalizeInputException(file + ": cannot be read as sound: " + e.getMessage(), e);
        }
    }
}
