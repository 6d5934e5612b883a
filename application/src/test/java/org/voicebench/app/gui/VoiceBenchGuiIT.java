package org.voicebench.app.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;

/**
 * Entry point of the GUI tests for Failsafe (integration-test phase, after cluster-app).
 * Boots the assembled application once, with a trust list on its command line as
 * {@code voicebench FILE} would, and runs every GUI test class listed below in it; each
 * executed test method shows up as its own test in the Failsafe report.
 * See {@link VoiceBenchGuiSuite} for how to add a GUI test class.
 */
class VoiceBenchGuiIT {

    @TestFactory
    Stream<DynamicTest> guiTests() throws IOException {
        Path file = commandLineFile();
        System.setProperty(CommandLineGuiTest.FILE_PROPERTY, file.toString());
        return VoiceBenchGuiSuite.run(List.of(file.toString()),
                // first: it checks the windows as the startup left them
                CommandLineGuiTest.class,
                MainWindowGuiTest.class,
                TrustListInspectorGuiTest.class,
                TrustCheckGuiTest.class,
                PhoneLabGuiTest.class,
                // before PhonesGuiTest, as a new user: the "Lab" group credentials PhonesGuiTest saves
                // outlive its lab and are used for the demo's phones instead of the demo lab's own
                DemoStoryGuiTest.class,
                PhonesGuiTest.class,
                // after the demo story, which uses the lab's CTI while none is configured; it leaves none
                CtiOptionsGuiTest.class,
                // last: it installs the example plugin into the running application
                PluginsGuiTest.class
                // add further GUI test classes here
        );
    }

    /** A small signed ITL for the command line, named unlike the samples the other tests open. */
    private static Path commandLineFile() throws IOException {
        LabCluster cluster = LabCluster.generate("cli.example.com", List.of("cli-pub"), 1024, 1024, 5L,
                Instant.parse("2026-01-01T00:00:00Z"));
        byte[] itl = cluster.itl(cluster.publisher(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1,
                Instant.parse("2026-02-02T09:00:00Z"));
        Path dir = Files.createDirectories(Path.of(System.getProperty("nbjunit.workdir", "target/nbjunit"), "command-line"));
        return LabCluster.writeAtomically(dir.resolve("ITLFile-from-command-line.tlv"), itl);
    }
}
