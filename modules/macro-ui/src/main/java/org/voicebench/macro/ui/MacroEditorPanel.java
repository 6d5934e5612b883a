package org.voicebench.macro.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.ListSelectionModel;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.voicebench.common.AtomicFiles;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroJson;
import org.voicebench.macro.ScreenPart;
import org.voicebench.macro.Step;
import org.voicebench.macro.run.StepPlayer;
import org.voicebench.phone.Phone;
import org.voicebench.ui.BackgroundWork;
import org.voicebench.ui.Dialogs;
import org.voicebench.ui.FormRows;

/**
 * The macro editor: name, description, the destructive and reboot flags, and the steps as a table (move,
 * insert, edit in the cell, delete, add a guard, pause or screenshot); Open, Save and Save As write and read
 * {@code voicebench-macro/1} JSON off the Swing thread, atomically. With the phone a recording came from,
 * Add Guard reads that phone's current screen title.
 */
@Messages({
    "LBL_Name=&Name:", "LBL_Description=&Description:",
    "CHK_Destructive=De&structive (asks for confirmation before running)",
    "CHK_Reboots=The phone &restarts after the last key",
    "BTN_Up=Move &Up", "BTN_Down=Move Do&wn", "BTN_Insert=&Insert Step", "BTN_Delete=De&lete",
    "BTN_Guard=Add &Guard", "BTN_Pause=Add &Pause", "BTN_Screenshot=Add Scree&nshot",
    "BTN_Open=&Open\u2026", "BTN_SaveMacro=Sa&ve", "BTN_SaveAs=Save &As\u2026",
    "TITLE_OpenMacro=Open Macro", "TITLE_SaveMacro=Save Macro",
    "ACSN_Steps=Macro steps",
    "ERR_NoName=Give the macro a name first.",
    "ERR_NoSteps=The macro has no steps: add at least one.",
    "# {0} - reason", "ERR_Invalid=The macro is not valid: {0}",
    "# {0} - reason", "ERR_SaveMacro=The macro could not be saved: {0}",
    "# {0} - reason", "ERR_OpenMacro=The macro could not be opened: {0}",
    "# {0} - file", "ERR_Variants={0} has one sequence per phone model; this editor edits macros with one sequence only.",
    "# {0} - reason", "ERR_Guard=The phone's screen could not be read for the guard: {0}",
    "# {0} - file", "STATUS_SavedMacro=Saved {0}",
    "# {0} - file", "STATUS_Opened=Opened {0}",
    "# {0} - title", "STATUS_Guard=Guard added: the screen title must be \"{0}\".",
    "BTN_PlayStep=Play S&tep",
    "TIP_PlayStep=Step through on the recorded phone: plays the selected step, then selects the next (watch its remote view)",
    "STATUS_PickStep=Select the step to play.",
    "# {0} - step number", "# {1} - what happened", "STATUS_Played=Step {0}: {1}",
    "# {0} - step number", "# {1} - what happened", "STATUS_PlayStopped=Step {0} stopped: {1}"
})
final class MacroEditorPanel extends JPanel {

    /** Guards, steps played, opens and saves: one at a time, in order, each handing its outcome to the Swing thread. */
    private static final BackgroundWork WORK = new BackgroundWork(MacroEditorPanel.class.getName());

    private final Dialogs dialogs;
    private final Phone phone;
    private final JTextField name = new JTextField(24);
    private final JTextField description = new JTextField(40);
    private final JCheckBox destructive = new JCheckBox();
    private final JCheckBox reboots = new JCheckBox();
    private final StepsModel steps;
    private final JTable table;
    private final JLabel status = new JLabel(" ");
    private Macro original;
    private Path file;
    private Consumer<String> titleListener = t -> { };

