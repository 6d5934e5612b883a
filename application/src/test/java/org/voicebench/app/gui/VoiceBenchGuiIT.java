package org.voicebench.app.gui;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Entry point of the GUI tests for Failsafe (integration-test phase, after cluster-app).
 * Boots the assembled application once and runs every GUI test class listed below in it; each
 * executed test method shows up as its own test in the Failsafe report.
 * See {@link VoiceBenchGuiSuite} for how to add a GUI test class.
 */
class VoiceBenchGuiIT {

    @TestFactory
    Stream<DynamicTest> guiTests() {
        return VoiceBenchGuiSuite.run(
                MainWindowGuiTest.class,
                TrustListInspectorGuiTest.class
                // add further GUI test classes here
        );
    }
}
