package org.voicebench.personalize.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.NbBundle.Messages;
import org.voicebench.common.AtomicFiles;
import org.voicebench.personalize.Backgrounds;
import org.voicebench.personalize.FileServer;
import org.voicebench.personalize.Fit;
import org.voicebench.personalize.ModelBackground;
import org.voicebench.personalize.PersonalizationPush;
import org.voicebench.personalize.PersonalizeInputException;
import org.voicebench.personalize.PushContent;
import org.voicebench.personalize.PushOutcome;
import org.voicebench.personalize.PushReport;
import org.voicebench.personalize.PushReports;
import org.voicebench.personalize.PushResult;
import org.voicebench.personalize.PushSettings;
import org.voicebench.personalize.RingTone;
import org.voicebench.personalize.RingTones;
import org.voicebench.personalize.ServeAddress;
import org.voicebench.personalize.SourceImages;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.ui.BackgroundWork;

/**
 * What the Personalize window does, without the window: reads the picture and the sound, renders a preview per
 * model of the selected phones, pushes with personalize-core on a background thread (its own file server for the
 * run, CTI opened when chosen), keeps each phone's latest result across retries, cancels, and exports. Kept apart
 * from the panel so that these rules are tested without Swing.
 * <p>
 * The session's state belongs to one owner thread (the window's: the Swing thread): its methods are called there and
 * every result of a background job is handed to the {@code owner} executor, which runs it there (ui-kit's
 * {@link BackgroundWork}); a newer picture or fit supersedes a preview still rendering.
 */
@Messages({
    "# {0} - phones", "PROGRESS_Push=Personalizing {0} phone(s)",
    "# {0} - done", "# {1} - total", "# {2} - phone", "# {3} - outcome", "PROGRESS_Phone={0} of {1}: {2} {3}",
    "ERR_Nothing=Choose a picture, a ring tone or both first.",
    "ERR_Running=A push is running: wait for it or cancel it first.",
    "ERR_NoFailed=No phone failed: nothing to retry.",
    "# {0} - reason", "ERR_ServeAddress=The serve address is not usable: {0}",
    "# {0} - address", "# {1} - reason",
    "ERR_Serve=The files cannot be served on {0}: {1}. Choose an address of this machine the phones reach.",
    "# {0} - reason", "ERR_Cti=CTI cannot be used, no phone was touched: {0}",
    "# {0} - reason", "ERR_Push=The push failed: {0}",
    "# {0} - reason", "ERR_Export=The report could not be written: {0}",
    "# {0} - model", "NOTE_NoProfile=model {0} is unknown: read from the phone when it is pushed",
    "NOTE_NoModel=model not in the phone list: read from the phone when it is pushed",
    "# {0} - model", "NOTE_NoBackground=no background size known for the {0}: nothing is sent to it"
})
final class PersonalizeSession {

    /** Told on the owner thread. */
    interface Listener {
        /** The picture or the fit changed: the preview of each model of the selection. */
        void previewsChanged(List<ModelPreview> previews);

        /** A ring tone was read ({@code tone} null: cleared). */
        void ringToneChanged(Path file, RingTone tone);

        /** A push starts on these phones. */
        void pushStarted(List<PhoneEntry> phones);

        /** A phone ended; {@code done} of {@code total} of this push. */
        void phoneFinished(PushResult result, int done, int total);

        /** The push ended ({@code report}: every phone's latest result, earlier runs included). */
        void pushFinished(PushReport report, boolean cancelled);

        /** The report was written. */
        void exported(Path file);

        /** Something failed; {@code message} is for the user. */
        void failed(String message);
    }

    /**
     * The selection's models, one line each: the rendering the phones of that model get (null when none), how many
     * phones, and a note when nothing can be shown.
     */
    record ModelPreview(String model, int phones, ModelBackground background, String note) {
    }

    private static final Logger LOG = Logger.getLogger(PersonalizeSession.class.getName());

    private final List<PhoneEntry> phones;
    private final PhoneClient client;
    private final ModelProfiles profiles;
    private final PushSettings settings;
    private final Listener listener;
    private final BackgroundWork prepare;
    private final BackgroundWork pushes;

    private Path picturePath;
    private BufferedImage picture;
    private Path tonePath;
    private RingTone tone;
    private Fit fit = Fit.CROP;
    /** Each phone's latest result, by address. Owner thread. */
    private final Map<PhoneAddress, PushResult> latest = new LinkedHashMap<>();
    private PushReport report;
    private Instant firstStarted;
    private boolean cancelRequested;

