package org.voicebench.phone.sim;

import java.util.ArrayList;
import java.util.List;
import org.voicebench.phone.model.ModelProfile;

/** The information pages: {@code DeviceInformationX}, {@code NetworkConfigurationX} and their HTML forms. */
final class DeviceDocuments {

    private DeviceDocuments() {
    }

    static List<String[]> deviceInformation(SimulatedPhone p) {
        ModelProfile m = p.device().model();
        String load = firmware(m);
        String modelNumber = p.modelNumber();
        List<String[]> e = new ArrayList<>();
        e.add(new String[] {"MACAddress", p.mac()});
        e.add(new String[] {"HostName", p.name()});
        e.add(new String[] {"phoneDN", p.phoneNumber()});
        e.add(new String[] {"appLoadID", load});
        e.add(new String[] {"bootLoadID", m.family().is79xx() ? "tnp65.8-3-1-21a.bin" : "pbl88xx.BE-01-010.sbn"});
        e.add(new String[] {"versionID", load});
        e.add(new String[] {"DSPLoadID", m.family().is79xx() ? "dsp.3.3.13" : "dsp88xx.14-2-1"});
        e.add(new String[] {"addonModule1", ""});
        e.add(new String[] {"addonModule2", ""});
        e.add(new String[] {"hardwareRevision", "1.0"});
        e.add(new String[] {"serialNumber", p.serialNumber()});
        e.add(new String[] {"modelNumber", modelNumber});
        e.add(new String[] {"Codec", "ADLCodec"});
        e.add(new String[] {"Amps", "3"});
        e.add(new String[] {"C3PORevision", "3"});
        e.add(new String[] {"MessageWaiting", "No"});
        e.add(new String[] {"udi", "phone Cisco IP Phone " + modelNumber + " V01 " + p.serialNumber()});
        return e;
    }

    static List<String[]> networkConfiguration(SimulatedPhone p) {
        TrustStore.Installed itl = p.device().trust().itl();
        TrustStore.Installed ctl = p.device().trust().ctl();
        List<String[]> e = new ArrayList<>();
        e.add(new String[] {"DHCPServer", "127.0.0.1"});
        e.add(new String[] {"MACAddress", p.mac()});
        e.add(new String[] {"HostName", p.name()});
        e.add(new String[] {"DomainName", "lab.example.com"});
        e.add(new String[] {"IPAddress", p.address().getAddress().getHostAddress()});
        e.add(new String[] {"SubNetMask", "255.0.0.0"});
        e.add(new String[] {"TFTPServer1", p.tftpServer()});
        e.add(new String[] {"DefaultRouter1", "127.0.0.1"});
        e.add(new String[] {"DHCPEnabled", "Yes"});
        e.add(new String[] {"CallManager1", p.tftpServer() + " Active"});
        e.add(new String[] {"WebAccess", p.conditions().webAccess() ? "Enabled" : "Disabled"});
        e.add(new String[] {"SettingsAccess", p.conditions().settingsAccess().name()});
        e.add(new String[] {"ITLFile", itl == null ? "Not Installed" : "Installed"});
        e.add(new String[] {"ITLFileMD5", itl == null ? "" : itl.md5()});
        e.add(new String[] {"ITLFileSHA1", itl == null ? "" : itl.sha1()});
        e.add(new String[] {"CTLFile", ctl == null ? "Not Installed" : "Installed"});
        e.add(new String[] {"CTLFileMD5", ctl == null ? "" : ctl.md5()});
        e.add(new String[] {"CTLFileSHA1", ctl == null ? "" : ctl.sha1()});
        return e;
    }

    /** A plain HTML table of the same facts. */
    static String html(String title, List<String[]> rows) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><title>").append(CiscoXml.escape(title))
                .append("</title></head><body>\n<h1>").append(CiscoXml.escape(title)).append("</h1>\n<table>\n");
        for (String[] r : rows) {
            b.append("<tr><td>").append(CiscoXml.escape(r[0])).append("</td><td>").append(CiscoXml.escape(r[1]))
                    .append("</td></tr>\n");
        }
        return b.append("</table>\n<p><a href=\"/DeviceInformation\">Device Information</a> | ")
                .append("<a href=\"/NetworkConfiguration\">Network Configuration</a></p>\n</body></html>\n")
                .toString();
    }

    /** Made-up firmware names in each family's naming style (simulator facts, not model data). */
    private static String firmware(ModelProfile m) {
        return switch (m.family()) {
            case CP79X1, CP79X5, CP797X -> "SCCP45.9-4-2SR4-3S";
            case CP78XX -> "sip78xx.14-2-1-0001-14";
            case CP88XX, CP88X5 -> "sip88xx.14-2-1-0001-14";
        };
    }
}
