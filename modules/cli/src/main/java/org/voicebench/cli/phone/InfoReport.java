package org.voicebench.cli.phone;

import java.io.PrintWriter;
import java.util.Map;
import org.voicebench.cli.text.Terminal;
import org.voicebench.cli.text.TextTable;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.ModeInfo;

/** {@code phone info} for people: the device, its trust lists, its network settings and its screen. */
final class InfoReport {

    private static final String INDENT = "  ";

    private InfoReport() {
    }

    static void print(PrintWriter out, PhoneInfo info) {
        DeviceInformation d = info.device();
        out.println("Phone " + info.address());
        String model = d.modelNumber() == null ? null
                : d.modelNumber() + (info.profile() == null ? " (no profile)" : " (profile " + info.profile().model() + ")");
        TextTable.keyValue()
                .row("Model", model)
                .row("Host name", d.hostName())
                .row("MAC address", d.macAddress())
                .row("Directory number", d.phoneDN())
                .row("Load", d.appLoadID())
                .row("Version", d.versionID())
                .row("Serial number", d.serialNumber())
                .print(out, INDENT, Terminal.WIDTH);
        section(out, "Trust lists", info.network().trustFields());
        section(out, "Network configuration", info.network().fields());
        screen(out, info.screen());
    }

    private static void section(PrintWriter out, String title, Map<String, String> fields) {
        out.println();
        out.println(title);
        if (fields.isEmpty()) {
            out.println(INDENT + "none reported");
            return;
        }
        TextTable t = TextTable.keyValue();
        fields.forEach(t::row);
        t.print(out, INDENT, Terminal.WIDTH);
    }

    private static void screen(PrintWriter out, ModeInfo m) {
        out.println();
        out.println("Screen" + (m.planeTitle() == null ? "" : ": " + m.planeTitle()));
        TextTable t = TextTable.keyValue();
        for (ModeInfo.Field f : m.fields()) {
            t.row(f.name(), f.value());
        }
        if (m.prompt() != null) {
            t.row("Prompt", m.prompt());
        }
        if (m.status() != null) {
            t.row("Status", m.status());
        }
        if (t.isEmpty()) {
            out.println(INDENT + "no lines reported");
        } else {
            t.print(out, INDENT, Terminal.WIDTH);
        }
    }
}