    PersonalizeSession(List<PhoneEntry> phones, PhoneClient client, ModelProfiles profiles, PushSettings settings,
            Listener listener, Executor owner) {
        if (phones.isEmpty()) {
            throw new IllegalArgumentException("no phones");
        }
        this.phones = List.copyOf(phones);
        this.client = Objects.requireNonNull(client, "client");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.prepare = new BackgroundWork(PersonalizeSession.class.getName() + ".prepare", 1, owner);
        this.pushes = new BackgroundWork(PersonalizeSession.class.getName() + ".push", 2, owner);
    }

    List<PhoneEntry> phones() {
        return phones;
    }

    Path picturePath() {
        return picturePath;
    }

    Path tonePath() {
        return tonePath;
    }

    Fit fit() {
        return fit;
    }

    boolean running() {
        return pushes.isRunning();
    }

    /** Every phone's latest result so far (with earlier runs), or null before the first push ended. */
    PushReport report() {
        return report;
    }

    /** Whether some phone's latest result is not SUCCESS. */
    boolean anyFailed() {
        return latest.values().stream().anyMatch(r -> r.outcome() != PushOutcome.SUCCESS);
    }

    /** Reads the picture and renders the previews in the background. */
    void loadPicture(Path file) {
        Fit f = fit;
        prepare.start(null, null, ctx -> {
            BufferedImage img = SourceImages.read(file);
            return new Loaded(file, img, previews(img, f));
        }, loaded -> {
            picturePath = loaded.file();
            picture = loaded.picture();
            listener.previewsChanged(loaded.previews());
        }, e -> listener.failed(e.getMessage()));
    }

    /** Reads the sound and makes the ring tone in the background. */
    void loadRingTone(Path file) {
        prepare.post(null, ctx -> RingTones.convert(file), t -> {
            tonePath = file;
            tone = t;
            listener.ringToneChanged(file, t);
        }, e -> listener.failed(e.getMessage()));
    }

    void clearRingTone() {
        tonePath = null;
        tone = null;
        listener.ringToneChanged(null, null);
    }

    /** A new fit: the previews are rendered again when there is a picture. */
    void setFit(Fit value) {
        fit = Objects.requireNonNull(value, "fit");
        BufferedImage img = picture;
        if (img != null) {
            Path file = picturePath;
            prepare.start(null, null, ctx -> new Loaded(file, img, previews(img, value)),
                    loaded -> listener.previewsChanged(loaded.previews()), e -> listener.failed(e.getMessage()));
        }
    }

