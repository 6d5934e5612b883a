package org.voicebench.app.gui;

import static org.voicebench.app.gui.GuiSteps.find;
import static org.voicebench.app.gui.GuiSteps.mainWindow;
import static org.voicebench.app.gui.GuiSteps.onEdt;
import static org.voicebench.app.gui.GuiSteps.waitFor;
import static org.voicebench.app.gui.GuiSteps.waitForWindow;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.TableColumn;
import javax.swing.text.JTextComponent;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.swing.outline.Outline;
import org.openide.cookies.OpenCookie;
import org.openide.explorer.view.Visualizer;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.modules.Places;
import org.openide.nodes.Node;
import org.openide.windows.TopComponent;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.TrustRecord;

/**
 * The trust-list inspector in the running application, driven through its menus and windows
 * only (the inspector module exports no packages): open the sample ITL, select a record, see its
 * bytes highlighted and the signature verdict; compare the sample ITL with the one served after a
 * CallManager certificate regeneration; open a signed file through its registered file type.
 * Runs inside the booted platform; started by {@link VoiceBenchGuiIT}.
 */
public class TrustListInspectorGuiTest extends GuiTestCase {

    public TrustListInspectorGuiTest(String name) {
        super(name, 300_000);
    }

    private static Path samples() {
        return Places.getUserDirectory().toPath().resolve("var/voicebench/samples");
    }

    public void testOpenSampleSelectRecordHighlightsItsBytesAndBannerShowsVerdict() throws Exception {
        JFrameOperator main = mainWindow();
        new JMenuBarOperator(main).pushMenuNoBlock("Help|Sample Trust Lists|Open Sample ITL", "|");
        TopComponent inspector = waitForWindow("ITLFile.tlv");

        TrustList itl = TrustLists.read(samples().resolve("ITLFile.tlv"));
        TrustRecord record = itl.records().get(2);
        Outline outline = onEdt(() -> find(inspector, Outline.class, c -> true));
        int row = onEdt(() -> {
            for (int r = 0; r < outline.getRowCount(); r++) {
                Node n = Visualizer.findNode(outline.getValueAt(r, 0));
                if (n != null && n.getDisplayName().equals("Record " + record.index())) {
                    return r;
                }
            }
            return -1;
        });
        assertTrue("the outline lists record " + record.index(), row >= 0);
        Map<String, Integer> widths = onEdt(() -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (int c = 0; c < outline.getColumnModel().getColumnCount(); c++) {
                TableColumn column = outline.getColumnModel().getColumn(c);
                out.put(String.valueOf(column.getHeaderValue()), column.getWidth());
            }
            return out;
        });
        int subject = widths.getOrDefault("Subject", 0);
        assertEquals("Subject is the widest column: " + widths, 1,
                widths.values().stream().filter(w -> w >= subject).count());
        assertTrue("Element is at most half as wide as Subject: " + widths, widths.get("Element") * 2 <= subject);
        new JTableOperator(outline).clickOnCell(row, 1);

        JComponent hex = onEdt(() -> find(inspector, JComponent.class,
                c -> "Hex view".equals(c.getAccessibleContext().getAccessibleName())));
        String expected = record.length() + " bytes highlighted from offset " + record.offset();
        waitFor("the hex view to highlight record " + record.index(),
                () -> expected.equals(hex.getAccessibleContext().getAccessibleDescription()));

        JTextComponent banner = onEdt(() -> find(inspector, JTextComponent.class,
                c -> "Signature verdict".equals(c.getAccessibleContext().getAccessibleName())));
        String verdict = onEdt(banner::getText);
        assertTrue("the banner names the signer of the sample ITL: " + verdict,
                verdict.startsWith("Signature VALID: signed by record 1 (SAST, "));
    }

    public void testCompareSampleItlsShowsTheRegeneratedCallManager() throws Exception {
        JFrameOperator main = mainWindow();
        new JMenuBarOperator(main).pushMenuNoBlock("Help|Sample Trust Lists|Compare Old/New ITL", "|");
        TopComponent compare = waitForWindow("Compare ITLFile.tlv / ITLFile-after-CallManager-regeneration.tlv");
        JTable table = onEdt(() -> find(compare, JTable.class,
                c -> "Records of OLD and NEW".equals(c.getAccessibleContext().getAccessibleName())));
        waitFor("the comparison to fill the table", () -> table.getRowCount() > 0);
        List<String> changedSubjects = onEdt(() -> {
            List<String> out = new ArrayList<>();
            for (int r = 0; r < table.getRowCount(); r++) {
                if ("changed".equals(table.getValueAt(r, 0))) {
                    out.add(String.valueOf(table.getValueAt(r, 8)));
                }
            }
            return out;
        });
        assertEquals("CallManager of the publisher is SAST and TFTP: " + changedSubjects, 2, changedSubjects.size());
        for (String subject : changedSubjects) {
            assertTrue(subject, subject.contains("cucm-pub.lab.example.com"));
        }
    }

    public void testSignedFileOpensThroughItsFileType() throws Exception {
        mainWindow();
        File sgn = samples().resolve("SEP001122AABBCC.cnf.xml.sgn").toFile();
        if (!sgn.isFile()) {
            // the samples are written by the first test that asks for them; make sure they exist
            new JMenuBarOperator(mainWindow()).pushMenuNoBlock("Help|Sample Trust Lists|Open Sample CTL", "|");
            waitForWindow("CTLFile.tlv");
        }
        DataObject data = DataObject.find(FileUtil.toFileObject(FileUtil.normalizeFile(sgn)));
        OpenCookie open = data.getLookup().lookup(OpenCookie.class);
        assertNotNull(".sgn files are a registered file type that opens: " + data, open);
        SwingUtilities.invokeAndWait(open::open);
        TopComponent inspector = waitForWindow(sgn.getName());
        JTextComponent banner = onEdt(() -> find(inspector, JTextComponent.class,
                c -> "Signature verdict".equals(c.getAccessibleContext().getAccessibleName())));
        String verdict = onEdt(banner::getText);
        assertTrue("a signed file cannot check itself: " + verdict, verdict.startsWith("Signature UNVERIFIABLE: "));
    }
}
