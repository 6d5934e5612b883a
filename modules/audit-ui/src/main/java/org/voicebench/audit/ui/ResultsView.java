package org.voicebench.audit.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.table.TableRowSorter;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditState;
import org.voicebench.ui.FormRows;

/**
 * The fleet: filters (state, model, TFTP node), the counts at a glance, the chart of states by model beside the
 * table (in a split the engineer can resize; the table gets the space) and
 * the sortable table. Swing thread only.
 */
@Messages({
    "LBL_FilterState=&State:", "LBL_FilterModel=&Model:", "LBL_FilterNode=&Node:",
    "FILTER_AllStates=All states", "FILTER_AllModels=All models", "FILTER_AllNodes=All nodes",
    "ACSN_Fleet=Phones and their ITL state", "ACSN_Counts=Counts"
})
final class ResultsView extends JPanel {

    private final AuditRowsModel rows;
    private final JTable table;
    private final TableRowSorter<AuditRowsModel> sorter;
    private final JComboBox<Object> state = new JComboBox<>();
    private final JComboBox<String> model = new JComboBox<>();
    private final JComboBox<String> node = new JComboBox<>();
    private final JLabel counts = new JLabel(" ");
    private final StateChart chart = new StateChart();

    ResultsView(AuditRowsModel rows) {
        super(new BorderLayout());
        this.rows = rows;
        table = new JTable(rows);
        table.setName("fleet");
        table.getAccessibleContext().setAccessibleName(Bundle.ACSN_Fleet());
        sorter = new TableRowSorter<>(rows);
        table.setRowSorter(sorter);
        table.setDefaultRenderer(AuditState.class, new StateCellRenderer());
        counts.setName("counts");
        counts.getAccessibleContext().setAccessibleName(Bundle.ACSN_Counts());
        state.setName("stateFilter");
        model.setName("modelFilter");
        node.setName("nodeFilter");
        List<Object> states = new ArrayList<>();
        states.add(Bundle.FILTER_AllStates());
        states.addAll(List.of(AuditState.values()));
        state.setModel(new DefaultComboBoxModel<>(states.toArray()));
        model.setModel(new DefaultComboBoxModel<>(new String[] {Bundle.FILTER_AllModels()}));
        node.setModel(new DefaultComboBoxModel<>(new String[] {Bundle.FILTER_AllNodes()}));
        state.addActionListener(e -> applyFilter());
        model.addActionListener(e -> applyFilter());
        node.addActionListener(e -> applyFilter());

        JPanel filters = new JPanel(new FlowLayout(FlowLayout.LEADING));
        filters.add(FormRows.label(Bundle.LBL_FilterState(), state));
        filters.add(state);
        filters.add(FormRows.label(Bundle.LBL_FilterModel(), model));
        filters.add(model);
        filters.add(FormRows.label(Bundle.LBL_FilterNode(), node));
        filters.add(node);
        JPanel top = new JPanel(new BorderLayout());
        top.add(filters, BorderLayout.NORTH);
        top.add(counts, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        // the table gets the space; the chart sits beside it in a split the engineer can resize
        JScrollPane chartPane = new JScrollPane(chart);
        chartPane.setBorder(BorderFactory.createEmptyBorder());
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), chartPane);
        split.setName("tableAndChart");
        split.setResizeWeight(1.0);
        split.setOneTouchExpandable(true);
        add(split, BorderLayout.CENTER);
    }

    /** Counts, chart and the filters' choices from the rows as they stand (a report built from them). */
    void refresh(AuditReport snapshot) {
        counts.setText(Counts.text(snapshot.counts()));
        chart.show(snapshot.countsByModel());
        choices(model, Bundle.FILTER_AllModels(), rows.models());
        choices(node, Bundle.FILTER_AllNodes(), rows.nodes());
    }

    /** Replaces a combo's choices only when they changed, keeping the selection. */
    private static void choices(JComboBox<String> box, String all, List<String> values) {
        List<String> wanted = new ArrayList<>();
        wanted.add(all);
        values.stream().filter(v -> !v.isEmpty()).forEach(wanted::add);
        List<String> now = new ArrayList<>();
        for (int i = 0; i < box.getItemCount(); i++) {
            now.add(box.getItemAt(i));
        }
        if (now.equals(wanted)) {
            return;
        }
        Object selected = box.getSelectedItem();
        box.setModel(new DefaultComboBoxModel<>(wanted.toArray(String[]::new)));
        box.setSelectedItem(wanted.contains(selected) ? selected : all);
    }

    private void applyFilter() {
        AuditState s = state.getSelectedItem() instanceof AuditState st ? st : null;
        String m = model.getSelectedIndex() > 0 ? (String) model.getSelectedItem() : null;
        String n = node.getSelectedIndex() > 0 ? (String) node.getSelectedItem() : null;
        AuditFilter f = new AuditFilter(s, m, n);
        sorter.setRowFilter(Objects.equals(f, AuditFilter.ALL) ? null : f.rowFilter());
    }

    JTable table() {
        return table;
    }

    StateChart chart() {
        return chart;
    }

    String countsText() {
        return counts.getText();
    }

    JComboBox<Object> stateFilter() {
        return state;
    }

    JComboBox<String> modelFilter() {
        return model;
    }

    JComboBox<String> nodeFilter() {
        return node;
    }
}
