package org.voicebench.readiness;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.cucm.PhoneVendorConfig;
import org.voicebench.phone.inventory.PhoneEntry;

/**
 * The reversible access campaign. {@link #plan} reads each phone's configuration (AXL getPhone) and lists what it
 * lacks; {@link #prepare} sends each phone its desired configuration (AXL updatePhone, then applyPhone), paced to
 * CUCM's write limit, after the journal holds every original; {@link #restore} sends every original back. Both then
 * check each phone took it ({@link TakeCheck}) and record where each phone got to after every step, so a killed or
 * cancelled run resumes from the journal, and never loses an original. Interrupting the calling thread cancels at the
 * next phone.
 */
public final class AccessCampaign {

    private static final int CHECKS_AT_ONCE = 8;

    private final CucmPhones cucm;
    private final TakeCheck check;
    private final CampaignSettings settings;
    private long lastWrite;

    public AccessCampaign(CucmPhones cucm, TakeCheck check, CampaignSettings settings) {
        this.cucm = Objects.requireNonNull(cucm, "cucm");
        this.check = Objects.requireNonNull(check, "check");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** What prepare would change: each phone's configuration read (nothing is changed). */
    public CampaignPlan plan(List<PhoneEntry> phones, AccessTarget target) throws InterruptedException {
        List<CampaignPhone> out = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (PhoneEntry e : phones) {
            if (Thread.interrupted()) {
                throw new InterruptedException("cancelled while reading the phones' configuration");
            }
            String device = KeyRoutes.deviceName(e).orElse(null);
            if (device == null) {
                unreadable.put(e.displayName(), "no device name (SEP and its MAC): CUCM cannot be asked");
                continue;
            }
            PhoneVendorConfig original;
            try {
                original = cucm.get(device);
            } catch (IOException ex) {
                unreadable.put(device, ex.getMessage());
                continue;
            }
            Map<String, String> desired = target.desired(original);
            List<String> changes = target.changes(original.vendorConfig(), desired);
            if (changes.isEmpty()) {
                unchanged.add(device);
            } else {
                out.add(new CampaignPhone(device, e.address().toString(), original.vendorConfig(), desired, changes,
                        CampaignState.PLANNED, ""));
            }
        }
        return new CampaignPlan(out, unchanged, unreadable);
    }

    /** Sends each phone not yet TAKEN its desired configuration and checks it; resumable. */
    public CampaignResult prepare(CampaignJournal journal, CampaignListener listener) throws IOException {
        return run(journal, listener, false);
    }

    /** Sends each phone not yet RESTORED its original configuration and checks it; resumable. */
    public CampaignResult restore(CampaignJournal journal, CampaignListener listener) throws IOException {
        return run(journal, listener, true);
    }

    private CampaignResult run(CampaignJournal journal, CampaignListener listener, boolean restore) throws IOException {
        List<CampaignPhone> todo = journal.phones().stream()
                .filter(p -> restore ? !p.state().restored() : !p.state().prepared()).toList();
        int total = todo.size();
        AtomicInteger done = new AtomicInteger();
        List<CampaignPhone> sent = new ArrayList<>();
        boolean cancelled = false;
        try {
            for (CampaignPhone p : todo) {
                if (Thread.currentThread().isInterrupted()) {
                    cancelled = true;
                    break;
                }
                CampaignPhone after = send(p, restore);
                journal.record(after);
                if (after.state() == CampaignState.FAILED) {
                    listener.phoneChanged(after, done.incrementAndGet(), total);
                } else {
                    sent.add(after);
                }
            }
            if (!cancelled) {
                cancelled = !checkAll(sent, journal, listener, done, total, restore);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        }
        return new CampaignResult(restore, journal.phones(), cancelled);
    }

    /** updatePhone then applyPhone, paced; the phone's state after. */
    private CampaignPhone send(CampaignPhone p, boolean restore) throws InterruptedException {
        Map<String, String> config = restore ? p.original() : p.desired();
        try {
            pace();
            cucm.update(p.device(), config);
            pace();
            cucm.apply(p.device());
        } catch (IOException e) {
            return p.with(CampaignState.FAILED, (restore ? "restore: " : "") + e.getMessage());
        }
        return p.with(restore ? CampaignState.RESTORE_SENT : CampaignState.SENT, "");
    }

    /** Checks the sent phones a few at a time; false when cancelled. */
    private boolean checkAll(List<CampaignPhone> sent, CampaignJournal journal, CampaignListener listener,
            AtomicInteger done, int total, boolean restore) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(CHECKS_AT_ONCE, sent.size())), r -> {
            Thread t = new Thread(r, "voicebench-access-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CampaignPhone>> futures = new ArrayList<>();
            for (CampaignPhone p : sent) {
                futures.add(pool.submit(() -> {
                    String why = check.whyNotTaken(p, restore ? p.original() : p.desired());
                    CampaignState ok = restore ? CampaignState.RESTORED : CampaignState.TAKEN;
                    CampaignState not = restore ? CampaignState.RESTORE_NOT_TAKEN : CampaignState.NOT_TAKEN;
                    CampaignPhone after = p.with(why == null ? ok : not, why == null ? "" : why);
                    journal.record(after);
                    listener.phoneChanged(after, done.incrementAndGet(), total);
                    return after;
                }));
            }
            for (Future<CampaignPhone> f : futures) {
                f.get();
            }
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof InterruptedException) {
                return false;
            }
            throw new IllegalStateException("checking a phone failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits so that AXL writes keep to the rate. */
    private void pace() throws InterruptedException {
        long gap = settings.writeGap().toNanos();
        long wait = lastWrite == 0 ? 0 : lastWrite + gap - System.nanoTime();
        if (wait > 0) {
            settings.sleeper().sleep(Duration.ofNanos(wait));
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("cancelled");
        }
        lastWrite = System.nanoTime();
    }
}