    /**
     * @param macro the macro to edit
     * @param file  where it was read from (null: a new recording)
     * @param phone the phone it was recorded on, for Add Guard (null: none)
     */
    MacroEditorPanel(Macro macro, Path file, Phone phone, Dialogs dialogs) {
        super(new BorderLayout(0, 6));
        this.dialogs = dialogs;
        this.phone = phone;
        this.steps = new StepsModel(dialogs::error);
        steps.setProfile(phone == null ? null : phone.profile().orElse(null));
        this.table = new JTable(steps);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(0).setMaxWidth(48);
        table.getAccessibleContext().setAccessibleName(Bundle.ACSN_Steps());
        table.setName("steps");
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        add(header(), BorderLayout.NORTH);
        JPanel center = new JPanel(new BorderLayout());
        center.add(stepButtons(), BorderLayout.NORTH);
        center.add(new JScrollPane(table), BorderLayout.CENTER);
        add(center, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        show(macro, file);
    }

    private JComponent header() {
        JPanel p = FormRows.panel();
        FormRows.add(p, 0, Bundle.LBL_Name(), name);
        FormRows.add(p, 1, Bundle.LBL_Description(), description);
        Mnemonics.setLocalizedText(destructive, Bundle.CHK_Destructive());
        Mnemonics.setLocalizedText(reboots, Bundle.CHK_Reboots());
        p.add(destructive, checkBoxAt(2));
        p.add(reboots, checkBoxAt(3));
        JToolBar files = new JToolBar();
        files.setFloatable(false);
        files.add(button(Bundle.BTN_Open(), this::open));
        files.add(button(Bundle.BTN_SaveMacro(), this::save));
        files.add(button(Bundle.BTN_SaveAs(), this::saveAs));
        JPanel north = new JPanel(new BorderLayout());
        north.add(files, BorderLayout.NORTH);
        north.add(p, BorderLayout.CENTER);
        return north;
    }

    /** A flag under the fields, in the fields' column. */
    private static GridBagConstraints checkBoxAt(int row) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 1;
        c.gridy = row;
        c.anchor = GridBagConstraints.LINE_START;
        return c;
    }

