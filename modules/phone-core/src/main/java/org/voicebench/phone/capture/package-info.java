/**
 * Captures of what a real phone serves, and their replay: the evidence format behind
 * {@code voicebench-cli phone capture} and {@code sim --replay}. No Swing, no network: taking a
 * capture is the caller's loop over {@link org.voicebench.phone.capture.CapturePath#all()} with
 * {@code Phone.fetch}, collected by a {@link org.voicebench.phone.capture.PhoneCapture.Builder}.
 *
 * <p>{@link org.voicebench.phone.capture.PhoneCapture} is the capture (answers by request target,
 * read-only {@linkplain org.voicebench.phone.capture.PhoneCapture#replay replay} rules, zip form);
 * {@link org.voicebench.phone.capture.CaptureManifest} is its {@code capture.json}
 * ({@value org.voicebench.phone.capture.CaptureManifest#FORMAT}); a zip that cannot be read raises
 * {@link org.voicebench.phone.capture.CaptureFormatException} naming the file and the entry.
 * A capture holds no credentials, only whether any were sent.
 */
package org.voicebench.phone.capture;
