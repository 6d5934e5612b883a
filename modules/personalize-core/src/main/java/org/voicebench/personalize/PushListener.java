package org.voicebench.personalize;

/** Told about each phone as it ends (from the push's threads); for progress lines and windows. */
@FunctionalInterface
public interface PushListener {

    PushListener NONE = (result, done, total) -> { };

    void finished(PushResult result, int done, int total);
}
