package org.voicebench.app.gui;

import java.awt.Component;
import java.awt.Container;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.netbeans.jemmy.JemmyProperties;
import org.netbeans.jemmy.TestOut;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.junit.NbTestCase;
import org.netbeans.swing.outline.Outline;
import org.openide.cookies.OpenCookie;
import org.openide.explorer.view.Visualizer;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.modules.Places;
import org.openide.nodes.Node;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;
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
public class TrustListInspectorGuiTest extends NbTestCase {

    private static final long TIMEOUT_MS = 120_000;

    public TrustListInspectorGuiTest(String name) {
        super(name);
    }

    @Override
    protected int timeOut() {
        return 300_000;
    }

    @Override
    protected void setUp() throws Exception {
        JemmyProperties.setCurrentOutput(TestOut.getNullOutput());
    }

    private static Path samples() {
        return Places.getUserDirectory().toPath().resolve("var/voicebench/samples");
    }

    private static JFrameOperator mainWindow() throws InterruptedException {
        VoiceBenchGuiSuite.waitForMainWindow();
        return new JFrameOperator((JFrame) WindowManager.getDefault().getMainWindow());
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

    private static TopComponent waitForWindow(String name) throws Exception {
        AtomicReference<TopComponent> found = new AtomicReference<>();
        waitFor("a window named " + name, () -> {
            for (TopComponent tc : TopComponent.getRegistry().getOpened()) {
                if (name.equals(tc.getDisplayName()) || name.equals(tc.getName())) {
                    found.set(tc);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    private interface Check<T> {
        boolean test(T value);
    }

    /** The first component of {@code type} under {@code root} that passes {@code check}. */
    private static <T extends Component> T find(Container root, Class<T> type, Check<T> check) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && check.test(type.cast(c))) {
                return type.cast(c);
            }
            if (c instanceof Container) {
                T inner = find((Container) c, type, check);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            if (Boolean.TRUE.equals(onEdt(condition))) {
                return;
            }
            Thread.sleep(100);
        }
        fail("timed out after " + TIMEOUT_MS / 1000 + " s waiting for " + what);
    }

    private static <T> T onEdt(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
