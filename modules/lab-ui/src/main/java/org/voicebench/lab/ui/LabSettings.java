package org.voicebench.lab.ui;

import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.sim.FaultSpec;

/**
 * The Start lab form's values except the password, which is never stored.
 *
 * @param phones how many phones
 * @param models the model mix, given to the phones in turn
 * @param firstAddress the first phone's 127.x.y.z
 * @param port the port every phone listens on (0: a free one each)
 * @param user the user the phones accept
 * @param faults conditions to simulate, in {@link FaultSpec} text form ("" for none)
 */
@Messages({
    "# {0} - count", "ERR_Phones=The number of phones must be between 1 and 1000: {0}.",
    "ERR_Models=Give at least one model, e.g. 7965,8845.",
    "# {0} - port", "ERR_Port=The port must be between 0 and 65535: {0}.",
    "ERR_User=Give the user name the phones accept.",
    "ERR_Password=Give the password the phones accept.",
    "# {0} - what is wrong", "ERR_Faults=Faults: {0}"
})
public record LabSettings(int phones, List<String> models, String firstAddress, int port, String user, String faults) {

    public static final LabSettings DEFAULTS = new LabSettings(8, List.of("7965", "7975", "7841", "8845", "8861"),
            "127.0.10.1", 8080, "admin", "");

    public LabSettings {
        models = List.copyOf(models);
    }

    /** Splits "7965, 8845,," into its model names. */
    public static List<String> parseModels(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String modelsText() {
        return String.join(",", models);
    }

    /** What is wrong with these settings and this password, or null when the lab can start. */
    public String problem(char[] password) {
        if (phones < 1 || phones > 1000) {
            return Bundle.ERR_Phones(phones);
        }
        if (models.isEmpty()) {
            return Bundle.ERR_Models();
        }
        if (port < 0 || port > 65535) {
            return Bundle.ERR_Port(String.valueOf(port));
        }
        if (user.isBlank()) {
            return Bundle.ERR_User();
        }
        if (password.length == 0) {
            return Bundle.ERR_Password();
        }
        try {
            FaultSpec.parse(faults);
        } catch (IllegalArgumentException e) {
            return Bundle.ERR_Faults(e.getMessage());
        }
        return null;
    }

    /** Reads the remembered values, falling back to {@link #DEFAULTS}. */
    public static LabSettings load(Preferences p) {
        List<String> models = parseModels(p.get("models", DEFAULTS.modelsText()));
        return new LabSettings(p.getInt("phones", DEFAULTS.phones()), models.isEmpty() ? DEFAULTS.models() : models,
                p.get("firstAddress", DEFAULTS.firstAddress()), p.getInt("port", DEFAULTS.port()),
                p.get("user", DEFAULTS.user()), p.get("faults", DEFAULTS.faults()));
    }

    /** Remembers every value (there is no password here to store). */
    public void save(Preferences p) {
        p.putInt("phones", phones);
        p.put("models", modelsText());
        p.put("firstAddress", firstAddress);
        p.putInt("port", port);
        p.put("user", user);
        p.put("faults", faults);
    }
}
