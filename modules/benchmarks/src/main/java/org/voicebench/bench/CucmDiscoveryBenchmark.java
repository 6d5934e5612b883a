package org.voicebench.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.Discovery;
import org.voicebench.phone.cucm.DiscoveryResult;
import org.voicebench.phone.cucm.RisClient;
import org.voicebench.phone.cucm.RisListener;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.CucmDevice;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCucmApi;

/**
 * Discovery of N phones over AXL and RIS at a RIS pace (not a unit test): a simulated three-node
 * cluster with a synthetic device list (no phone web servers), a share of the phones also listed, older
 * and UnRegistered, on the node before their own (so RIS answers hold entries back and the client pages
 * by smaller name chunks), RIS enforcing the same rate as the client keeps, real sleeping. Prints the
 * wall time, the requests and the floor the pace imposes ((RIS requests - 1) intervals); figures in
 * BENCHMARKS.md:
 * <pre>
 * java -cp modules/benchmarks/target/benchmarks.jar org.voicebench.bench.CucmDiscoveryBenchmark [N] [PER_MINUTE] [MOVED_SHARE]
 * </pre>
 */
public final class CucmDiscoveryBenchmark {

    private static final String USER = "axl-bench";
    private static final String PASSWORD = LabPhones.oneTimePassword();

    private CucmDiscoveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int perMinute = args.length > 1 ? Integer.parseInt(args[1]) : RisClient.DEFAULT_REQUESTS_PER_MINUTE;
        double moved = args.length > 2 ? Double.parseDouble(args[2]) : 0.05;
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(3).keyBits(2048).seed(26)
                .firstAddress("127.0.26.1").freePorts().start()) {
            List<String> nodes = cluster.nodes().stream().map(ClusterNode::name).toList();
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(USER, PASSWORD)
                    .devices(devices(n, nodes, moved)).risRateLimit(perMinute, Duration.ofMinutes(1)));
            AtomicLong pacedMillis = new AtomicLong();
            RisListener paced = (why, wait, done, total) -> {
                if (why == RisListener.Wait.PACE) {
                    pacedMillis.addAndGet(wait.toMillis());
                }
            };
            try (CucmSession s = CucmSession.open(CucmConnection.of(api.host(), CucmTrust.anyCertificateForLab())
                    .withPort(api.port()), CucmCredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())))) {
                long t0 = System.nanoTime();
                AxlClient axl = new AxlClient(s);
                RisClient ris = RisClient.builder(s).requestsPerMinute(perMinute).listener(paced).build();
                DiscoveryResult r = new Discovery(axl, ris).discover("SEP%");
                double wall = (System.nanoTime() - t0) / 1e9;
                int risRequests = api.risCalls();
                double floor = (risRequests - 1) * 60.0 / perMinute;
                System.out.printf(Locale.ROOT, "%d phones (%.0f%% also listed on a second node), RIS pace %d/min, AXL schema %s%n",
                        n, moved * 100, perMinute, axl.schemaVersion());
                System.out.printf(Locale.ROOT, "found %d phones with an address, %d without, node errors %s%n",
                        r.entries().size(), r.withoutEntry().size(), r.nodeErrors());
                System.out.printf(Locale.ROOT, "AXL requests %d (getCCMVersion probes included), RIS requests %d, chunks %s,"
                        + " rate-limit faults %d%n", api.axlCalls(), risRequests, api.risChunkSizes(), api.rateLimitFaults());
                System.out.printf(Locale.ROOT, "wall %.1f s; floor %.1f s (%d intervals of %.1f s); wall - floor %.1f s;"
                        + " paced waits %.1f s%n", wall, floor, risRequests - 1, 60.0 / perMinute, wall - floor,
                        pacedMillis.get() / 1000.0);
            }
        }
    }

    /** Phones spread over the nodes; every 1/share-th also listed, older and UnRegistered, on the node before its own. */
    private static List<CucmDevice> devices(int n, List<String> nodes, double moved) {
        List<CucmDevice> out = new ArrayList<>(n);
        int every = moved <= 0 ? 0 : (int) Math.round(1 / moved);
        for (int i = 0; i < n; i++) {
            String node = nodes.get(i % nodes.size());
            CucmDevice d = CucmDevice.registered(String.format("SEP%012X", 0x00BE75000000L + i), i % 2 == 0 ? "Cisco 8845"
                    : "Cisco 7841", "DP-" + (i % 7), "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255), node);
            if (every > 0 && i % every == 0) {
                out.add(d.elsewhere(nodes.get((i + nodes.size() - 1) % nodes.size()), "192.0.2.1", "UnRegistered",
                        CucmDevice.BASELINE_TIME_STAMP - 3600));
            }
            out.add(d);
        }
        return out;
    }
}
