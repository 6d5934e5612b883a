package org.voicebench.app.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's run command as a newcomer types it, minus the build: the assembled application's own launcher
 * ({@code bin/voicebench --demo}, its etc/voicebench.conf, nbexec) for a made-up user whose HOME is a temporary
 * folder. The demo lab must come up (a phone's web server and the cluster's ITL answer on their lab addresses) and the
 * startup log must hold no SEVERE or WARNING record and no exception.
 */
class DemoLauncherIT {

    private static final URI PHONE = URI.create("http://127.0.10.1:8080/");
    private static final URI CLUSTER_ITL = URI.create("http://127.0.20.1:6970/ITLFile.tlv");
    private static final Pattern BAD_LOG_LINE = Pattern.compile(
            "^(SEVERE|WARNING)\\b.*|^\\s+at [\\w$.<>/]+\\(.*\\)$|^(?:Caused by: )?[\\w$.]+(?:Exception|Error)(?::.*)?$");
    private static final long START_LIMIT_SECONDS = 180;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path home;

    @Test
    void demoFromTheLauncherStartsTheLabWithACleanLog() throws Exception {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/voicebench is the Unix launcher");
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "the application needs a display: run under xvfb-run");
        String app = System.getProperty("voicebench.app");
        assertNotNull(app, "system property voicebench.app (set by failsafe in application/pom.xml)");
        assertEquals(-1, status(PHONE), "nothing else may answer on the demo's phone address before the launch");

        ProcessBuilder pb = new ProcessBuilder(Path.of(app, "bin/voicebench").toString(), "--demo")
                .redirectOutput(home.resolve("stdout.txt").toFile()).redirectError(home.resolve("stderr.txt").toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process launcher = pb.start();
        try {
            waitForDemo(launcher);
            assertEquals(200, status(CLUSTER_ITL), "the demo cluster serves its ITL");
            Path log = home.resolve(".voicebench/0.1/var/log/messages.log");
            assertTrue(Files.isRegularFile(log), "the launcher's default user directory under HOME holds " + log);
            List<String> bad = Files.readAllLines(log).stream().filter(l -> BAD_LOG_LINE.matcher(l).matches()).toList();
            assertTrue(bad.isEmpty(), "startup logged in " + log + ":\n" + String.join("\n", bad));
        } finally {
            stop(launcher);
        }
    }

    /** Bounded: the demo's first phone answers, while the application runs. */
    private void waitForDemo(Process launcher) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (status(PHONE) > 0) {
                return;
            }
            if (!launcher.isAlive()) {
                fail("the launcher ended (exit " + launcher.exitValue() + ") before the demo lab answered: "
                        + Files.readString(home.resolve("stderr.txt")));
            }
            Thread.sleep(500);
        }
        fail("the demo lab did not answer on " + PHONE + " within " + START_LIMIT_SECONDS + " s");
    }

    /** The HTTP status, or -1 when nothing listens. */
    private int status(URI uri) throws IOException, InterruptedException {
        try {
            HttpRequest get = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return http.send(get, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ConnectException e) {
            return -1;
        }
    }

    /** The launcher's shell runs the JVM as a child: stop the whole tree, bounded. */
    private static void stop(Process launcher) throws InterruptedException {
        List<ProcessHandle> tree = launcher.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        launcher.destroy();
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        if (!launcher.waitFor(30, TimeUnit.SECONDS)) {
            launcher.destroyForcibly();
        }
    }
}
