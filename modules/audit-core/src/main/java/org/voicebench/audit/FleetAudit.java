package org.voicebench.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.certcheck.Verdict;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.cucm.AuthenticationUrls;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.trust.TrustList;

/**
 * The fleet trust audit: probe every phone and judge its ITL against its TFTP node's current one
 * ({@link #assess}), plan the fix ({@link FixPlan#of}: restart what recovers, erase only what must), then
 * restart or erase the planned phones with the macro player, wait for them to come back and read their ITL
 * again ({@link #fix}). Blocking: run it
 * off the Swing thread; interrupting the calling thread cancels.
 *
 * <pre>{@code
 * FleetAudit audit = new FleetAudit(client, ModelProfiles.builtIn(), AuditSettings.defaults());
 * List<PhoneAudit> found = audit.assess(phones, ClusterItls.load(urls, downloader), List.of(), listener);
 * FixPlan plan = FixPlan.of(found, ModelProfiles.builtIn(), PlanOptions.defaults());
 * AuditReport report = audit.fix(started, cluster, found, plan, listener);  // after the engineer confirmed
 * }</pre>
 */
public final class FleetAudit {

    private static final Logger LOG = Logger.getLogger(FleetAudit.class.getName());

    private final PhoneClient client;
    private final ModelProfiles profiles;
    private final AuditSettings settings;
    private final PhoneProbe probe;
    private final Clock clock;
    private final AuditCucm cucm;
    private final AuthenticationUrls authenticationUrls;

    /**
     * An audit of phones not listed from CUCM.
     *
     * @param client   the phone client; its connection limit should be at least the concurrency
     * @param profiles the model profiles (macro variants, screen layouts)
     */
    public FleetAudit(PhoneClient client, ModelProfiles profiles, AuditSettings settings) {
        this(client, profiles, settings, AuditCucm.none());
    }

    /**
     * @param cucm what is known of CUCM (restarts, Authentication URLs, registrations) when the phones came from it
     */
    public FleetAudit(PhoneClient client, ModelProfiles profiles, AuditSettings settings, AuditCucm cucm) {
        this(client, profiles, settings, cucm, Clock.systemUTC());
    }

    FleetAudit(PhoneClient client, ModelProfiles profiles, AuditSettings settings, AuditCucm cucm, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cucm = Objects.requireNonNull(cucm, "cucm");
        this.authenticationUrls = cucm.urls();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.probe = new PhoneProbe(clock);
    }

    public AuditSettings settings() {
        return settings;
    }

