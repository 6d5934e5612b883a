package org.voicebench.personalize;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicebench.phone.HardenedXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The TFTP list files: {@code List.xml} ({@code CiscoIPPhoneImageList} of {@code ImageItem Image URL}) and
 * {@code Ringlist.xml}/{@code Ringlist-wb.xml} ({@code CiscoIPPhoneRingList} of {@code Ring DisplayName FileName}).
 * An existing file is read so that an export adds to what is already offered instead of replacing it; the
 * result must hold at most 50 entries, the most a phone lists.
 */
final class ListFiles {

    static final int MAX_ENTRIES = 50;

    private ListFiles() {
    }

    /** Image URL (the key: the full image) to thumbnail URL, in file order. */
    static Map<String, String> readImages(Path file) throws PersonalizeInputException {
        Map<String, String> items = new LinkedHashMap<>();
        for (Element e : entries(file, "CiscoIPPhoneImageList", "ImageItem")) {
            items.put(e.getAttribute("URL"), e.getAttribute("Image"));
        }
        return items;
    }

    /** FileName to DisplayName, in file order. */
    static Map<String, String> readRings(Path file) throws PersonalizeInputException {
        Map<String, String> rings = new LinkedHashMap<>();
        for (Element e : entries(file, "CiscoIPPhoneRingList", "Ring")) {
            rings.put(childText(e, "FileName"), childText(e, "DisplayName"));
        }
        return rings;
    }

    static String images(Map<String, String> items) {
        StringBuilder b = new StringBuilder("<CiscoIPPhoneImageList>\n");
        items.forEach((url, thumb) -> b.append("  <ImageItem Image=\"").append(escape(thumb)).append("\" URL=\"")
                .append(escape(url)).append("\"/>\n"));
        return b.append("</CiscoIPPhoneImageList>\n").toString();
    }

    static String rings(Map<String, String> rings) {
        StringBuilder b = new StringBuilder("<CiscoIPPhoneRingList>\n");
        rings.forEach((file, display) -> b.append("  <Ring>\n    <DisplayName>").append(escape(display))
                .append("</DisplayName>\n    <FileName>").append(escape(file)).append("</FileName>\n  </Ring>\n"));
        return b.append("</CiscoIPPhoneRingList>\n").toString();
    }

    /** @throws PersonalizeInputException when the folder holds {@code name} in another case, which phones never ask for */
    static void checkCase(Path dir, String name) throws PersonalizeInputException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                if (n.equalsIgnoreCase(name) && !n.equals(name)) {
                    throw new PersonalizeInputException(p + ": phones ask for \"" + name + "\" and TFTP names are"
                            + " case-sensitive: rename or remove this file");
                }
            }
        } catch (IOException e) {
            throw new PersonalizeInputException(dir + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static List<Element> entries(Path file, String root, String entry) throws PersonalizeInputException {
        List<Element> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        Element top;
        try {
            top = HardenedXml.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new PersonalizeInputException(file + ": cannot read: " + e.getMessage(), e);
        } catch (HardenedXml.Refused e) {
            throw new PersonalizeInputException(file + ": not a list this tool can add to: " + e.getMessage(), e);
        }
        if (!top.getTagName().equals(root)) {
            throw new PersonalizeInputException(file + ": its root is <" + top.getTagName() + ">, not <" + root + ">");
        }
        for (Node n = top.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(entry)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String childText(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
