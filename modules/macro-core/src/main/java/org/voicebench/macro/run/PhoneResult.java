package org.voicebench.macro.run;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.voicebench.phone.KeyTransport;

/**
 * How a macro ended on one phone.
 *
 * @param address     the phone ({@code host:port})
 * @param name        its name in the phone list ("" for none)
 * @param group       its group ("" for none)
 * @param model       the model the steps were chosen for (detected, else as listed; "" when unknown)
 * @param outcome     the category
 * @param step        the 1-based step where it stopped (for a success: the number of steps); 0 before the first
 *                    step (model detection, or never started)
 * @param stepText    that step, e.g. {@code Key:Soft4} ("" for step 0)
 * @param message     what happened, for people ("" for a plain success)
 * @param retries     transient failures retried
 * @param touched     whether any request reached (or may have reached) the phone: an untouched cancelled phone
 *                    is run again on resume, a touched one never
 * @param started     when the phone was started (null when never)
 * @param durationMillis time from start to end
 * @param screenshots what the screenshot steps captured
 * @param transport   how the keys went (web, or CTI where nothing the phone does is answered)
 */
public record PhoneResult(String address, String name, String group, String model, Outcome outcome, int step,
                          String stepText, String message, int retries, boolean touched, Instant started,
                          long durationMillis, List<CapturedScreen> screenshots, KeyTransport transport) {

    public PhoneResult {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(outcome, "outcome");
        name = name == null ? "" : name;
        group = group == null ? "" : group;
        model = model == null ? "" : model;
        stepText = stepText == null ? "" : stepText;
        message = message == null ? "" : message;
        screenshots = List.copyOf(screenshots);
        transport = transport == null ? KeyTransport.WEB : transport;
    }

    /** A result of keys sent over the phone's web server. */
    public PhoneResult(String address, String name, String group, String model, Outcome outcome, int step,
                       String stepText, String message, int retries, boolean touched, Instant started,
                       long durationMillis, List<CapturedScreen> screenshots) {
        this(address, name, group, model, outcome, step, stepText, message, retries, touched, started, durationMillis,
                screenshots, KeyTransport.WEB);
    }

    /** Whether a resumed run skips this phone: everything except a cancelled phone that was never touched. */
    public boolean done() {
        return outcome != Outcome.CANCELLED || touched;
    }

    /** The same result without the screenshots (for the journal). */
    public PhoneResult withoutScreenshots() {
        return new PhoneResult(address, name, group, model, outcome, step, stepText, message, retries, touched, started,
                durationMillis, List.of(), transport);
    }
}
