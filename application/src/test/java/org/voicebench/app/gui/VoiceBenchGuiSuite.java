package org.voicebench.app.gui;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import junit.framework.AssertionFailedError;
import junit.framework.Test;
import junit.framework.TestCase;
import junit.framework.TestListener;
import junit.framework.TestResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.netbeans.junit.NbModuleSuite;
import org.netbeans.junit.NbTestCase;
import org.openide.windows.WindowManager;

/**
 * Boots the assembled VoiceBench application (application/target/voicebench) with
 * {@link NbModuleSuite} and runs GUI test classes inside it.
 *
 * <h2>How the pieces fit</h2>
 * <ul>
 * <li>A GUI test class is a JUnit 3 style {@link NbTestCase} (through {@link GuiTestCase}) with
 *     {@code public void testXxx()} methods, e.g. {@link MainWindowGuiTest}. It runs inside the booted platform, so it can use
 *     the platform APIs ({@code WindowManager}, {@code Lookup}, ...) and Jemmy operators.</li>
 * <li>{@link VoiceBenchGuiIT} is the only class Failsafe runs (JUnit 5). It hands the list of GUI
 *     test classes to {@link #run}, which starts the platform once for all of them, runs them into a
 *     {@link TestResult} and reports every executed test method as one JUnit 5 dynamic test, so
 *     the Failsafe summary counts them and a failing GUI test fails the build. An empty run is an
 *     error, never a pass.</li>
 * <li>Without a display the tests are skipped with a message; run them with
 *     {@code xvfb-run -a mvn -B verify}.</li>
 * </ul>
 *
 * <h2>Adding a GUI test class (e.g. for the trust-list inspector)</h2>
 * <ol>
 * <li>Add the module under test as a dependency of application/pom.xml (it must be part of the
 *     application anyway), plus any API jar the test compiles against, in test scope.</li>
 * <li>Write {@code TrustListInspectorGuiTest extends GuiTestCase} in this package with a
 *     {@code (String name)} constructor and {@code testXxx()} methods; start each one with
 *     {@link #waitForMainWindow()}. Do not name it {@code *IT}: Failsafe would run it
 *     outside the platform.</li>
 * <li>Add the class to the list in {@link VoiceBenchGuiIT#guiTests()}.</li>
 * </ol>
 */
public final class VoiceBenchGuiSuite {

    /**
     * Code name bases (regular expressions) of platform modules VoiceBench does not ship. The
     * application leaves them out of its build (exclusions in application/pom.xml); this list makes
     * sure a test boot never turns them on either, should one come back through a dependency.
     */
    public static final List<String> EXCLUDED_MODULES = List.of(
            "org\\.netbeans\\.modules\\.autoupdate\\.cli",
            "org\\.netbeans\\.modules\\.core\\.kit",
            "org\\.netbeans\\.modules\\.favorites",
            "org\\.netbeans\\.modules\\.janitor",
            "org\\.netbeans\\.modules\\.uihandler",
            "org\\.netbeans\\.modules\\.junitlib",
            "org\\.netbeans\\.libs\\.junit[45]",
            "org\\.netbeans\\.libs\\.testng",
            "org\\.netbeans\\.(?:api|modules)\\.htmlui",
            "org\\.netbeans\\.modules\\.templatesui",
            "net\\.java\\.html.*",
            "org\\.netbeans\\.html\\..*");

    /** Regular expression matching every module code name base except {@link #EXCLUDED_MODULES}. */
    public static final String ENABLED_MODULES = "(?!(?:" + String.join("|", EXCLUDED_MODULES) + ")$).*";

    /** How long a test waits for the main window before failing. */
    public static final long UI_READY_TIMEOUT_SECONDS = 120;

    private VoiceBenchGuiSuite() {
    }

    /** True when AWT can open windows: a DISPLAY is set and {@code java.awt.headless} is not. */
    public static boolean hasDisplay() {
        return !GraphicsEnvironment.isHeadless();
    }

    /**
     * The NbModuleSuite configuration that boots the assembled application with the given GUI test
     * classes: all clusters under {@code all.clusters}, every module except
     * {@link #EXCLUDED_MODULES}, autoload/eager modules handled as in the real application, with a
     * GUI, and failing on any SEVERE log record or any logged exception (also during startup).
     */
    @SafeVarargs
    public static NbModuleSuite.Configuration configuration(Class<? extends TestCase>... testClasses) {
        return configuration(List.of(), testClasses);
    }

    /**
     * As {@link #configuration(Class...)}, booting the application with {@code launcherArguments}
     * as the launcher would pass them ({@code voicebench FILE...}).
     */
    @SafeVarargs
    public static NbModuleSuite.Configuration configuration(List<String> launcherArguments,
            Class<? extends TestCase>... testClasses) {
        if (testClasses.length == 0) {
            throw new IllegalArgumentException("no GUI test class given");
        }
        if (System.getProperty("all.clusters") == null) {
            throw new IllegalStateException("system property all.clusters is not set: run the GUI tests "
                    + "through Maven (failsafe in application/pom.xml), after cluster-app");
        }
        NbModuleSuite.Configuration conf = NbModuleSuite.emptyConfiguration();
        for (Class<? extends TestCase> c : testClasses) {
            conf = conf.addTest(c);
        }
        if (!launcherArguments.isEmpty()) {
            conf = conf.addStartupArgument(launcherArguments.toArray(String[]::new));
        }
        return conf
                .clusters(".*")
                .enableModules(".*", ENABLED_MODULES)
                .honorAutoloadEager(true)
                .hideExtraModules(true)
                .enableClasspathModules(false)
                .gui(true)
                .failOnMessage(Level.SEVERE)
                .failOnException(Level.INFO);
    }

