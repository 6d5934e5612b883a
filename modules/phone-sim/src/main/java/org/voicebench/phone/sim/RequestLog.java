package org.voicebench.phone.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The file names a phone asked its TFTP server for, oldest first, so that tests can hold the simulator to
 * the captured order. Keeps the last {@value #CAPACITY} (a lab may run for hours). Thread-safe.
 */
final class RequestLog {

    static final int CAPACITY = 60;

    private final Deque<String> names = new ArrayDeque<>();

    synchronized void add(String name) {
        if (names.size() == CAPACITY) {
            names.removeFirst();
        }
        names.addLast(name);
    }

    synchronized List<String> names() {
        return List.copyOf(names);
    }
}
