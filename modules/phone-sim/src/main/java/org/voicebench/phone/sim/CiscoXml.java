package org.voicebench.phone.sim;

import java.util.List;

/** The XML the phone answers with, written by hand (small, fixed shapes) with proper escaping. */
final class CiscoXml {

    /** One ResponseItem: Status 0 Success, 1 Invalid URI, 6 URI not found / No Active Call. */
    record Item(int status, String data, String url) {
        static Item success(String url) {
            return new Item(0, "Success", url);
        }
    }

    private CiscoXml() {
    }

    static String error(int number) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CiscoIPPhoneError Number=\"" + number + "\"/>\n";
    }

    static String response(List<Item> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CiscoIPPhoneResponse>\n");
        for (Item i : items) {
            b.append("<ResponseItem Status=\"").append(i.status()).append("\" Data=\"").append(escape(i.data()))
                    .append("\" URL=\"").append(escape(i.url())).append("\"/>\n");
        }
        return b.append("</CiscoIPPhoneResponse>\n").toString();
    }

    /** A flat document: root element with one child element per name/value pair. */
    static String flat(String root, List<String[]> elements) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append(">\n");
        for (String[] e : elements) {
            b.append('<').append(e[0]).append('>').append(escape(e[1])).append("</").append(e[0]).append(">\n");
        }
        return b.append("</").append(root).append(">\n").toString();
    }

    /** {@code CiscoIPPhoneModeInfo} for the current screen. */
    static String modeInfo(Screen s) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CiscoIPPhoneModeInfo>\n");
        b.append("<PlaneTitle>").append(escape(s.title())).append("</PlaneTitle>\n");
        b.append("<PlaneFieldCount>").append(s.fields().size()).append("</PlaneFieldCount>\n");
        b.append("<PlaneSoftKeyIndex>0</PlaneSoftKeyIndex>\n");
        int mask = 0;
        for (int i = 0; i < s.softKeys().size(); i++) {
            if (!s.softKeys().get(i).isEmpty()) {
                mask |= 1 << i;
            }
        }
        b.append("<PlaneSoftKeyMask>").append(mask).append("</PlaneSoftKeyMask>\n");
        b.append("<Prompt>").append(escape(s.prompt())).append("</Prompt>\n");
        b.append("<Status>").append(escape(s.status())).append("</Status>\n");
        for (int i = 0; i < s.fields().size(); i++) {
            Screen.Field f = s.fields().get(i);
            b.append("<CiscoIPPhoneFields>\n<FieldType>0</FieldType>\n<FieldAttr>")
                    .append(i == s.selected() ? 1 : 0).append("</FieldAttr>\n<fieldHelpIndex>0</fieldHelpIndex>\n")
                    .append("<FieldName>").append(escape(f.name())).append("</FieldName>\n<FieldValue>")
                    .append(escape(f.value())).append("</FieldValue>\n</CiscoIPPhoneFields>\n");
        }
        return b.append("</CiscoIPPhoneModeInfo>\n").toString();
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

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        b.append('?');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
