package org.voicebench.phone.capture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.RawAnswer;
import org.voicebench.phone.model.ModelProfiles;

/**
 * Regression tests from real phones: every capture in {@value #FOLDER} (see the README.md there) is
 * served back over HTTP and read with the client, which must understand every page the phone answered
 * with 200 (DeviceInformationX, the Network setup page, NetworkConfigurationX, ModeInfo, the screenshot). A capture that once broke the client keeps it from breaking again.
 */
class CapturedPhonesTest {

    static final String FOLDER = "/org/voicebench/phone/captures";

    @TestFactory
    Stream<DynamicTest> theClientReadsEveryCapturedPhone() throws IOException, URISyntaxException {
        URL folder = CapturedPhonesTest.class.getResource(FOLDER);
        List<Path> captures;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            captures = files.filter(f -> f.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
        if (captures.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("no captures", () -> abort("no capture in src/test/resources" + FOLDER
                    + " yet: add one made with 'voicebench-cli phone capture' to test the client against that phone")));
        }
        return captures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(PhoneCapture.read(f))));
    }

    private static void check(PhoneCapture capture) throws Exception {
        PhoneClientSettings fast = PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(3))
                .withResponseTimeout(Duration.ofSeconds(10));
        try (CaptureServer server = new CaptureServer(capture);
                PhoneClient client = new PhoneClient(fast, CredentialsProvider.none())) {
            Phone phone = client.phone(server.address());
            if (ok(capture, "/DeviceInformationX")) {
                DeviceInformation d = phone.deviceInformation();
                assertFalse(d.modelNumber().isBlank(), "model number in " + capture);
                // as the commands do: the model's own paths are asked first
                phone = phone.identify(ModelProfiles.builtIn());
            }
            if (ok(capture, "/CGI/Java/Serviceability?adapter=device.statistics.configuration", "/NetworkConfiguration")) {
                assertFalse(phone.networkSetup().rows().isEmpty(), "Network setup rows in " + capture);
            }
            if (ok(capture, "/NetworkConfigurationX")) {
                phone.networkConfiguration();
            }
            if (ok(capture, "/CGI/Java/ModeInfo", "/CGI/ModeInfo")) {
                phone.modeInfo();
            }
            if (ok(capture, "/CGI/Screenshot")) {
                assertTrue(phone.screenshot().width() > 0, "screenshot of " + capture);
            }
        }
    }

    /** Whether the phone answered any of {@code paths} with 200: then the client must read that page. */
    private static boolean ok(PhoneCapture capture, String... paths) {
        for (String path : paths) {
            if (capture.answer(path).map(RawAnswer::status).orElse(0) == 200) {
                return true;
            }
        }
        return false;
    }
}
