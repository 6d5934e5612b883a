package org.voicebench.cli.phone;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.RawAnswer;
import org.voicebench.phone.capture.CaptureManifest;
import org.voicebench.phone.capture.CapturePath;
import org.voicebench.phone.capture.PhoneCapture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code phone capture ADDRESS -o FILE.zip}: everything a phone serves, saved as it came, so that a
 * user can show us a phone we do not have (and the simulator can serve it back). Read-only: GETs of
 * {@link CapturePath#all()}, paced, never an Execute or a key.
 */
@Command(name = "capture",
        sortOptions = false,
        description = {
            "Saves everything the phone serves to a zip, read-only, for a bug report or a regression test.",
            "GETs every known page (DeviceInformationX, the network, port, log and Serviceability pages, the home page; "
                    + "ModeInfo, LineInfo and a screenshot with the --user credentials, or without any to show what the "
                    + "phone answers then), about " + CaptureCommand.PACE_MILLIS + " ms apart, and keeps each answer's status, "
                    + "type and bytes, whatever they are. Never sends Execute or a key. FILE holds no password.",
            "Serve it back with: voicebench-cli sim --replay FILE.zip"},
        footerHeading = "%nExit codes:%n",
        footer = {"  0   saved (pages that got no answer are listed in the capture)",
            "  1   the phone answered nothing at all (stderr: ADDRESS: OUTCOME: message), the capture was",
            "      interrupted (nothing saved), or FILE could not be written", PhoneCommand.EXIT_USAGE})
public final class CaptureCommand implements Callable<Integer> {

    /** Time between two requests: gentle on a phone's small web server, 25 pages in about 5 s. */
    static final long PACE_MILLIS = 200;
    private static final Duration PACE = Duration.ofMillis(PACE_MILLIS);
    /** Failures of a first request that mean nothing is there to capture: stop instead of waiting on every page. */
    private static final Set<PhoneFailure> NOTHING_THERE = EnumSet.of(PhoneFailure.UNREACHABLE, PhoneFailure.WEB_ACCESS_DISABLED);

    @Mixin
    PhoneTarget target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.zip", required = true, description = "where to save it, e.g. cp-8845.zip")
    String output;

    @ParentCommand
    PhoneCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PhoneAddress address = target.address();
        Path file = OutputFile.check(target, output, "capture.zip");
        boolean credentials = target.hasUser();
        try (PhoneClient client = target.client(parent.environment())) {
            PhoneCapture.Builder capture = PhoneCapture.builder(address.toString(), tool(), credentials, Instant.now());
            PhoneException last = take(client.phone(address), credentials, capture);
            PhoneCapture taken = capture.build();
            if (taken.answers().isEmpty() || (last != null && last.failure() == PhoneFailure.CANCELLED)) {
                // nothing to show, or a capture cut short: nothing is saved
                target.out().flush();
                return target.report(last);
            }
            try {
                Path saved = taken.write(file);
                CaptureManifest m = taken.manifest();
                target.out().println(address + ": saved " + saved + " (" + m.answers().size() + " answers, "
                        + m.failures().size() + " without answer" + (credentials ? ", credentials sent" : ", no credentials") + ")");
                return 0;
            } catch (IOException e) {
                target.err().println(address + ": cannot write " + file + ": " + e.getMessage());
                return PhoneCommand.FAILED;
            }
        }
    }

    /**
     * Asks for every page, one line each, into {@code capture}; stops early only when interrupted, or
     * when a connection is refused or times out while nothing has answered yet (nothing is there: waiting
     * out the timeout on every page would only delay the error).
     *
     * @return the last failure, for the report when nothing answered or it was interrupted; null if none
     */
    private PhoneException take(Phone phone, boolean credentials, PhoneCapture.Builder capture) {
        PhoneException last = null;
        boolean first = true;
        for (CapturePath p : CapturePath.all()) {
            if (!first && !pause()) {
                return new PhoneException(phone.address(), PhoneFailure.CANCELLED, "interrupted before " + p.path());
            }
            first = false;
            try {
                RawAnswer a = phone.fetch(p.path(), credentials && p.needsCredentials());
                capture.add(a);
                target.out().println(phone.address() + ": " + p.path() + ": " + a.status() + " "
                        + (a.contentType() == null ? "(no Content-Type)" : a.contentType()) + ", " + a.body().length + " bytes");
            } catch (PhoneException e) {
                last = e;
                capture.failed(p.path(), e);
                target.out().println(phone.address() + ": " + p.path() + ": " + e.failure() + ": " + e.getMessage());
                if (e.failure() == PhoneFailure.CANCELLED || (!capture.answered() && NOTHING_THERE.contains(e.failure()))) {
                    return e;
                }
            }
        }
        return last;
    }

    /** Waits the pace; false when interrupted (the flag is set again). */
    private static boolean pause() {
        try {
            Thread.sleep(PACE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code voicebench-cli 0.1.0}, as {@code --version} says it. */
    private String tool() {
        String[] v = spec.root().version();
        return v.length > 0 && !v[0].isBlank() ? v[0] : "voicebench-cli unknown";
    }
}
