package org.voicebench.remote.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JToggleButtonOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.voicebench.cti.ui.FixedCtiConfiguration;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.testsupport.TestFrame;

/**
 * The remote view's "Keys over CTI" through its real UI: with CTI configured (the lab CTI service, the stand-in jar),
 * the toggle sends the keypad's keys over CTI (the phone's web server sees no Execute; the screen still comes from it),
 * and off again to the web; a wrong CTI password leaves the keys on the web with the reason shown. Cluster 127.0.98.1,
 * phones 127.0.98.11.
 */
@Timeout(120)
class RemoteKeysOverCtiGuiTest {

    private static final String CTI_USER = "vb-cti";
    private static final String CTI_PASSWORD = "Remote-Cti-S3cret!";

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private SimulatedCluster cluster;
    private LabPhones lab;
    private SimulatedCti cti;
    private RemotePanel panel;

    @AfterEach
    void stop() {
        if (panel != null) {
            onEdt(() -> {
                panel.close();
                return null;
            });
        }
        if (lab != null) {
            lab.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private JFrameOperator show(String ctiPassword) throws Exception {
        cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(98).firstAddress("127.0.98.1").freePorts().start();
        lab = new LabPhones(dir, "127.0.98.11", null);
        cluster.applicationUsers().add(CTI_USER, CTI_PASSWORD, List.of(lab.p8845().name()));
        cti = cluster.startCti(SimulatedCti.builder().phones(lab.lab).dataGap(Duration.ofMillis(200)));
        PhoneEntry e = lab.saveWithCredentials(lab.p8845(), LabPhones.PASSWORD);
        FixedCtiConfiguration config = FixedCtiConfiguration.lab(cti.host(), CTI_USER, ctiPassword, Duration.ofMillis(200));
        panel = onEdt(() -> new RemotePanel(lab.services, e, new ScriptedPhoneDialogs(), config));
        JFrameOperator f = new JFrameOperator(frame.show("Remote view", panel));
        waitFor("a first screenshot painted", () -> panel.screen().paints() > 0);
        return f;
    }

    private void press(String key) {
        new JButtonOperator(onEdt(() -> panel.keypad().button(key))).push();
    }

    @Test
    void theToggleSendsTheKeypadOverCtiAndBack() throws Exception {
        JFrameOperator f = show(CTI_PASSWORD);
        SimulatedPhone phone = lab.p8845();
        JToggleButtonOperator toggle = new JToggleButtonOperator(f, new NameComponentChooser("keysOverCti"));
        assertTrue(toggle.isEnabled(), "CTI is configured: the toggle can be used");

        toggle.push();
        waitFor("the keys to go over CTI", () -> panel.session().keyTransport() == KeyTransport.CTI && toggle.isEnabled());
        assertTrue(toggle.isSelected());
        int delivered = cti.deliveredData();
        int paints = panel.screen().paints();
        press("Applications");
        waitFor("the key delivered over CTI", () -> cti.deliveredData() == delivered + 1);
        waitFor("the phone to show Applications", () -> "Applications".equals(phone.screen().title()));
        waitFor("the new screen read from the web and painted", () -> panel.screen().paints() > paints);

        toggle.push();
        waitFor("the keys back on the web", () -> panel.session().keyTransport() == KeyTransport.WEB && toggle.isEnabled());
        press("NavDwn");
        waitFor("the key accepted over the web", () -> phone.acceptedKeys() == 2);
        assertEquals(delivered + 1, cti.deliveredData(), "nothing more over CTI");
        assertEquals(0, cti.openProviders(), "turning CTI off shut the provider down");
    }

    @Test
    void aRefusedCtiLoginLeavesTheKeysOnTheWebAndSaysWhy() throws Exception {
        JFrameOperator f = show("wrong");
        JToggleButtonOperator toggle = new JToggleButtonOperator(f, new NameComponentChooser("keysOverCti"));
        toggle.push();
        waitFor("the banner", () -> !panel.banner().message().isEmpty());
        String banner = onEdt(() -> panel.banner().message());
        assertTrue(banner.contains(CTI_USER), banner);
        assertFalse(banner.contains("wrong"), "the password is never shown");
        waitFor("the toggle off and usable again", () -> !toggle.isSelected() && toggle.isEnabled());
        assertEquals(KeyTransport.WEB, panel.session().keyTransport());
    }
}
