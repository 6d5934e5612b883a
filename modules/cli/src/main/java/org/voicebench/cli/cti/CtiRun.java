package org.voicebench.cli.cti;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.voicebench.cli.audit.AxlOptions;
import org.voicebench.cli.audit.InputError;
import org.voicebench.cli.Environment;
import org.voicebench.phone.cti.CtiAssociation;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.CtiSettings;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.cucm.CucmException;
import picocli.CommandLine;

/**
 * CTI for one run ({@code audit --fix}, {@code macro run}): the provider opened for it, and with
 * {@code --cti-associate} the run's phones added to the CTI user's controlled devices, the user's list put back when
 * it ends (and first, should an earlier run have been killed before putting it back).
 */
public final class CtiRun implements AutoCloseable {

    /** Where association journals go: {@code $VOICEBENCH_HOME/cti}, else {@code ~/.voicebench/cti}. */
    static final String HOME_VARIABLE = "VOICEBENCH_HOME";

    private final CtiProvider provider;
    private final CtiAssociation association;
    private final KeyRoutes routes;
    private final PrintWriter notes;

    private CtiRun(CtiProvider provider, CtiAssociation association, KeyRoutes routes, PrintWriter notes) {
        this.provider = provider;
        this.association = association;
        this.routes = routes;
        this.notes = notes;
    }

    /** The routes of a run without CTI. */
    public static CtiRun none(CtiOptions options, CommandLine cmd) {
        return new CtiRun(null, null, KeyRoutes.withoutCti(options.mode(cmd)), null);
    }

    /**
     * Opens CTI for the run, associating {@code devices} first when asked.
     *
     * @param devices the run's phones that may take keys over CTI (device names), for {@code --cti-associate}
     * @param link    the CUCM of {@code --axl} (null without it)
     * @throws InputError when CTI cannot be used or the association fails: no phone was touched
     */
    public static CtiRun open(CtiOptions options, CtiSettings settings, List<String> devices, AxlOptions.Cucm link,
            Environment env, Console console, CommandLine cmd, PrintWriter notes) throws InputError {
        char[] password = options.password(env, console, cmd);
        CtiAssociation association = null;
        try {
            if (options.associate()) {
                association = associate(options, devices, link, env, notes);
            }
            CtiSettings s = link == null ? settings : settings.withCucmVersion(link.version());
            CtiProvider provider = CtiOptions.open(s, password);
            return new CtiRun(provider, association, options.routes(cmd, provider), notes);
        } catch (CtiException e) {
            restoreQuietly(association, notes);
            throw new InputError("CTI cannot be used, no phone was touched: " + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static CtiAssociation associate(CtiOptions options, List<String> devices, AxlOptions.Cucm link,
            Environment env, PrintWriter notes) throws InputError {
        if (link == null) {
            throw new InputError("--cti-associate changes the CTI user's controlled devices through AXL: it needs --axl", null);
        }
        Path journal = journal(env, options.user(), link.host());
        try {
            if (CtiAssociation.restorePending(link.axl(), journal)) {
                notes.println("note: an earlier run's CTI association was not put back; user " + options.user()
                        + "'s controlled devices are restored from " + journal + " first");
            }
            CtiAssociation a = CtiAssociation.begin(link.axl(), link.host(), options.user(), devices, journal);
            notes.println("CTI: " + a.added().size() + " phone(s) added to the controlled devices of " + options.user()
                    + " for this run (journal " + journal + "); the previous list is put back afterwards");
            notes.flush();
            return a;
        } catch (CucmException | IOException | IllegalStateException e) {
            throw new InputError("--cti-associate: " + e.getMessage(), e);
        }
    }

    static Path journal(Environment env, String user, String cucm) {
        String home = env.get(HOME_VARIABLE);
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".voicebench");
        return base.resolve("cti").resolve("association-" + user.replaceAll("[^A-Za-z0-9._-]", "_") + "@"
                + cucm.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }

    public KeyRoutes routes() {
        return routes;
    }

    /** Shuts the provider down, then puts the user's controlled devices back. */
    @Override
    public void close() {
        if (provider != null) {
            provider.close();
        }
        restoreQuietly(association, notes);
    }

    private static void restoreQuietly(CtiAssociation association, PrintWriter notes) {
        if (association == null) {
            return;
        }
        try {
            association.restore();
            notes.println("CTI: the controlled devices of the CTI user are as they were before the run");
        } catch (CucmException | IOException e) {
            notes.println("warning: the CTI user's controlled devices could not be put back: " + e.getMessage()
                    + "; the next run with --cti-associate restores them from its journal");
        }
        notes.flush();
    }
}
