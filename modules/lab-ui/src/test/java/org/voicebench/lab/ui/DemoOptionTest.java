package org.voicebench.lab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.api.sendopts.CommandLine;
import org.netbeans.spi.sendopts.OptionProcessor;
import org.openide.util.Lookup;

/** {@code voicebench --demo}, as far as it goes without the platform: the option, its registration, its effect. */
class DemoOptionTest {

    @Test
    void theCommandLineRunsTheLaunchForDashDashDemoOnly() throws Exception {
        AtomicInteger launched = new AtomicInteger();
        CommandLine line = CommandLine.create(new DemoOption(launched::incrementAndGet));
        line.process("--demo");
        assertEquals(1, launched.get());
        assertThrows(CommandException.class, () -> line.process("--demo", "extra"), "no argument taken");
        assertThrows(CommandException.class, () -> line.process("--demos"));
        assertEquals(1, launched.get(), "nothing else starts the demo");
        StringWriter usage = new StringWriter();
        line.usage(new PrintWriter(usage));
        assertTrue(usage.toString().contains("--demo") && usage.toString().contains("start the demo lab"), usage.toString());
    }

    @Test
    void theLauncherSeesTheProcessor() {
        assertTrue(Lookup.getDefault().lookupAll(OptionProcessor.class).stream().anyMatch(DemoOption.class::isInstance),
                "registered as an OptionProcessor service");
    }

    @Test
    void demoStartsTheLaunchOnceAndOtherArgumentsDoNot() throws Exception {
        AtomicInteger launched = new AtomicInteger();
        DemoOption processor = new DemoOption(launched::incrementAndGet);
        processor.process(null, Map.of());
        assertEquals(0, launched.get(), "without --demo nothing starts");
        processor.process(null, Map.of(DemoOption.DEMO, new String[0]));
        assertEquals(1, launched.get());
    }

    @Test
    void withoutTheAuditModuleThereIsNoTrustAuditActionToOpen() {
        assertNull(DemoLaunch.trustAuditAction(), "audit-ui is not on this module's class path");
    }
}
