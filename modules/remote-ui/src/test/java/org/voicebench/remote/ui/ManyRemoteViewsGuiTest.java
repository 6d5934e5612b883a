package org.voicebench.remote.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.awt.GridLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.lab.ui.LabDescriptions;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneInventory;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.testsupport.TestFrame;

/** Ten remote views on slow phones (1.5 s per answer): the Swing thread stays free and keys still work. */
class ManyRemoteViewsGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    @Test
    void tenViewsOnSlowPhonesLeaveTheSwingThreadResponsive() throws Exception {
        PhoneConditions slow = PhoneConditions.NORMAL.withResponseDelay(Duration.ofMillis(1500));
        try (PhoneLab lab = PhoneLab.builder().user(LabPhones.USER, LabPhones.PASSWORD).firstAddress("127.0.96.1")
                .add(10, "8845", slow).start();
                RemoteServices services = new RemoteServices(PhoneList.load(dir.resolve("phones.json")), new MemorySecrets(),
                        LabPhones.FAST.withResponseTimeout(Duration.ofSeconds(10)), null)) {
            services.secrets().save(PhoneInventory.groupSecretKey("Slow"), LabPhones.PASSWORD.toCharArray(), "t");
            List<PhoneEntry> entries = LabGroup.entries(LabDescriptions.phones(lab)).stream().map(e -> e.withGroup("Slow")).toList();
            services.list().update(inv -> inv.withAll(entries).withGroupUser("Slow", LabPhones.USER));
            List<RemotePanel> panels = new ArrayList<>();
            JPanel grid = onEdt(() -> {
                JPanel g = new JPanel(new GridLayout(2, 5));
                for (PhoneEntry e : entries) {
                    RemotePanel p = new RemotePanel(services, e, new ScriptedPhoneDialogs());
                    p.setRefreshSeconds(1);
                    panels.add(p);
                    g.add(p);
                }
                return g;
            });
            frame.show("Ten remote views", grid);
            // steady state: once every view has its first screen, the refreshes keep coming every second
            waitFor("every view to show its screen", () -> panels.stream().allMatch(p -> p.screen().paints() > 0));
            long worst = 0;
            long end = System.nanoTime() + 6_000_000_000L;
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                SwingUtilities.invokeAndWait(() -> { });
                worst = Math.max(worst, System.nanoTime() - t0);
                Thread.sleep(20);
            }
            assertTrue(worst < 250_000_000L, "the Swing thread waited " + worst / 1_000_000 + " ms at worst");
            onEdt(() -> {
                panels.get(3).keypad().button("Applications").doClick(0);
                return null;
            });
            waitFor("the key on the slow phone", () -> lab.phone(3).screen().title().equals("Applications"));
            assertTrue(panels.stream().allMatch(p -> p.screen().paints() > 1), "the views kept refreshing");
            onEdt(() -> {
                panels.forEach(RemotePanel::close);
                return null;
            });
        }
    }
}
