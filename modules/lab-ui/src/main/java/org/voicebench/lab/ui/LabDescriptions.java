package org.voicebench.lab.ui;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.ClusterNodeDescription;
import org.voicebench.lab.ui.api.CucmEndpoint;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.TlsEndpoint;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCluster.Service;
import org.voicebench.phone.sim.SimulatedCucmApi;

/**
 * Turns the simulator's lab into the plain values {@link org.voicebench.lab.ui.api.PhoneLabService}
 * hands out, so that this is the one place that reads the simulator for other modules.
 */
public final class LabDescriptions {

    /** The TLS services a trust check takes a node's certificates from, in this order. */
    private static final List<Service> CHECKED_SERVICES = List.of(Service.SIP_TLS, Service.TVS, Service.CAPF);

    private LabDescriptions() {
    }

    /** The lab's phones in its order. */
    public static List<LabPhone> phones(PhoneLab lab) {
        return lab.phones().stream()
                .map(p -> new LabPhone(PhoneAddress.parse(p.hostAndPort()), p.name(), p.profile().model()))
                .toList();
    }

    /** The run's cluster with its AXL/RIS API (whose user is the run's, see {@link LabRun}), or empty when it has none. */
    public static Optional<ClusterDescription> cluster(LabRun run) {
        return run.clusterIfAny().map(c -> new ClusterDescription(
                c.nodes().stream().map(n -> node(c, n)).toList(),
                run.cucmApiIfAny().map(api -> cucm(api, run.credentials()))));
    }

    private static ClusterNodeDescription node(SimulatedCluster cluster, ClusterNode n) {
        List<TlsEndpoint> tls = CHECKED_SERVICES.stream().filter(n.services()::contains)
                .map(s -> new TlsEndpoint(s.role(), n.hostAndPort(s))).toList();
        return new ClusterNodeDescription(n.name(), n.fqdn(), n.itlHttpUrl(), n.itlTftpUrl(),
                cluster.baselineItl(n.name()), tls);
    }

    private static CucmEndpoint cucm(SimulatedCucmApi api, PhoneCredentials credentials) {
        return new CucmEndpoint(api.host(), api.port(), CucmTrust.fingerprint(certificate(api.certificate())),
                credentials.user());
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("the simulated AXL/RIS API's certificate does not decode", e);
        }
    }
}
