package org.voicebench.phone;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Field maps read from phone XML: ordered, unmodifiable, looked up ignoring case. */
final class XmlFields {

    private XmlFields() {
    }

    static Map<String, String> unmodifiable(Map<String, String> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    static String get(Map<String, String> m, String name) {
        String v = m.get(name);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The element children of {@code root} as name to trimmed text; nested ones as {@code parent.child}. */
    static Map<String, String> flatten(Element root) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(root, "", out);
        return out;
    }

    private static void flatten(Element parent, String prefix, Map<String, String> out) {
        for (Element child : children(parent)) {
            String name = prefix + child.getTagName();
            if (children(child).isEmpty()) {
                out.putIfAbsent(name, child.getTextContent().strip());
            } else {
                flatten(child, name + ".", out);
            }
        }
    }

    static java.util.List<Element> children(Element parent) {
        java.util.List<Element> list = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    /** The trimmed text of the first child element named {@code name} (ignoring case), or null. */
    static String childText(Element parent, String name) {
        for (Element e : children(parent)) {
            if (e.getTagName().equalsIgnoreCase(name)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }
}
