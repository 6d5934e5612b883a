package org.voicebench.trust;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded certificates by their DER bytes, shared by every trust list read in this JVM. The files
 * of a cluster repeat a handful of certificates: a TFTP folder's thousands of per-phone
 * {@code ITLSEP<MAC>.tlv} files all carry the same ITLRecovery, CallManager and TVS certificates,
 * and decoding them again for every record was most of what {@code inspect} did. Here each
 * distinct certificate is decoded once.
 *
 * <p>Bounded: when it holds more than its number of certificates or bytes of DER, the least
 * recently used go, so a folder of ever different certificates costs what it did without a cache
 * and never more memory than the bound. Thread-safe: the fleet audit and the application's
 * windows read trust lists from several threads. A certificate is decoded under the cache's lock,
 * so it is decoded once even when two threads meet it at the same time; the lock is held for one
 * decode only when a certificate is new, which is rare once a cluster's certificates are in.
 */
final class CertificateCache {

    /** Distinct certificates kept: a cluster has tens, so this holds many clusters. */
    static final int MAX_ENTRIES = 1024;
    /** DER bytes kept: real certificates are 1 - 2 KB; this caps hostile 64 KB ones. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private static final CertificateCache SHARED = new CertificateCache(MAX_ENTRIES, MAX_BYTES, CachedCertificate::decode);

    private final int maxEntries;
    private final long maxBytes;
    private final java.util.function.Function<byte[], CachedCertificate> decoder;
    private final LinkedHashMap<Der, CachedCertificate> entries = new LinkedHashMap<>(64, 0.75f, true); // access order
    private long bytes; // guarded by this, as entries

    /**
     * A cache of its own (tests); the application uses {@link #shared()}.
     *
     * @param decoder decodes bytes not in the cache; it may keep the array it is given
     */
    CertificateCache(int maxEntries, long maxBytes, java.util.function.Function<byte[], CachedCertificate> decoder) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.decoder = decoder;
    }

    /** The cache every {@link TrustRecord} uses. */
    static CertificateCache shared() {
        return SHARED;
    }

    /**
     * The certificate with these DER bytes, decoded now if the cache does not hold it.
     *
     * @param der the certificate's bytes; the cache keeps the array, so callers pass a copy of their own
     */
    synchronized CachedCertificate get(byte[] der) {
        Der key = new Der(der);
        CachedCertificate c = entries.get(key);
        if (c == null) {
            c = decoder.apply(der);
            entries.put(key, c);
            bytes += der.length;
            evict();
        }
        return c;
    }

    /** Number of certificates held. */
    synchronized int size() {
        return entries.size();
    }

    /** Bytes of DER held. */
    synchronized long bytes() {
        return bytes;
    }

    /** Drops least recently used entries until both bounds hold (the newest entry always stays). */
    private void evict() {
        Iterator<Map.Entry<Der, CachedCertificate>> eldest = entries.entrySet().iterator();
        while (entries.size() > maxEntries || bytes > maxBytes && entries.size() > 1) {
            bytes -= eldest.next().getKey().bytes.length;
            eldest.remove();
        }
    }

    /**
     * A certificate's bytes as a map key: equal when the bytes are. The hash covers the length and
     * the last {@value #HASHED} bytes only, which are the certificate's own signature: as distinct
     * as the certificates and a fraction of hashing 1 - 2 KB for every record of every file.
     */
    private static final class Der {

        private static final int HASHED = 32;

        final byte[] bytes;
        private final int hash;

        Der(byte[] bytes) {
            this.bytes = bytes;
            int h = bytes.length;
            for (int i = Math.max(0, bytes.length - HASHED); i < bytes.length; i++) {
                h = 31 * h + bytes[i];
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Der d && hash == d.hash && Arrays.equals(bytes, d.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
