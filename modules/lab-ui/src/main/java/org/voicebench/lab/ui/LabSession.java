package org.voicebench.lab.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.DemoLab;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.ui.BackgroundWork;
import org.voicebench.ui.OutputLog;

/**
 * What the Phone Lab window does, without the window: starts a lab (or the demo) in the background under a
 * progress handle that cancels, publishes it in the {@link RunningLab}, stops it, switches the cluster's scenario,
 * turns phones' web access on, reads the phones for the table, and says what happened (status line and the Output
 * window's "Phone Lab" tab). Kept apart from the panel so that these rules are tested without Swing.
 * <p>
 * Its methods are for one owner thread (the window's: the Swing thread), to which the {@link Listener} is told
 * everything; a start cancelled meanwhile hands nothing over, and the lab it started anyway is closed.
 */
@Messages({
    "TAB_PhoneLab=Phone Lab",
    "STATUS_StartingDemo=Starting the demo lab...",
    "PROGRESS_StartingDemo=Starting the demo lab",
    "STATUS_LabAlreadyRunning=A lab is running: stop it before starting the demo lab.",
    "# {0} - count", "STATUS_WebAccessOn=Web access enabled on {0} phone(s).",
    "STATUS_WebAccessAlreadyOn=Web access is already on for the selected phones.",
    "# {0} - reason", "STATUS_CannotEnableWebAccess=Cannot enable web access: {0}",
    "# {0} - address", "LOG_WebAccessOn=Web access enabled on {0}.",
    "STATUS_NotRunning=No lab running.",
    "# {0} - count", "STATUS_Starting=Starting {0} phones...",
    "# {0} - count", "PROGRESS_Starting=Starting a phone lab of {0} phones",
    "# {0} - count", "# {1} - first phone address", "STATUS_Running={0} phones running, first at {1}.",
    "STATUS_Stopping=Stopping the lab...",
    "# {0} - reason", "STATUS_CannotStart=Cannot start the lab: {0}",
    "STATUS_Cancelled=Start cancelled.",
    "# {0} - count", "# {1} - models", "LOG_Started=Started {0} phones ({1}):",
    "# {0} - address", "# {1} - model", "# {2} - name", "LOG_Phone=  {0}  {1}  {2}",
    "# {0} - count", "LOG_Stopped=Stopped the lab of {0} phones.",
    "# {0} - reason", "LOG_CannotStart=Cannot start the lab: {0}",
    "# {0} - count", "# {1} - scenario", "LOG_Cluster=Simulated cluster of {0} nodes, scenario {1}:",
    "# {0} - node", "# {1} - services", "LOG_Node=  {0}  {1}",
    "# {0} - scenario", "# {1} - description", "LOG_Scenario=Cluster scenario {0}: {1}.",
    "# {0} - scenario", "STATUS_Scenario=Cluster scenario now {0}.",
    "# {0} - error", "STATUS_Failed=The Phone Lab failed unexpectedly: {0} (details in the log)"
})
final class LabSession {

    /** Told on the owner thread. */
    interface Listener {
        /** What the status line says now. */
        void status(String text);

        /** A start began or ended, or web access changed: the commands follow. */
        void changed();

        /** A start published its lab; {@code scenario}: its cluster's, or null without a cluster. */
        void running(ClusterScenario scenario);

        /** The running lab's phones as just read (empty when no lab runs). */
        void rows(List<PhoneRow> rows);
    }

    /** The Output window's "Phone Lab" tab: each start and stop, the demo's next steps. */
    static final OutputLog OUTPUT = new OutputLog(Bundle.TAB_PhoneLab());
    private static final Logger LOG = Logger.getLogger(LabSession.class.getName());

    /** Starts a lab, on the background thread. */
    @FunctionalInterface
    private interface Starter {
        StartedLab start() throws IOException;
    }

