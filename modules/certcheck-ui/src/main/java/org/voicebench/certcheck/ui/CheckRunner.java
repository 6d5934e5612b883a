package org.voicebench.certcheck.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.openide.util.NbBundle.Messages;
import org.voicebench.certcheck.CertificateProblem;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.certcheck.fetch.DownloadLimits;
import org.voicebench.certcheck.fetch.TlsTarget;
import org.voicebench.certcheck.fetch.TrustCheckInputs;

/**
 * Runs a check from the form's inputs through certcheck-core's {@link TrustCheckInputs} (the same
 * loading as {@code voicebench-cli compare}), giving the steps and notes the window's words.
 * Blocking and headless: called off the Swing thread. Every failure becomes a {@link CheckFailure}
 * whose message names the file, URL or host; an interrupt ends the run with a
 * {@link CancellationException}.
 */
@Messages({
    "# {0} - location", "STEP_Reading=Reading {0}",
    "# {0} - path", "STEP_Certificates=Loading certificates from {0}",
    "# {0} - host and port", "STEP_Capturing=Capturing the certificate of {0}",
    "STEP_Checking=Comparing",
    "# {0} - file", "# {1} - problem", "NOTE_CertificateProblem=Skipped {0}: {1}"
})
public final class CheckRunner {

    /** A check that could not run; the message is for the user. */
    public static final class CheckFailure extends Exception {

        private static final long serialVersionUID = 1L;

        CheckFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * What a run produced.
     *
     * @param report the check's answer
     * @param notes files of certificate folders that could not be read, with the reason
     */
    public record Outcome(TrustCheckReport report, List<String> notes) {

        public Outcome {
            notes = List.copyOf(notes);
        }
    }

    private final DownloadLimits limits;

    /** @param limits timeout of downloads and TLS handshakes, largest download */
    public CheckRunner(DownloadLimits limits) {
        this.limits = limits;
    }

    public static CheckRunner withDefaults() {
        return new CheckRunner(DownloadLimits.DEFAULT);
    }

    /**
     * Runs the check; {@code step} hears what is being done (for the progress bar).
     *
     * @throws CheckFailure naming what could not be read, downloaded, captured or compared
     * @throws CancellationException when the thread was interrupted
     */
    public Outcome run(CheckInputs in, Consumer<String> step) throws CheckFailure {
        TrustCheckInputs inputs = new TrustCheckInputs().phoneList(in.phoneList().display())
                .clusterList(in.clusterList() == null ? null : in.clusterList().display())
                .configFile(in.configFile() == null ? null : in.configFile().toString())
                .signing(in.signing()).limits(limits);
        for (Path p : in.certificates()) {
            inputs.certificates(p.toString());
        }
        for (TlsTarget t : in.hosts()) {
            inputs.tls(t);
        }
        try {
            TrustCheckInputs.Loaded loaded = inputs.load(s -> step.accept(words(s)));
            step.accept(Bundle.STEP_Checking());
            List<String> notes = new ArrayList<>();
            for (CertificateProblem p : loaded.problems()) {
                notes.add(Bundle.NOTE_CertificateProblem(p.file(), p.problem()));
            }
            return new Outcome(loaded.check().run(), notes);
        } catch (TrustCheckInputs.InputException e) {
            throw new CheckFailure(e.getMessage(), e);
        } catch (IllegalArgumentException e) { // nothing to compare with: the message names the phone's list
            throw new CheckFailure(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(e.getMessage());
        }
    }

    private static String words(TrustCheckInputs.Step s) {
        return switch (s.kind()) {
            case READ_TRUST_LIST -> Bundle.STEP_Reading(s.subject());
            case READ_CERTIFICATES -> Bundle.STEP_Certificates(s.subject());
            case CAPTURE_TLS -> Bundle.STEP_Capturing(s.subject());
        };
    }
}