    /**
     * Boots the application once, runs the given GUI test classes in it and returns one dynamic
     * test per executed test (method, log check, shutdown problem), in the order they ran, after
     * one that checks the log records written before the platform's own logging was set up.
     * Without a display returns a single skipped test instead; fails when nothing ran.
     */
    @SafeVarargs
    public static Stream<DynamicTest> run(Class<? extends TestCase>... testClasses) {
        return run(List.of(), testClasses);
    }

    /** As {@link #run(Class...)}, booting the application with {@code launcherArguments}. */
    @SafeVarargs
    public static Stream<DynamicTest> run(List<String> launcherArguments, Class<? extends TestCase>... testClasses) {
        if (!hasDisplay()) {
            StringJoiner names = new StringJoiner(", ");
            for (Class<? extends TestCase> c : testClasses) {
                names.add(c.getSimpleName());
            }
            String msg = "No display (DISPLAY unset or java.awt.headless=true): skipping the VoiceBench GUI tests "
                    + names + ". Run them under a virtual display: xvfb-run -a mvn -B verify";
            System.err.println("[WARNING] " + msg);
            // one aborted test, so the Failsafe summary shows "Skipped: 1" rather than nothing
            return Stream.of(DynamicTest.dynamicTest("VoiceBenchGuiSuite.skippedWithoutDisplay",
                    () -> Assumptions.abort(msg)));
        }
        Test suite = configuration(launcherArguments, testClasses).suite();
        Recorder recorder = new Recorder();
        TestResult result = new TestResult();
        result.addListener(recorder);
        EarlyLog earlyLog = new EarlyLog();
        Logger root = Logger.getLogger("");
        root.addHandler(earlyLog);
        try {
            suite.run(result);
        } finally {
            root.removeHandler(earlyLog);
        }

        if (result.runCount() == 0 || recorder.outcomes.isEmpty()) {
            throw new AssertionFailedError("The GUI suite ran no test (runCount=" + result.runCount()
                    + ", failures=" + result.failureCount() + ", errors=" + result.errorCount() + "): "
                    + recorder.outcomes.values());
        }
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("VoiceBenchGuiSuite.noSevereRecordOrExceptionBeforePlatformLogging", () -> {
            if (!earlyLog.bad.isEmpty()) {
                throw new AssertionFailedError("Booting the platform logged, before its own logging was set up:\n"
                        + String.join("\n", earlyLog.bad));
            }
        }));
        for (Outcome o : recorder.outcomes.values()) {
            tests.add(DynamicTest.dynamicTest(o.name, () -> {
                if (o.problem != null) {
                    throw o.problem;
                }
            }));
        }
        return tests.stream();
    }

    /**
     * Waits until the window system has shown the main window ({@link WindowManager#invokeWhenUIReady})
     * and returns it. Call at the start of every GUI test: the platform may still be opening windows.
     */
    public static java.awt.Frame waitForMainWindow() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        WindowManager.getDefault().invokeWhenUIReady(ready::countDown);
        if (!ready.await(UI_READY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionFailedError("The main window was not ready after " + UI_READY_TIMEOUT_SECONDS + " s");
        }
        return WindowManager.getDefault().getMainWindow();
    }

    /** The log file of the running platform: {@code <userdir>/var/log/messages.log}. */
    public static File messagesLog() {
        String userdir = System.getProperty("netbeans.user");
        if (userdir == null) {
            throw new IllegalStateException("netbeans.user is not set: not running inside the platform");
        }
        return new File(userdir, "var/log/messages.log");
    }

    /**
     * Catches what is logged while the platform boots and its own logging (messages.log, and
     * failOnMessage/failOnException of NbModuleSuite) is not set up yet, e.g. the boot class
     * loader's "SEVERE: No way to find original stream handler for jar protocol" when an
     * --add-opens is missing. The platform's logging setup resets java.util.logging, which removes
     * this handler; from then on the checks configured in {@link #configuration} take over.
     */
    private static final class EarlyLog extends Handler {
        final List<String> bad = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.SEVERE.intValue()
                    || (r.getThrown() != null && r.getLevel().intValue() >= Level.INFO.intValue())) {
                bad.add(r.getLevel() + " [" + r.getLoggerName() + "] " + r.getMessage()
                        + (r.getThrown() == null ? "" : "\n" + stackTrace(r.getThrown())));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final class Outcome {
        final String name;
        Throwable problem;

        Outcome(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name + (problem == null ? "" : " -> " + stackTrace(problem));
        }
    }

    /** Collects what the JUnit 3 run did, test by test. */
    private static final class Recorder implements TestListener {
        final Map<Test, Outcome> outcomes = new LinkedHashMap<>();

        private Outcome outcome(Test test) {
            return outcomes.computeIfAbsent(test, t -> new Outcome(name(t)));
        }

        @Override
        public synchronized void startTest(Test test) {
            outcome(test);
        }

        @Override
        public synchronized void addError(Test test, Throwable t) {
            Outcome o = outcome(test);
            if (o.problem == null) {
                o.problem = t;
            } else {
                o.problem.addSuppressed(t);
            }
        }

        @Override
        public synchronized void addFailure(Test test, AssertionFailedError t) {
            addError(test, t);
        }

        @Override
        public void endTest(Test test) {
        }

        private static String name(Test t) {
            if (t instanceof TestCase) {
                TestCase tc = (TestCase) t;
                return tc.getClass().getSimpleName() + "." + tc.getName();
            }
            return String.valueOf(t);
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
