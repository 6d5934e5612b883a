package org.voicebench.remote.ui.api;

/** Told on the Swing thread when a remote view sends a key. */
@FunctionalInterface
public interface KeySentListener {

    /**
     * @param key   the key name as sent ({@code Applications}, {@code KeyPad4}, {@code Soft2})
     * @param nanos when it was pressed ({@link System#nanoTime()})
     */
    void keySent(String key, long nanos);
}
