package org.voicebench.cli.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCluster.Service;
import org.voicebench.trust.lab.LabCluster;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code sim} options of the simulated CUCM cluster ({@code --cluster NODES} and what goes
 * with it), checked into a {@link SimulatedCluster.Builder}, and the lines that describe a running
 * cluster.
 */
final class ClusterOptions {

    static final int MAX_NODES = 20;
    private static final String CUCM12 = "cucm12";
    private static final String PRE12 = "pre12";

    @Option(names = "--cluster", paramLabel = "NODES",
            description = "also run a simulated CUCM cluster of NODES nodes (1.." + MAX_NODES + "): TLS ports with each node's "
                    + "certificates, ITL/CTL over HTTP 6970 and TFTP; the phones hold its ITL")
    Integer nodes;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "what changed on the cluster after the phones got its ITL, so that they are stale: "
                    + "baseline (default), callmanager-regenerated, tvs-regenerated, callmanager-tvs-regenerated, "
                    + "itlrecovery-regenerated, itlrecovery-tvs-regenerated, cluster-move, rollback-itl")
    String scenario;

    @Option(names = "--signing", paramLabel = CUCM12 + "|" + PRE12,
            description = "who signs the cluster's ITL: ITLRecovery (" + CUCM12 + ", default) or CallManager (" + PRE12 + ")")
    String signing;

    @Option(names = "--mixed-mode", description = "the cluster is in mixed mode: it serves a CTL, the phones hold it")
    boolean mixedMode;

    @Option(names = "--cluster-ip", paramLabel = "ADDRESS",
            description = "the publisher's address, in 127.0.0.0/8; node i gets the next ones (default: "
                    + SimulatedCluster.DEFAULT_FIRST_ADDRESS + ")")
    String firstIp;

    @Option(names = "--tftp-port", paramLabel = "PORT",
            description = "UDP port of the cluster's TFTP servers; 69 needs root, 0: a free port (default: "
                    + SimulatedCluster.DEFAULT_TFTP_PORT + ")")
    Integer tftpPort;

    /** The cluster as asked for, or null without {@code --cluster}; usage errors for anything wrong. */
    SimulatedCluster.Builder builder(CommandLine cmd) {
        if (nodes == null) {
            for (String given : given()) {
                throw new ParameterException(cmd, given + " needs --cluster NODES");
            }
            return null;
        }
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new ParameterException(cmd, "--cluster must be between 1 and " + MAX_NODES + " nodes, not " + nodes);
        }
        SimulatedCluster.Builder b = SimulatedCluster.builder().nodes(nodes).mixedMode(mixedMode).signing(signing(cmd));
        if (firstIp != null) {
            LoopbackAddress.check("--cluster-ip", firstIp, cmd);
            b.firstAddress(firstIp);
        }
        if (tftpPort != null) {
            if (tftpPort < 0 || tftpPort > 65535) {
                throw new ParameterException(cmd, "--tftp-port must be between 0 and 65535, not " + tftpPort);
            }
            b.tftpPort(tftpPort);
        }
        return b;
    }

    /** The scenario to apply once the phones hold the baseline ITL, or null. */
    ClusterScenario scenario(CommandLine cmd) {
        if (scenario == null) {
            return null;
        }
        try {
            return ClusterScenario.parse(scenario);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--scenario: " + e.getMessage());
        }
    }

    private LabCluster.ItlSigning signing(CommandLine cmd) {
        if (signing == null || signing.equalsIgnoreCase(CUCM12)) {
            return LabCluster.ItlSigning.ITL_RECOVERY;
        }
        if (signing.equalsIgnoreCase(PRE12)) {
            return LabCluster.ItlSigning.CALLMANAGER;
        }
        throw new ParameterException(cmd, "--signing must be " + CUCM12 + " or " + PRE12 + ", not '" + signing + "'");
    }

    private List<String> given() {
        List<String> g = new ArrayList<>();
        if (scenario != null) {
            g.add("--scenario");
        }
        if (signing != null) {
            g.add("--signing");
        }
        if (mixedMode) {
            g.add("--mixed-mode");
        }
        if (firstIp != null) {
            g.add("--cluster-ip");
        }
        if (tftpPort != null) {
            g.add("--tftp-port");
        }
        return g;
    }

    /** A summary line, then one line per node with its TLS ports and trust-list URLs. */
    static List<String> describe(SimulatedCluster c) {
        List<String> lines = new ArrayList<>();
        String where = c.loopbackAliases() ? "from " + c.publisher().address().getHostAddress()
                : "on 127.0.0.1, free ports (127.x.y.z cannot be bound here)";
        lines.add("simulated cluster of " + c.nodes().size() + (c.nodes().size() == 1 ? " node " : " nodes ") + where
                + ", ITL signed by " + (c.signing() == LabCluster.ItlSigning.ITL_RECOVERY ? "ITLRecovery (CUCM 12+)"
                        : "CallManager (before CUCM 12)")
                + (c.mixedMode() ? ", mixed mode (CTL served)" : ", not in mixed mode")
                + "; scenario " + c.scenario().cliName() + ": " + c.scenario().description());
        for (ClusterNode n : c.nodes()) {
            StringBuilder b = new StringBuilder(n.name()).append(' ').append(n.address().getHostAddress()).append(':');
            for (Service s : n.services()) {
                if (s.tls()) {
                    b.append(' ').append(s.label().toLowerCase(Locale.ROOT).replace(' ', '-')).append('=')
                            .append(n.endpoint(s).getPort());
                }
            }
            b.append(' ').append(n.itlHttpUrl()).append(' ').append(n.itlTftpUrl());
            if (c.mixedMode()) {
                b.append(' ').append(n.ctlHttpUrl()).append(' ').append(n.ctlTftpUrl());
            }
            lines.add(b.toString());
        }
        return lines;
    }
}
