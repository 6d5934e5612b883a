package org.voicebench.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * New {@link MessageDigest}s by algorithm name, cloned from one kept per algorithm. Every file
 * read takes four (its MD5, SHA-1 and SHA-256, and its signature's digest), and the JCA's
 * provider lookup behind {@code getInstance} cost more than hashing a 5 KB per-phone ITL with
 * SHA-1; a clone of the JDK's digests costs a copy of their state.
 */
final class Digests {

    private static final Map<String, MessageDigest> PROTOTYPES = new ConcurrentHashMap<>();

    private Digests() {
    }

    /** A fresh digest of {@code algorithm} ({@code MD5}, {@code SHA-1}, {@code SHA-256}...). */
    static MessageDigest create(String algorithm) {
        MessageDigest prototype = PROTOTYPES.computeIfAbsent(algorithm, Digests::lookUp);
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) { // not the JDK's own digests: a provider that cannot clone
            return lookUp(algorithm);
        }
    }

    private static MessageDigest lookUp(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
