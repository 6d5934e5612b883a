package org.voicebench.phone.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * RIS {@code selectCmDevice} by name, answered as RisPort70 does: every entry of the asked devices per
 * node (a device that moved between nodes has an entry on each, with its own {@code TimeStamp}),
 * at most {@code MaxReturnedDevices} and never more than 1,000 entries with {@code TotalDevicesFound}
 * telling how many matched, each node's {@code ReturnCode} ({@code Ok}, {@code NotFound}, or a failing
 * node's code), {@code StateInfo}, and {@code <CmNodes xsi:nil="1"/>} when nothing matched.
 */
final class SimulatedRis {

    static final int MAX_ITEMS = 1000;

    private SimulatedRis() {
    }

    /** One asked selection: the names and the entries' limit. */
    record Selection(List<String> names, int maxReturned, String status) {
    }

    /** The names asked for, checked against RIS's limits. */
    static Selection selection(Element op) throws CucmSoap.BadRequest {
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
        int limit = max == null || max.isEmpty() ? MAX_ITEMS : Math.max(1, Integer.parseInt(max));
        return new Selection(names, limit, CucmSoap.text(criteria, "Status"));
    }

    /**
     * The response: every node in order with the entries it returns.
     *
     * @param failing nodes that answer with this ReturnCode and no devices (their entries are not counted)
     * @param stateId the request's number, for StateInfo
     */
    static String response(Selection s, List<CucmDevice> devices, List<String> nodes, Map<String, String> failing,
                           int stateId) {
        Set<String> asked = new HashSet<>();
        s.names().forEach(n -> asked.add(n.toUpperCase(Locale.ROOT)));
        Map<String, List<CucmDevice>> matched = new LinkedHashMap<>();
        nodes.forEach(n -> matched.put(n, new ArrayList<>()));
        for (CucmDevice d : devices) {
            if (d.status() != null && asked.contains(d.name().toUpperCase(Locale.ROOT)) && !failing.containsKey(d.node())
                    && (s.status() == null || s.status().isEmpty() || s.status().equalsIgnoreCase("Any")
                        || s.status().equalsIgnoreCase(d.status()))) {
                matched.computeIfAbsent(d.node(), k -> new ArrayList<>()).add(d);
            }
        }
        int total = matched.values().stream().mapToInt(List::size).sum();
        int room = Math.min(s.maxReturned(), MAX_ITEMS);
        StringBuilder b = new StringBuilder(CucmSoap.ENVELOPE_START)
                .append("<ns1:selectCmDeviceResponse xmlns:ns1=\"http://schemas.cisco.com/ast/soap\"><ns1:selectCmDeviceReturn>")
                .append("<ns1:SelectCmDeviceResult><ns1:TotalDevicesFound>").append(total).append("</ns1:TotalDevicesFound>");
        StringBuilder state = new StringBuilder("<StateInfo>");
        if (total == 0 && failing.isEmpty()) {
            b.append("<ns1:CmNodes xsi:nil=\"1\"/>");
        } else {
            b.append("<ns1:CmNodes>");
            for (Map.Entry<String, List<CucmDevice>> node : matched.entrySet()) {
                List<CucmDevice> returned = node.getValue().subList(0, Math.min(room, node.getValue().size()));
                room -= returned.size();
                String code = failing.getOrDefault(node.getKey(), returned.isEmpty() ? "NotFound" : "Ok");
                node(b, node.getKey(), code, returned);
                state.append("<Node Name=\"").append(node.getKey()).append("\" SubsystemStartTime=\"")
                        .append(CucmDevice.BASELINE_TIME_STAMP).append("\" StateId=\"").append(stateId)
                        .append("\" TotalItemsFound=\"").append(node.getValue().size()).append("\" TotalItemsReturned=\"")
                        .append(returned.size()).append("\"/>");
            }
            b.append("</ns1:CmNodes>");
        }
        b.append("</ns1:SelectCmDeviceResult>");
        CucmSoap.element(b, "ns1:StateInfo", state.append("</StateInfo>").toString());
        return b.append("</ns1:selectCmDeviceReturn></ns1:selectCmDeviceResponse>").append(CucmSoap.ENVELOPE_END).toString();
    }

    private static void node(StringBuilder b, String name, String code, List<CucmDevice> returned) {
        b.append("<ns1:item><ns1:ReturnCode>").append(code).append("</ns1:ReturnCode>");
        CucmSoap.element(b, "ns1:Name", name);
        b.append("<ns1:NoChange>false</ns1:NoChange><ns1:CmDevices>");
        for (CucmDevice d : returned) {
            b.append("<ns1:item>");
            CucmSoap.element(b, "ns1:Name", d.name());
            b.append("<ns1:DirNumber/><ns1:DeviceClass>Phone</ns1:DeviceClass>");
            // CUCM sends a numeric model code here; the simulator sends the model's name
            CucmSoap.element(b, "ns1:Model", d.model());
            CucmSoap.element(b, "ns1:Httpd", d.httpd() ? "Yes" : "No");
            b.append("<ns1:RegistrationAttempts>0</ns1:RegistrationAttempts><ns1:IsCtiControllable>true</ns1:IsCtiControllable>");
            CucmSoap.element(b, "ns1:Status", d.status());
            b.append("<ns1:StatusReason>0</ns1:StatusReason>");
            CucmSoap.element(b, "ns1:Description", d.description());
            CucmSoap.element(b, "ns1:TimeStamp", Long.toString(d.timeStamp()));
            CucmSoap.element(b, "ns1:Protocol", d.protocol());
            CucmSoap.element(b, "ns1:ActiveLoadID", d.activeLoad());
            b.append("<ns1:DownloadStatus>Unknown</ns1:DownloadStatus><ns1:IPAddress>");
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
}
