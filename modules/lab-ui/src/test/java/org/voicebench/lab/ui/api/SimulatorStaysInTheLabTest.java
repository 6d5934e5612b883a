package org.voicebench.lab.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The windows that read the running lab (the Phones window, the trust audit, the trust check) do so
 * through this API's plain values only: no main source of theirs names the simulator's package and
 * their pom takes the simulator for tests only. So the simulator can change, or leave the shipped
 * application, without touching them. The sibling folders are found from this class's location, not
 * the working directory.
 */
class SimulatorStaysInTheLabTest {

    private static final String SIMULATOR = "org.voicebench.phone.sim";
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = {"remote-ui", "audit-ui", "certcheck-ui", "macro-ui", "cti-ui"})
    void noMainSourceNamesTheSimulator(String module) throws IOException {
        Path main = module(module).resolve("src/main/java");
        assertTrue(Files.isDirectory(main), "no sources at " + main);
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains(SIMULATOR)).map(f -> main.relativize(f).toString()).toList();
            assertEquals(List.of(), offenders, module + " reads the lab through " + PhoneLabService.class.getName()
                    + "'s plain values, not " + SIMULATOR);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"remote-ui", "audit-ui", "certcheck-ui", "macro-ui", "cti-ui"})
    void thePomTakesTheSimulatorForTestsOnly(String module) throws IOException {
        Matcher m = DEPENDENCY.matcher(Files.readString(module(module).resolve("pom.xml")));
        while (m.find()) {
            String dependency = m.group(1);
            if (dependency.contains("<artifactId>phone-sim</artifactId>")) {
                assertTrue(dependency.contains("<scope>test</scope>"), module + " depends on phone-sim beyond its tests");
            }
        }
    }

    /** {@code modules/NAME}: this class lies in {@code modules/lab-ui/target/test-classes}. */
    private static Path module(String name) {
        try {
            Path classes = Path.of(SimulatorStaysInTheLabTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().getParent().getParent().resolve(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
