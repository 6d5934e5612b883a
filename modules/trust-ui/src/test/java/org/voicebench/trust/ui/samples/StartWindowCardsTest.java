package org.voicebench.trust.ui.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import org.junit.jupiter.api.Test;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;

/**
 * The Start window's cards: the Trust List Inspector's always, each other part of VoiceBench only when
 * its module's action is registered, and each button runs that action ("Start the Demo Lab" included).
 */
class StartWindowCardsTest {

    private static final String LABEL = "Start the Demo Lab";
    /** Button text, action path under Actions/: the other modules' actions the Start window opens. */
    private static final Map<String, String> OTHER_MODULES = Map.of(
            LABEL, StartTopComponent.DEMO_LAB_CATEGORY + "/" + StartTopComponent.DEMO_LAB_ID,
            "Open Phone Lab", "Tools/org.voicebench.lab.ui.OpenPhoneLabAction",
            "Open Trust Audit", "Window/org.voicebench.audit.ui.OpenTrustAuditAction",
            "Open Phones", "Window/org.voicebench.remote.ui.PhonesTopComponent",
            "Open Macro Editor", "Window/org.voicebench.macro.ui.MacroEditorTopComponent",
            "Open Trust Check", "Tools/org.voicebench.certcheck.ui.OpenTrustCheckAction");

    @Test
    void theDemoButtonAppearsWithThePhoneLabsActionAndRunsIt() throws Exception {
        assertEquals(List.of(), onEdt(() -> buttons(new StartTopComponent(), LABEL)),
                "without the Phone Lab module (not on this class path) there is no demo button");

        AtomicInteger started = new AtomicInteger();
        FileObject registration = register(StartTopComponent.DEMO_LAB_CATEGORY + "/" + StartTopComponent.DEMO_LAB_ID,
                started);
        try {
            List<JButton> shown = onEdt(() -> buttons(new StartTopComponent(), LABEL));
            assertEquals(1, shown.size(), "the demo button with the action registered");
            assertTrue(shown.get(0).getToolTipText().contains("Trust Audit"), shown.get(0).getToolTipText());
            onEdt(() -> {
                shown.get(0).doClick();
                return null;
            });
            assertEquals(1, started.get(), "the button runs the Phone Lab's Start Demo Lab action");
        } finally {
            registration.delete();
        }
    }

    @Test
    void everyPartOfVoiceBenchHasItsCardWhenItsModuleIsInstalled() throws Exception {
        assertEquals(List.of("Trust List Inspector"), onEdt(() -> cards(new StartTopComponent())),
                "without the other modules only the inspector's card");

        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        List<FileObject> registrations = new ArrayList<>();
        try {
            for (Map.Entry<String, String> e : OTHER_MODULES.entrySet()) {
                registrations.add(register(e.getValue(), runs.computeIfAbsent(e.getKey(), k -> new AtomicInteger())));
            }
            StartTopComponent start = onEdt(StartTopComponent::new);
            assertEquals(List.of("Demo Lab and Phone Lab", "Fleet Trust Audit", "Phones and Remote View", "Macros",
                    "Trust Check", "Trust List Inspector"), onEdt(() -> cards(start)));
            for (String label : OTHER_MODULES.keySet()) {
                List<JButton> b = onEdt(() -> buttons(start, label));
                assertEquals(1, b.size(), label);
                onEdt(() -> {
                    b.get(0).doClick();
                    return null;
                });
                assertEquals(1, runs.get(label).get(), label + " runs its module's action");
            }
        } finally {
            for (FileObject r : registrations) {
                r.delete();
            }
        }
    }

    /** Registers {@code action} as the layer would, at Actions/{@code path}, counting its runs. */
    private static FileObject register(String path, AtomicInteger runs) throws Exception {
        FileObject registration = FileUtil.createData(FileUtil.getConfigRoot(),
                "Actions/" + path.substring(0, path.indexOf('/') + 1)
                + path.substring(path.indexOf('/') + 1).replace('.', '-') + ".instance");
        registration.setAttribute("instanceCreate", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                runs.incrementAndGet();
            }
        });
        return registration;
    }

    private static List<String> cards(Container c) {
        List<String> out = new ArrayList<>();
        for (Component child : c.getComponents()) {
            if (child instanceof FeatureCard card) {
                out.add(card.getName());
            } else if (child instanceof Container inner) {
                out.addAll(cards(inner));
            }
        }
        return out;
    }

    private static List<JButton> buttons(Container c, String text) {
        List<JButton> out = new ArrayList<>();
        for (Component child : c.getComponents()) {
            if (child instanceof JButton b && text.equals(b.getText())) {
                out.add(b);
            }
            if (child instanceof Container inner) {
                out.addAll(buttons(inner, text));
            }
        }
        return out;
    }
}
