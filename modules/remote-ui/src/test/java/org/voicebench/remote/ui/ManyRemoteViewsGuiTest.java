package org.voicebench.remote.ui;

import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.awt.GridLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.lab.ui.LabDescriptions;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneInventory;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.testsupport.TestFrame;

/**
 * Ten remote views on slow phones (1.5 s per answer): they all show their screens and keep refreshing, and a key
 * still reaches its phone. How free the Swing thread stays meanwhile is a figure of {@code RemoteViewBenchmark}
 * (BENCHMARKS.md), not a timed assertion here.
 */
class ManyRemoteViewsGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    @Test
    void tenViewsOnSlowPhonesKeepRefreshingAndTakeKeys() throws Exception {
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
            onEdt(() -> {
                panels.get(3).keypad().button("Applications").doClick(0);
                return null;
            });
            waitFor("the key on the slow phone", () -> lab.phone(3).screen().title().equals("Applications"));
            // refreshing every second on 1.5 s phones: each view paints again within a few seconds (waitFor is bounded)
            waitFor("every view to keep refreshing", () -> panels.stream().allMatch(p -> p.screen().paints() > 1));
            onEdt(() -> {
                panels.forEach(RemotePanel::close);
                return null;
            });
        }
    }
}
