package org.voicebench.app.gui;

import static org.voicebench.app.gui.GuiSteps.find;
import static org.voicebench.app.gui.GuiSteps.mainWindow;
import static org.voicebench.app.gui.GuiSteps.onEdt;
import static org.voicebench.app.gui.GuiSteps.waitFor;
import static org.voicebench.app.gui.GuiSteps.waitForWindow;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTextField;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.openide.windows.TopComponent;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;

/**
 * The comparer in the running application: with the command line's trust list in the inspector,
 * Tools &gt; Check Against Cluster... opens Trust Check with that file as the phone's list; given the
 * ITL the cluster serves after its ITLRecovery certificate was regenerated, Run Check shows the
 * verdict "Recoverable via TVS". Runs inside the booted platform; started by {@link VoiceBenchGuiIT}.
 */
public class TrustCheckGuiTest extends GuiTestCase {

    public TrustCheckGuiTest(String name) {
        super(name, 180_000);
    }

    public void testCheckTheOpenTrustListAgainstARegeneratedCluster() throws Exception {
        Path phoneList = Path.of(System.getProperty(CommandLineGuiTest.FILE_PROPERTY)).toAbsolutePath();
        TopComponent inspector = waitForWindow(phoneList.getFileName().toString());
        onEdt(() -> {
            inspector.requestActive();
            return null;
        });
        waitFor("the inspector to be active", () -> TopComponent.getRegistry().getActivated() == inspector);
        new JMenuBarOperator(mainWindow()).pushMenuNoBlock("Tools|Check Against Cluster...", "|");
        TopComponent check = waitForWindow("Trust Check");

        JTextField phone = onEdt(() -> (JTextField) field(check, "Phone's trust list:"));
        assertEquals(phoneList.toString(), onEdt(phone::getText));
        Path clusterList = regeneratedClusterItl();
        new JTextFieldOperator((JTextField) onEdt(() -> field(check, "Cluster trust list:"))).setText(clusterList.toString());
        new JButtonOperator(onEdt(() -> find(check, JButton.class, b -> "Run Check".equals(b.getText())))).push();

        JLabel verdict = onEdt(() -> find(check, JLabel.class,
                l -> "Verdict".equals(l.getAccessibleContext().getAccessibleName())));
        assertNotNull("the verdict banner", verdict);
        waitFor("the verdict", () -> verdict.getText().startsWith("Recoverable via TVS"));
    }

    /**
     * The cluster of the command-line file ({@link VoiceBenchGuiIT}: same settings, same keys) after
     * {@code set cert regen ITLRecovery}: its new ITL is signed by a key the phone does not know.
     */
    private Path regeneratedClusterItl() throws Exception {
        LabCluster before = LabCluster.generate("cli.example.com", List.of("cli-pub"), 1024, 1024, 5L,
                Instant.parse("2026-01-01T00:00:00Z"));
        LabCluster after = before.regenerate("ITLRecovery", "cli-pub", 6L);
        byte[] itl = after.itl(after.publisher(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1,
                Instant.parse("2026-02-03T09:00:00Z"));
        return LabCluster.writeAtomically(Path.of(getWorkDirPath(), "cluster-ITLFile.tlv"), itl);
    }

    private static javax.swing.JComponent field(TopComponent tc, String label) {
        JLabel l = find(tc, JLabel.class, c -> label.equals(c.getText()));
        assertNotNull("label " + label, l);
        return (javax.swing.JComponent) l.getLabelFor();
    }
}
