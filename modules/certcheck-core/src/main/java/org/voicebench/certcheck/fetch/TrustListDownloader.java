package org.voicebench.certcheck.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * Gets a trust list as a phone would: from a TFTP node over HTTP (6970) or TFTP, or from a file,
 * within the {@link DownloadLimits}. Thread-safe.
 */
public final class TrustListDownloader {

    private final DownloadLimits limits;

    public TrustListDownloader(DownloadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public static TrustListDownloader withDefaults() {
        return new TrustListDownloader(DownloadLimits.DEFAULT);
    }

    public DownloadLimits limits() {
        return limits;
    }

    /**
     * Fetches the file.
     *
     * @throws FetchException naming the URL or file and the server's answer or the cause (refused,
     *         timed out, HTTP status, TFTP error, larger than the limit); {@link FetchException#notFound()}
     *         when the answer was that there is no such file
     */
    public DownloadedFile download(TrustListLocation location) throws FetchException {
        byte[] bytes = switch (location.kind()) {
            case HTTP -> HttpFetch.get(location, limits);
            case TFTP -> TftpFetch.get(location, limits);
            case FILE -> readFile(location);
        };
        return new DownloadedFile(bytes, location.display());
    }

    /** {@link #download(TrustListLocation)} of {@link TrustListLocation#parse(String)}. */
    public DownloadedFile download(String location) throws FetchException {
        return download(TrustListLocation.parse(location));
    }

    private byte[] readFile(TrustListLocation location) throws FetchException {
        String name = location.display();
        try (InputStream in = Files.newInputStream(location.file())) {
            byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
            if (bytes.length > limits.maxBytes()) {
                throw new FetchException(name, "the file is larger than " + limits.maxBytes() + " bytes (the limit)");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw FetchException.notFound(name, "no such file", e);
        } catch (IOException e) {
            throw new FetchException(name, "cannot read: " + e.getMessage(), e);
        }
    }
}
