package org.voicebench.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * bin/voicebench-desktop-install of the assembled application, run for a made-up user: HOME,
 * XDG_DATA_HOME and XDG_CONFIG_HOME point into a temporary folder, and the desktop database tools
 * are stand-ins that record how they were called (one test uses the real update-mime-database
 * when the machine has it). Nothing of the real user's desktop is touched.
 */
class DesktopInstallIT {

    private static final String NS = "http://www.freedesktop.org/standards/shared-mime-info";
    private static final String TRUST_LIST = "application/x-cisco-trust-list";
    private static final String SIGNED_FILE = "application/x-cisco-signed-file";
    private static final List<String> TOOLS = List.of("update-mime-database", "update-desktop-database", "xdg-mime");

    @TempDir
    Path tmp;

    private Path home;
    private Path data;
    private Path config;
    private Path stubs;
    private Path stubLog;

    /** What a run of the script did. */
    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void posixOnly() {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"),
                "the desktop registration is a POSIX sh script for Linux desktops");
    }

    @BeforeEach
    void user() throws IOException {
        home = Files.createDirectories(tmp.resolve("home"));
        data = tmp.resolve("data");
        config = tmp.resolve("config");
        stubLog = tmp.resolve("tools.log");
        stubs = Files.createDirectories(tmp.resolve("stubs"));
        for (String tool : TOOLS) {
            stub(tool);
        }
    }

    /** A stand-in for {@code tool} that appends its name and arguments to the tool log. */
    private void stub(String tool) throws IOException {
        Path script = stubs.resolve(tool);
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$(basename \"$0\") $*\" >> \"$STUB_LOG\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Path app() {
        String app = System.getProperty("voicebench.app");
        assertNotNull(app, "system property voicebench.app (set by failsafe in application/pom.xml)");
        return Path.of(app);
    }

    private static Path shippedScript() {
        Path script = app().resolve("bin/voicebench-desktop-install");
        assertTrue(Files.isRegularFile(script), "the application folder has " + script);
        return script;
    }

    private Run run(Path script, String path, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", data.toString());
        env.put("XDG_CONFIG_HOME", config.toString());
        env.put("PATH", path);
        env.put("STUB_LOG", stubLog.toString());
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script finished within 60 s");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The stand-in tools first, then the machine's PATH for everything else. */
    private String stubbedPath() {
        return stubs + File.pathSeparator + System.getenv("PATH");
    }

    private List<String> toolCalls() throws IOException {
        return Files.exists(stubLog) ? Files.readAllLines(stubLog) : List.of();
    }

    @Test
    void installsDesktopEntryAndMimeTypesForThisInstallationAndUninstallRemovesThem() throws Exception {
        Path script = shippedScript();
        assertTrue(Files.isExecutable(script), script + " is executable");
        Run install = run(script, stubbedPath());
        assertEquals(0, install.status(), install.toString());

        Path desktop = data.resolve("applications/voicebench.desktop");
        Path mime = data.resolve("mime/packages/voicebench.xml");
        Map<String, String> entry = desktopEntry(desktop);
        assertEquals("Application", entry.get("Type"));
        assertEquals("VoiceBench", entry.get("Name"));
        assertEquals(TRUST_LIST + ";" + SIGNED_FILE + ";", entry.get("MimeType"));
        Path launcher = app().toRealPath().resolve("bin/voicebench");
        assertTrue(Files.isExecutable(launcher), launcher + " is the platform launcher");
        assertEquals(List.of(launcher.toString(), "%F"), execArguments(entry.get("Exec")), entry.get("Exec"));

        checkMimeTypes(mime);

        assertEquals(List.of("update-mime-database " + data.resolve("mime"),
                "update-desktop-database " + data.resolve("applications"),
                "xdg-mime default voicebench.desktop " + TRUST_LIST + " " + SIGNED_FILE), toolCalls());
        assertTrue(install.out().contains("wrote " + desktop), install.out());
        assertTrue(install.out().contains("wrote " + mime), install.out());
        assertTrue(install.out().contains("ran xdg-mime default voicebench.desktop"), install.out());

        // what xdg-mime default writes, next to another application's default
        Path mimeapps = Files.createDirectories(config).resolve("mimeapps.list");
        Files.writeString(mimeapps, "[Default Applications]\ntext/plain=org.gnome.TextEditor.desktop\n"
                + TRUST_LIST + "=voicebench.desktop\n" + SIGNED_FILE + "=voicebench.desktop;\n");
        Files.delete(stubLog);

        Run uninstall = run(script, stubbedPath(), "--uninstall");
        assertEquals(0, uninstall.status(), uninstall.toString());
        assertFalse(Files.exists(desktop), desktop + " removed");
        assertFalse(Files.exists(mime), mime + " removed");
        assertEquals(List.of("[Default Applications]", "text/plain=org.gnome.TextEditor.desktop"),
                Files.readAllLines(mimeapps), "only VoiceBench's defaults are dropped");
        assertEquals(List.of("update-mime-database " + data.resolve("mime"),
                "update-desktop-database " + data.resolve("applications")), toolCalls());
        assertTrue(uninstall.out().contains("removed " + desktop), uninstall.out());
        assertTrue(uninstall.out().contains("removed " + mime), uninstall.out());
    }

    @Test
    void execQuotesAnInstallationPathWithSpacesAndShellCharacters() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("Voice Bench $HOME \"q\" 100%/bin"));
        Path script = Files.copy(shippedScript(), bin.resolve("voicebench-desktop-install"));
        Path launcher = bin.resolve("voicebench");
        Files.writeString(launcher, "#!/bin/sh\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run install = run(script, stubbedPath());
        assertEquals(0, install.status(), install.toString());
        String exec = desktopEntry(data.resolve("applications/voicebench.desktop")).get("Exec");
        assertEquals(List.of(launcher.toRealPath().toString(), "%F"), execArguments(exec), exec);
    }

    @Test
    void withoutTheDesktopToolsTheFilesAreStillWrittenAndTheSkipsReported() throws Exception {
        // a PATH with the few commands the script needs and none of the desktop tools
        Path bin = Files.createDirectories(tmp.resolve("minimal-bin"));
        for (String command : List.of("basename", "dirname", "mkdir", "cat", "mv", "rm", "sed", "grep", "id")) {
            Files.createSymbolicLink(bin.resolve(command), which(command));
        }
        Run install = run(shippedScript(), bin.toString());
        assertEquals(0, install.status(), install.toString());
        for (String tool : TOOLS) {
            assertTrue(install.out().contains("skipped " + tool + ": not installed"), install.out());
        }
        assertTrue(Files.isRegularFile(data.resolve("applications/voicebench.desktop")));
        checkMimeTypes(data.resolve("mime/packages/voicebench.xml"));
        assertEquals(List.of(), toolCalls());
    }

    @Test
    void theRealUpdateMimeDatabaseAcceptsTheTypesAndTheTrustListMagic() throws Exception {
        Path tool = findOnPath("update-mime-database");
        Assumptions.assumeTrue(tool != null, "update-mime-database (shared-mime-info) is not installed here");
        Files.delete(stubs.resolve("update-mime-database"));
        Run install = run(shippedScript(), stubbedPath());
        assertEquals(0, install.status(), install.toString());
        assertTrue(install.out().contains("ran update-mime-database"), install.out());
        String compiled = Files.readString(data.resolve("mime/application/x-cisco-trust-list.xml"));
        assertTrue(compiled.contains("<glob pattern=\"*.tlv\"/>"), compiled);
        assertTrue(Files.readString(data.resolve("mime/application/x-cisco-signed-file.xml")).contains("<glob pattern=\"*.sgn\"/>"));
        byte[] magic = Files.readAllBytes(data.resolve("mime/magic"));
        String text = new String(magic, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("[50:" + TRUST_LIST + "]\n>0=\0\5\1\0\2\1\2"), "compiled magic: " + text);
    }

    @Test
    void anUnknownArgumentIsRefusedWithTheUsage() throws Exception {
        Run run = run(shippedScript(), stubbedPath(), "--remove");
        assertTrue(run.status() != 0, run.toString());
        assertTrue(run.err().contains("unknown argument '--remove'") && run.err().contains("[--uninstall]"), run.err());
        assertFalse(Files.exists(data), "nothing written");
    }

    @Test
    void theZipShipsTheScript() throws IOException {
        Path zip = app().resolveSibling(app().getFileName() + ".zip");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertNotNull(z.getEntry(app().getFileName() + "/bin/voicebench-desktop-install"), zip + " has the script");
        }
    }

    /** The keys of the [Desktop Entry] group, values as written. */
    private static Map<String, String> desktopEntry(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertEquals("[Desktop Entry]", lines.get(0), file + " starts with its group");
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            assertTrue(eq > 0, "key=value line: " + line);
            String key = line.substring(0, eq);
            assertFalse(out.containsKey(key), "key given once: " + line);
            out.put(key, line.substring(eq + 1));
        }
        return out;
    }

    /**
     * The arguments of an Exec value as a desktop would run them (Desktop Entry specification):
     * string escapes first, then double-quoted arguments with backslash escapes.
     */
    static List<String> execArguments(String value) {
        StringBuilder unescaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                unescaped.append(switch (n) {
                    case 's' -> ' ';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '\\' -> '\\';
                    default -> throw new AssertionError("not a string escape: \\" + n + " in " + value);
                });
            } else {
                unescaped.append(c);
            }
        }
        List<String> args = new ArrayList<>();
        String s = unescaped.toString();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            StringBuilder arg = new StringBuilder();
            if (s.charAt(i) == '"') {
                for (i++; i < s.length() && s.charAt(i) != '"'; i++) {
                    if (s.charAt(i) == '\\' && i + 1 < s.length() && "\"`$\\".indexOf(s.charAt(i + 1)) >= 0) {
                        i++;
                    } else if ("`$\\".indexOf(s.charAt(i)) >= 0) {
                        throw new AssertionError("'" + s.charAt(i) + "' must be escaped inside quotes: " + value);
                    }
                    arg.append(s.charAt(i));
                }
                assertTrue(i < s.length(), "closing quote in " + value);
                i++;
            } else {
                for (; i < s.length() && s.charAt(i) != ' '; i++) {
                    arg.append(s.charAt(i));
                }
            }
            args.add(arg.toString().replace("%%", "%"));
        }
        return args;
    }

    /** Checks the shared-mime-info file: valid XML defining both types by glob, the trust list also by magic. */
    private static void checkMimeTypes(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        Element root = doc.getDocumentElement();
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("mime-info", root.getLocalName());
        Map<String, Element> types = new LinkedHashMap<>();
        NodeList list = root.getElementsByTagNameNS(NS, "mime-type");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            types.put(e.getAttribute("type"), e);
        }
        assertEquals(List.of(TRUST_LIST, SIGNED_FILE), new ArrayList<>(types.keySet()));
        assertEquals("*.tlv", only(types.get(TRUST_LIST), "glob").getAttribute("pattern"));
        assertEquals("*.sgn", only(types.get(SIGNED_FILE), "glob").getAttribute("pattern"));
        Element match = only(only(types.get(TRUST_LIST), "magic"), "match");
        assertEquals("string", match.getAttribute("type"));
        assertEquals("0", match.getAttribute("offset"));
        assertEquals("\\x01\\x00\\x02\\x01\\x02", match.getAttribute("value"));
        assertEquals(0, types.get(SIGNED_FILE).getElementsByTagNameNS(NS, "magic").getLength(),
                ".sgn files are known by name only");
    }

    private static Element only(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS(NS, name);
        assertEquals(1, l.getLength(), "one " + name + " in " + parent.getAttribute("type"));
        return (Element) l.item(0);
    }

    private static Path findOnPath(String command) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static Path which(String command) {
        Path p = findOnPath(command);
        assertNotNull(p, command + " is on the PATH");
        return p;
    }
}
