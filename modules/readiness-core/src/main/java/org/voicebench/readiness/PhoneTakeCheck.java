package org.voicebench.readiness;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.voicebench.audit.AuditListener;
import org.voicebench.audit.ClusterItls;
import org.voicebench.audit.FleetAudit;
import org.voicebench.audit.ItlState;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.FindingCode;
import org.voicebench.certcheck.Severity;
import org.voicebench.certcheck.TrustCheck;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.cucm.AccessLevel;
import org.voicebench.phone.cucm.PhoneVendorConfig;
import org.voicebench.phone.cucm.ProductSettings;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.trust.TrustList;

/**
 * Checks that a phone took its configuration: CUCM reads back what was sent; after the restart its web server answers
 * (or refuses, when Web Access was to be off); and where it answers, its ITL (read from its public page) still lets it
 * accept the cluster's configuration files, per the comparer. A phone whose ITL no longer trusts the signer keeps its
 * old configuration whatever CUCM holds: the reason names it.
 */
public final class PhoneTakeCheck implements TakeCheck {

    private final CucmPhones cucm;
    private final ProductSettings settings;
    private final FleetAudit audit;
    private final ClusterItls cluster;
    private final List<TrustList> known;
    private final CampaignSettings timing;

    /**
     * @param audit   reads the phone's page and ITL (read-only)
     * @param cluster the cluster's current ITLs
     * @param known   ITLs the phones may hold besides them
     */
    public PhoneTakeCheck(CucmPhones cucm, ProductSettings settings, FleetAudit audit, ClusterItls cluster,
            List<TrustList> known, CampaignSettings timing) {
        this.cucm = Objects.requireNonNull(cucm, "cucm");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.known = List.copyOf(known);
        this.timing = Objects.requireNonNull(timing, "timing");
    }

    @Override
    public String whyNotTaken(CampaignPhone phone, Map<String, String> expected) throws InterruptedException {
        String readBack = readBack(phone, expected);
        if (readBack != null) {
            return readBack;
        }
        if (phone.address().isEmpty()) {
            return "CUCM holds the settings, but the phone has no known address to check it took them";
        }
        AccessLevel web = settings.webAccess().read(new PhoneVendorConfig(phone.device(), "", expected)).orElse(null);
        PhoneEntry entry = new PhoneEntry(PhoneAddress.parse(phone.address()), phone.device(), "", "", "");
        timing.sleeper().sleep(timing.settle());
        long deadline = System.nanoTime() + timing.takeTimeout().toNanos();
        PhoneAudit seen = null;
        while (System.nanoTime() < deadline) {
            seen = audit.assess(List.of(entry), cluster, known, new AuditListener() { }).get(0);
            AccessLevel observed = PageAccess.observedWeb(seen);
            if (web == null || observed == web) {
                return observed == AccessLevel.ENABLED ? rejectsConfig(seen) : null;
            }
            timing.sleeper().sleep(timing.poll());
        }
        return "CUCM holds the settings, but " + Duration.ofNanos(timing.takeTimeout().toNanos()).toSeconds()
                + " s after applyPhone its web server still " + (web == AccessLevel.ENABLED ? "refuses connections"
                : "answers") + ": it did not take its configuration, as a phone does whose ITL no longer trusts the"
                + " signer of its configuration file (its TFTP node's CallManager); erase its ITL (over CTI or at the"
                + " phone), then run again";
    }

    /** CUCM holds what was sent, or why not. */
    private String readBack(CampaignPhone phone, Map<String, String> expected) {
        PhoneVendorConfig now;
        try {
            now = cucm.get(phone.device());
        } catch (IOException e) {
            return "the settings could not be read back: " + e.getMessage();
        }
        for (ProductSettings.Setting s : List.of(settings.webAccess(), settings.settingsAccess(), settings.authenticationUrl())) {
            String want = expected.get(s.element());
            if (want != null && !want.equals(now.value(s.element()))) {
                return "CUCM holds " + s.element() + " " + now.value(s.element()) + ", not the " + want + " sent";
            }
        }
        return null;
    }

    /** Null when its ITL lets it accept the cluster's configuration files, else the comparer's words. */
    private String rejectsConfig(PhoneAudit seen) {
        ItlState page = seen.assessment().pageState();
        if (page == ItlState.MATCH || page == ItlState.NOT_INSTALLED) {
            return null;
        }
        String hash = seen.assessment().phoneHash();
        TrustList held = new HeldItls(cluster.itls(), known).byHash(hash).orElse(null);
        if (held == null) {
            return hash == null ? null : "it holds an ITL nobody knows (hash " + hash + "), so whether it takes"
                    + " configuration files cannot be told: check it by hand";
        }
        TrustCheck check = TrustCheck.of(held);
        cluster.itls().forEach(check::clusterList);
        TrustCheckReport r = check.run();
        for (Finding f : r.findings()) {
            if (f.code() == FindingCode.CONFIG_SIGNER_UNTRUSTED && f.severity() == Severity.CRITICAL) {
                return "it did not take its configuration: with " + held.source() + " " + f.message();
            }
        }
        return null;
    }
}
