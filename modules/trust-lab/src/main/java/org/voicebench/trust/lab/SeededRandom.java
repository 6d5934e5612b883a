package org.voicebench.trust.lab;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A repeatable byte stream (SHA-256 of seed and counter) so that lab clusters, and the golden
 * files made from them, come out the same on every run. For test keys only: never for real keys.
 */
final class SeededRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final transient MessageDigest sha256;
    private final long seed;
    private long counter;
    private final byte[] block = new byte[32];
    private int used = block.length;

    SeededRandom(long seed) {
        super(new byte[0]);
        this.seed = seed;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (used == block.length) {
                sha256.update(ByteBuffer.allocate(16).putLong(seed).putLong(counter++).array());
                System.arraycopy(sha256.digest(), 0, block, 0, block.length);
                used = 0;
            }
            bytes[i] = block[used++];
        }
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        byte[] out = new byte[numBytes];
        nextBytes(out);
        return out;
    }

    @Override
    public void setSeed(long ignored) {
        // the stream depends only on the constructor's seed
    }

    @Override
    public void setSeed(byte[] ignored) {
        // the stream depends only on the constructor's seed
    }
}
