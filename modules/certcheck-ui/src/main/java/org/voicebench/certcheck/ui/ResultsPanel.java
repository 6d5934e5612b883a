package org.voicebench.certcheck.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import org.openide.util.NbBundle.Messages;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.Severity;
import org.voicebench.certcheck.TrustCheckReport;

/** What a check found: the banner, then tabs with the findings (and the selected one's detail), matrix, records, reasoning. */
@Messages({
    "TAB_Findings=Findings", "TAB_Certificates=Certificates", "TAB_Records=Records", "TAB_Reasoning=Reasoning",
    "DETAIL_Select=Select a finding to see what it means and what to do.",
    "ACSN_Findings=Findings", "ACSN_Certificates=Cluster certificates against the phone's trust list",
    "ACSN_Records=Records of the phone's trust list", "ACSN_Reasoning=Reasoning", "ACSN_Detail=Selected finding"
})
final class ResultsPanel extends JPanel {

    private final VerdictBanner banner = new VerdictBanner();
    private final FindingsTableModel findingsModel = new FindingsTableModel();
    private final JTable findings = new JTable(findingsModel);
    private final JTextArea detail = new JTextArea(Bundle.DETAIL_Select());
    private final CertificateTableModel certificatesModel = new CertificateTableModel();
    private final JTable certificates = new JTable(certificatesModel);
    private final RecordTableModel recordsModel = new RecordTableModel();
    private final JTable records = new JTable(recordsModel);
    private final DefaultListModel<String> reasoningModel = new DefaultListModel<>();
    private final JList<String> reasoning = new JList<>(reasoningModel);
    private final JTabbedPane tabs = new JTabbedPane();
    private TrustCheckReport report;

    ResultsPanel() {
        super(new BorderLayout());
        TableRowSorter<FindingsTableModel> sorter = new TableRowSorter<>(findingsModel);
        findings.setRowSorter(sorter);
        findings.setDefaultRenderer(Severity.class, new SeverityRenderer());
        findings.getSelectionModel().setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        findings.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        findings.getColumnModel().getColumn(FindingsTableModel.SEVERITY).setPreferredWidth(90);
        findings.getColumnModel().getColumn(FindingsTableModel.CODE).setPreferredWidth(180);
        findings.getColumnModel().getColumn(FindingsTableModel.MESSAGE).setPreferredWidth(600);
        findings.getAccessibleContext().setAccessibleName(Bundle.ACSN_Findings());
        // findings are few: leave the detail (message, remedy) room under them
        findings.setPreferredScrollableViewportSize(new java.awt.Dimension(800, 160));
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        detail.getAccessibleContext().setAccessibleName(Bundle.ACSN_Detail());
        certificates.setAutoCreateRowSorter(true);
        certificates.getAccessibleContext().setAccessibleName(Bundle.ACSN_Certificates());
        records.setAutoCreateRowSorter(true);
        records.getAccessibleContext().setAccessibleName(Bundle.ACSN_Records());
        reasoning.getAccessibleContext().setAccessibleName(Bundle.ACSN_Reasoning());

        JSplitPane findingsSplit = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(findings),
                new JScrollPane(detail));
        findingsSplit.setResizeWeight(0.55);
        tabs.addTab(Bundle.TAB_Findings(), findingsSplit);
        tabs.addTab(Bundle.TAB_Certificates(), new JScrollPane(certificates));
        tabs.addTab(Bundle.TAB_Records(), new JScrollPane(records));
        tabs.addTab(Bundle.TAB_Reasoning(), new JScrollPane(reasoning));
        add(banner, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
    }

    /** Shows a report: most severe findings first. */
    void show(TrustCheckReport value) {
        report = value;
        banner.show(value.verdict(), value.reasoning());
        findingsModel.setRows(value.findings());
        findings.getRowSorter().setSortKeys(List.of(new RowSorter.SortKey(FindingsTableModel.SEVERITY,
                SortOrder.DESCENDING)));
        certificatesModel.setRows(value.certificates());
        recordsModel.setRows(value.records());
        reasoningModel.clear();
        value.reasoning().forEach(reasoningModel::addElement);
        detail.setText(Bundle.DETAIL_Select());
    }

    /** The report shown, or null. */
    TrustCheckReport report() {
        return report;
    }

    VerdictBanner banner() {
        return banner;
    }

    JTable findingsTable() {
        return findings;
    }

    JTable certificatesTable() {
        return certificates;
    }

    JTable recordsTable() {
        return records;
    }

    JList<String> reasoningList() {
        return reasoning;
    }

    String detailText() {
        return detail.getText();
    }

    private void showSelected() {
        int row = findings.getSelectedRow();
        if (row < 0) {
            detail.setText(Bundle.DETAIL_Select());
            return;
        }
        Finding f = findingsModel.row(findings.convertRowIndexToModel(row));
        detail.setText(FindingText.of(f));
        detail.setCaretPosition(0);
    }

    /** The severity with its icon. */
    private static final class SeverityRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            JLabel l = (JLabel) super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            Severity s = (Severity) value;
            l.setIcon(s == null ? null : SeverityIcon.of(s));
            l.setText(s == null ? "" : s.name());
            return l;
        }
    }
}
