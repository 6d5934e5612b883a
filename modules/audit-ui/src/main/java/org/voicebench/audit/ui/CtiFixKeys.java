package org.voicebench.audit.ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditCucm;
import org.voicebench.audit.FixPlan;
import org.voicebench.audit.PlanItem;
import org.voicebench.audit.Registrations;
import org.voicebench.audit.RisRegistrations;
import org.voicebench.cti.ui.api.CtiAccess;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.lab.ui.api.CucmEndpoint;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.RisClient;

/**
 * A fix's keys with the application's CTI ({@link CtiConfiguration}: Tools &gt; Options &gt; CTI, or the running Phone
 * Lab's): the provider is opened for the fix when its plan was made with CTI and the transport is not {@code web},
 * the keys go as {@code KeyRoutes.of(transport, provider)} say, and, for the Phone Lab's phones erased over CTI, the
 * lab's RIS tells that they registered again. Everything is closed after the fix. Swing-free.
 */
@Messages({
    "# {0} - user and hosts", "CTI_Options={0}",
    "# {0} - user and hosts", "CTI_Lab={0} (the Phone Lab''s CTI)",
    "ERR_CtiGone=CTI is no longer configured (Tools > Options > CTI, or the Phone Lab stopped)",
    "# {0} - user", "LOG_NoAssociation=Associating the phones with the CTI user {0} needs phones from CUCM (AXL), as"
            + " the command line's audit --axl lists them: the controlled devices are left as they are"
})
final class CtiFixKeys implements FixKeys {

    private static final Logger LOG = Logger.getLogger(CtiFixKeys.class.getName());
    /** The lab's RIS has no rate limit: asked every second while erased phones come back. */
    private static final int LAB_RIS_PER_MINUTE = 60;

    private final CtiConfiguration config;
    private final PhoneLabService lab;

    /**
     * @param lab the Phone Lab, whose RIS tells that its phones came back; null for none
     */
    CtiFixKeys(CtiConfiguration config, PhoneLabService lab) {
        this.config = config;
        this.lab = lab;
    }

    private Optional<CtiAccess> access() {
        return config.transport() == TransportMode.WEB ? Optional.empty() : config.current();
    }

    @Override
    public boolean cti() {
        return access().isPresent();
    }

    @Override
    public String describe() {
        return access().map(a -> a.fromLab() ? Bundle.CTI_Lab(a.describe()) : Bundle.CTI_Options(a.describe()))
                .orElse("");
    }

    @Override
    public Opened open(FixPlan plan) throws CtiException {
        TransportMode mode = config.transport();
        if (!plan.options().cti() || mode == TransportMode.WEB) {
            return FixKeys.WEB.open(plan);
        }
        CtiAccess access = config.current().orElseThrow(() -> CtiException.notConfigured(Bundle.ERR_CtiGone()));
        if (config.associate()) {
            AuditPanel.OUTPUT.line(Bundle.LOG_NoAssociation(access.settings().user()));
        }
        CtiProvider provider = config.open(access);
        CucmSession ris = null;
        try {
            ris = labRis(plan).orElse(null);
            Registrations registrations = ris == null ? null : new RisRegistrations(RisClient.builder(ris)
                    .requestsPerMinute(LAB_RIS_PER_MINUTE).build(), labDevices(plan), Duration.ofMinutes(1).dividedBy(LAB_RIS_PER_MINUTE));
            CucmSession opened = ris;
            return Opened.of(KeyRoutes.of(mode, provider), new AuditCucm(null, null, registrations), () -> {
                provider.close();
                if (opened != null) {
                    opened.close();
                }
            });
        } catch (RuntimeException e) {
            provider.close();
            if (ris != null) {
                ris.close();
            }
            throw e;
        }
    }

    /** The lab's AXL/RIS session, when the plan erases lab phones over CTI and the lab has one. */
    private Optional<CucmSession> labRis(FixPlan plan) {
        if (lab == null || labDevices(plan).isEmpty()) {
            return Optional.empty();
        }
        Optional<CucmEndpoint> api = lab.cluster().flatMap(c -> c.cucmApi());
        Optional<PhoneCredentials> credentials = lab.credentials();
        if (api.isEmpty() || credentials.isEmpty()) {
            return Optional.empty();
        }
        try {
            CucmEndpoint e = api.get();
            CucmConnection connection = CucmConnection.of(e.host(), CucmTrust.pinned(e.fingerprint())).withPort(e.port());
            return Optional.of(CucmSession.open(connection, CucmCredentialsProvider.fixed(credentials.get())));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "the Phone Lab's RIS cannot be used", e);
            return Optional.empty();
        }
    }

    /** The device names of the plan's CTI phones that are the running lab's. */
    private List<String> labDevices(FixPlan plan) {
        Set<String> labNames = lab == null ? Set.of() : lab.phones().stream().map(LabPhone::name)
                .collect(Collectors.toSet());
        return plan.overCti().stream().map(PlanItem::phone).map(p -> p.phone().name())
                .filter(labNames::contains).toList();
    }
}
