package org.voicebench.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.swing.JComponent;
import org.voicebench.ui.Dialogs;

/**
 * ui-kit's {@link Dialogs} for tests: answers from what the test queued, never a modal dialog, and records every
 * question and error. A module with questions of its own extends it.
 */
public class ScriptedDialogs implements Dialogs {

    /** The files and folders to answer, in turn; empty: cancelled. */
    public final Queue<Path> files = new ConcurrentLinkedQueue<>();
    /**
     * How to answer the forms asked, in turn: each fills the form it is given and says whether OK is pressed;
     * empty: cancelled. An answer that leaves the form invalid is followed by the next, as the dialog shows again.
     */
    public final Queue<Predicate<JComponent>> forms = new ConcurrentLinkedQueue<>();
    /** Titles of file questions and forms, confirmation messages, choices as "title: option,option". */
    public final List<String> asked = new CopyOnWriteArrayList<>();
    /** The problems a form was shown again with. */
    public final List<String> problems = new CopyOnWriteArrayList<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();
    /** The answer to every confirmation. */
    public volatile boolean yes = true;
    /** The answer to every choice not answered by {@link #choices}; null: cancelled. */
    public volatile String choice;
    /** Answers to the next choices, in order (for a window that asks several in a row). */
    public final Queue<String> choices = new ConcurrentLinkedQueue<>();

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
        return yes;
    }

    @Override
    public String choose(String title, String label, List<String> options) {
        asked.add(title + ": " + String.join(",", options));
        String next = choices.poll();
        return next != null ? next : choice;
    }

    @Override
    public void error(String message) {
        errors.add(message);
    }

    @Override
    public boolean ask(String title, JComponent form, Supplier<String> problem) {
        asked.add(title);
        Predicate<JComponent> answer;
        while ((answer = forms.poll()) != null) {
            if (!answer.test(form)) {
                return false;
            }
            String p = problem.get();
            if (p == null) {
                return true;
            }
            problems.add(p);
        }
        return false;
    }
}