    private final RunningLab service;
    private final Listener listener;
    /** One thread: a start (the current job), then stops, scenarios, web access and refreshes in order. */
    private final BackgroundWork work;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private String demoClusterAddress = SimulatedCluster.DEFAULT_FIRST_ADDRESS;

    /** @param owner runs the steps handed over on the owner thread ({@code SwingUtilities::invokeLater}) */
    LabSession(RunningLab service, Executor owner, Listener listener) {
        this.service = Objects.requireNonNull(service, "service");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.work = new BackgroundWork(LabSession.class.getName(), 1, owner);
    }

    /** Whether a start is under way. */
    boolean starting() {
        return work.isRunning();
    }

    /**
     * Starts a lab of {@code s} with cluster {@code c}; the password is wiped once the start is over.
     *
     * @return what is wrong with the settings (told as the status too; nothing starts), or null
     */
    String start(LabSettings s, ClusterSettings c, char[] password) {
        String problem = s.problem(password);
        if (problem == null) {
            problem = c.problem();
        }
        if (problem != null) {
            Arrays.fill(password, '\0');
            listener.status(problem);
            return problem;
        }
        launch(Bundle.STATUS_Starting(s.phones()), Bundle.PROGRESS_Starting(s.phones()), password, false, () -> { },
                () -> {
                    LabRun run = LabStarter.start(s, c, password, OUTPUT::line);
                    return new StartedLab(run, report(s, run));
                });
        return null;
    }

    /**
     * Starts the demo lab ({@link DemoLab}) with the phones' first address and port and the user; its password is
     * {@code typed}, or a random one held in memory only when {@code randomPassword} or nothing was typed.
     * {@code whenRunning} runs on the owner thread once the demo is the running lab.
     *
     * @return false when a lab is running or starting, or the user is missing (the status says so)
     */
    boolean startDemo(String user, char[] typed, boolean randomPassword, String firstAddress, int port,
            Runnable whenRunning) {
        if (starting() || service.current().isPresent()) {
            Arrays.fill(typed, '\0');
            listener.status(Bundle.STATUS_LabAlreadyRunning());
            return false;
        }
        if (user.isEmpty()) {
            Arrays.fill(typed, '\0');
            listener.status(Bundle.ERR_User());
            return false;
        }
        boolean random = randomPassword || typed.length == 0;
        char[] secret = random ? DemoStarter.randomPassword() : typed;
        if (random) {
            Arrays.fill(typed, '\0');
        }
        String clusterAt = demoClusterAddress;
        launch(Bundle.STATUS_StartingDemo(), Bundle.PROGRESS_StartingDemo(), secret, true, whenRunning,
                () -> DemoStarter.start(new DemoLab.Options(new String(secret)).firstPhoneAddress(firstAddress)
                        .phonePort(port).clusterFirstAddress(clusterAt), user, random));
        return true;
    }

    /** Where the demo's cluster listens (tests choose addresses no other test uses). */
    void demoClusterAddress(String address) {
        demoClusterAddress = address;
    }

