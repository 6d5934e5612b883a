package org.voicebench.macro.ui;

import java.awt.event.ActionEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import org.openide.awt.Actions;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.cti.ui.api.CtiAccess;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroJson;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.macro.run.MacroPlayer;
import org.voicebench.macro.run.PlayerSettings;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.remote.ui.api.PhonesContext;
import org.voicebench.remote.ui.api.PhonesWindowExtension;
import org.voicebench.ui.BackgroundWork;
import org.voicebench.ui.Dialogs;
import org.voicebench.ui.PlatformDialogs;

/**
 * "Run Macro..." and "Run Built-in Macro..." in the Phones window: on the selected phones (a group: all its
 * phones) it asks for a macro file or one of the shipped macros, asks for confirmation when the macro is
 * destructive, and opens a results window running it with the Phones window's client (its credentials) at
 * the player's default concurrency.
 */
@ServiceProvider(service = PhonesWindowExtension.class)
@Messages({
    "ACT_RunMacro=R&un Macro\u2026",
    "ACT_RunBuiltIn=Run &Built-in Macro\u2026",
    "TITLE_RunMacro=Run Macro from File",
    "TITLE_RunBuiltIn=Run a Built-in Macro",
    "LBL_BuiltIn=&Macro:",
    "ERR_NoPhones=Select phones or a group in the Phones window first.",
    "# {0} - reason", "ERR_ReadMacro=The macro could not be read: {0}",
    "# {0} - CTI user and hosts", "TITLE_Transport=How the Keys Reach the Phones (CTI: {0})",
    "LBL_Transport=&Keys go (web: web servers; cti: CUCM over CTI; auto: web, CTI where the web refuses):",
    "CONFIRM_Blind=Allow blind keys? Over CTI no guard can read the screen: steps are only pressed unchecked when"
            + " you accept it (No: only variants verified for CTI run over it)."
})
public final class RunMacroExtension implements PhonesWindowExtension {

    /** Where the macro windows' file choosers remember their folders. */
    static final String FILES_KEY = "org.voicebench.macro.ui.files";
    /** Reads the chosen macro file off the Swing thread. */
    private static final BackgroundWork WORK = new BackgroundWork(RunMacroExtension.class.getName());

    private volatile Dialogs dialogs = new PlatformDialogs(FILES_KEY);
    private volatile Consumer<MacroRunPanel> shower = MacroRunTopComponent::show;
    private volatile PlayerSettings settings = PlayerSettings.defaults();
    private volatile Supplier<CtiConfiguration> ctiConfiguration = CtiConfiguration::getDefault;

    @Override
    public List<? extends Action> actions(PhonesContext context) {
        Action run = new AbstractAction(Actions.cutAmpersand(Bundle.ACT_RunMacro())) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run(context);
            }
        };
        Action builtIn = new AbstractAction(Actions.cutAmpersand(Bundle.ACT_RunBuiltIn())) {
            @Override
            public void actionPerformed(ActionEvent e) {
                runBuiltIn(context);
            }
        };
        return List.of(run, builtIn);
    }

    /** The shipped macros (erase-itl, ...) and the plugins' macro libraries: the variant for each phone's model is picked when it runs. */
    private void runBuiltIn(PhonesContext context) {
        List<PhoneEntry> phones = context.selectedPhones();
        Dialogs d = dialogs;
        if (phones.isEmpty()) {
            d.error(Bundle.ERR_NoPhones());
            return;
        }
        // the built-ins, then the macros of installed MacroLibraryProvider plugins (looked up now: a module
        // installed from Tools > Plugins since the window opened is offered too)
        String name = d.choose(Bundle.TITLE_RunBuiltIn(), Bundle.LBL_BuiltIn(), MacroLibrary.allNames());
        if (name != null) {
            MacroLibrary.named(name).ifPresent(macro -> start(context, macro, phones, d));
        }
    }

    private void run(PhonesContext context) {
        List<PhoneEntry> phones = context.selectedPhones();
        Dialogs d = dialogs;
        if (phones.isEmpty()) {
            d.error(Bundle.ERR_NoPhones());
            return;
        }
        Path file = d.openFile(Bundle.TITLE_RunMacro(), "json");
        if (file == null) {
            return;
        }
        WORK.post(null, ctx -> MacroJson.read(file), macro -> start(context, macro, phones, d),
                e -> d.error(Bundle.ERR_ReadMacro(e.getMessage())));
    }

    private void start(PhonesContext context, Macro macro, List<PhoneEntry> phones, Dialogs d) {
        if (!RunConfirmation.confirmed(macro, phones.size(), d)) {
            return;
        }
        MacroKeys keys = keys(d);
        if (keys == null) {
            return;
        }
        MacroPlayer player = new MacroPlayer(context.client(), context.profiles(), settings);
        MacroRunPanel panel = new MacroRunPanel(macro, player, d);
        shower.accept(panel);
        panel.start(phones, keys);
    }

    /**
     * Where CTI can be used, asks how the keys go (the options' default first) and, for CTI, whether blind keys are
     * accepted; without CTI every key goes to the web server. Null when the user cancelled.
     */
    private MacroKeys keys(Dialogs d) {
        CtiConfiguration cti = ctiConfiguration.get();
        CtiAccess access = cti == null ? null : cti.current().orElse(null);
        if (access == null) {
            return MacroKeys.WEB;
        }
        List<String> modes = new ArrayList<>(List.of(cti.transport().id()));
        for (TransportMode m : TransportMode.values()) {
            if (!modes.contains(m.id())) {
                modes.add(m.id());
            }
        }
        String chosen = d.choose(Bundle.TITLE_Transport(access.describe()), Bundle.LBL_Transport(), modes);
        if (chosen == null) {
            return null;
        }
        TransportMode mode = TransportMode.parse(chosen);
        if (mode == TransportMode.WEB) {
            return MacroKeys.WEB;
        }
        return new MacroKeys(mode, access, cti, d.confirm(Bundle.CONFIRM_Blind()));
    }

    // --- for tests: answers without modal dialogs, the results in a frame, fast retries ---

    void setDialogs(Dialogs value) {
        dialogs = value;
    }

    void setShower(Consumer<MacroRunPanel> value) {
        shower = value;
    }

    void setCti(Supplier<CtiConfiguration> value) {
        ctiConfiguration = value;
    }

    void setSettings(PlayerSettings value) {
        settings = value;
    }

    /** Waits for a queued macro read (tests). */
    static void awaitIdle() {
        WORK.awaitIdle();
    }
}
