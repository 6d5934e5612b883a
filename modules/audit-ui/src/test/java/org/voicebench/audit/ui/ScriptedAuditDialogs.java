package org.voicebench.audit.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers the window's questions from what the test queued; records questions and errors. */
final class ScriptedAuditDialogs implements AuditDialogs {

    final Queue<Path> files = new ConcurrentLinkedQueue<>();
    final List<String> asked = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    volatile boolean yes = true;

    @Override
    public Path saveFile(String title, String suggestedName, String extension) {
        asked.add(title + " [" + suggestedName + "]");
        return files.poll();
    }

    @Override
    public boolean confirm(String message) {
        asked.add(message);
        return yes;
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }
}
