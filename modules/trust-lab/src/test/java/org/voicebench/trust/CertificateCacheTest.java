package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.trust.testkit.Fixtures.A_PUB;
import static org.voicebench.trust.testkit.Fixtures.A_SUB;

import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.OddCertificates;
import org.voicebench.trust.testkit.Tlv;

/**
 * {@link CertificateCache}: each distinct certificate decoded once, however many records and files
 * carry it and however many threads ask; bounded in certificates and bytes; broken certificates
 * and their reasons kept as well.
 */
class CertificateCacheTest {

    private final AtomicInteger decodes = new AtomicInteger();

    private CertificateCache cache(int maxEntries, long maxBytes) {
        return new CertificateCache(maxEntries, maxBytes, der -> {
            decodes.incrementAndGet();
            return CachedCertificate.decode(der);
        });
    }

    private static byte[] cert(String role, String node) {
        return Fixtures.clusterA().identity(role, node).certificate();
    }

    private static List<byte[]> clusterCertificates() {
        List<byte[]> out = new ArrayList<>();
        Fixtures.clusterA().identities().forEach(id -> out.add(id.certificate()));
        return out;
    }

    @Test
    void sameBytesAreDecodedOnceWhateverArrayHoldsThem() throws CertificateException {
        byte[] der = cert("TVS", A_PUB);
        CertificateCache cache = cache(8, CertificateCache.MAX_BYTES);

        CachedCertificate first = cache.get(der.clone());
        CachedCertificate again = cache.get(der.clone());

        assertSame(first, again);
        assertEquals(1, decodes.get());
        assertEquals(Certificates.decode(der), first.info());
        assertEquals(Certificates.decode(der).subject(), first.info().subject());
        assertNull(first.problem());
    }

    @Test
    void differentCertificatesAreDifferentEntries() {
        CertificateCache cache = cache(8, CertificateCache.MAX_BYTES);

        CachedCertificate tvs = cache.get(cert("TVS", A_PUB));
        CachedCertificate cm = cache.get(cert("CallManager", A_PUB));

        assertNotSame(tvs, cm);
        assertEquals(2, decodes.get());
        assertEquals(2, cache.size());
    }

    @Test
    void boundedInCertificatesTheLeastRecentlyUsedGoes() {
        byte[] a = cert("TVS", A_PUB);
        byte[] b = cert("TVS", A_SUB);
        byte[] c = cert("CAPF", A_PUB);
        CertificateCache cache = cache(2, CertificateCache.MAX_BYTES);
        cache.get(a);
        cache.get(b);
        cache.get(a); // a is now the most recently used

        cache.get(c);

        assertEquals(2, cache.size());
        assertEquals(3, decodes.get());
        cache.get(a);
        assertEquals(3, decodes.get(), "a stayed");
        cache.get(b);
        assertEquals(4, decodes.get(), "b went and is decoded again");
        assertEquals(2, cache.size());
    }

    @Test
    void boundedInBytes() {
        List<byte[]> all = clusterCertificates();
        long max = all.get(0).length * 5L / 2;
        CertificateCache cache = cache(1000, max);

        all.forEach(cache::get);

        assertTrue(cache.bytes() <= max, cache.bytes() + " bytes held, at most " + max);
        assertTrue(cache.size() >= 1 && cache.size() <= 3, cache.size() + " certificates held");
        assertEquals(all.size(), decodes.get());
    }

