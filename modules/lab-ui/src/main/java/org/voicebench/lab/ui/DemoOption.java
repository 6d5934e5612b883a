package org.voicebench.lab.ui;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.netbeans.spi.sendopts.Env;
import org.netbeans.spi.sendopts.Option;
import org.netbeans.spi.sendopts.OptionProcessor;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code voicebench --demo}: starts the demo lab once the main window shows (random password, in
 * memory only), with the Phone Lab window open, then opens the Trust Audit window. Given to a
 * running instance, it does the same there.
 */
@ServiceProvider(service = OptionProcessor.class)
@Messages("DESC_DemoOption=start the demo lab (simulated cluster and phones) and open the Trust Audit")
public final class DemoOption extends OptionProcessor {

    static final Option DEMO = Option.shortDescription(Option.withoutArgument(Option.NO_SHORT_NAME, "demo"),
            "org.voicebench.lab.ui.Bundle", "DESC_DemoOption");

    private final Runnable launch;

    public DemoOption() {
        this(DemoLaunch::whenUiReady);
    }

    DemoOption(Runnable launch) {
        this.launch = Objects.requireNonNull(launch, "launch");
    }

    @Override
    protected Set<Option> getOptions() {
        return Set.of(DEMO);
    }

    @Override
    protected void process(Env env, Map<Option, String[]> values) {
        if (values.containsKey(DEMO)) {
            launch.run();
        }
    }
}