    /**
     * Probes each phone with read-only requests and judges its ITL.
     *
     * @param knownItls ITLs the phones may hold (earlier ITLs of the cluster): a mismatched phone holding one
     *                  of them gets the comparer's verdict; the cluster's own ITLs are always known
     * @param listener  told as each phone is judged
     * @return one per phone, in the list's order
     * @throws InterruptedException when the calling thread is interrupted (nothing is returned then)
     */
    public List<PhoneAudit> assess(List<PhoneEntry> phones, ClusterItls cluster, List<TrustList> knownItls,
            AuditListener listener) throws InterruptedException {
        List<TrustList> known = new ArrayList<>(knownItls);
        known.addAll(cluster.itls());
        Map<String, Optional<TrustCheckReport>> verdicts = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.concurrency(), phones.size())),
                Workers.named("voicebench-audit-probe"));
        try {
            List<Future<PhoneAudit>> futures = new ArrayList<>(phones.size());
            for (PhoneEntry phone : phones) {
                futures.add(pool.submit(() -> {
                    PhoneAudit a = assessOne(phone, cluster, known, verdicts);
                    Listeners.safely(() -> listener.phoneAssessed(a, done.incrementAndGet(), phones.size()));
                    return a;
                }));
            }
            List<PhoneAudit> out = new ArrayList<>(phones.size());
            for (Future<PhoneAudit> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException("auditing a phone failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private PhoneAudit assessOne(PhoneEntry entry, ClusterItls cluster, List<TrustList> known,
            Map<String, Optional<TrustCheckReport>> verdicts) {
        PhoneProbe.Result r = probe.probe(client.phone(entry.address()), true);
        String model = profiles.canonicalModel(r.modelNumber() != null ? r.modelNumber() : entry.model());
        ClusterItls.Choice choice;
        try {
            choice = cluster.forPhone(r.tftpServer(), r.itlHash(), r.macAddress());
        } catch (AuditInputException e) {
            // not knowing which file the phone loads, any verdict could erase a phone that is fine
            return new PhoneAudit(entry, model, r.firmware(), r.tftpServer(), "", new ItlAssessment(ItlState.UNKNOWN,
                    r.itlHash(), "what its TFTP node serves for it cannot be told: " + e.getMessage()).reached(r.state()),
                    null, "");
        }
        ItlAssessment a = ItlAssessment.of(r, choice.itl(), authenticationUrls);
        if (a.state() == ItlState.UNKNOWN) {
            return new PhoneAudit(entry, model, r.firmware(), r.tftpServer(), "", a, null, "");
        }
        a = a.withReason(a.reason() + " (" + choice.why() + ")");
        Verdict verdict = null;
        String note = "";
        if (a.state() == ItlState.MISMATCH) {
            String hash = a.phoneHash();
            Optional<TrustCheckReport> check = verdicts.computeIfAbsent(hash + " " + choice.itl().source(),
                    k -> new Recovery(known, choice.itl()).check(hash));
            if (check.isPresent()) {
                verdict = check.get().verdict();
                note = recoveryNote(check.get());
            } else {
                note = "it holds an ITL none of the known ones has (hash " + hash + "): only deleting it is certain";
            }
        }
        return new PhoneAudit(entry, model, r.firmware(), r.tftpServer(), choice.itl().source(), a, verdict, note);
    }

    private static String recoveryNote(TrustCheckReport check) {
        String held = "it holds " + check.phoneList().source();
        return switch (check.verdict()) {
            case OK -> held + ", with which it accepts the cluster's files at its next restart";
            case RECOVERABLE_VIA_TVS -> held + ": it recovers on its own only through TVS (online, reaching a TVS"
                    + " that knows the new certificates)";
            case PHONES_WILL_REJECT -> held + ": it rejects the cluster's files until its ITL is deleted";
        };
    }

    /** The report of an audit without fixing: each phone's state as found. */
    public AuditReport report(Instant started, ClusterItls cluster, List<PhoneAudit> audited) {
        return new AuditReport(started, clock.instant(), sources(cluster), false,
                audited.stream().map(AuditRow::assessed).toList());
    }

    /**
     * Runs the plan (the engineer confirmed it): the restarts, then the erases, each phone's ITL read again until
     * it matches or the return wait ends; a restart that did not fix a phone is followed by an erase. Interrupting
     * the calling thread cancels the macro runs (phones stop at their next step) and the waits; the report then says
     * what each phone reached.
     *
     * @return the report; when cancelled it is returned too, with the thread's interrupt status set
     * @throws IOException when the macro run's journal cannot be written
     */
    public AuditReport fix(Instant started, ClusterItls cluster, List<PhoneAudit> audited, FixPlan plan,
            AuditListener listener) throws IOException {
        return fix(started, cluster, audited, plan, listener, KeyRoutes.web());
    }

    /**
     * As {@link #fix(Instant, ClusterItls, List, FixPlan, AuditListener)}, the keys going the way {@code keys} say:
     * the plan's CTI phones over CTI from the first key, the others over the web (under {@code auto}, over CTI after
     * a web server that refused).
     */
    public AuditReport fix(Instant started, ClusterItls cluster, List<PhoneAudit> audited, FixPlan plan,
            AuditListener listener, KeyRoutes keys) throws IOException {
        Map<String, AuditRow> rows = new ConcurrentHashMap<>();
        Map<String, PlanItem> planned = new LinkedHashMap<>();
        for (PhoneAudit p : audited) {
            if (p.state() == ItlState.MATCH) {
                rows.put(p.address(), new AuditRow(p, AuditState.MATCH, p.assessment().reason(), null, null, null));
            }
        }
        for (PlanItem item : plan.items()) {
            planned.put(item.phone().address(), item);
            if (!item.acts()) {
                rows.put(item.phone().address(), new AuditRow(item.phone(), AuditState.NOT_ATTEMPTED, item.reason(),
                        item, null, null));
            }
        }
        if (!plan.acting().isEmpty()) {
            KeyRoutes routes = keys.ctiFirst(plan.overCti().stream().map(i -> i.phone().phone().address()).toList());
            new FixRun(client, profiles, settings, probe, cluster, rows, listener, cucm, routes).run(plan);
        }
        List<AuditRow> ordered = new ArrayList<>(audited.size());
        for (PhoneAudit p : audited) {
            AuditRow row = rows.get(p.address());
            ordered.add(row != null ? row : new AuditRow(p, AuditState.NOT_ATTEMPTED, "the fix did not reach it",
                    planned.get(p.address()), null, null, List.of()));
        }
        return new AuditReport(started, clock.instant(), sources(cluster), true, ordered);
    }

    private static List<String> sources(ClusterItls cluster) {
        return cluster.itls().stream().map(TrustList::source).toList();
    }

    /** Listener calls never stop the audit. */
    static final class Listeners {
        private Listeners() {
        }

        static void safely(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an audit listener failed", e);
            }
        }
    }

    static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
