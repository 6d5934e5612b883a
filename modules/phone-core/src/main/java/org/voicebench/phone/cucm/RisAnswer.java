package org.voicebench.phone.cucm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * One RIS {@code selectCmDevice} answer as real clusters give it: {@code TotalDevicesFound} (every
 * entry that matched, on all nodes) and per node its {@code ReturnCode} and the device entries it
 * returned, at most 1,000 in all. A device registered to several nodes in turn has an entry on each.
 * An empty answer has {@code TotalDevicesFound} 0 and {@code <CmNodes xsi:nil="1"/>}: no devices, not
 * an error.
 *
 * @param total      {@code TotalDevicesFound}, or -1 when the answer has none
 * @param devices    every entry returned, nodes in order
 * @param nodeErrors nodes whose {@code ReturnCode} was neither {@code Ok} nor {@code NotFound}
 */
record RisAnswer(int total, List<RisDevice> devices, Set<RisNodeError> nodeErrors) {

    /** The codes that mean a node answered: with devices, or with none of the asked ones. */
    private static final Set<String> ANSWERED = Set.of("ok", "notfound");

    /**
     * Whether RIS held entries back: fewer came than {@code TotalDevicesFound} says matched, or the
     * answer is full and some asked names are unseen (which also catches a server whose total counts
     * devices rather than entries).
     */
    boolean truncated(List<String> asked, int maxReturned) {
        if (total > devices.size()) {
            return true;
        }
        if (devices.size() < maxReturned) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        devices.forEach(d -> seen.add(d.name().toUpperCase(Locale.ROOT)));
        return asked.stream().anyMatch(n -> !seen.contains(n.toUpperCase(Locale.ROOT)));
    }

    /** Reads the {@code SelectCmDeviceResult} element. */
    static RisAnswer read(Element result, String host, String what) throws CucmException {
        int total = total(SoapXml.text(result, "TotalDevicesFound"), host, what);
        List<RisDevice> devices = new ArrayList<>();
        Set<RisNodeError> errors = new LinkedHashSet<>();
        Element nodes = SoapXml.child(result, "CmNodes");
        for (Element node : nodes == null ? List.<Element>of() : SoapXml.children(nodes, "item")) {
            String nodeName = SoapXml.text(node, "Name");
            String code = SoapXml.text(node, "ReturnCode");
            if (code != null && !code.isEmpty() && !ANSWERED.contains(code.toLowerCase(Locale.ROOT))) {
                errors.add(new RisNodeError(nodeName == null ? "" : nodeName, code));
            }
            Element entries = SoapXml.child(node, "CmDevices");
            for (Element d : entries == null ? List.<Element>of() : SoapXml.children(entries, "item")) {
                devices.add(device(d, nodeName, host, what));
            }
        }
        return new RisAnswer(total, devices, errors);
    }

    private static int total(String text, String host, String what) throws CucmException {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new CucmException(host, CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + host + " answered " + what
                    + " with TotalDevicesFound \"" + text + "\", not a number", null, e);
        }
    }

    private static RisDevice device(Element d, String node, String host, String what) throws CucmException {
        String name = SoapXml.text(d, "Name");
        if (name == null || name.isEmpty()) {
            throw new CucmException(host, CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + host + " answered " + what
                    + " with a device without a Name", null, null);
        }
        return new RisDevice(name, Registration.fromRis(SoapXml.text(d, "Status")), address(d), SoapXml.text(d, "Model"),
                SoapXml.text(d, "ActiveLoadID"), RisDevice.WebServer.fromRis(SoapXml.text(d, "Httpd")), node,
                timeStamp(SoapXml.text(d, "TimeStamp")));
    }

    /**
     * The device's address: RisPort70's {@code IPAddress/item/IP} (the IPv4 one where a phone has both:
     * its web server is reached there), else older RisPort's {@code IpAddress}, as items or as text.
     */
    private static String address(Element d) {
        for (String element : List.of("IPAddress", "IpAddress")) {
            Element addresses = SoapXml.child(d, element);
            if (addresses == null) {
                continue;
            }
            List<Element> items = SoapXml.children(addresses, "item");
            if (items.isEmpty()) {
                String text = addresses.getTextContent().strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
            String ip = null;
            for (Element item : items) {
                String v = SoapXml.text(item, "IP");
                if (v != null && !v.isEmpty() && (ip == null || "ipv4".equalsIgnoreCase(SoapXml.text(item, "IPAddrType")))) {
                    ip = v;
                }
            }
            if (ip != null) {
                return ip;
            }
        }
        return "";
    }

    /** Seconds since 1970; 0 when absent or unreadable (such an entry loses to any dated one). */
    private static long timeStamp(String text) {
        if (text == null || !text.matches("\\d{1,12}")) {
            return 0;
        }
        return Long.parseLong(text);
    }
}
