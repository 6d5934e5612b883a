package org.voicebench.phone.sim;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/** AXL {@code listPhone}: name (and device pool) criteria with SQL-like wildcards, returnedTags, skip/first. */
final class SimulatedAxl {

    /** One listPhone request as received, for tests to check the client's paging. */
    record Page(String name, int skip, int first) {
    }

    /** The AXL error code CUCM uses for a request it cannot process (simulator's choice of subset). */
    static final String AXL_CODE = "-1";
    private static final List<String> TAGS = List.of("name", "description", "model", "protocol", "devicePoolName");

    private SimulatedAxl() {
    }

    /** The response body; throws {@link CucmSoap.BadRequest} with the fault text for requests it refuses. */
    static String listPhone(Element op, List<CucmDevice> devices, List<Page> log) throws CucmSoap.BadRequest {
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
        List<CucmDevice> matching = devices.stream()
                .filter(d -> byName.matcher(d.name()).matches() && byPool.matcher(d.devicePool()).matches())
                .sorted(Comparator.comparing(CucmDevice::name))
                .toList();
        List<CucmDevice> page = skip >= matching.size() ? List.of()
                : matching.subList(skip, (int) Math.min(matching.size(), (long) skip + first));
        StringBuilder b = new StringBuilder(CucmSoap.ENVELOPE_START)
                .append("<ns:listPhoneResponse xmlns:ns=\"http://www.cisco.com/AXL/API/14.0\"><return>");
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

    /** AXL's LIKE: {@code %} any run, {@code _} one character, ignoring case; null matches all. */
    private static Pattern like(String criteria) {
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
