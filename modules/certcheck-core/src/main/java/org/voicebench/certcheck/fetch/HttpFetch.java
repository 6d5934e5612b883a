package org.voicebench.certcheck.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.voicebench.http.BoundedHttpClient;

/** One HTTP GET of a file from a TFTP node's web port (6970), bounded in time ({@link BoundedHttpClient}) and size. */
final class HttpFetch {

    private HttpFetch() {
    }

    static byte[] get(TrustListLocation location, DownloadLimits limits) throws FetchException {
        String url = location.display();
        BoundedBuffer body = new BoundedBuffer(limits.maxBytes());
        try (CloseableHttpClient http = BoundedHttpClient.with(limits.timeout(), limits.timeout()).build()) {
            int status = http.execute(new HttpGet(url), response -> read(response, body));
            if (status == 404) {
                throw FetchException.notFound(url, "the server answered HTTP 404" + statusWords(status), null);
            }
            if (status != 200) {
                throw new FetchException(url, "the server answered HTTP " + status + statusWords(status));
            }
            return body.toByteArray();
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw failure(url, e, body, limits);
        }
    }

    /** Reads the body of a 200 (bounded); any other answer's body is not wanted. */
    private static int read(ClassicHttpResponse response, BoundedBuffer body) throws IOException {
        HttpEntity entity = response.getEntity();
        if (response.getCode() == 200 && entity != null) {
            try (InputStream in = entity.getContent()) {
                in.transferTo(body);
            }
        }
        return response.getCode();
    }

    private static FetchException failure(String url, IOException e, BoundedBuffer body, DownloadLimits limits) {
        if (body.overflowed()) {
            return new FetchException(url, "the file is larger than " + limits.maxBytes() + " bytes (the limit)", e);
        }
        if (e instanceof UnknownHostException) {
            return new FetchException(url, "unknown host", e);
        }
        if (e instanceof ConnectTimeoutException) {
            return new FetchException(url, "no answer within " + limits.timeoutText() + " (connection timed out)", e);
        }
        if (e instanceof HttpHostConnectException || e instanceof ConnectException) {
            return new FetchException(url, "connection refused (no HTTP server on that port)", e);
        }
        if (e instanceof SocketTimeoutException) {
            return new FetchException(url, "no answer within " + limits.timeoutText() + " (timed out)", e);
        }
        return new FetchException(url, "download failed: " + e.getMessage(), e);
    }

    private static String statusWords(int status) {
        return switch (status) {
            case 404 -> " (file not found)";
            case 403 -> " (forbidden)";
            case 500 -> " (server error)";
            case 503 -> " (service unavailable)";
            default -> "";
        };
    }
}
