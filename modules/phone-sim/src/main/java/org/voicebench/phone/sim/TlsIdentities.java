package org.voicebench.phone.sim;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.voicebench.trust.lab.LabIdentity;

/** A server TLS context presenting one lab certificate with its private key. */
final class TlsIdentities {

    private static final char[] IN_MEMORY = "in-memory".toCharArray();

    private TlsIdentities() {
    }

    static SSLContext serverContext(LabIdentity identity) {
        try {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(identity.certificate()));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(identity.role(), identity.privateKey(), IN_MEMORY, new X509Certificate[] {cert});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, IN_MEMORY);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot make a TLS context for " + identity.role() + "@" + identity.node(), e);
        }
    }
}
