package org.voicebench.phone.sim;

import org.voicebench.phone.HardenedXml;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The XML the phone answers with, written by hand (small, fixed shapes) with proper escaping. */
final class CiscoXml {

    /** How many ResponseItems a 79xx answer always has (captured: cp79xx-Execute-response.xml). */
    private static final int ITEMS_79XX = 3;
    private static final String INDENT = "   ";

    /** One ResponseItem: Status 0 Success, 1 Invalid URI, 6 URI not found / No Active Call. */
    record Item(int status, String data, String url) {
        static Item success(String url) {
            return new Item(0, "Success", url);
        }
    }

    private CiscoXml() {
    }

    private static String prolog(Charset charset) {
        return "<?xml version=\"1.0\" encoding=\"" + charset.name().toLowerCase(Locale.ROOT) + "\"?>";
    }

    static String error(int number) {
        return prolog(StandardCharsets.UTF_8) + "\n<CiscoIPPhoneError Number=\"" + number + "\"/>\n";
    }

    /** The 78xx/88xx Execute answer: one ResponseItem per ExecuteItem, {@code Data="Success"} when it worked. */
    static String response(List<Item> items) {
        StringBuilder b = new StringBuilder(prolog(StandardCharsets.UTF_8)).append("\n<CiscoIPPhoneResponse>\n");
        for (Item i : items) {
            appendItem(b, i.status(), i.data(), i.url()).append('\n');
        }
        return b.append("</CiscoIPPhoneResponse>\n").toString();
    }

    /**
     * The 79xx Execute answer, as captured: ISO-8859-1 prolog, one line, {@code Data=""} when an item
     * worked, padded with empty items ({@code Status="0" Data="" URL=""}) to three.
     */
    static String padded79xxResponse(List<Item> items) {
        StringBuilder b = new StringBuilder(prolog(StandardCharsets.ISO_8859_1)).append("<CiscoIPPhoneResponse>");
        for (Item i : items) {
            appendItem(b, i.status(), i.status() == 0 ? "" : i.data(), i.url());
        }
        for (int n = items.size(); n < ITEMS_79XX; n++) {
            appendItem(b, 0, "", "");
        }
        return b.append("</CiscoIPPhoneResponse>").toString();
    }

    private static StringBuilder appendItem(StringBuilder b, int status, String data, String url) {
        return b.append("<ResponseItem Status=\"").append(status).append("\" Data=\"").append(escape(data))
                .append("\" URL=\"").append(escape(url)).append("\"/>");
    }

    /** A flat document: root element with one indented child element per name/value pair, as captured. */
    static String flat(String root, List<String[]> elements, Charset charset) {
        StringBuilder b = new StringBuilder(prolog(charset)).append("\n<").append(root).append(">\n");
        for (String[] e : elements) {
            b.append(INDENT).append('<').append(e[0]).append('>').append(escape(e[1])).append("</").append(e[0])
                    .append(">\n");
        }
        return b.append("</").append(root).append(">\n").toString();
    }

    /**
     * {@code CiscoIPPhoneModeInfo} for the current screen in the schema of the 8800 admin guide's sample:
     * the plane's elements, then one {@code CiscoIPPhoneFields} per line. A menu's FieldName is the item's
     * label, without the number the display draws.
     */
    static String modeInfo(Screen s) {
        StringBuilder b = new StringBuilder(prolog(StandardCharsets.UTF_8)).append("\n<CiscoIPPhoneModeInfo>\n");
        element(b, INDENT, "PlaneTitle", s.title());
        element(b, INDENT, "PlaneFieldCount", String.valueOf(s.fields().size()));
        element(b, INDENT, "PlaneSoftKeyIndex", "0");
        int mask = 0;
        for (int i = 0; i < s.softKeys().size(); i++) {
            if (!s.softKeys().get(i).isEmpty()) {
                mask |= 1 << i;
            }
        }
        element(b, INDENT, "PlaneSoftKeyMask", String.valueOf(mask));
        element(b, INDENT, "Prompt", s.prompt());
        element(b, INDENT, "Notify", "");
        element(b, INDENT, "Status", s.status());
        for (Screen.Field f : s.fields()) {
            b.append(INDENT).append("<CiscoIPPhoneFields>\n");
            element(b, INDENT + INDENT, "FieldType", "0");
            element(b, INDENT + INDENT, "FieldAttr", "");
            element(b, INDENT + INDENT, "fieldHelpIndex", "0");
            element(b, INDENT + INDENT, "FieldName", f.name());
            element(b, INDENT + INDENT, "FieldValue", f.value());
            b.append(INDENT).append("</CiscoIPPhoneFields>\n");
        }
        return b.append("</CiscoIPPhoneModeInfo>\n").toString();
    }

    private static void element(StringBuilder b, String indent, String name, String text) {
        b.append(indent).append('<').append(name).append('>').append(escape(text)).append("</").append(name)
                .append(">\n");
    }

    /**
     * The hostile variant of an answer: a DOCTYPE declaring an external entity on /etc/passwd and a
     * reference to it inside the root element. A safe client refuses it; an unsafe one leaks the file.
     */
    static String hostile(String xml) {
        int decl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        int root = xml.indexOf('<', decl);
        int nameEnd = root + 1;
        while (nameEnd < xml.length() && " />\n".indexOf(xml.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        int rootEnd = xml.indexOf('>', root);
        if (root < 0 || rootEnd < 0 || xml.charAt(rootEnd - 1) == '/') {
            // an empty root element (Error XML): the DOCTYPE alone is the attack
            return xml.substring(0, decl) + "\n<!DOCTYPE " + xml.substring(root + 1, nameEnd)
                    + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + xml.substring(decl);
        }
        return xml.substring(0, decl) + "\n<!DOCTYPE " + xml.substring(root + 1, nameEnd)
                + " [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + xml.substring(decl, rootEnd + 1) + "&xxe;"
                + xml.substring(rootEnd + 1);
    }

    /** Escapes text for the phone's XML; a control character shows as '?', as the phone's own pages do. */
    static String escape(String s) {
        return HardenedXml.escape(s, "?");
    }
}
