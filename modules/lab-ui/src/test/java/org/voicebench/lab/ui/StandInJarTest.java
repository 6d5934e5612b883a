package org.voicebench.lab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stand-in JTAPI jar: in the application folder's lab/, else (tests) on the class path; the property first. */
class StandInJarTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(StandInJar.PROPERTY);
        System.clearProperty("netbeans.home");
    }

    @Test
    void inTestsTheStandInOnTheClassPathIsFound() {
        Path jar = StandInJar.find().orElseThrow();
        assertTrue(Files.isRegularFile(jar), jar.toString());
        assertTrue(jar.getFileName().toString().startsWith("jtapi-lab"), jar.toString());
    }

    @Test
    void inTheApplicationItIsLabJtapiLabJarBesideThePlatform() throws Exception {
        Path app = dir.resolve("voicebench");
        Files.createDirectories(app.resolve("platform"));
        Path jar = Files.createDirectories(app.resolve("lab")).resolve("jtapi-lab.jar");
        Files.write(jar, new byte[] {'P', 'K'});
        System.setProperty("netbeans.home", app.resolve("platform").toString());
        assertEquals(jar.toAbsolutePath(), StandInJar.find().orElseThrow());
    }

    @Test
    void thePropertyNamesItAndAMissingFileIsNoJar() throws Exception {
        Path jar = Files.write(dir.resolve("stand-in.jar"), new byte[] {'P', 'K'});
        System.setProperty(StandInJar.PROPERTY, jar.toString());
        assertEquals(jar.toAbsolutePath(), StandInJar.find().orElseThrow());
        System.setProperty(StandInJar.PROPERTY, dir.resolve("missing.jar").toString());
        assertTrue(StandInJar.find().isEmpty());
    }
}
