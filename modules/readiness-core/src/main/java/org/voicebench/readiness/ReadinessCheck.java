package org.voicebench.readiness;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.voicebench.audit.AuditListener;
import org.voicebench.audit.ClusterItls;
import org.voicebench.audit.FleetAudit;
import org.voicebench.audit.ItlState;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.PlanOptions;
import org.voicebench.certcheck.ChangeForecast;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.Severity;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.certcheck.Verdict;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.trust.TrustList;

/**
 * The readiness check: each phone's ITL today (the audit's read-only probe), its access, the comparer's verdict on
 * the ITL it holds against the cluster after the change, and how it could be fixed afterwards. Nothing is sent to a
 * phone but read-only requests; nothing is changed on CUCM. Blocking: run it off the Swing thread; interrupting the
 * calling thread cancels.
 *
 * <pre>{@code
 * ChangeForecast next = PlannedChange.parse(List.of("regenerate:ITLRecovery", "regenerate:TVS"))
 *         .forecast(cluster.itls(), TrustListDownloader.withDefaults());
 * ReadinessReport r = new ReadinessCheck(audit, ModelProfiles.builtIn(), PlanOptions.defaults().withCti(true))
 *         .run(phones, cluster, knownItls, change, next, new CucmAccess(...), listener);
 * r.ready();   // no phone would need a factory reset
 * }</pre>
 */
public final class ReadinessCheck {

    private final FleetAudit audit;
    private final OutcomeRule rule;
    private final Clock clock;

    /**
     * @param audit    probes the phones (its settings: concurrency, timeouts)
     * @param options  whether CTI is configured and blind keys accepted (the erase macro's variants are checked per model)
     */
    public ReadinessCheck(FleetAudit audit, ModelProfiles profiles, PlanOptions options) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.rule = new OutcomeRule(Objects.requireNonNull(profiles, "profiles"), Objects.requireNonNull(options, "options"));
        this.clock = Clock.systemUTC();
    }

    /**
     * @param knownItls ITLs the phones may hold besides the cluster's current ones (earlier ITLs)
     * @throws InterruptedException when cancelled (nothing is returned then)
     */
    public ReadinessReport run(List<PhoneEntry> phones, ClusterItls cluster, List<TrustList> knownItls, PlannedChange change,
            ChangeForecast forecast, AccessReader access, ReadinessListener listener) throws InterruptedException {
        Instant started = clock.instant();
        List<PhoneAudit> today = audit.assess(phones, cluster, knownItls, new AuditListener() {
            @Override
            public void phoneAssessed(PhoneAudit phone, int done, int total) {
                listener.phoneProbed(done, total);
            }
        });
        HeldItls held = new HeldItls(cluster.itls(), knownItls);
        Map<String, TrustCheckReport> verdicts = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        List<PhoneReadiness> out = new ArrayList<>(today.size());
        for (PhoneAudit p : today) {
            if (Thread.interrupted()) {
                throw new InterruptedException("readiness check cancelled");
            }
            PhoneAccess a = access.read(p);
            AfterChange after = predict(p, cluster, held, forecast, verdicts);
            OutcomeRule.Decision d = rule.decide(new PhoneReadinessInputs(p, a, after));
            PhoneReadiness r = new PhoneReadiness(p, a, after, d.outcome(), d.reason());
            out.add(r);
            listener.phoneJudged(r, done.incrementAndGet(), today.size());
        }
        return new ReadinessReport(started, clock.instant(), change.texts(),
                cluster.itls().stream().map(TrustList::source).toList(), forecast.nextItls(), out);
    }

    /** The comparer's verdict on the ITL the phone holds, or the worst over the cluster's when it cannot be read. */
    private static AfterChange predict(PhoneAudit p, ClusterItls cluster, HeldItls held, ChangeForecast forecast,
            Map<String, TrustCheckReport> verdicts) {
        ItlState page = p.assessment().pageState();
        if (page == ItlState.NOT_INSTALLED) {
            return new AfterChange(Verdict.OK, "", List.of(), "it holds no ITL, so it takes the next one on trust");
        }
        String hash = p.assessment().phoneHash();
        if (hash != null) {
            TrustList list = held.byHash(hash).orElse(null);
            if (list == null) {
                return new AfterChange(Verdict.PHONES_WILL_REJECT, "", List.of(), "it holds an ITL none of the known"
                        + " ones has (hash " + hash + "), so only erasing it is certain after the change");
            }
            return after(list, forecast, verdicts, "");
        }
        // its ITL cannot be read (web access off, no answer): taken to hold its node's current ITL, judged by the worst
        AfterChange worst = null;
        for (TrustList itl : cluster.itls()) {
            AfterChange a = after(itl, forecast, verdicts, " (its ITL cannot be read: taken to hold a current ITL of the"
                    + " cluster, the worst of them counted)");
            if (worst == null || a.verdict().ordinal() > worst.verdict().ordinal()) {
                worst = a;
            }
        }
        return worst;
    }

    private static AfterChange after(TrustList list, ChangeForecast forecast, Map<String, TrustCheckReport> verdicts,
            String note) {
        TrustCheckReport r = verdicts.computeIfAbsent(list.hashes().sha256(), k -> forecast.check(list));
        List<String> codes = r.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(Finding::code).map(Enum::name).distinct().toList();
        String held = "with " + list.source();
        String why = switch (r.verdict()) {
            case OK -> held + " it accepts the cluster's files after the change";
            case RECOVERABLE_VIA_TVS -> held + " it accepts the cluster's files after the change only through TVS";
            case PHONES_WILL_REJECT -> held + " it will reject the cluster's files after the change"
                    + (codes.isEmpty() ? "" : " (" + String.join(", ", codes) + ")");
        };
        return new AfterChange(r.verdict(), list.source(), codes, why + note);
    }
}
