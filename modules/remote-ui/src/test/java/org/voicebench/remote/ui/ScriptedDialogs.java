package org.voicebench.remote.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.voicebench.phone.inventory.PhoneEntry;

/** Answers the panels' questions from queues filled by the test; records errors and questions. */
final class ScriptedDialogs implements Dialogs {

    final Deque<PhoneEntry> phones = new ArrayDeque<>();
    final Deque<Credentials> credentials = new ArrayDeque<>();
    final Deque<Path> files = new ArrayDeque<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<String> asked = new CopyOnWriteArrayList<>();
    boolean confirm = true;

    @Override
    public PhoneEntry editPhone(String title, PhoneEntry initial, String group, List<String> groups) {
        asked.add(title);
        return phones.poll();
    }

    @Override
    public Credentials credentials(String title, String user) {
        asked.add(title);
        return credentials.poll();
    }

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
    public Path folder(String title) {
        asked.add(title);
        return files.poll();
    }

    @Override
    public boolean confirm(String message) {
        asked.add(message);
        return confirm;
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }
}
