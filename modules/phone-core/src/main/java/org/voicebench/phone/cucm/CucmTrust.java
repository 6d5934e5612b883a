package org.voicebench.phone.cucm;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Which server certificate a {@link CucmSession} accepts. CUCM's tomcat certificate is usually
 * self-signed, so the choice is the user's and explicit: {@link #pinned pin} its SHA-256 fingerprint
 * (the fingerprint shown by a failed {@link #systemTrustStore()} attempt, or by {@code show cert own
 * tomcat}), or, in a lab only, {@link #anyCertificateForLab() accept any}. There is no silent
 * fallback from one to another.
 */
public final class CucmTrust {

    private enum Mode { SYSTEM, PINNED, ANY }

    private final Mode mode;
    private final byte[] pin;

    private CucmTrust(Mode mode, byte[] pin) {
        this.mode = mode;
        this.pin = pin;
    }

    /** Certificates signed by a CA of the JDK's trust store, for the host name connected to. */
    public static CucmTrust systemTrustStore() {
        return new CucmTrust(Mode.SYSTEM, null);
    }

    /**
     * Exactly the certificate with this SHA-256 fingerprint (64 hex digits, colons and spaces
     * allowed); the host name is not checked, as the pin already names the one certificate.
     *
     * @throws IllegalArgumentException when the text is not a SHA-256 fingerprint
     */
    public static CucmTrust pinned(String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        String hex = sha256.replace(":", "").replace(" ", "").strip();
        if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("\"" + sha256 + "\" is not a SHA-256 fingerprint (64 hex digits)");
        }
        return new CucmTrust(Mode.PINNED, HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
    }

    /** Any certificate, unchecked: for a lab only, never the default. */
    public static CucmTrust anyCertificateForLab() {
        return new CucmTrust(Mode.ANY, null);
    }

    /** The SHA-256 fingerprint of a certificate as {@code AB:CD:...}, the form {@link #pinned} reads. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return fingerprint(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }

    /** The SHA-256 fingerprint of DER bytes as {@code AB:CD:...}. */
    public static String fingerprint(byte[] der) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256(der));
    }

    /** True when host names are checked (CA trust); false for a pin or a lab's any. */
    boolean checksHostName() {
        return mode == Mode.SYSTEM;
    }

    SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS", e);
        }
    }

    private X509ExtendedTrustManager trustManager() throws GeneralSecurityException {
        return switch (mode) {
            case ANY -> new Checking((chain, authType) -> { });
            case PINNED -> new Checking((chain, authType) -> {
                byte[] seen = sha256(chain[0].getEncoded());
                if (!MessageDigest.isEqual(seen, pin)) {
                    throw new UntrustedCertificateException(fingerprint(chain[0]), "it is not the pinned certificate "
                            + HexFormat.ofDelimiter(":").withUpperCase().formatHex(pin), null);
                }
            });
            case SYSTEM -> {
                TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                f.init((KeyStore) null);
                X509TrustManager system = null;
                for (TrustManager t : f.getTrustManagers()) {
                    if (t instanceof X509TrustManager x) {
                        system = x;
                    }
                }
                if (system == null) {
                    throw new GeneralSecurityException("the JDK has no X.509 trust manager");
                }
                X509TrustManager s = system;
                yield new Checking((chain, authType) -> {
                    try {
                        s.checkServerTrusted(chain, authType);
                    } catch (CertificateException e) {
                        throw new UntrustedCertificateException(fingerprint(chain[0]),
                                "no certificate authority of the JDK's trust store signed it (a self-signed tomcat"
                                        + " certificate?)", e);
                    }
                });
            }
        };
    }

    private static byte[] sha256(byte[] der) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(der);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return switch (mode) {
            case SYSTEM -> "CA-signed certificates (JDK trust store)";
            case PINNED -> "the certificate with SHA-256 " + HexFormat.ofDelimiter(":").withUpperCase().formatHex(pin);
            case ANY -> "any certificate (lab only)";
        };
    }

    private interface ChainCheck {
        void check(X509Certificate[] chain, String authType) throws CertificateException;
    }

    /** Server checks only; extended, so the JDK adds no checks of its own around it. */
    private static final class Checking extends X509ExtendedTrustManager {
        private final ChainCheck check;

        Checking(ChainCheck check) {
            this.check = check;
        }

        private void server(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the server presented no certificate");
            }
            check.check(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            server(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            server(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            server(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a client does not accept client certificates");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
