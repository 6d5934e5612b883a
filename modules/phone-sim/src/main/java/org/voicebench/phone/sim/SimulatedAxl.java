package org.voicebench.phone.sim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The simulated AXL operations, answered as CUCM does: in the namespace of the schema version asked
 * ({@code <ns:listPhoneResponse xmlns:ns="http://www.cisco.com/AXL/API/14.0"><return><phone uuid="{...}">}),
 * a version the simulated CUCM does not take refused with HTTP 599 "Incorrect axl version" and the
 * versions it takes (as real CUCM answers; field-tested by other AXL clients). {@code listPhone}: name
 * (and device pool) criteria with SQL-like wildcards, returnedTags, skip/first; {@code getCCMVersion};
 * {@code doDeviceReset}; {@code getAppUser} and {@code updateAppUser} (by {@code userid}; userid and
 * {@code associatedDevices} only, an update's list replacing the whole list); {@code getPhone}, {@code updatePhone}
 * (by name, {@code vendorConfig} replaced whole) and {@code applyPhone} ({@link LabVendorConfig}).
 */
final class SimulatedAxl {

    /** One listPhone request as received, for tests to check the client's paging. */
    record Page(String name, int skip, int first) {
    }

    /** The AXL error code CUCM uses for a request it cannot process (simulator's choice of subset). */
    static final String AXL_CODE = "-1";
    /** AXL's code for a name that matches no item ("Item not valid"). */
    static final String ITEM_NOT_VALID = "5007";
    /** HTTP status of CUCM's refusal of a schema version. */
    static final int VERSION_REFUSED = 599;
    private static final List<String> TAGS = List.of("name", "description", "model", "protocol", "devicePoolName");

    private SimulatedAxl() {
    }

    /** The response body; throws {@link CucmSoap.BadRequest} with the fault text for requests it refuses. */
    static String listPhone(Element op, String version, List<CucmDevice> devices, List<Page> log) throws CucmSoap.BadRequest {
        Element criteria = CucmSoap.child(op, "searchCriteria");
        String name = CucmSoap.text(criteria, "name");
        String pool = CucmSoap.text(criteria, "devicePoolName");
        if (criteria == null || ((name == null || name.isEmpty()) && (pool == null || pool.isEmpty()))) {
            throw new CucmSoap.BadRequest("Search criteria must have at least one of name, devicePoolName (not empty)", null);
        }
        int skip = number(op, "skip", 0);
        int first = number(op, "first", Integer.MAX_VALUE);
        log.add(new Page(name, skip, first));
        Set<String> tags = new LinkedHashSet<>();
        for (Element t : CucmSoap.children(CucmSoap.child(op, "returnedTags"), null)) {
            tags.add(CucmSoap.local(t));
        }
        if (tags.isEmpty()) {
            tags.addAll(TAGS);
        }
        Pattern byName = like(name);
        Pattern byPool = like(pool);
        Map<String, CucmDevice> byDevice = new TreeMap<>(String.CASE_INSENSITIVE_ORDER); // one per name: the first listing
        devices.forEach(d -> byDevice.putIfAbsent(d.name(), d));
        List<CucmDevice> matching = byDevice.values().stream()
                .filter(d -> byName.matcher(d.name()).matches() && byPool.matcher(d.devicePool()).matches())
                .toList();
        List<CucmDevice> page = skip >= matching.size() ? List.of()
                : matching.subList(skip, (int) Math.min(matching.size(), (long) skip + first));
        StringBuilder b = new StringBuilder(CucmSoap.ENVELOPE_START)
                .append("<ns:listPhoneResponse xmlns:ns=\"").append(namespace(version)).append("\"><return>");
        for (CucmDevice d : page) {
            b.append("<phone uuid=\"{").append(uuid(d.name())).append("}\">");
            for (String t : tags) {
                switch (t) {
                    case "name" -> CucmSoap.element(b, t, d.name());
                    case "description" -> CucmSoap.element(b, t, d.description());
                    case "model" -> CucmSoap.element(b, t, d.model());
                    case "protocol" -> CucmSoap.element(b, t, d.protocol());
                    case "devicePoolName" -> b.append("<devicePoolName uuid=\"{").append(uuid(d.devicePool())).append("}\">")
                            .append(CiscoXml.escape(d.devicePool())).append("</devicePoolName>");
                    default -> b.append('<').append(t).append("/>"); // asked for but not simulated: empty, as CUCM does for unset
                }
            }
            b.append("</phone>");
        }
        return b.append("</return></ns:listPhoneResponse>").append(CucmSoap.ENVELOPE_END).toString();
    }

    /** {@code getCCMVersion}: the simulated publisher's release. */
    static String getCcmVersion(String version, String release) {
        StringBuilder b = new StringBuilder(CucmSoap.ENVELOPE_START).append("<ns:getCCMVersionResponse xmlns:ns=\"")
                .append(namespace(version)).append("\"><return><componentVersion>");
        CucmSoap.element(b, "version", release);
        return b.append("</componentVersion></return></ns:getCCMVersionResponse>").append(CucmSoap.ENVELOPE_END).toString();
    }

    /** What a {@code doDeviceReset} asks: the device and the kind of reset. */
    record Reset(String deviceName, String type, boolean hard) {
        @Override
        public String toString() {
            return deviceName + " " + type + (hard ? " hard" : "");
        }
    }

    /** The reset a {@code doDeviceReset} asks for; refuses one without a device name. */
    static Reset reset(Element op) throws CucmSoap.BadRequest {
        String name = CucmSoap.text(op, "deviceName");
        if (name == null || name.isEmpty()) {
            throw new CucmSoap.BadRequest("doDeviceReset needs a deviceName (the simulator does not take uuid)", null);
        }
        String type = CucmSoap.text(op, "deviceResetType");
        return new Reset(name, type == null || type.isEmpty() ? "Reset" : type, "true".equalsIgnoreCase(CucmSoap.text(op,
                "isHardReset")));
    }

    /** The {@code doDeviceReset} response; {@code known}: whether a device has that name. */
    static String resetResponse(Reset r, boolean known, String version) throws CucmSoap.BadRequest {
        if (!known) {
            throw CucmSoap.BadRequest.axl(ITEM_NOT_VALID, "Item not valid: The specified Device " + r.deviceName()
                    + " was not found");
        }
        return CucmSoap.ENVELOPE_START + "<ns:doDeviceResetResponse xmlns:ns=\"" + namespace(version) + "\"><return>{"
                + uuid(r.deviceName()) + "}</return></ns:doDeviceResetResponse>" + CucmSoap.ENVELOPE_END;
    }

    /**
     * {@code getAppUser} by {@code userid}: {@code <return><appUser uuid="{...}"><userid>...</userid>
     * <associatedDevices><device>SEP...</device>...</associatedDevices></appUser></return>}.
     */
    static String getAppUser(Element op, String version, ApplicationUsers users) throws CucmSoap.BadRequest {
        String userid = userid(op);
        List<String> devices = users.devices(userid).orElseThrow(() -> userNotFound(userid));
        StringBuilder b = new StringBuilder(CucmSoap.ENVELOPE_START).append("<ns:getAppUserResponse xmlns:ns=\"")
                .append(namespace(version)).append("\"><return><appUser uuid=\"{").append(uuid("appuser:" + userid))
                .append("}\">");
        CucmSoap.element(b, "userid", userid);
        b.append("<associatedDevices>");
        for (String d : devices) {
            CucmSoap.element(b, "device", d);
        }
        return b.append("</associatedDevices></appUser></return></ns:getAppUserResponse>").append(CucmSoap.ENVELOPE_END)
                .toString();
    }

    /**
     * {@code updateAppUser} by {@code userid}: its {@code associatedDevices/device} list replaces the user's whole
     * list (an empty element clears it; without the element the list stays).
     */
    static String updateAppUser(Element op, String version, ApplicationUsers users) throws CucmSoap.BadRequest {
        String userid = userid(op);
        Element associated = CucmSoap.child(op, "associatedDevices");
        boolean known = associated == null ? users.devices(userid).isPresent()
                : users.replaceDevices(userid, CucmSoap.children(associated, "device").stream()
                        .map(d -> d.getTextContent().strip()).filter(d -> !d.isEmpty()).toList());
        if (!known) {
            throw userNotFound(userid);
        }
        return CucmSoap.ENVELOPE_START + "<ns:updateAppUserResponse xmlns:ns=\"" + namespace(version) + "\"><return>{"
                + uuid("appuser:" + userid) + "}</return></ns:updateAppUserResponse>" + CucmSoap.ENVELOPE_END;
    }

    private static String userid(Element op) throws CucmSoap.BadRequest {
        String userid = CucmSoap.text(op, "userid");
        if (userid == null || userid.isBlank()) {
            throw new CucmSoap.BadRequest(CucmSoap.local(op) + " needs a userid (the simulator does not take uuid)", null);
        }
        return userid.strip();
    }

    private static CucmSoap.BadRequest userNotFound(String userid) {
        return CucmSoap.BadRequest.axl(ITEM_NOT_VALID, "Item not valid: The specified User " + userid + " was not found");
    }

    /** The device name of a {@code getPhone}, {@code updatePhone} or {@code applyPhone} (by name; uuid is not simulated). */
    static String phoneName(Element op) throws CucmSoap.BadRequest {
        String name = CucmSoap.text(op, "name");
        if (name == null || name.isBlank()) {
            throw new CucmSoap.BadRequest(CucmSoap.local(op) + " needs a name (the simulator does not take uuid)", null);
        }
        return name.strip();
    }

    /**
     * An {@code updatePhone}'s phone field {@code phonePersonalization}; null when it has none.
     *
     * @throws CucmSoap.BadRequest for a value AXL does not take
     */
    static String phonePersonalization(Element op) throws CucmSoap.BadRequest {
        String v = CucmSoap.text(op, "phonePersonalization");
        if (v == null) {
            return null;
        }
        if (!v.strip().matches("Enabled|Disabled|Default")) {
            throw new CucmSoap.BadRequest("Invalid value '" + v + "' for phonePersonalization (Enabled, Disabled, Default)",
                    null);
        }
        return v.strip();
    }

    /** The first-level elements of an {@code updatePhone}'s {@code vendorConfig}, in order; null when it has none. */
    static Map<String, String> vendorConfig(Element op) {
        Element config = CucmSoap.child(op, "vendorConfig");
        if (config == null) {
            return null;
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Element e : CucmSoap.children(config, null)) {
            out.put(CucmSoap.local(e), e.getTextContent().strip());
        }
        return out;
    }

    /** {@code getPhone}: {@code <return><phone uuid="{...}"><name/><model/><vendorConfig>...</vendorConfig></phone></return>}. */
    static String getPhoneResponse(String version, String name, String model, Map<String, String> vendorConfig) {
        return getPhoneResponse(version, name, model, vendorConfig, null);
    }

    /** As above, with the phone field {@code phonePersonalization} when not null. */
    static String getPhoneResponse(String version, String name, String model, Map<String, String> vendorConfig,
            String phonePersonalization) {
        StringBuilder b = new StringBuilder(CucmSoap.ENVELOPE_START).append("<ns:getPhoneResponse xmlns:ns=\"")
                .append(namespace(version)).append("\"><return><phone uuid=\"{").append(uuid(name)).append("}\">");
        CucmSoap.element(b, "name", name);
        CucmSoap.element(b, "model", model);
        if (phonePersonalization != null) {
            CucmSoap.element(b, "phonePersonalization", phonePersonalization);
        }
        b.append("<vendorConfig>");
        vendorConfig.forEach((k, v) -> CucmSoap.element(b, k, v));
        return b.append("</vendorConfig></phone></return></ns:getPhoneResponse>").append(CucmSoap.ENVELOPE_END).toString();
    }

    /** The answer of {@code updatePhone} or {@code applyPhone}: the phone's uuid. */
    static String phoneUuidResponse(String operation, String version, String name) {
        return CucmSoap.ENVELOPE_START + "<ns:" + operation + "Response xmlns:ns=\"" + namespace(version) + "\"><return>{"
                + uuid(name) + "}</return></ns:" + operation + "Response>" + CucmSoap.ENVELOPE_END;
    }

    /** AXL's fault for a phone name nobody configured. */
    static CucmSoap.BadRequest phoneNotFound(String name) {
        return CucmSoap.BadRequest.axl(ITEM_NOT_VALID, "Item not valid: The specified " + name + " was not found");
    }

    /** CUCM's error page for a schema version it does not take, naming those it does. */
    static String incorrectVersionPage(List<String> supported) {
        String list = supported.size() == 1 ? supported.get(0)
                : String.join(", ", supported.subList(0, supported.size() - 1)) + " and " + supported.get(supported.size() - 1);
        String words = "Incorrect axl version. Supported axl versions are " + CiscoXml.escape(list);
        return "<!-- custom Cisco error page --><html><head><title>Cisco Unified Communications Manager</title></head>"
                + "<body><div id=\"content-header\">HTTP Status 599 - " + words + "</div><p><b>Message:</b> " + words
                + "</p></body></html>";
    }

    /** The namespace of a schema version's requests and answers. */
    static String namespace(String version) {
        return "http://www.cisco.com/AXL/API/" + version;
    }

    /** AXL's LIKE: {@code %} any run, {@code _} one character, ignoring case; null matches all. */
    static Pattern like(String criteria) {
        if (criteria == null) {
            return Pattern.compile(".*", Pattern.DOTALL);
        }
        StringBuilder regex = new StringBuilder();
        for (char c : criteria.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    private static int number(Element op, String name, int otherwise) throws CucmSoap.BadRequest {
        String v = CucmSoap.text(op, name);
        if (v == null || v.isEmpty()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new CucmSoap.BadRequest(name + " must not be negative: " + v, null);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CucmSoap.BadRequest(name + " is not a number: " + v, e);
        }
    }

    private static String uuid(String seed) {
        return java.util.UUID.nameUUIDFromBytes(seed.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString().toUpperCase(Locale.ROOT);
    }
}
