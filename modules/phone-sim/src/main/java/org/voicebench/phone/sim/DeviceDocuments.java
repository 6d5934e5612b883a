package org.voicebench.phone.sim;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.voicebench.phone.model.ModelProfile;

/**
 * The information pages but the Network setup page ({@link NetworkSetupPage}): {@code DeviceInformationX}
 * as captured from a CP-7940, the XML network page and the HTML device page.
 */
final class DeviceDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private DeviceDocuments() {
    }

    /**
     * The elements of {@code DeviceInformationX} in the captured order; 78xx/88xx add {@code udi},
     * {@code time}, {@code timezone}, {@code date} (field evidence: newer loads; their value formats are
     * assumed, no capture of a 78xx/88xx exists).
     */
    static List<String[]> deviceInformation(SimulatedPhone p) {
        ModelProfile m = p.device().model();
        boolean legacy = m.family().is79xx();
        String modelNumber = p.modelNumber();
        List<String[]> e = new ArrayList<>();
        e.add(new String[] {"MACAddress", p.mac()});
        e.add(new String[] {"HostName", p.name()});
        e.add(new String[] {"phoneDN", p.phoneNumber()});
        e.add(new String[] {"appLoadID", appLoad(m)});
        e.add(new String[] {"bootLoadID", legacy ? "tnp65.8-3-1-21a.bin" : "pbl88xx.BE-01-010.sbn"});
        e.add(new String[] {"versionID", legacy ? "9.4(2SR4.3)" : appLoad(m)});
        e.add(new String[] {"DSPLoadID", legacy ? "dsp.3.3.13" : "dsp88xx.14-2-1"});
        e.add(new String[] {"addonModule1", ""});
        e.add(new String[] {"addonModule2", ""});
        e.add(new String[] {"hardwareRevision", "1.0"});
        e.add(new String[] {"serialNumber", p.serialNumber()});
        e.add(new String[] {"modelNumber", modelNumber});
        e.add(new String[] {"Codec", "ADLCodec"});
        e.add(new String[] {"Amps", "3V Amp"});
        e.add(new String[] {"C3PORevision", "2"});
        e.add(new String[] {"MessageWaiting", "No"});
        if (!legacy) {
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
            e.add(new String[] {"udi", "phone Cisco IP Phone " + modelNumber + " V01 " + p.serialNumber()});
            e.add(new String[] {"time", TIME.format(now)});
            e.add(new String[] {"timezone", "UTC"});
            e.add(new String[] {"date", DATE.format(now)});
        }
        return e;
    }

    /** The XML network page: addresses and servers, no trust-list fields (no phone was seen to serve any). */
    static List<String[]> networkConfiguration(SimulatedPhone p) {
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
        return e;
    }

    /** A plain HTML table of the device information, linking the family's HTML pages. */
    static String deviceHtml(SimulatedPhone p, WebPaths paths) {
        String title = "Device Information " + p.name();
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><title>").append(CiscoXml.escape(title))
                .append("</title></head><body>\n<h1>").append(CiscoXml.escape(title)).append("</h1>\n<table>\n");
        for (String[] r : deviceInformation(p)) {
            b.append("<tr><td>").append(CiscoXml.escape(r[0])).append("</td><td>").append(CiscoXml.escape(r[1]))
                    .append("</td></tr>\n");
        }
        return b.append("</table>\n<p><a href=\"").append(CiscoXml.escape(paths.deviceHtml()))
                .append("\">Device Information</a> | <a href=\"").append(CiscoXml.escape(paths.networkHtml()))
                .append("\">Network Configuration</a></p>\n</body></html>\n").toString();
    }

    /** Made-up firmware names in each family's naming style (simulator facts, not model data): SCCP45..., sip88xx... */
    private static String appLoad(ModelProfile m) {
        return m.family().is79xx() ? "SCCP45.9-4-2SR4-3S" : "sip" + m.model().substring(0, 2) + "xx.14-2-1-0001-14";
    }
}