    private void launch(String startingText, String progressText, char[] secret, boolean showLog,
            Runnable whenRunning, Starter starter) {
        listener.status(startingText);
        work.start(progressText, this::cancelStart, ctx -> {
            try {
                StartedLab started = starter.start();
                if (ctx.cancelled()) {
                    started.run().close(); // it started before the interrupt reached it
                    throw new CancellationException();
                }
                service.publish(started.run());
                started.report().forEach(OUTPUT::line);
                if (showLog) {
                    OUTPUT.show();
                }
                return started.run();
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, run -> {
            listener.status(Bundle.STATUS_Running(run.phones().phones().size(), run.phones().phone(0).hostAndPort()));
            listener.running(run.clusterIfAny().map(SimulatedCluster::scenario).orElse(null));
            listener.changed();
            whenRunning.run();
        }, e -> {
            listener.status(Bundle.STATUS_CannotStart(e.getMessage()));
            OUTPUT.error(Bundle.LOG_CannotStart(e.getMessage()));
            listener.changed();
        });
        listener.changed();
    }

    /** Cancels a start under way: the lab is not published (one that started anyway is stopped). */
    void cancelStart() {
        if (work.cancel()) {
            listener.status(Bundle.STATUS_Cancelled());
            listener.changed();
        }
    }

    /** Stops the running lab. */
    void stop() {
        listener.status(Bundle.STATUS_Stopping());
        work.post(null, ctx -> service.stop(), stopped -> {
            stopped.ifPresent(run -> OUTPUT.line(Bundle.LOG_Stopped(run.phones().phones().size())));
            listener.status(Bundle.STATUS_NotRunning());
        }, this::failed);
    }

    /** Switches the running cluster's scenario (new certificates, new ITL). */
    void applyScenario(ClusterScenario chosen) {
        service.simulatedCluster().ifPresent(cluster -> work.post(null, ctx -> {
            cluster.apply(chosen);
            return chosen;
        }, applied -> {
            OUTPUT.line(Bundle.LOG_Scenario(applied.cliName(), applied.description()));
            listener.status(Bundle.STATUS_Scenario(applied.cliName()));
        }, this::failed));
    }

    /** Turns the web server of the running lab's phones at {@code addresses} (host:port) on. */
    void enableWebAccess(List<String> addresses) {
        Optional<PhoneLab> lab = service.current();
        if (lab.isEmpty() || addresses.isEmpty()) {
            return;
        }
        work.post(null, ctx -> WebAccess.enable(lab.get(), addresses), switched -> {
            switched.forEach(p -> OUTPUT.line(Bundle.LOG_WebAccessOn(p.hostAndPort())));
            listener.status(switched.isEmpty() ? Bundle.STATUS_WebAccessAlreadyOn()
                    : Bundle.STATUS_WebAccessOn(switched.size()));
            listener.changed();
            refresh();
        }, e -> {
            String text = Bundle.STATUS_CannotEnableWebAccess(e.getMessage());
            listener.status(text);
            OUTPUT.error(text);
            listener.changed();
        });
    }

    /** Reads the phones' state in the background; skipped while the previous read is still going. */
    void refresh() {
        Optional<PhoneLab> lab = service.current();
        if (lab.isEmpty()) {
            listener.rows(List.of());
            return;
        }
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        work.post(null, ctx -> {
            try {
                return lab.get().phones().stream().map(PhoneRow::of).toList();
            } finally {
                refreshing.set(false);
            }
        }, rows -> listener.rows(service.current().orElse(null) == lab.get() ? rows : List.of()), // a stop wins
                this::failed);
    }

    /** A bug, not the user's doing: the trace to the log, one line to the user. */
    private void failed(Exception e) {
        LOG.log(Level.WARNING, "phone lab command failed", e);
        listener.status(Bundle.STATUS_Failed(e.toString()));
    }

    /** What a started lab logs: its phones, then its cluster's nodes and services. */
    private static List<String> report(LabSettings s, LabRun run) {
        List<String> lines = new ArrayList<>();
        lines.add(Bundle.LOG_Started(run.phones().phones().size(), s.modelsText()));
        for (SimulatedPhone p : run.phones().phones()) {
            lines.add(Bundle.LOG_Phone(p.hostAndPort(), p.modelNumber(), p.name()));
        }
        run.clusterIfAny().ifPresent(cluster -> clusterReport(cluster, lines));
        return lines;
    }

    private static void clusterReport(SimulatedCluster cluster, List<String> lines) {
        lines.add(Bundle.LOG_Cluster(cluster.nodes().size(), cluster.scenario().cliName()));
        for (ClusterNode node : cluster.nodes()) {
            StringBuilder services = new StringBuilder();
            for (SimulatedCluster.Service service : node.services()) {
                services.append(service.label()).append(' ').append(node.hostAndPort(service)).append("  ");
            }
            services.append(node.itlHttpUrl());
            lines.add(Bundle.LOG_Node(node.fqdn(), services.toString()));
        }
    }
}
