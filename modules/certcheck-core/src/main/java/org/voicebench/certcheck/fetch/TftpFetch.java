package org.voicebench.certcheck.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.apache.commons.net.tftp.TFTPErrorPacket;

/** One TFTP read (octet mode) with Apache Commons Net, bounded per packet and in size. */
final class TftpFetch {

    /** Waits (the request and its retransmissions) before giving up: with the per-packet timeout this bounds a silent server. */
    static final int MAX_TIMEOUTS = 3;

    /** How Commons Net reports an ERROR packet: "Error code N received: text". */
    private static final Pattern SERVER_ERROR = Pattern.compile("Error code (\\d+) received: ?(.*)", Pattern.DOTALL);

    private TftpFetch() {
    }

    static byte[] get(TrustListLocation location, DownloadLimits limits) throws FetchException {
        String url = location.display();
        InetAddress host;
        try {
            host = InetAddress.getByName(location.host());
        } catch (UnknownHostException e) {
            throw new FetchException(url, "unknown host", e);
        }
        BoundedBuffer body = new BoundedBuffer(limits.maxBytes());
        TFTPClient tftp = new TFTPClient();
        tftp.setDefaultTimeout(Duration.ofMillis(limits.timeoutMillis()));
        tftp.setMaxTimeouts(MAX_TIMEOUTS);
        try {
            tftp.open();
            tftp.receiveFile(location.fileName(), TFTP.BINARY_MODE, body, host, location.port());
            return body.toByteArray();
        } catch (IOException e) {
            throw failure(url, e, body, limits);
        } finally {
            tftp.close();
        }
    }

    private static FetchException failure(String url, IOException e, BoundedBuffer body, DownloadLimits limits) {
        if (body.overflowed()) {
            return new FetchException(url, "the file is larger than " + limits.maxBytes() + " bytes (the limit)", e);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = SERVER_ERROR.matcher(message);
        if (m.matches()) {
            int code = Integer.parseInt(m.group(1));
            String text = m.group(2).isBlank() ? "" : ": " + m.group(2).trim();
            String problem = "the TFTP server answered error " + code + " (" + errorWords(code) + ")" + text;
            return code == TFTPErrorPacket.FILE_NOT_FOUND ? FetchException.notFound(url, problem, e)
                    : new FetchException(url, problem, e);
        }
        if (message.contains("timed out")) {
            return new FetchException(url, "no TFTP answer within " + limits.timeoutText() + " (tried "
                    + MAX_TIMEOUTS + " times; timed out)", e);
        }
        return new FetchException(url, "TFTP transfer failed: " + message, e);
    }

    private static String errorWords(int code) {
        return switch (code) {
            case TFTPErrorPacket.FILE_NOT_FOUND -> "file not found";
            case TFTPErrorPacket.ACCESS_VIOLATION -> "access violation";
            case TFTPErrorPacket.ILLEGAL_OPERATION -> "illegal operation";
            case TFTPErrorPacket.UNKNOWN_TID -> "unknown transfer id";
            case TFTPErrorPacket.NO_SUCH_USER -> "no such user";
            default -> "undefined";
        };
    }
}
