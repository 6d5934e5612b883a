package org.voicebench.phone.capture;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@code capture.json} says about a capture: when and from where it was taken, with which tool,
 * whether credentials were sent, and one line per page asked for (answered or failed). The answers'
 * sizes and SHA-256 let a reader check that no body was changed or cut.
 *
 * @param captured        when the capture was taken (whole seconds)
 * @param address         the phone as the user named it, e.g. {@code 10.1.2.3} or {@code 10.1.2.3:8080}
 * @param tool            what took it, e.g. {@code voicebench-cli 0.1.0}
 * @param credentialsSent whether credentials went with the pages that need them (JSON {@code user});
 *                        a capture never holds a password, nor the user's name
 * @param answers         the pages the phone answered, whatever the status, in the order asked
 * @param failures        the pages that got no answer (transport failures), in the order asked
 */
public record CaptureManifest(Instant captured, String address, String tool, boolean credentialsSent, List<Answer> answers,
        List<Failure> failures) {

    /** The format this version reads and writes: a reader refuses any other. */
    public static final String FORMAT = "voicebench-capture/1";

    public CaptureManifest {
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(tool, "tool");
        answers = List.copyOf(answers);
        failures = List.copyOf(failures);
    }

    /**
     * One answered page.
     *
     * @param path        the request target, path and query as sent
     * @param status      the HTTP status
     * @param contentType the Content-Type, or null when the phone sent none
     * @param file        the zip entry holding the body as the phone sent it
     * @param bytes       the body's length
     * @param sha256      the body's SHA-256, lower-case hex
     */
    public record Answer(String path, int status, String contentType, String file, long bytes, String sha256) {
    }

    /**
     * One page that got no answer.
     *
     * @param path    the request target
     * @param failure the client's {@code PhoneFailure} name, e.g. {@code UNREACHABLE}
     * @param message the client's message (never credentials)
     */
    public record Failure(String path, String failure, String message) {
    }
}
