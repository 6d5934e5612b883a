package org.voicebench.app.gui;

import org.netbeans.jemmy.JemmyProperties;
import org.netbeans.jemmy.TestOut;
import org.netbeans.junit.NbTestCase;

/**
 * Base of the GUI test classes that run inside the booted platform (see {@link VoiceBenchGuiSuite}):
 * a time limit per test method, and Jemmy without its trace output. Steps: {@link GuiSteps}.
 */
public abstract class GuiTestCase extends NbTestCase {

    private final int timeOutMs;

    protected GuiTestCase(String name, int timeOutMs) {
        super(name);
        this.timeOutMs = timeOutMs;
    }

    @Override
    protected final int timeOut() {
        return timeOutMs;
    }

    @Override
    protected void setUp() throws Exception {
        JemmyProperties.setCurrentOutput(TestOut.getNullOutput());
    }
}
