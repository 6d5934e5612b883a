package org.voicebench.personalize;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.model.Personalization;

/**
 * Pushes a background and/or ring tone to many phones: each phone gets its own URLs on the run's
 * {@link FileServer}, the object(s) through {@code Phone.execute(PhoneObject)} with its credentials, and
 * counts as {@link PushOutcome#SUCCESS} only when it accepted them and downloaded every file. At most
 * {@link PushSettings#concurrency()} phones at once; every wait is bounded (the phone client's timeouts and
 * {@link PushSettings#fetchWait()}). Interrupting the calling thread cancels: phones not finished end
 * {@link PushOutcome#CANCELLED}.
 * <p>
 * With {@link #over(KeyRoutes) key routes} the objects go where the phone's keys go: over CTI CUCM delivers the same
 * object over the phone's registration and nothing answers, so such a phone counts as {@code SUCCESS} only when it
 * then downloaded its files (the file server sees it), else {@code REFUSED} saying CTI delivered but the phone did not
 * fetch. Under {@code auto} a phone whose web server is off or refuses the credentials before anything was accepted is
 * tried over CTI.
 *
 * <pre>{@code
 * try (FileServer files = FileServer.start(ServeAddress.towards(phones.get(0).address()))) {
 *     PushReport report = new PersonalizationPush(client, ModelProfiles.builtIn(), PushSettings.defaults())
 *             .run(phones, PushContent.of(SourceImages.read(png), Fit.CROP, null), files, PushListener.NONE);
 * }
 * }</pre>
 */
public final class PersonalizationPush {

    private final PhoneClient client;
    private final ModelProfiles profiles;
    private final PushSettings settings;
    private final KeyRoutes routes;

    /** Every object to the phones' web servers. */
    public PersonalizationPush(PhoneClient client, ModelProfiles profiles, PushSettings settings) {
        this(client, profiles, settings, KeyRoutes.web());
    }

    private PersonalizationPush(PhoneClient client, ModelProfiles profiles, PushSettings settings, KeyRoutes routes) {
        this.client = Objects.requireNonNull(client, "client");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.routes = Objects.requireNonNull(routes, "routes");
    }

    /**
     * This push with the objects sent where {@code keyRoutes} send each phone's keys (its web server, or CUCM over
     * CTI; the provider stays the caller's to close).
     */
    public PersonalizationPush over(KeyRoutes keyRoutes) {
        return new PersonalizationPush(client, profiles, settings, keyRoutes);
    }

