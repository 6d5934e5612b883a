package org.voicebench.app.gui;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Makes the README's screenshots (docs/screenshots) on request: with
 * {@code -Dvoicebench.screenshots=DIR} it boots the assembled application in a fresh user directory
 * and runs {@link ScreenshotTour} in it; without, it is skipped before booting anything, so the
 * ordinary test run is not slowed down. Run it alone ({@code -Dit.test=ScreenshotsIT}), as the
 * README's "For developers" says: {@link VoiceBenchGuiIT} boots the application too, and one boot
 * per test JVM keeps the two apart.
 */
class ScreenshotsIT {

    @TestFactory
    Stream<DynamicTest> screenshots() {
        if (Screenshots.folder() == null) {
            return Stream.of(DynamicTest.dynamicTest("ScreenshotsIT.skippedWithoutFolder", () -> Assumptions.abort(
                    "screenshots are made only on request: -Dit.test=ScreenshotsIT -D" + Screenshots.FOLDER_PROPERTY + "=DIR")));
        }
        // the user directory (userdir0 in it) shows in the windows' file fields: a short path, not target/nbjunit
        System.setProperty("nbjunit.workdir", Path.of(System.getProperty("java.io.tmpdir"), "voicebench").toString());
        return VoiceBenchGuiSuite.run(ScreenshotTour.class);
    }
}
