package org.voicebench.trust.ui.open;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netbeans.spi.sendopts.Env;
import org.netbeans.spi.sendopts.Option;
import org.netbeans.spi.sendopts.OptionProcessor;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code voicebench FILE...}: the plain arguments of the launcher are files to open. Relative
 * names are resolved against the folder the launcher was started in (a second launch hands its
 * arguments to the running instance, with its own folder).
 */
@ServiceProvider(service = OptionProcessor.class)
public final class CommandLineFiles extends OptionProcessor {

    private static final Option FILES = Option.defaultArguments();

    @Override
    protected Set<Option> getOptions() {
        return Set.of(FILES);
    }

    @Override
    protected void process(Env env, Map<Option, String[]> values) {
        String[] args = values.get(FILES);
        if (args != null && args.length > 0) {
            TrustListOpener.getDefault().open(resolve(env.getCurrentDirectory(), args));
        }
    }

    static List<Path> resolve(File currentDirectory, String[] args) {
        List<Path> out = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (!p.isAbsolute() && currentDirectory != null) {
                p = currentDirectory.toPath().resolve(p);
            }
            out.add(p.normalize());
        }
        return out;
    }
}
