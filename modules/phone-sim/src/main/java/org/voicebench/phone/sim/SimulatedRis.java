package org.voicebench.phone.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/** RIS {@code selectCmDevice} by name: at most 1,000 names, answered per node with Httpd, IP and load. */
final class SimulatedRis {

    static final int MAX_ITEMS = 1000;

    private SimulatedRis() {
    }

    /** The names asked for, checked against RIS's limits. */
    static List<String> names(Element op) throws CucmSoap.BadRequest {
        Element criteria = CucmSoap.child(op, "CmSelectionCriteria");
        if (criteria == null) {
            throw new CucmSoap.BadRequest("selectCmDevice without CmSelectionCriteria", null);
        }
        String by = CucmSoap.text(criteria, "SelectBy");
        if (by != null && !by.equalsIgnoreCase("Name")) {
            throw new CucmSoap.BadRequest("the simulator selects by Name only, not " + by, null);
        }
        String max = CucmSoap.text(criteria, "MaxReturnedDevices");
        if (max != null && !max.isEmpty() && (!max.matches("\\d{1,7}") || Integer.parseInt(max) > MAX_ITEMS)) {
            throw new CucmSoap.BadRequest("MaxReturnedDevices must be at most " + MAX_ITEMS + ", not " + max, null);
        }
        List<String> names = new ArrayList<>();
        for (Element item : CucmSoap.children(CucmSoap.child(criteria, "SelectItems"), "item")) {
            String n = CucmSoap.text(item, "Item");
            if (n != null && !n.isEmpty()) {
                names.add(n);
            }
        }
        if (names.size() > MAX_ITEMS) {
            throw new CucmSoap.BadRequest("SelectItems has " + names.size() + " items; at most " + MAX_ITEMS + " are allowed", null);
        }
        return names;
    }

    /** The response: every node in order, each with the asked devices it reports. */
    static String response(Element op, List<String> names, List<CucmDevice> devices, List<String> nodes) {
        String status = CucmSoap.text(CucmSoap.child(op, "CmSelectionCriteria"), "Status");
        Set<String> asked = new HashSet<>();
        names.forEach(n -> asked.add(n.toUpperCase(Locale.ROOT)));
        Map<String, List<CucmDevice>> byNode = new LinkedHashMap<>();
        nodes.forEach(n -> byNode.put(n, new ArrayList<>()));
        int total = 0;
        for (CucmDevice d : devices) {
            if (d.status() != null && asked.contains(d.name().toUpperCase(Locale.ROOT))
                    && (status == null || status.isEmpty() || status.equalsIgnoreCase("Any") || status.equalsIgnoreCase(d.status()))) {
                byNode.computeIfAbsent(d.node(), k -> new ArrayList<>()).add(d);
                total++;
            }
        }
        StringBuilder b = new StringBuilder(CucmSoap.ENVELOPE_START)
                .append("<ns1:selectCmDeviceResponse xmlns:ns1=\"http://schemas.cisco.com/ast/soap\"><ns1:selectCmDeviceReturn>")
                .append("<ns1:SelectCmDeviceResult><ns1:TotalDevicesFound>").append(total).append("</ns1:TotalDevicesFound>")
                .append("<ns1:CmNodes>");
        for (Map.Entry<String, List<CucmDevice>> node : byNode.entrySet()) {
            b.append("<ns1:item><ns1:ReturnCode>").append(node.getValue().isEmpty() ? "NotFound" : "Ok")
                    .append("</ns1:ReturnCode>");
            CucmSoap.element(b, "ns1:Name", node.getKey());
            b.append("<ns1:NoChange>false</ns1:NoChange><ns1:CmDevices>");
            for (CucmDevice d : node.getValue()) {
                b.append("<ns1:item>");
                CucmSoap.element(b, "ns1:Name", d.name());
                b.append("<ns1:DeviceClass>Phone</ns1:DeviceClass>");
                // CUCM sends a numeric model code here; the simulator sends the model's name
                CucmSoap.element(b, "ns1:Model", d.model());
                CucmSoap.element(b, "ns1:Httpd", d.httpd() ? "Yes" : "No");
                CucmSoap.element(b, "ns1:Status", d.status());
                CucmSoap.element(b, "ns1:Description", d.description());
                CucmSoap.element(b, "ns1:Protocol", d.protocol());
                CucmSoap.element(b, "ns1:ActiveLoadID", d.activeLoad());
                b.append("<ns1:IPAddress>");
                if (!d.ipAddress().isEmpty()) {
                    b.append("<ns1:item>");
                    CucmSoap.element(b, "ns1:IP", d.ipAddress());
                    CucmSoap.element(b, "ns1:IPAddrType", d.ipAddress().indexOf(':') >= 0 ? "ipv6" : "ipv4");
                    b.append("<ns1:Attribute>Unknown</ns1:Attribute></ns1:item>");
                }
                b.append("</ns1:IPAddress></ns1:item>");
            }
            b.append("</ns1:CmDevices></ns1:item>");
        }
        return b.append("</ns1:CmNodes></ns1:SelectCmDeviceResult><ns1:StateInfo></ns1:StateInfo>")
                .append("</ns1:selectCmDeviceReturn></ns1:selectCmDeviceResponse>").append(CucmSoap.ENVELOPE_END).toString();
    }
}