    @Test
    void neverMoreThanTheBoundsWhateverComes() {
        CertificateCache cache = cache(16, 64 * 1024);
        Random random = new Random(16);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[1 + random.nextInt(4096)];
            random.nextBytes(junk);
            cache.get(junk);
            assertTrue(cache.size() <= 16 && cache.bytes() <= 64 * 1024, cache.size() + " entries, " + cache.bytes() + " bytes");
        }
    }

    @Test
    void unreadableCertificatesAreKeptWithTheirReason() {
        byte[] junk = Tlv.bytes(0x30, 0x03, 2, 1, 5);
        CertificateCache cache = cache(8, CertificateCache.MAX_BYTES);

        CachedCertificate c = cache.get(junk.clone());
        cache.get(junk.clone());

        assertNull(c.info());
        assertTrue(c.problem().startsWith("not a DER X.509 certificate"), c.problem());
        assertEquals(1, decodes.get());
    }

    @Test
    void theRsaKeyIsReadOnceAndAnUnusableKeyFailsEveryTime() throws CertificateException {
        CertificateCache cache = cache(8, CertificateCache.MAX_BYTES);
        CachedCertificate good = cache.get(cert("ITLRecovery", A_PUB));
        assertSame(good.rsaKey(), good.rsaKey());
        assertEquals(2048, good.rsaKey().getModulus().bitLength());

        CachedCertificate bad = cache.get(OddCertificates.withUnalignedKeyBits(cert("TVS", A_PUB)));
        CertificateException first = assertThrows(CertificateException.class, bad::rsaKey);
        CertificateException second = assertThrows(CertificateException.class, bad::rsaKey);
        assertEquals(first.getMessage(), second.getMessage());
        assertTrue(first.getMessage().startsWith("the certificate's public key cannot be decoded"), first.getMessage());
    }

    @Test
    void nameVerdictsAreRightForEveryNameAskedAboutKeptOrNot() {
        CachedCertificate c = cache(8, CertificateCache.MAX_BYTES).get(cert("TVS", A_PUB));
        String subject = c.info().subject();
        List<String> names = new ArrayList<>(List.of(subject, subject.replace(',', ';'), subject.toLowerCase(),
                "CN=someone else,O=VoiceBench Lab", ""));
        for (int i = 0; i < 3 * CachedCertificate.NAMES_KEPT; i++) {
            names.add("CN=node-" + i + ";OU=TVS");
        }
        for (int round = 0; round < 2; round++) {
            for (String name : names) {
                assertEquals(DistinguishedNames.sameName(name, subject), c.hasSubject(name), name);
                assertEquals(DistinguishedNames.sameName(name, c.info().issuer()), c.hasIssuer(name), name);
            }
        }
        assertTrue(c.hasSubject(subject.replace(',', ';')), "CUCM's ; form names the same subject");
    }

    @Test
    void serialVerdictsReadBothAsUnsignedNumbers() {
        CertificateCache cache = cache(8, CertificateCache.MAX_BYTES);
        CachedCertificate c = cache.get(cert("TVS", A_PUB));
        byte[] serial = c.info().serial().toByteArray();
        byte[] padded = new byte[serial.length + 2];
        System.arraycopy(serial, 0, padded, 2, serial.length);
        byte[] other = serial.clone();
        other[other.length - 1] ^= 1;
        assertTrue(c.hasSerial(serial) && c.hasSerial(padded), "leading zero bytes do not count");
        assertTrue(!c.hasSerial(other) && !c.hasSerial(new byte[0]));

        CachedCertificate negative = cache.get(OddCertificates.withSerial(Fixtures.clusterA().identity("TVS", A_PUB),
                OddCertificates.negative(0x1234), "CN=negative,O=Lab"));
        byte[] twosComplement = negative.info().serial().toByteArray();
        assertTrue(negative.hasSerial(twosComplement), "a negative serial is written as its two's-complement bytes");
        assertEquals(new java.math.BigInteger(1, twosComplement), Certificates.serialValue(negative.info().serial()));
    }

    @Test
    void concurrentReadersDecodeEachCertificateOnceAndShareIt() throws Exception {
        List<byte[]> all = clusterCertificates();
        CertificateCache cache = cache(CertificateCache.MAX_ENTRIES, CertificateCache.MAX_BYTES);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Object>>> seen = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Random order = new Random(t);
                Callable<List<Object>> reader = () -> {
                    start.await();
                    List<Object> mine = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        CachedCertificate c = cache.get(all.get(order.nextInt(all.size())).clone());
                        RSAKeyParameters key = c.rsaKey();
                        mine.add(c);
                        mine.add(key);
                    }
                    return mine;
                };
                seen.add(pool.submit(reader));
            }
            start.countDown();
            List<Object> instances = new ArrayList<>();
            for (Future<List<Object>> f : seen) {
                for (Object o : f.get(60, TimeUnit.SECONDS)) {
                    if (instances.stream().noneMatch(known -> known == o)) {
                        instances.add(o);
                    }
                }
            }
            assertEquals(all.size(), decodes.get(), "each certificate decoded once");
            assertEquals(2 * all.size(), instances.size(), "one entry and one key object per certificate, seen by every thread");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void filesOfAClusterShareTheirCertificates() throws TrustListFormatException {
        TrustList itl = TrustLists.read(Fixtures.golden("itl-cucm12-sha1-rsa2048"), "ITLFile.tlv", Fixtures.NOW);
        TrustList itlSep = TrustLists.read(Fixtures.golden("itlsep-sha1-rsa2048"), "ITLSEP001122334455.tlv", Fixtures.NOW);

        assertSame(itl.records().get(0).certificate(), itlSep.records().get(0).certificate(), "ITLRecovery, decoded once");
        assertEquals(SignatureStatus.VALID, SignatureVerifier.verify(itl).status());
        assertEquals(SignatureStatus.VALID, SignatureVerifier.verify(itlSep).status());
    }
}
