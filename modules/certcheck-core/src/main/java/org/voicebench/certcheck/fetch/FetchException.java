package org.voicebench.certcheck.fetch;

/**
 * A certificate or trust list could not be fetched. The message names what was asked for (the
 * {@code host:port} or URL) and says what went wrong in plain words, e.g.
 * {@code tls://cucm-pub:5061: connection refused}.
 */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final boolean notFound;

    public FetchException(String target, String problem, Throwable cause) {
        this(target, problem, cause, false);
    }

    private FetchException(String target, String problem, Throwable cause, boolean notFound) {
        super(target + ": " + problem, cause);
        this.target = target;
        this.notFound = notFound;
    }

    /**
     * The server answered that it has no such file (HTTP 404, TFTP error 1) or the file does not exist:
     * unlike a failure, an answer. A phone asking for {@code ITLSEP<MAC>.tlv} takes {@code ITLFile.tlv}
     * on this answer, and so does the audit.
     */
    public static FetchException notFound(String target, String problem, Throwable cause) {
        return new FetchException(target, problem, cause, true);
    }

    public FetchException(String target, String problem) {
        this(target, problem, null);
    }

    /** What was asked for: {@code tls://host:port}, a URL or a file path. */
    public String target() {
        return target;
    }

    /** True when the answer was "no such file" ({@link #notFound(String, String, Throwable)}). */
    public boolean notFound() {
        return notFound;
    }
}
