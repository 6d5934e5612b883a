package org.voicebench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.voicebench.audit.AuditInputException;
import org.voicebench.audit.AuditListener;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditSettings;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.ClusterItls;
import org.voicebench.audit.FixPlan;
import org.voicebench.audit.FleetAudit;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.PlanOptions;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;

/**
 * The scale check of issue 7 (not a unit test): a 3-node simulated cluster whose CallManager certificate was
 * regenerated, N simulated phones of every shipped model of which a share holds yesterday's ITL, audited and
 * fixed with concurrency C in the simulator's fast mode; prints the wall time of each phase, the peak heap and
 * the final states (figures in BENCHMARKS.md):
 * <pre>
 * java -Xmx1g -cp modules/benchmarks/target/benchmarks.jar org.voicebench.bench.AuditBenchmark N C STALE%
 * </pre>
 */
public final class AuditBenchmark {

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int stalePercent = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        List<ModelProfile> models = List.copyOf(ModelProfiles.builtIn().all());
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Sampler sampler = Sampler.start("heap-sampler",
                () -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max));

        long t0 = System.nanoTime();
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(3).seed(11).freePorts().tftpPort(0)
                .scenario(ClusterScenario.CALLMANAGER_REGENERATED).start()) {
            PhoneLab.Builder b = LabPhones.lab().simulatedCluster(cluster).firstAddress("127.0.40.1")
                    .eraseMessageTime(Duration.ofMillis(300)).rebootTime(Duration.ofSeconds(1));
            for (int i = 0; i < n; i++) {
                b.add(1, models.get(i % models.size()).model());
            }
            try (PhoneLab lab = b.start(); PhoneClient client = LabPhones.client(64)) {
                int stale = 0;
                for (SimulatedPhone p : lab.phones()) {
                    // every (100 / STALE%)-th phone keeps yesterday's ITL, spread over models and nodes
                    if ((p.index() * stalePercent) % 100 < stalePercent) {
                        stale++;
                    } else {
                        p.installItl(cluster.currentItl(nodeOf(cluster, p).name()));
                    }
                }
                double startSeconds = seconds(t0);
                System.out.printf("%d phones (%d stale) of %d models on a 3-node cluster started in %.1f s; concurrency %d%n",
                        n, stale, models.size(), startSeconds, concurrency);

                FleetAudit audit = new FleetAudit(client, ModelProfiles.builtIn(),
                        AuditSettings.fastSimulator().withConcurrency(concurrency));
                Instant started = Instant.now();
                long t1 = System.nanoTime();
                ClusterItls itls = itls(cluster);
                List<PhoneAudit> found = audit.assess(entries(lab), itls, yesterday(cluster),
                        new AuditListener() { });
                double assessSeconds = seconds(t1);
                FixPlan plan = FixPlan.of(found, ModelProfiles.builtIn(), PlanOptions.defaults().withEraseAll(true));
                long t2 = System.nanoTime();
                AuditReport report = audit.fix(started, itls, found, plan, new AuditListener() { });
                double fixSeconds = seconds(t2);
                sampler.close();

                System.out.printf("assess: %.1f s; plan: %d to erase, %d skipped; fix (erase, restart, read back): %.1f s;"
                        + " audit end to end: %.1f s%n", assessSeconds, plan.erasing().size(), plan.skipped().size(),
                        fixSeconds, seconds(t1));
                System.out.printf("peak heap (whole JVM, simulator included): %d MB%n", peak.get() / (1024 * 1024));
                Map<AuditState, Integer> counts = report.counts();
                counts.values().removeIf(c -> c == 0);
                System.out.println("final states: " + counts + (report.allTrusted() ? " (every phone trusts the cluster)" : ""));
            }
        }
    }

    /** The phones without their model: the audit reads it from each phone, as on a real fleet. */
    private static List<PhoneEntry> entries(PhoneLab lab) {
        return lab.phones().stream().map(p -> LabPhones.entry(p).withModel("")).toList();
    }

    /** Each node's current ITL, downloaded over HTTP as a phone gets it. */
    private static ClusterItls itls(SimulatedCluster cluster) throws AuditInputException {
        return ClusterItls.load(cluster.nodes().stream().map(ClusterNode::itlHttpUrl).toList(),
                TrustListDownloader.withDefaults());
    }

    /** The ITLs the nodes served before the change: what the stale phones hold. */
    private static List<TrustList> yesterday(SimulatedCluster cluster) throws TrustListFormatException {
        List<TrustList> out = new ArrayList<>();
        for (ClusterNode n : cluster.nodes()) {
            out.add(TrustLists.read(cluster.baselineItl(n.name()), "yesterday's ITL of " + n.name()));
        }
        return out;
    }

    /** The node whose TFTP server the phone uses. */
    private static ClusterNode nodeOf(SimulatedCluster cluster, SimulatedPhone phone) {
        return cluster.nodes().stream().filter(n -> n.fqdn().equalsIgnoreCase(phone.tftpServer())).findFirst()
                .orElseThrow(() -> new IllegalStateException(phone + " names no node of the cluster: " + phone.tftpServer()));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