    private JComponent stepButtons() {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 2));
        p.add(button(Bundle.BTN_Up(), () -> move(-1)));
        p.add(button(Bundle.BTN_Down(), () -> move(1)));
        p.add(button(Bundle.BTN_Insert(), () -> insertAndEdit(new Step.Key("NavSelect"))));
        p.add(button(Bundle.BTN_Delete(), this::delete));
        p.add(button(Bundle.BTN_Guard(), this::addGuard));
        p.add(button(Bundle.BTN_Pause(), () -> insertAndEdit(new Step.Pause(Macro.DEFAULT_DELAY.toMillis()))));
        p.add(button(Bundle.BTN_Screenshot(), () -> insert(new Step.Screenshot(""))));
        if (phone != null) {
            JButton play = button(Bundle.BTN_PlayStep(), this::playStep);
            play.setToolTipText(Bundle.TIP_PlayStep());
            p.add(play);
        }
        return p;
    }

    private static JButton button(String text, Runnable action) {
        JButton b = new JButton();
        Mnemonics.setLocalizedText(b, text);
        b.addActionListener(e -> action.run());
        return b;
    }

    private void show(Macro macro, Path from) {
        original = macro;
        file = from;
        name.setText(macro.name());
        description.setText(macro.description());
        destructive.setSelected(macro.destructive());
        reboots.setSelected(macro.reboots());
        steps.setRows(macro.steps());
        titleListener.accept(macro.name());
    }

    // --- step commands ---

    private void stopEditing() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
    }

    /** Where a new step goes: after the selected one, else at the end. */
    private int insertionRow() {
        int r = table.getSelectedRow();
        return r < 0 ? steps.getRowCount() : r + 1;
    }

    private int insert(Step s) {
        stopEditing();
        int row = insertionRow();
        steps.insert(row, s);
        table.getSelectionModel().setSelectionInterval(row, row);
        return row;
    }

    private void insertAndEdit(Step s) {
        int row = insert(s);
        table.editCellAt(row, 1);
        table.requestFocusInWindow();
    }

    private void move(int by) {
        stopEditing();
        int r = table.getSelectedRow();
        if (steps.move(r, by)) {
            table.getSelectionModel().setSelectionInterval(r + by, r + by);
        }
    }

    private void delete() {
        stopEditing();
        int r = table.getSelectedRow();
        if (r >= 0) {
            steps.remove(r);
            int next = Math.min(r, steps.getRowCount() - 1);
            if (next >= 0) {
                table.getSelectionModel().setSelectionInterval(next, next);
            }
        }
    }

    /** A guard on the screen title: the recorded phone's current title when there is a phone, else one to type. */
    private void addGuard() {
        if (phone == null) {
            insertAndEdit(new Step.ExpectScreen(ScreenPart.TITLE, ".+"));
            return;
        }
        WORK.post(null, ctx -> phone.modeInfo().planeTitle(), title -> {
            insert(new Step.ExpectScreen(ScreenPart.TITLE, "^" + literal(title) + "$"));
            status.setText(Bundle.STATUS_Guard(title));
        }, e -> dialogs.error(Bundle.ERR_Guard(e.getMessage())));
    }

    /** Step-through: plays the selected step on the recorded phone off the Swing thread, then selects the next. */
    private void playStep() {
        int row = table.getSelectedRow();
        if (row < 0) {
            status.setText(Bundle.STATUS_PickStep());
            return;
        }
        Step step = steps.row(table.convertRowIndexToModel(row));
        int number = row + 1;
        WORK.post(null, ctx -> new StepPlayer(phone).play(step), played -> {
            if (played.passed()) {
                status.setText(Bundle.STATUS_Played(number, played.message()));
                if (number < table.getRowCount()) {
                    table.setRowSelectionInterval(number, number);
                }
            } else {
                status.setText(Bundle.STATUS_PlayStopped(number, played.message()));
            }
        }, e -> {
            if (!(e instanceof InterruptedException)) {
                status.setText(Bundle.STATUS_PlayStopped(number, e.getMessage()));
            }
        });
    }

    /** The text as a regular expression matching it literally, still readable in the file (no \Q..\E). */
    static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", Matcher.quoteReplacement("\\") + "$0");
    }

    // --- files ---

    /** The macro as edited; null (after telling the user) when it is not valid. */
    Macro current() {
        stopEditing();
        String n = name.getText().strip();
        if (n.isEmpty()) {
            dialogs.error(Bundle.ERR_NoName());
            return null;
        }
        List<Step> s = steps.rows();
        if (s.isEmpty()) {
            dialogs.error(Bundle.ERR_NoSteps());
            return null;
        }
        try {
            return new Macro(n, description.getText().strip(), original.models(), original.defaultDelay(),
                    destructive.isSelected(), reboots.isSelected(), s, List.of());
        } catch (IllegalArgumentException e) {
            dialogs.error(Bundle.ERR_Invalid(e.getMessage()));
            return null;
        }
    }

    private void save() {
        if (file == null) {
            saveAs();
            return;
        }
        write(file);
    }

    private void saveAs() {
        Macro m = current();
        if (m == null) {
            return;
        }
        Path target = dialogs.saveFile(Bundle.TITLE_SaveMacro(), m.name().replaceAll("[^A-Za-z0-9_.-]", "_") + ".json", "json");
        if (target != null) {
            write(target);
        }
    }

    private void write(Path target) {
        Macro m = current();
        if (m == null) {
            return;
        }
        String json = MacroJson.write(m);
        WORK.post(null, ctx -> AtomicFiles.write(target, json), written -> {
            original = m;
            file = written;
            titleListener.accept(m.name());
            status.setText(Bundle.STATUS_SavedMacro(written));
        }, e -> dialogs.error(Bundle.ERR_SaveMacro(e.getMessage())));
    }

    private void open() {
        Path from = dialogs.openFile(Bundle.TITLE_OpenMacro(), "json");
        if (from == null) {
            return;
        }
        WORK.post(null, ctx -> MacroJson.read(from), m -> {
            if (!m.variants().isEmpty()) {
                dialogs.error(Bundle.ERR_Variants(from));
                return;
            }
            show(m, from);
            status.setText(Bundle.STATUS_Opened(from));
        }, e -> dialogs.error(Bundle.ERR_OpenMacro(e.getMessage())));
    }

    // --- for the window and tests ---

    /** Told the macro's name after each open and save (the window title). */
    void setTitleListener(Consumer<String> l) {
        titleListener = l;
        l.accept(original.name());
    }

    Path file() {
        return file;
    }

    JTable table() {
        return table;
    }

    String statusText() {
        return status.getText();
    }

    /** Waits for queued saves and opens (tests). */
    static void awaitIdle() {
        WORK.awaitIdle();
    }
}
