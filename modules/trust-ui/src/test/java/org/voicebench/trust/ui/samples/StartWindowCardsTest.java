package org.voicebench.trust.ui.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import org.junit.jupiter.api.Test;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;

/** The Start window's "Start the Demo Lab": there only when the Phone Lab module's action is, and it runs it. */
class StartDemoLabButtonTest {

    private static final String LABEL = "Start the Demo Lab";

    @Test
    void theButtonAppearsWithThePhoneLabsActionAndRunsIt() throws Exception {
        assertEquals(List.of(), onEdt(() -> buttons(new StartTopComponent(), LABEL)),
                "without the Phone Lab module (not on this class path) there is no demo button");

        AtomicInteger started = new AtomicInteger();
        String path = "Actions/" + StartTopComponent.DEMO_LAB_CATEGORY + "/"
                + StartTopComponent.DEMO_LAB_ID.replace('.', '-') + ".instance";
        FileObject registration = FileUtil.createData(FileUtil.getConfigRoot(), path);
        try {
            registration.setAttribute("instanceCreate", new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    started.incrementAndGet();
                }
            });
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