    public PushReport run(List<PhoneEntry> phones, PushContent content, FileServer files, PushListener listener)
            throws InterruptedException {
        Instant started = Instant.now();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.concurrency(), phones.size())), r -> {
            Thread t = new Thread(r, "voicebench-personalize-push");
            t.setDaemon(true);
            return t;
        });
        List<Future<PushResult>> futures = new ArrayList<>();
        try {
            for (PhoneEntry p : phones) {
                futures.add(pool.submit(() -> {
                    PushResult r = push(p, content, files);
                    listener.finished(r, done.incrementAndGet(), phones.size());
                    return r;
                }));
            }
            List<PushResult> results = new ArrayList<>();
            boolean interrupted = false;
            for (int i = 0; i < phones.size(); i++) {
                Future<PushResult> f = futures.get(i);
                if (!interrupted) {
                    try {
                        results.add(outcome(f, phones.get(i)));
                        continue;
                    } catch (InterruptedException e) {
                        interrupted = true;
                        pool.shutdownNow();
                        pool.awaitTermination(5, TimeUnit.SECONDS);
                    }
                }
                results.add(f.isDone() && !f.isCancelled() ? finishedOrCancelled(f, phones.get(i)) : cancelled(phones.get(i)));
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return new PushReport(started, Instant.now(), files.baseUrl(), content.hasBackground(), content.hasRingTone(), results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PushResult outcome(Future<PushResult> f, PhoneEntry p) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return new PushResult(p.address(), p.name(), p.model(), PushOutcome.REFUSED,
                    "internal error: " + e.getCause(), "", Duration.ZERO);
        }
    }

    private static PushResult finishedOrCancelled(Future<PushResult> f, PhoneEntry p) {
        try {
            return outcome(f, p);
        } catch (InterruptedException e) {
            return cancelled(p);
        }
    }

    private static PushResult cancelled(PhoneEntry p) {
        return new PushResult(p.address(), p.name(), p.model(), PushOutcome.CANCELLED, "the run was cancelled", "",
                Duration.ZERO);
    }

    private PushResult push(PhoneEntry entry, PushContent content, FileServer files) {
        long t0 = System.nanoTime();
        Phone phone = client.phone(entry.address());
        ModelProfile profile = profiles.find(entry.model()).orElse(null);
        KeyTransport via = routes.first(entry);
        try {
            if (Thread.currentThread().isInterrupted()) {
                return end(entry, profile, t0, PushOutcome.CANCELLED, "cancelled before it started", "", via);
            }
            if (profile == null) {
                phone = phone.identify(profiles);
                profile = phone.profile().orElse(null);
            } else {
                phone = client.phone(entry.address(), profile);
            }
            if (profile == null) {
                return end(entry, null, t0, PushOutcome.UNSUPPORTED_MODEL, "model \"" + entry.model()
                        + "\" has no profile: nothing was sent", "", via);
            }
            Optional<String> unsupported = unsupported(profile, content);
            if (unsupported.isPresent()) {
                return end(entry, profile, t0, PushOutcome.UNSUPPORTED_MODEL, unsupported.get(), "", via);
            }
            Deadline deadline = new Deadline(settings.fetchWait());
            if (via == KeyTransport.CTI) {
                return deliver(entry, phone.over(routes.ctiChannel(entry)), profile, content, files, deadline, t0, via);
            }
            try {
                return deliver(entry, phone, profile, content, files, deadline, t0, via);
            } catch (PhoneException e) {
                if (!routes.fallsBackToCti(e.failure())) {
                    throw e;
                }
                // the web refused before any object was taken: the same objects over CTI, with a fresh download wait
                via = KeyTransport.CTI;
                return deliver(entry, phone.over(routes.ctiChannel(entry)), profile, content, files,
                        new Deadline(settings.fetchWait()), t0, via);
            }
        } catch (PhoneException e) {
            OutcomeClassifier.Verdict v = OutcomeClassifier.of(e, profile);
            return end(entry, profile, t0, v.outcome(), v.message(), v.phoneSaid(), via);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return end(entry, profile, t0, PushOutcome.REFUSED, "not sent: " + e.getMessage(), "", via);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return end(entry, profile, t0, PushOutcome.CANCELLED, "cancelled while waiting for the download", "", via);
        }
    }

    /** Sends the objects through {@code phone} (web or its CTI channel) and waits for the downloads. */
    private PushResult deliver(PhoneEntry entry, Phone phone, ModelProfile profile, PushContent content, FileServer files,
            Deadline deadline, long t0, KeyTransport via) throws PhoneException, InterruptedException {
        if (content.hasBackground()) {
            Personalization.Background spec = profile.personalization().background();
            ModelBackground bg = content.background(spec, profile.model());
            String image = files.publish(spec.sizeName() + ".png", bg.fullPng(), "image/png");
            String icon = files.publish("TN-" + spec.sizeName() + ".png", bg.thumbnailPng(), "image/png");
            phone.execute(PersonalizationObjects.background(image, icon));
            if (!files.awaitFetched(image, deadline.left()) || !files.awaitFetched(icon, deadline.left())) {
                return notFetched(entry, profile, t0, files, "background", via);
            }
        }
        if (content.hasRingTone()) {
            String tone = files.publish("ring.raw", content.ringTone().narrowband(), "application/octet-stream");
            phone.execute(PersonalizationObjects.ringTone(tone));
            if (!files.awaitFetched(tone, deadline.left())) {
                return notFetched(entry, profile, t0, files, "ring tone", via);
            }
        }
        return end(entry, profile, t0, PushOutcome.SUCCESS, via == KeyTransport.CTI
                ? "delivered over CTI; files downloaded" : "accepted; files downloaded", "", via);
    }

    /** Why this model cannot take the content, from its profile; empty when it can. */
    static Optional<String> unsupported(ModelProfile profile, PushContent content) {
        Personalization p = profile.personalization();
        if (content.hasBackground() && p.backgroundImage().isEmpty()) {
            return Optional.of("model " + profile.model() + " has no background size in its profile (none is published);"
                    + " add \"background\" to a user profile if the phone takes one: nothing was sent");
        }
        if (content.hasRingTone() && !p.playsRingTone(Personalization.RAW)) {
            return Optional.of("model " + profile.model() + " has no ring tone form in its profile: nothing was sent");
        }
        return Optional.empty();
    }

    private PushResult notFetched(PhoneEntry entry, ModelProfile profile, long t0, FileServer files, String what,
            KeyTransport via) {
        String message = via == KeyTransport.CTI
                ? "CTI delivered the " + what + " object but the phone did not fetch its files from " + files.baseUrl()
                        + " within " + settings.fetchWait().toSeconds() + " s (over CTI the phone answers nothing):"
                        + " Phone Personalization may be off for it in CUCM, or it cannot reach that address (routing,"
                        + " firewall; give another serve address)"
                : "the phone answered Success but did not download the " + what + " from " + files.baseUrl()
                        + ": check that the phones reach that address (routing, firewall; give another serve address)";
        return end(entry, profile, t0, PushOutcome.REFUSED, message, "", via);
    }

    private static PushResult end(PhoneEntry entry, ModelProfile profile, long t0, PushOutcome outcome, String message,
            String said, KeyTransport via) {
        String model = profile != null ? profile.model() : entry.model();
        return new PushResult(entry.address(), entry.name(), model, outcome, message, said,
                Duration.ofNanos(System.nanoTime() - t0), via);
    }

    /** One phone's download wait, shared by its files. */
    private static final class Deadline {
        private final long end;

        Deadline(Duration wait) {
            this.end = System.nanoTime() + wait.toNanos();
        }

        Duration left() {
            return Duration.ofNanos(Math.max(1_000_000L, end - System.nanoTime()));
        }
    }
}
