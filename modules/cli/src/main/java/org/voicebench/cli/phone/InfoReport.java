package org.voicebench.cli.phone;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.voicebench.cli.text.Terminal;
import org.voicebench.cli.text.TextTable;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.ModeInfo;
import org.voicebench.phone.NetworkSetup;
import org.voicebench.phone.TrustFile;

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
        trust(out, info);
        out.println();
        out.println("Network setup" + (info.network() == null ? "" : " (" + info.network().source() + ")"));
        rows(out, info.network() == null ? Map.of() : info.network().rows());
        screen(out, info);
    }

    private static void trust(PrintWriter out, PhoneInfo info) {
        out.println();
        out.println("Trust lists");
        NetworkSetup n = info.network();
        if (n != null) {
            TextTable.keyValue()
                    .row("ITL", describe(n.itl()))
                    .row("CTL", describe(n.ctl()))
                    .row("TFTP server 1", n.tftpServer1())
                    .print(out, INDENT, Terminal.WIDTH);
        }
        if (info.networkNote() != null) {
            out.println(INDENT + info.networkNote());
        }
    }

    /** {@code installed, SHA-1 ee5c...} / {@code not installed} / {@code not shown}. */
    static String describe(TrustFile f) {
        return switch (f.presence()) {
            case NOT_SHOWN -> "not shown by the phone";
            case NOT_INSTALLED -> "not installed";
            case INSTALLED -> "installed" + (f.fileName() == null ? "" : " (" + f.fileName() + ")")
                    + (f.hash() == null ? ", hash not shown" : ", " + f.algorithm().displayName() + " " + f.hash());
        };
    }

    /** The rows about trust lists: labels naming ITL, CTL or trust (the JSON's "trust" map). */
    static Map<String, String> trustRows(NetworkSetup n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n != null) {
            n.rows().forEach((k, v) -> {
                String u = k.toUpperCase(Locale.ROOT);
                if (u.contains("ITL") || u.contains("CTL") || u.contains("TRUST") || u.contains("TVS")) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    private static void rows(PrintWriter out, Map<String, String> fields) {
        if (fields.isEmpty()) {
            out.println(INDENT + "none read");
            return;
        }
        TextTable t = TextTable.keyValue();
        fields.forEach(t::row);
        t.print(out, INDENT, Terminal.WIDTH);
    }

    private static void screen(PrintWriter out, PhoneInfo info) {
        ModeInfo m = info.screen();
        out.println();
        if (m == null) {
            out.println("Screen");
            out.println(INDENT + info.screenNote());
            return;
        }
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
