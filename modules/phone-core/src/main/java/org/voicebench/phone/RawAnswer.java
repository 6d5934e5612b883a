package org.voicebench.phone;

import java.util.Objects;

/**
 * A phone's answer to one GET, as it came: for captures of what a phone serves (never interpreted,
 * so an error page or a 404 is an answer too).
 *
 * @param path        the path asked for, e.g. {@code /DeviceInformationX}
 * @param status      the HTTP status
 * @param contentType the Content-Type header, or null when the phone sent none
 * @param body        the body (bounded by the client)
 */
public record RawAnswer(String path, int status, String contentType, byte[] body) {

    public RawAnswer {
        Objects.requireNonNull(path, "path");
        body = body == null ? new byte[0] : body;
    }
}
