package org.voicebench.cli;

/**
 * Where commands read environment variables (e.g. {@code VOICEBENCH_PASSWORD}): the process
 * environment in {@code main}, a map in tests, which cannot change their own environment.
 */
@FunctionalInterface
public interface Environment {

    /** The variable's value, or null when it is not set. */
    String get(String name);

    /** The process environment. */
    static Environment system() {
        return System::getenv;
    }
}
