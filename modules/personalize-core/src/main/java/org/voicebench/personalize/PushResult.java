package org.voicebench.personalize;

import java.time.Duration;
import java.util.Objects;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;

/**
 * One phone's end.
 *
 * @param address  the phone
 * @param name     its name from the list ("" when none)
 * @param model    the model used (from the list or DeviceInformationX), "" when unknown
 * @param outcome  how it ended
 * @param message  what happened in words, with what to do (for PERSONALIZATION_DISABLED: the CUCM setting)
 * @param phoneSaid the phone's own words when it refused, else ""
 * @param duration how long the phone took
 * @param transport how the objects went: its web server ({@code /CGI/Execute}) or CUCM over CTI (no answer: only the
 *                  downloads tell that the phone ran them)
 */
public record PushResult(PhoneAddress address, String name, String model, PushOutcome outcome, String message,
                         String phoneSaid, Duration duration, KeyTransport transport) {

    public PushResult {
        Objects.requireNonNull(transport, "transport");
    }

    /** A result of the objects sent to the phone's web server. */
    public PushResult(PhoneAddress address, String name, String model, PushOutcome outcome, String message,
            String phoneSaid, Duration duration) {
        this(address, name, model, outcome, message, phoneSaid, duration, KeyTransport.WEB);
    }

    /** This result with {@code text} before its message (e.g. what was done before the push). */
    public PushResult withNote(String text) {
        return new PushResult(address, name, model, outcome, text + message, phoneSaid, duration, transport);
    }
}
