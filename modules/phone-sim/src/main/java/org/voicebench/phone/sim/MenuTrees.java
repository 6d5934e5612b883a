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
 * The menu trees of each family as the field evidence describes them (field-evidence.md, "Menus and
 * the erase sequences"). Positions are not fixed: they follow the model's Bluetooth flag and the
 * {@link MenuFirmware} the simulator gives it, as they follow firmware on real phones; clients find
 * items by label.
 * <ul>
 * <li>79xx: Settings &gt; Security Configuration &gt; Trust List &gt; ITL File (or CTL File), {@code **#},
 * Erase on Soft4 then Soft2 to confirm (79X1, 79X5, 7906/7911, whose Settings sit in Applications) or on
 * Soft5 without question (797X)</li>
 * <li>69xx: Settings &gt; Security Configuration &gt; Trust List, Erase on Soft4, Soft2 to confirm</li>
 * <li>78xx/88xx (and the 8831/8832, assumed alike): Applications &gt; Admin settings &gt; Reset settings
 * &gt; Security settings, Reset on Soft3 (88xx) or Soft2 (78xx). The other items of Reset settings (Reset
 * device, All settings, ...) ask the same way and, confirmed, reset something else: the phone records
 * that and restarts, its trust list untouched.</li>
 * </ul>
 */
final class MenuTrees {

    /** An item of Reset settings and the question its confirmation screen asks. */
    private record Reset(String label, String question) {
        boolean erasesTrust() {
            return label.equals("Security settings");
        }
    }

    /** The items of Reset settings in the order of the field evidence (templates cropped from real 88xx screens). */
    private static final List<Reset> RESETS = List.of(
            new Reset("Reset device", "Reset device?"),
            new Reset("All settings", "Reset all settings?"),
            new Reset("Network settings", "Reset network settings?"),
            new Reset("Service mode", "Enter service mode?"),
            new Reset("Security settings", "Reset security settings?"));

    private MenuTrees() {
    }

    /**
     * The page the menu key opens: Settings on the 79xx and 69xx, Applications on the 7906/7911 (which
     * have no Settings key: Settings is in Applications) and on the 78xx/88xx firmware.
     */
    static Page top(ModelProfile model) {
        PhoneFamily family = model.family();
        if (family == PhoneFamily.CP7911) {
            return applications7911(model);
        }
        if (family.is79xx() || family == PhoneFamily.CP69XX) {
            return settings79xx(model);
        }
        return applications(model);
    }

    /** The 7906/7911 Applications menu (field evidence: Applications, 3 reaches the 79xx Settings). */
    private static Page applications7911(ModelProfile model) {
        return new MenuPage("Applications", ctx -> List.of(
                info("Messages", "Messages", "None"),
                info("Directory", "Missed Calls", ""),
                new Entry("Settings", () -> settings79xx(model)),
                info("Services", "Services", "None"),
                info("Help", "Help", "")));
    }

    private static Page settings79xx(ModelProfile model) {
        MenuFirmware firmware = MenuFirmware.of(model);
        return new MenuPage("Settings", ctx -> {
            List<Entry> e = new ArrayList<>();
            if (firmware.callPreferencesFirst()) {
                e.add(info("Call Preferences", "Call Forward", "Off"));
            }
            e.add(info("User Preferences", "Rings", "Default"));
            if (ctx.conditions().settingsAccess() == SettingsAccess.ENABLED) {
                e.add(info("Network Configuration", "DHCP Enabled", "Yes"));
                e.add(info("Device Configuration", "Unified CM Configuration", ""));
                e.add(new Entry("Security Configuration", () -> securityConfiguration(model.family())));
            }
            e.add(info("Model Information", "Model Number", SimulatedPhone.modelNumber(ctx.model())));
            e.add(info("Status", "Status Messages", ""));
            return e;
        });
    }

    private static Page securityConfiguration(PhoneFamily family) {
        return new MenuPage("Security Configuration", ctx -> List.of(
                info("Web Access Enabled", "Web Access Enabled", ctx.conditions().webAccess() ? "Yes" : "No"),
                info("Security Mode", "Security Mode", "Non-Secure"),
                info("MIC", "MIC", "Installed"),
                info("LSC", "LSC", "Not Installed"),
                new Entry("Trust List", () -> trustList(family)),
                info("802.1X Authentication", "Device Authentication", "Disabled")));
    }

    /**
     * The same on every 79xx, the 79X1 included (field evidence: 7942 Settings, 4, 5, 2 reaches ITL File).
     * The 69xx erase on the Trust List item itself (field evidence: Settings, 4, 5, Soft4, Soft2; its labels
     * are assumed to be the 79xx ones).
     */
    private static Page trustList(PhoneFamily family) {
        int eraseSlot = family == PhoneFamily.CP797X ? 5 : 4;
        boolean confirm = family != PhoneFamily.CP797X;
        if (family == PhoneFamily.CP69XX) {
            return new TrustFilePage("ITL", eraseSlot, confirm);
        }
        return new MenuPage("Trust List", ctx -> List.of(
                new Entry("CTL File", () -> new TrustFilePage("CTL", eraseSlot, confirm)),
                new Entry("ITL File", () -> new TrustFilePage("ITL", eraseSlot, confirm)),
                info("Configuration", "TVS", "")));
    }

    private static Page applications(ModelProfile model) {
        MenuFirmware firmware = MenuFirmware.of(model);
        return new MenuPage("Applications", ctx -> {
            List<Entry> e = new ArrayList<>();
            e.add(info("Call history", "Call history", ""));
            e.add(info("Preferences", "Ringtone", "Default"));
            if (ctx.model().bluetooth()) {
                e.add(info("Bluetooth", "Bluetooth", "Off"));
            }
            if (firmware.accessories()) {
                e.add(info("Accessories", "Accessories", "None"));
            }
            e.add(info("Phone information", "Model number", SimulatedPhone.modelNumber(ctx.model())));
            if (ctx.conditions().settingsAccess() == SettingsAccess.ENABLED) {
                e.add(new Entry("Admin settings", () -> ctx.conditions().unlockPassword() == null
                        ? adminSettings(model, firmware)
                        : new PasswordPage("Admin settings", () -> adminSettings(model, firmware))));
            }
            return e;
        });
    }

    private static Page adminSettings(ModelProfile model, MenuFirmware firmware) {
        return new MenuPage("Admin settings", ctx -> {
            List<Entry> e = new ArrayList<>();
            e.add(info("Network setup", "DHCP", "On"));
            e.add(info("Status", "Status messages", ""));
            if (firmware.securitySetup()) {
                e.add(info("Security setup", "Security mode", "Non-secure"));
            }
            e.add(new Entry("Reset settings", () -> resetSettings(model.family())));
            return e;
        });
    }

    /** Every item asks first: 88xx [Back, Cancel, Reset] with Soft3 confirming, 78xx [Cancel, Reset] with Soft2. */
    private static Page resetSettings(PhoneFamily family) {
        List<String> keys = Families.is88xx(family) ? List.of("Back", "Cancel", "Reset") : List.of("Cancel", "Reset");
        int confirmSlot = keys.size();
        return new MenuPage("Reset settings", ctx -> RESETS.stream().map(r -> new Entry(r.label(),
                () -> new ConfirmPage(r.label(), r.question(), keys, confirmSlot, c -> {
                    if (r.erasesTrust()) {
                        c.eraseTrust();
                    } else {
                        c.confirmReset(r.label());
                    }
                }))).toList());
    }

    private static Entry info(String label, String name, String value) {
        return new Entry(label, () -> new InfoPage(label, ctx -> List.of(new Screen.Field(name, value))));
    }
}
