package org.voicebench.certcheck.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where to get a trust list: a file, or a TFTP node as a phone asks it, over HTTP
 * ({@code http://host[:6970]/ITLFile.tlv}) or TFTP ({@code tftp://host[:69]/ITLFile.tlv}). Any file
 * name is allowed ({@code ITLSEP<MAC>.tlv}, {@code CTLFile.tlv}, a signed config file).
 *
 * @param kind file, HTTP or TFTP
 * @param file the file (FILE only)
 * @param host host name or address (HTTP and TFTP)
 * @param port port (HTTP default 6970, TFTP default 69)
 * @param fileName the requested file: the URL path without its leading '/' (HTTP and TFTP)
 */
public record TrustListLocation(Kind kind, Path file, String host, int port, String fileName) {

    /** How the list is fetched. */
    public enum Kind {
        FILE, HTTP, TFTP
    }

    /** The port CUCM's TFTP service answers HTTP requests on. */
    public static final int HTTP_PORT = 6970;
    /** The TFTP port. */
    public static final int TFTP_PORT = 69;

    public TrustListLocation {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.FILE) {
            Objects.requireNonNull(file, "file");
        } else {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(fileName, "fileName");
        }
    }

    /**
     * Reads a file path or an {@code http://} or {@code tftp://} URL.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static TrustListLocation parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("trust list location is empty: give a file or an http:// or tftp:// URL");
        }
        int scheme = t.indexOf("://");
        if (scheme < 0) {
            try {
                return new TrustListLocation(Kind.FILE, Path.of(t), null, 0, null);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("'" + text + "' is not a file name: " + e.getMessage(), e);
            }
        }
        String name = t.substring(0, scheme).toLowerCase(Locale.ROOT);
        Kind kind = switch (name) {
            case "http" -> Kind.HTTP;
            case "tftp" -> Kind.TFTP;
            default -> throw new IllegalArgumentException("'" + text + "': the scheme " + name + ":// is not supported; "
                    + "use http://HOST:6970/ITLFile.tlv, tftp://HOST/ITLFile.tlv or a file");
        };
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getMessage(), e);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + text + "' names no host, e.g. " + name + "://cucm-pub/ITLFile.tlv");
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("'" + text + "': a trust list URL has only host, port and file name");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String file = path.startsWith("/") ? path.substring(1) : path;
        if (file.isEmpty() || file.endsWith("/")) {
            throw new IllegalArgumentException("'" + text + "' names no file, e.g. " + name + "://" + uri.getHost()
                    + "/ITLFile.tlv");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : kind == Kind.HTTP ? HTTP_PORT : TFTP_PORT;
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new TrustListLocation(kind, null, host, port, file);
    }

    /** An HTTP location on a TFTP node. */
    public static TrustListLocation http(String host, int port, String fileName) {
        return new TrustListLocation(Kind.HTTP, null, host, port, fileName);
    }

    /** A TFTP location. */
    public static TrustListLocation tftp(String host, int port, String fileName) {
        return new TrustListLocation(Kind.TFTP, null, host, port, fileName);
    }

    /** The file path, or the URL ({@code http://host:port/name}, {@code tftp://host:port/name}). */
    public String display() {
        if (kind == Kind.FILE) {
            return file.toString();
        }
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return kind.name().toLowerCase(Locale.ROOT) + "://" + h + ":" + port + "/" + fileName;
    }

    /** The name to show for the downloaded list: the file's name or the requested one. */
    public String name() {
        return kind == Kind.FILE ? String.valueOf(file.getFileName()) : fileName.substring(fileName.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return display();
    }
}
