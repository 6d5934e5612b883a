package org.voicebench.readiness;

import java.util.List;
import java.util.Map;

/**
 * What a prepare run would change, for the confirmation and the dry run.
 *
 * @param phones     the phones that lack something, with their original and desired configuration (PLANNED)
 * @param unchanged  the phones that already have everything
 * @param unreadable device to why its configuration could not be read (they are left alone)
 */
public record CampaignPlan(List<CampaignPhone> phones, List<String> unchanged, Map<String, String> unreadable) {

    public CampaignPlan {
        phones = List.copyOf(phones);
        unchanged = List.copyOf(unchanged);
        unreadable = Map.copyOf(unreadable);
    }

    /** "turn on Web Access on 2 phones and Settings Access on 3 phones (4 phones in all)". */
    public String summary() {
        long web = phones.stream().filter(p -> p.changes().stream().anyMatch(c -> c.startsWith("Web Access"))).count();
        long menus = phones.stream().filter(p -> p.changes().stream().anyMatch(c -> c.startsWith("Settings Access"))).count();
        long url = phones.stream().filter(p -> p.changes().stream().anyMatch(c -> c.startsWith("Authentication URL"))).count();
        StringBuilder b = new StringBuilder("turn on Web Access on ").append(web).append(" phone(s) and Settings Access on ")
                .append(menus).append(" phone(s)");
        if (url > 0) {
            b.append(", and set an HTTP Authentication URL on ").append(url).append(" phone(s)");
        }
        return b.append(" (").append(phones.size()).append(" phone(s) in all) through AXL updatePhone and applyPhone")
                .toString();
    }
}
