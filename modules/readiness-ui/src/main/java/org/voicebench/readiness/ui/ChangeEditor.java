package org.voicebench.readiness.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.voicebench.readiness.ChangeSpec;
import org.voicebench.ui.FormRows;

/**
 * The planned change: one or more {@code regenerate:ROLE[@NODE]} or {@code migrate:TARGETS}, applied together. The
 * editable choice offers the forms with the cluster's node names; Add checks the text, Remove drops the selected ones.
 * Swing thread only.
 */
@Messages({
    "LBL_Change=Planned &change:",
    "BTN_AddChange=A&dd", "BTN_RemoveChange=Re&move",
    "TIP_Change=regenerate:CallManager@NODE, regenerate:ITLRecovery, regenerate:TVS (every node), regenerate:TVS@NODE,"
            + " migrate:TARGET-ITLS-OR-CERT-FOLDER; several are applied together",
    "ACSN_Changes=The planned changes, applied together"
})
final class ChangeEditor extends JPanel {

    private final JComboBox<String> choice = new JComboBox<>();
    private final DefaultListModel<String> changes = new DefaultListModel<>();
    private final JList<String> list = new JList<>(changes);
    private final JButton add = new JButton();
    private final JButton remove = new JButton();
    private final Consumer<String> problem;
    private List<String> nodes = List.of();

    /** @param problem told what is wrong with a text added ("" when nothing is) */
    ChangeEditor(Consumer<String> problem) {
        super(new BorderLayout(6, 0));
        this.problem = problem;
        choice.setName("changeChoice");
        choice.setEditable(true);
        choice.setToolTipText(Bundle.TIP_Change());
        list.setName("changes");
        list.getAccessibleContext().setAccessibleName(Bundle.ACSN_Changes());
        list.setVisibleRowCount(3);
        list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        add.setName("addChange");
        remove.setName("removeChange");
        Mnemonics.setLocalizedText(add, Bundle.BTN_AddChange());
        Mnemonics.setLocalizedText(remove, Bundle.BTN_RemoveChange());
        add.addActionListener(e -> addTyped());
        remove.addActionListener(e -> removeSelected());
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        row.add(FormRows.label(Bundle.LBL_Change(), choice));
        row.add(choice);
        row.add(add);
        row.add(remove);
        add(row, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        suggest();
    }

    /** Offers the forms with these node names (the publisher first). */
    void setNodes(List<String> names) {
        if (!names.equals(nodes)) {
            nodes = List.copyOf(names);
            suggest();
        }
    }

    private void suggest() {
        Object typed = choice.getEditor().getItem();
        List<String> s = new ArrayList<>();
        nodes.forEach(n -> s.add("regenerate:CallManager@" + n));
        s.add("regenerate:ITLRecovery");
        s.add("regenerate:TVS");
        nodes.forEach(n -> s.add("regenerate:TVS@" + n));
        if (!nodes.isEmpty()) {
            s.add("regenerate:CAPF@" + nodes.get(0));
        }
        s.add("migrate:");
        choice.setModel(new DefaultComboBoxModel<>(s.toArray(String[]::new)));
        choice.getEditor().setItem(typed == null ? "" : typed);
    }

    /** Adds the text of the choice when it is a change (else {@code problem} says why). */
    void addTyped() {
        Object typed = choice.getEditor().getItem();
        add(typed == null ? "" : typed.toString());
    }

    /** Adds {@code text} when it is a change and not listed yet; false (and {@code problem} told) when it is none. */
    boolean add(String text) {
        String t = text.strip();
        try {
            ChangeSpec.parse(t);
        } catch (IllegalArgumentException e) {
            problem.accept(e.getMessage());
            return false;
        }
        problem.accept("");
        if (!changes.contains(t)) {
            changes.addElement(t);
        }
        return true;
    }

    private void removeSelected() {
        int[] selected = list.getSelectedIndices();
        for (int i = selected.length - 1; i >= 0; i--) {
            changes.remove(selected[i]);
        }
    }

    /** The changes listed, in order. */
    List<String> changes() {
        return Collections.list(changes.elements());
    }

    void setEditable(boolean on) {
        choice.setEnabled(on);
        add.setEnabled(on);
        remove.setEnabled(on);
        list.setEnabled(on);
    }
}