    /** The previews as they are now (after a load or a fit, on the background thread). */
    private List<ModelPreview> previews(BufferedImage img, Fit f) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        phones.forEach(p -> counts.merge(p.model().strip(), 1, Integer::sum));
        List<ModelPreview> out = new ArrayList<>();
        Map<Object, ModelBackground> bySize = new LinkedHashMap<>();
        counts.forEach((model, n) -> {
            if (model.isEmpty()) {
                out.add(new ModelPreview("?", n, null, Bundle.NOTE_NoModel()));
                return;
            }
            ModelProfile profile = profiles.find(model).orElse(null);
            if (profile == null) {
                out.add(new ModelPreview(model, n, null, Bundle.NOTE_NoProfile(model)));
                return;
            }
            var spec = profile.personalization().backgroundImage();
            if (spec.isEmpty()) {
                out.add(new ModelPreview(profile.model(), n, null, Bundle.NOTE_NoBackground(profile.model())));
                return;
            }
            ModelBackground bg = bySize.computeIfAbsent(spec.get(),
                    s -> Backgrounds.render(img, List.of(profile.model()), spec.get(), f));
            out.add(new ModelPreview(profile.model(), n, bg, ""));
        });
        return out;
    }

    private record Loaded(Path file, BufferedImage picture, List<ModelPreview> previews) {
    }

    /** Pushes to every phone of the selection. */
    void push(String serveAddress, PushKeys keys) {
        start(phones, serveAddress, keys);
    }

    /** Pushes again to the phones whose latest result is not SUCCESS. */
    void retryFailed(String serveAddress, PushKeys keys) {
        List<PhoneEntry> failed = phones.stream().filter(p -> {
            PushResult r = latest.get(p.address());
            return r != null && r.outcome() != PushOutcome.SUCCESS;
        }).toList();
        if (failed.isEmpty()) {
            listener.failed(Bundle.ERR_NoFailed());
            return;
        }
        start(failed, serveAddress, keys);
    }

    private void start(List<PhoneEntry> which, String serveAddress, PushKeys keys) {
        if (pushes.isRunning()) {
            listener.failed(Bundle.ERR_Running());
            return;
        }
        if (picture == null && tone == null) {
            listener.failed(Bundle.ERR_Nothing());
            return;
        }
        InetSocketAddress bind;
        try {
            bind = ServeAddress.parse(serveAddress);
        } catch (IllegalArgumentException e) {
            listener.failed(Bundle.ERR_ServeAddress(e.getMessage()));
            return;
        }
        PushContent content = PushContent.of(picture, fit, tone);
        PersonalizationPush push = new PersonalizationPush(client, profiles, settings);
        cancelRequested = false;
        listener.pushStarted(which);
        pushes.start(Bundle.PROGRESS_Push(which.size()), this::cancel, ctx -> {
            ctx.determinate(which.size());
            try (PushKeys.Opened opened = keys.open()) {
                FileServer files;
                try {
                    files = FileServer.start(bind);
                } catch (IOException e) {
                    throw new ServeFailed(bind, e);
                }
                try (files) {
                    return push.over(opened.routes()).run(which, content, files, (r, done, total) -> {
                        ctx.progress(Bundle.PROGRESS_Phone(done, total, r.address(), r.outcome()), done);
                        ctx.later(() -> {
                            latest.put(r.address(), r);
                            listener.phoneFinished(r, done, total);
                        });
                    });
                }
            }
        }, this::finished, this::pushFailed);
    }

    /** A push ended: its results replace the earlier ones of its phones. */
    private void finished(PushReport run) {
        run.results().forEach(r -> latest.put(r.address(), r));
        if (firstStarted == null) {
            firstStarted = run.started();
        }
        List<PushResult> all = new ArrayList<>();
        for (PhoneEntry p : phones) {
            PushResult r = latest.get(p.address());
            if (r != null) {
                all.add(r);
            }
        }
        report = new PushReport(firstStarted, run.finished(), run.serveUrl(), run.background(), run.ringTone(), all);
        listener.pushFinished(report, cancelRequested);
    }

    private void pushFailed(Exception e) {
        if (e instanceof InterruptedException || e instanceof CancellationException) {
            listener.failed(Bundle.ERR_Push(e.getClass().getSimpleName()));
            return;
        }
        LOG.log(Level.INFO, "personalization push failed", e);
        if (e instanceof ServeFailed s) {
            listener.failed(Bundle.ERR_Serve(s.address, s.getCause().getMessage()));
        } else if (e instanceof CtiException) {
            listener.failed(Bundle.ERR_Cti(e.getMessage()));
        } else if (e instanceof PersonalizeInputException || e instanceof IllegalArgumentException) {
            listener.failed(Bundle.ERR_Push(e.getMessage()));
        } else {
            listener.failed(Bundle.ERR_Push(String.valueOf(e)));
        }
    }

    /** Cancels the push: phones not finished end CANCELLED, and the results come as for any end. */
    void cancel() {
        if (pushes.isRunning()) {
            cancelRequested = true;
            if (!pushes.interrupt()) {
                listener.pushFinished(report, true); // dropped before it started: nothing ran
            }
        }
    }

    /** Writes every phone's latest result as JSON or CSV (personalize-core's formats). */
    void export(Path file, boolean json) {
        PushReport r = report;
        if (r == null) {
            return;
        }
        pushes.post(null, ctx -> AtomicFiles.write(file, json ? PushReports.json(r) : PushReports.csv(r)),
                listener::exported, e -> listener.failed(Bundle.ERR_Export(e.getMessage())));
    }

    /** Stops the background work (the window closed): a push still going is interrupted. */
    void close() {
        prepare.close();
        pushes.close();
    }

    /** For tests: waits until the queued previews and loads have run (their results are then on the owner's queue). */
    void awaitPrepared() {
        prepare.awaitIdle();
    }

    /** The file server could not start on the chosen address. */
    private static final class ServeFailed extends Exception {
        final transient InetSocketAddress address;

        ServeFailed(InetSocketAddress address, IOException cause) {
            super(cause.getMessage(), cause);
            this.address = address;
        }
    }
}
