package org.voicebench.phone.sim;

import java.util.ArrayList;
import java.util.List;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.PhoneFamily;
import org.voicebench.phone.sim.Pages.ConfirmPage;
import org.voicebench.phone.sim.Pages.Entry;
import org.voicebench.phone.sim.Pages.InfoPage;
import org.voicebench.phone.sim.Pages.MenuPage;
import org.voicebench.phone.sim.Pages.PasswordPage;
import org.voicebench.phone.sim.Pages.TrustFilePage;

/**
 * The menu trees of each family, numbered so that the key sequences of the public ITL-erase scripts
 * (phone-interface.md) reach the same screens:
 * <ul>
 * <li>7945/65: Settings, 4 Security Configuration, 5 Trust List, 2 ITL File, {@code **#}, Soft4 Erase, Soft2 Continue</li>
 * <li>7970/75: the same, Erase on Soft5 without confirmation</li>
 * <li>79xx CTL File (entry 1 of the trust files) erases the same way, with the same soft keys</li>
 * <li>7941/61: Settings, 4, 5 Trust List, 1 Trust Files, 2 ITL File, {@code **#}, Soft4, Soft2</li>
 * <li>78xx: Applications, 5 Admin settings, 4 Reset settings, 4 Security settings, Soft2 Reset</li>
 * <li>88xx: Applications, 5 (6 on Bluetooth models) Admin settings, 4, 4, Soft3 Reset</li>
 * </ul>
 */
final class MenuTrees {

    private MenuTrees() {
    }

    /** The page the menu key (Settings on 79xx, Applications on 78xx/88xx) opens. */
    static Page top(ModelProfile model) {
        return model.family().is79xx() ? settings79xx(model.family()) : applications(model);
    }

    private static Page settings79xx(PhoneFamily style) {
        return new MenuPage("Settings", ctx -> {
            List<Entry> e = new ArrayList<>();
            e.add(info("User Preferences", "Rings", "Default"));
            if (ctx.conditions().settingsAccess() == SettingsAccess.ENABLED) {
                e.add(info("Network Configuration", "DHCP Enabled", "Yes"));
                e.add(info("Device Configuration", "Unified CM Configuration", ""));
                e.add(new Entry("Security Configuration", () -> securityConfiguration(style)));
            }
            e.add(info("Model Information", "Model Number", SimulatedPhone.modelNumber(ctx.model())));
            e.add(info("Status", "Status Messages", ""));
            return e;
        });
    }

    private static Page securityConfiguration(PhoneFamily style) {
        return new MenuPage("Security Configuration", ctx -> List.of(
                info("Web Access Enabled", "Web Access Enabled", "Yes"),
                info("Security Mode", "Security Mode", "Non-Secure"),
                info("MIC", "MIC", "Installed"),
                info("LSC", "LSC", "Not Installed"),
                new Entry("Trust List", () -> trustList(style)),
                info("802.1X Authentication", "Device Authentication", "Disabled")));
    }

    private static Page trustList(PhoneFamily style) {
        if (style == PhoneFamily.CP79X1) {
            return new MenuPage("Trust List", ctx -> List.of(
                    new Entry("Trust Files", () -> trustFiles(style)),
                    info("Trust List Configuration", "Trust List", "")));
        }
        return trustFiles(style);
    }

    private static Page trustFiles(PhoneFamily style) {
        int eraseSlot = style == PhoneFamily.CP797X ? 5 : 4;
        boolean confirm = style != PhoneFamily.CP797X;
        return new MenuPage(style == PhoneFamily.CP79X1 ? "Trust Files" : "Trust List", ctx -> List.of(
                new Entry("CTL File", () -> new TrustFilePage("CTL", eraseSlot, confirm)),
                new Entry("ITL File", () -> new TrustFilePage("ITL", eraseSlot, confirm)),
                info("Configuration", "TVS", "")));
    }

    private static Page applications(ModelProfile model) {
        return new MenuPage("Applications", ctx -> {
            List<Entry> e = new ArrayList<>();
            e.add(info("Recents", "Recents", ""));
            e.add(info("Preferences", "Ringtone", "Default"));
            if (ctx.model().bluetooth()) {
                e.add(info("Bluetooth", "Bluetooth", "Off"));
            }
            e.add(info("Accessories", "Accessories", "None"));
            e.add(info("Phone information", "Model number", SimulatedPhone.modelNumber(ctx.model())));
            if (ctx.conditions().settingsAccess() == SettingsAccess.ENABLED) {
                e.add(new Entry("Admin settings", () -> ctx.conditions().unlockPassword() == null
                        ? adminSettings(model) : new PasswordPage("Admin settings", () -> adminSettings(model))));
            }
            return e;
        });
    }

    private static Page adminSettings(ModelProfile model) {
        return new MenuPage("Admin settings", ctx -> List.of(
                info("Network setup", "DHCP", "On"),
                info("Status", "Status messages", ""),
                info("Security setup", "Security mode", "Non-secure"),
                new Entry("Reset settings", () -> resetSettings(model))));
    }

    private static Page resetSettings(ModelProfile model) {
        boolean is88 = model.family() == PhoneFamily.CP88XX || model.family() == PhoneFamily.CP88X5;
        List<String> keys = is88 ? List.of("Back", "Cancel", "Reset") : List.of("Cancel", "Reset");
        int confirmSlot = is88 ? 3 : 2;
        return new MenuPage("Reset settings", ctx -> List.of(
                info("All", "Reset all", "Not simulated"),
                info("Network setup", "Reset network", "Not simulated"),
                info("Service mode", "Service mode", "Not simulated"),
                new Entry("Security settings", () -> new ConfirmPage("Security settings",
                        "Reset security settings?", keys, confirmSlot,
                        c -> c.eraseTrust("Security settings reset. Restarting...")))));
    }

    private static Entry info(String label, String name, String value) {
        return new Entry(label, () -> new InfoPage(label, ctx -> List.of(new Screen.Field(name, value))));
    }
}
