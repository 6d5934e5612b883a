package org.voicebench.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.openide.windows.IOProvider;
import org.openide.windows.InputOutput;

/** One tab of the Output window: each line with the time it was written. Any thread. */
public final class OutputLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final String tab;

    /** @param tab the tab's title (localized) */
    public OutputLog(String tab) {
        this.tab = tab;
    }

    public void line(String text) {
        io().getOut().println(stamped(text));
    }

    /** An error line; the tab comes to front so that it is seen. */
    public void error(String text) {
        InputOutput io = io();
        io.getErr().println(stamped(text));
        io.select();
    }

    /** Brings the tab to front, e.g. for next steps just written. */
    public void show() {
        io().select();
    }

    static String stamped(String text) {
        return LocalTime.now().format(TIME) + "  " + text;
    }

    // the tab is looked up each time: the user may have closed it, and getIO(name, false) opens it again
    private InputOutput io() {
        return IOProvider.getDefault().getIO(tab, false);
    }
}
