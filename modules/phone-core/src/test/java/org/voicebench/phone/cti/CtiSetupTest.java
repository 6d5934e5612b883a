package org.voicebench.phone.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.inventory.PhoneEntry;

/**
 * What goes wrong before any provider is open says so: no jar, a jar that is not Cisco's JTAPI, a jar too new for the
 * CUCM; and the routes choose CTI only where it was asked for and is open.
 */
class CtiSetupTest {

    @TempDir
    Path dir;

    private CtiSettings settings(Path jar) {
        return CtiSettings.of(jar, List.of("127.0.0.1:1"), "vb-cti");
    }

    @Test
    void aMissingJarIsNamedWithWhereToGetIt() {
        CtiException e = assertThrows(CtiException.class,
                () -> CtiProvider.open(settings(dir.resolve("jtapi.jar")), "pw".toCharArray()));
        assertEquals(CtiFailure.JAR_MISSING, e.failure());
        assertTrue(e.getMessage().contains("Application > Plugins"), e.getMessage());
    }

    @Test
    void aJarWithoutJtapiIsIncompatibleAndNamesItsVersion() throws IOException {
        Path jar = jar("14.0.1", "org/example/Nothing.class");
        CtiException e = assertThrows(CtiException.class, () -> CtiProvider.open(settings(jar), "pw".toCharArray()));
        assertEquals(CtiFailure.JAR_INCOMPATIBLE, e.failure());
        assertTrue(e.getMessage().contains("JTAPI 14.0.1"), e.getMessage());
    }

    @Test
    void aJarNewerThanTheCucmIsRefusedBeforeAnyLogin() throws IOException {
        assertTrue(JtapiVersions.mismatch("15.0.1.10000-1", "14.0.1.13900-155").isPresent());
        assertTrue(JtapiVersions.mismatch("12.5(1)", "15.0.1").isEmpty(), "12.5 talks to 12.5-15");
        assertTrue(JtapiVersions.mismatch("14.0", "14.0.1").isEmpty());
        assertTrue(JtapiVersions.mismatch("lab", "15").isEmpty(), "unknown versions are left to the login");
        assertTrue(JtapiVersions.mismatch("15.0", "").isEmpty());
        String why = JtapiVersions.mismatch("15.0", "12.5.1").orElseThrow();
        assertTrue(why.contains("JTAPI 15.0") && why.contains("CUCM 12.5.1"), why);
    }

    @Test
    void settingsRefuseWhatTheProviderStringCannotCarry() {
        Path jar = dir.resolve("j.jar");
        assertThrows(IllegalArgumentException.class, () -> CtiSettings.of(jar, List.of(), "u"));
        assertThrows(IllegalArgumentException.class, () -> CtiSettings.of(jar, List.of("a;b"), "u"));
        assertThrows(IllegalArgumentException.class, () -> CtiSettings.of(jar, List.of("cucm"), "user;x=1"));
        assertEquals(CtiSettings.FIELD_KEY_GAP, CtiSettings.of(jar, List.of("cucm"), "u").keyGap());
        assertEquals(2748, CtiProvider.socketAddress("cucm1").getPort());
        assertEquals(4000, CtiProvider.socketAddress("127.0.0.1:4000").getPort());
    }

    @Test
    void routesSendOverCtiOnlyWhereAskedAndOpen() {
        PhoneEntry named = new PhoneEntry(PhoneAddress.parse("127.0.0.5:80"), "sep00aa00000005", "", "7962", "");
        PhoneEntry unnamed = PhoneEntry.of(PhoneAddress.parse("127.0.0.6:80"));
        assertEquals("SEP00AA00000005", KeyRoutes.deviceName(named).orElseThrow());
        assertTrue(KeyRoutes.deviceName(unnamed).isEmpty());

        KeyRoutes web = KeyRoutes.web();
        assertEquals(KeyTransport.WEB, web.first(named));
        assertTrue(!web.fallsBackToCti(PhoneFailure.WEB_ACCESS_DISABLED));

        KeyRoutes autoWithoutCti = KeyRoutes.of(TransportMode.AUTO, null);
        assertEquals(KeyTransport.WEB, autoWithoutCti.ctiFirst(List.of(named.address())).first(named));
        assertTrue(!autoWithoutCti.fallsBackToCti(PhoneFailure.AUTH_FAILED), "no CTI open: nothing to fall back to");
        assertThrows(IllegalStateException.class, () -> autoWithoutCti.ctiChannel(named));
        assertThrows(IllegalArgumentException.class, () -> KeyRoutes.of(TransportMode.CTI, null));
    }

    private Path jar(String version, String... entries) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        Path jar = dir.resolve("jtapi.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            for (String e : entries) {
                j.putNextEntry(new ZipEntry(e));
                j.write(new byte[] {0});
                j.closeEntry();
            }
        }
        return jar;
    }
}
