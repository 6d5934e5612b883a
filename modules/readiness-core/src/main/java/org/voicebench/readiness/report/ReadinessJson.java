package org.voicebench.readiness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.voicebench.certcheck.NextItl;
import org.voicebench.readiness.CampaignPhone;
import org.voicebench.readiness.CampaignResult;
import org.voicebench.readiness.PhoneAccess;
import org.voicebench.readiness.PhoneReadiness;
import org.voicebench.readiness.ReadinessReport;

/** The readiness report as JSON; keys are a contract scripts rely on: add, never rename or remove. */
public final class ReadinessJson {

    public static final String FORMAT = "voicebench-readiness/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReadinessJson() {
    }

    /** @param campaign the prepare or restore run, or null */
    public static String write(ReadinessReport report, CampaignResult campaign) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("started", report.started().toString());
        root.put("finished", report.finished().toString());
        ArrayNode change = root.putArray("change");
        report.change().forEach(change::add);
        ArrayNode itls = root.putArray("clusterItls");
        report.clusterItls().forEach(itls::add);
        root.put("phoneCount", report.phones().size());
        root.put("ready", report.ready());
        root.put("factoryResetOnly", report.factoryResetOnly().size());
        ObjectNode counts = root.putObject("counts");
        report.counts().forEach((o, n) -> counts.put(o.name(), n));
        ObjectNode byModel = root.putObject("countsByModel");
        report.countsByModel().forEach((m, c) -> {
            ObjectNode n = byModel.putObject(m);
            c.forEach((o, k) -> n.put(o.name(), k));
        });
        ArrayNode next = root.putArray("nextItls");
        for (NextItl n : report.nextItls()) {
            ObjectNode o = next.addObject();
            o.put("node", n.node());
            o.put("source", n.source());
            o.put("signerBefore", n.signerBefore());
            o.put("signerAfter", n.signerAfter());
            o.put("signerChanged", n.signerChanged());
            ArrayNode recs = o.putArray("changedRecords");
            for (NextItl.ChangedRecord r : n.changed()) {
                ObjectNode x = recs.addObject();
                x.put("index", r.index());
                x.put("function", r.function());
                x.put("subject", r.subject());
                x.put("role", r.role());
            }
        }
        ArrayNode phones = root.putArray("phones");
        report.phones().forEach(p -> phone(p, phones.addObject()));
        if (campaign != null) {
            campaign(campaign, root.putObject("campaign"));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** A restore run alone: {@code {"format", "campaign": {...}}}. */
    public static String writeCampaign(CampaignResult campaign) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        campaign(campaign, root.putObject("campaign"));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void phone(PhoneReadiness p, ObjectNode n) {
        PhoneAccess a = p.access();
        n.put("address", p.today().address());
        n.put("name", p.name());
        n.put("model", p.model());
        if (a.registered() == null) {
            n.putNull("registered");
        } else {
            n.put("registered", a.registered());
        }
        n.put("webAccess", a.webAccess() == null ? null : a.webAccess().name());
        n.put("settingsAccess", a.settingsAccess() == null ? null : a.settingsAccess().name());
        n.put("authenticationUrl", a.authenticationUrl());
        n.put("authenticationScheme", a.authenticationScheme().name());
        n.put("itlToday", p.today().state().name());
        n.put("itlTodayReason", p.today().assessment().reason());
        n.put("after", p.after().verdict().name());
        n.put("heldItl", p.after().held());
        ArrayNode f = n.putArray("afterFindings");
        p.after().findings().forEach(f::add);
        n.put("outcome", p.outcome().name());
        n.put("blocking", p.outcome().blocking());
        n.put("reason", p.reason());
        ArrayNode notes = n.putArray("accessNotes");
        a.notes().forEach(notes::add);
    }

    private static void campaign(CampaignResult c, ObjectNode n) {
        n.put("kind", c.restore() ? "restore" : "prepare");
        n.put("cancelled", c.cancelled());
        n.put("complete", c.complete());
        ArrayNode phones = n.putArray("phones");
        for (CampaignPhone p : c.phones()) {
            ObjectNode o = phones.addObject();
            o.put("device", p.device());
            o.put("address", p.address());
            o.put("state", p.state().name());
            o.put("note", p.note());
            ArrayNode ch = o.putArray("changes");
            p.changes().forEach(ch::add);
        }
    }
}
