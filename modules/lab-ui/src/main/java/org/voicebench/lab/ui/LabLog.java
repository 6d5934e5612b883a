package org.voicebench.lab.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.IOProvider;
import org.openide.windows.InputOutput;

/** The "Phone Lab" tab of the Output window: what was started and stopped, with the time. */
@Messages("TAB_PhoneLab=Phone Lab")
public final class LabLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private LabLog() {
    }

    public static void line(String text) {
        InputOutput io = IOProvider.getDefault().getIO(Bundle.TAB_PhoneLab(), false);
        io.getOut().println(LocalTime.now().format(TIME) + "  " + text);
    }

    /** Brings the tab to front, e.g. for the demo lab's next steps. */
    public static void show() {
        IOProvider.getDefault().getIO(Bundle.TAB_PhoneLab(), false).select();
    }

    public static void error(String text) {
        InputOutput io = IOProvider.getDefault().getIO(Bundle.TAB_PhoneLab(), false);
        io.getErr().println(LocalTime.now().format(TIME) + "  " + text);
        io.select();
    }
}
