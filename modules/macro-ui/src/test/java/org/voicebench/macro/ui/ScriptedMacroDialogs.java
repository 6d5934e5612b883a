package org.voicebench.macro.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers the macro windows' questions from what the test queued; records questions and errors. */
final class ScriptedMacroDialogs implements MacroDialogs {

    final Deque<Path> files = new ArrayDeque<>();
    final List<String> asked = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    volatile boolean yes = true;
    volatile String choice;

    @Override
    public Path openFile(String title, String extension) {
        asked.add(title);
        return files.poll();
    }

    @Override
    public Path saveFile(String title, String suggestedName, String extension) {
        asked.add(title);
        return files.poll();
    }

    @Override
    public boolean confirm(String message) {
        asked.add(message);
        return yes;
    }

    @Override
    public String choose(String title, String label, List<String> options) {
        asked.add(title + ": " + String.join(",", options));
        return choice;
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }
}
