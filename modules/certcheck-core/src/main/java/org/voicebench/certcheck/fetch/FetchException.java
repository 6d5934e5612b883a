package org.voicebench.certcheck.fetch;

/**
 * A certificate or trust list could not be fetched. The message names what was asked for (the
 * {@code host:port} or URL) and says what went wrong in plain words, e.g.
 * {@code tls://cucm-pub:5061: connection refused}.
 */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String target;

    public FetchException(String target, String problem, Throwable cause) {
        super(target + ": " + problem, cause);
        this.target = target;
    }

    public FetchException(String target, String problem) {
        this(target, problem, null);
    }

    /** What was asked for: {@code tls://host:port}, a URL or a file path. */
    public String target() {
        return target;
    }
}
