package org.voicebench.certcheck.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.voicebench.certcheck.CertificateLoadException;
import org.voicebench.certcheck.CertificateProblem;
import org.voicebench.certcheck.CertificateSource;
import org.voicebench.certcheck.ClusterCertificates;
import org.voicebench.certcheck.LoadResult;
import org.voicebench.certcheck.SigningRule;
import org.voicebench.certcheck.TrustCheck;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;

/**
 * The inputs of a trust check as a user names them (files, folders, URLs, live hosts), gathered
 * into a ready {@link TrustCheck}: what the CLI's {@code compare} and the Trust Check window share.
 * Loading reads files, downloads and does TLS handshakes, so it runs off the UI thread; it stops
 * between inputs when the thread is interrupted.
 */
public final class TrustCheckInputs {

    /** An input that cannot be used; the message is one line naming it and what is wrong. */
    public static final class InputException extends Exception {

        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * What loading produced.
     *
     * @param check the check, ready to {@link TrustCheck#run()}
     * @param problems files of a folder that could not be read (not fatal)
     * @param skipped files of a folder ignored for their extension
     */
    public record Loaded(TrustCheck check, List<CertificateProblem> problems, List<Path> skipped) {

        public Loaded {
            problems = List.copyOf(problems);
            skipped = List.copyOf(skipped);
        }
    }

    /** What loading is doing now, for a progress display. */
    public enum StepKind {
        /** Reading or downloading a trust list or signed file; the subject is its location. */
        READ_TRUST_LIST,
        /** Reading certificate files; the subject is the file, folder or {@code ROLE@NODE=path}. */
        READ_CERTIFICATES,
        /** A TLS handshake; the subject is {@code tls://host:port}. */
        CAPTURE_TLS
    }

    /** One step of loading. */
    public record Step(StepKind kind, String subject) {
    }

    private String phoneList;
    private final List<String> clusterLists = new ArrayList<>();
    private String configFile;
    private final List<String> certificates = new ArrayList<>();
    private final List<TlsTarget> tls = new ArrayList<>();
    private SigningRule signing = SigningRule.AUTO;
    private DownloadLimits limits = DownloadLimits.DEFAULT;

    /** The phone's ITL or CTL: a file or an {@code http://}/{@code tftp://} URL. */
    public TrustCheckInputs phoneList(String location) {
        phoneList = Objects.requireNonNull(location, "location");
        return this;
    }

    /** A cluster's current ITL or CTL (one per TFTP node may be given): a file or URL; null is ignored. */
    public TrustCheckInputs clusterList(String location) {
        if (location != null) {
            clusterLists.add(location);
        }
        return this;
    }

    /** A signed config file, or null. */
    public TrustCheckInputs configFile(String file) {
        configFile = file;
        return this;
    }

    /** A certificate file or folder, or {@code ROLE@NODE=path}. */
    public TrustCheckInputs certificates(String pathOrSource) {
        certificates.add(Objects.requireNonNull(pathOrSource, "pathOrSource"));
        return this;
    }

    /** A live service whose presented certificate is captured. */
    public TrustCheckInputs tls(TlsTarget target) {
        tls.add(Objects.requireNonNull(target, "target"));
        return this;
    }

    public TrustCheckInputs signing(SigningRule value) {
        signing = Objects.requireNonNull(value, "value");
        return this;
    }

    /** Timeout (downloads and TLS handshakes) and largest download. */
    public TrustCheckInputs limits(DownloadLimits value) {
        limits = Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * Reads, downloads and captures everything.
     *
     * @param progress told what is being loaded, one step at a time
     * @throws InputException the first input that cannot be used
     * @throws InterruptedException the thread was interrupted (the user cancelled)
     */
    public Loaded load(Consumer<Step> progress) throws InputException, InterruptedException {
        if (phoneList == null) {
            throw new InputException("no phone trust list given", null);
        }
        TrustListDownloader downloader = new TrustListDownloader(limits);
        TrustCheck check;
        try {
            check = TrustCheck.of(trustList(downloader, phoneList, progress));
            for (String clusterList : clusterLists) {
                check.clusterList(trustList(downloader, clusterList, progress));
            }
            if (configFile != null) {
                check.configFile(trustList(downloader, configFile, progress));
            }
        } catch (IllegalArgumentException e) { // a file of the wrong kind: the message names it
            throw new InputException(e.getMessage(), e);
        }
        ClusterCertificates loader = ClusterCertificates.with(ClusterCertificates.Limits.DEFAULT);
        for (String c : certificates) {
            stopIfInterrupted();
            progress.accept(new Step(StepKind.READ_CERTIFICATES, c));
            addCertificates(loader, c);
        }
        TlsCapture capture = TlsCapture.withTimeout(limits.timeout());
        for (TlsTarget t : tls) {
            stopIfInterrupted();
            progress.accept(new Step(StepKind.CAPTURE_TLS, t.origin()));
            try {
                capture.capture(t).addTo(loader);
            } catch (FetchException e) {
                stopIfInterrupted();
                throw new InputException(e.getMessage(), e);
            }
        }
        LoadResult certs = loader.result();
        check.certificates(certs.certificates()).signing(signing);
        return new Loaded(check, certs.problems(), certs.skipped());
    }

    private static void addCertificates(ClusterCertificates loader, String text) throws InputException {
        try {
            if (looksLikeSource(text)) {
                loader.add(CertificateSource.parse(text));
            } else {
                loader.add(Path.of(text));
            }
        } catch (CertificateLoadException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IllegalArgumentException e) { // a bad ROLE@NODE=path, or an invalid path
            throw new InputException(e.getMessage(), e);
        }
    }

    /** {@code ROLE@NODE=path} or {@code ROLE=path}, unless a file of that very name exists. */
    private static boolean looksLikeSource(String text) {
        int eq = text.indexOf('=');
        return eq > 0 && !java.nio.file.Files.exists(Path.of(text));
    }

    private static TrustList trustList(TrustListDownloader downloader, String location, Consumer<Step> progress)
            throws InputException, InterruptedException {
        stopIfInterrupted();
        progress.accept(new Step(StepKind.READ_TRUST_LIST, location));
        TrustListLocation where;
        try {
            where = TrustListLocation.parse(location);
        } catch (IllegalArgumentException e) { // the message names the text
            throw new InputException(e.getMessage(), e);
        }
        try {
            return downloader.download(where).read();
        } catch (FetchException | TrustListFormatException e) {
            stopIfInterrupted(); // a download ended by the cancel is a cancel, not an error
            throw new InputException(e.getMessage(), e);
        }
    }

    private static void stopIfInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("trust check cancelled");
        }
    }
}
