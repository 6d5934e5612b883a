package org.voicebench.readiness.ui;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.Registrations;
import org.voicebench.audit.RisRegistrations;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AuthenticationUrls;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmException;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.RisClient;
import org.voicebench.readiness.CucmPhones;

/**
 * Where the readiness check reads and the access campaign writes the phones' settings: a CUCM publisher's AXL (and
 * RIS for registrations), opened for one run on a background thread and closed after it. Swing-free.
 *
 * @param host        CUCM's address (as the journal records it)
 * @param port        its HTTPS port
 * @param trust       how its certificate is trusted (pinned fingerprint, or the system's CAs)
 * @param credentials the AXL user and password, asked when the link is opened (the lab's are held by the lab)
 * @param risPerMinute RIS requests a minute at most
 */
@Messages({
    "# {0} - host and port", "# {1} - user", "CUCM_Describe=CUCM {0} (AXL user {1})",
    "ERR_NoCucmCredentials=the AXL password is not known (give it, or start the Phone Lab again)"
})
record CucmLink(String host, int port, CucmTrust trust, Supplier<PhoneCredentials> credentials, int risPerMinute,
                String user) {

    CucmLink {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(user, "user");
        if (port < 1 || port > 65535 || risPerMinute < 1) {
            throw new IllegalArgumentException("port " + port + ", RIS rate " + risPerMinute);
        }
    }

    String describe() {
        return Bundle.CUCM_Describe(host + ":" + port, user);
    }

    /** An open AXL/RIS session for one run. */
    static final class Opened implements AutoCloseable {
        private final CucmLink link;
        private final CucmSession session;
        private final AxlClient axl;

        private Opened(CucmLink link, CucmSession session) {
            this.link = link;
            this.session = session;
            this.axl = new AxlClient(session);
        }

        CucmPhones phones() {
            return CucmPhones.of(axl);
        }

        String host() {
            return link.host();
        }

        /** RIS for these devices, asked at the link's pace. */
        Registrations registrations(List<String> devices) {
            RisClient ris = RisClient.builder(session).requestsPerMinute(link.risPerMinute()).build();
            return new RisRegistrations(ris, devices, Duration.ofMillis(60_000L / link.risPerMinute()));
        }

        /** The Authentication URLs the cluster gives its phones, or null when CUCM would not say. */
        AuthenticationUrls authenticationUrls() {
            try {
                return axl.authenticationUrls();
            } catch (CucmException e) {
                return null;
            }
        }

        @Override
        public void close() {
            session.close();
        }
    }

    /** Opens the session (no request is sent yet). Blocking; never on the Swing thread. */
    Opened open() throws IOException {
        PhoneCredentials c = credentials.get();
        if (c == null) {
            throw new IOException(Bundle.ERR_NoCucmCredentials());
        }
        try {
            CucmConnection connection = CucmConnection.of(host, trust).withPort(port);
            return new Opened(this, CucmSession.open(connection, CucmCredentialsProvider.fixed(c)));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
