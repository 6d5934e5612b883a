package org.voicebench.phone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/** Reads the phone's XML answers into results or typed failures. */
final class Replies {

    private Replies() {
    }

    /**
     * The root element of an XML answer whose root should be {@code expectedRoot} (null: any root); a
     * CiscoIPPhoneError, a wrong HTTP status, refused XML or another root become failures.
     */
    static Element xml(PhoneAddress phone, String what, Transport.Answer a, String expectedRoot) throws PhoneException {
        if (a.status() != 200) {
            Element error = errorOrNull(a);
            if (error != null) {
                throw Failures.ciscoError(phone, what, error.getAttribute("Number"));
            }
            throw Failures.httpStatus(phone, what, a.status());
        }
        Element root;
        try {
            root = HardenedXml.parse(a.body());
        } catch (HardenedXml.Refused e) {
            throw Failures.refusedXml(phone, what, e);
        }
        if (root.getTagName().equals("CiscoIPPhoneError")) {
            throw Failures.ciscoError(phone, what, root.getAttribute("Number"));
        }
        if (expectedRoot != null && !root.getTagName().equalsIgnoreCase(expectedRoot)) {
            throw Failures.unexpected(phone, what, "<" + root.getTagName() + "> instead of <" + expectedRoot + ">", null);
        }
        return root;
    }

    /** A CiscoIPPhoneError root in an answer, or null when the answer is something else. */
    static Element errorOrNull(Transport.Answer a) {
        if (!looksLikeXml(a.body())) {
            return null;
        }
        try {
            Element root = HardenedXml.parse(a.body());
            return root.getTagName().equals("CiscoIPPhoneError") ? root : null;
        } catch (HardenedXml.Refused e) {
            return null; // not an error object: the caller reports what it expected instead
        }
    }

    static boolean looksLikeXml(byte[] body) {
        for (byte b : body) {
            if (b == '<') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    /** The single ResponseItem of an Execute answer: Status 0 is success, 1 and 6 a rejected URI. */
    static ExecuteResult execute(PhoneAddress phone, String uri, Transport.Answer a) throws PhoneException {
        String what = "Execute " + uri;
        Element root = xml(phone, what, a, "CiscoIPPhoneResponse");
        Element item = null;
        for (Element e : XmlFields.children(root)) {
            if (e.getTagName().equals("ResponseItem")) {
                item = e;
                break;
            }
        }
        if (item == null) {
            throw Failures.unexpected(phone, what, "a CiscoIPPhoneResponse without a ResponseItem", null);
        }
        String statusText = item.getAttribute("Status").strip();
        int status;
        try {
            status = Integer.parseInt(statusText);
        } catch (NumberFormatException e) {
            throw Failures.unexpected(phone, what, "a ResponseItem Status \"" + statusText + "\" that is not a number", statusText);
        }
        String data = item.getAttribute("Data");
        String url = item.getAttribute("URL");
        if (status == 0) {
            return new ExecuteResult(url.isEmpty() ? uri : url, status, data);
        }
        if (status == 1 || status == 6) {
            throw Failures.uriRejected(phone, uri, status, data);
        }
        throw Failures.unexpected(phone, what, "an unknown ResponseItem Status " + status + " (" + data + ")", data);
    }

    /**
     * The answer to an object other than an Execute one ({@code <setBackground>}): a CiscoIPPhoneResponse as for
     * Execute, or the {@code <type>}/{@code <data>} error form some firmware answers with instead.
     */
    static ExecuteResult object(PhoneAddress phone, String object, Transport.Answer a) throws PhoneException {
        String what = "Execute " + object;
        Element root = xml(phone, what, a, null);
        if (root.getTagName().equalsIgnoreCase("CiscoIPPhoneResponse")) {
            return execute(phone, object, a);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Element e : XmlFields.children(root)) {
            values.putIfAbsent(e.getTagName().toLowerCase(Locale.ROOT), e.getTextContent().strip());
        }
        if (values.containsKey("type") || values.containsKey("data")) {
            String data = values.getOrDefault("data", "");
            String type = values.getOrDefault("type", "");
            throw Failures.objectRefused(phone, object, type.isEmpty() ? data : type + ": " + data);
        }
        throw Failures.unexpected(phone, what, "<" + root.getTagName() + "> instead of <CiscoIPPhoneResponse>", null);
    }

    static ModeInfo modeInfo(Element root) {
        List<ModeInfo.Field> fields = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (Element e : XmlFields.children(root)) {
            if (e.getTagName().equalsIgnoreCase("CiscoIPPhoneFields")) {
                addFields(e, fields);
            } else if (XmlFields.children(e).isEmpty()) {
                values.putIfAbsent(e.getTagName(), e.getTextContent().strip());
            }
        }
        return new ModeInfo(XmlFields.get(values, "PlaneTitle"), XmlFields.get(values, "Prompt"), XmlFields.get(values, "Status"),
                fields, values);
    }

    /** One CiscoIPPhoneFields holds one FieldName/FieldValue pair, or several in order. */
    private static void addFields(Element group, List<ModeInfo.Field> out) {
        String name = null;
        for (Element e : XmlFields.children(group)) {
            if (e.getTagName().equalsIgnoreCase("FieldName")) {
                if (name != null) {
                    out.add(new ModeInfo.Field(name, ""));
                }
                name = e.getTextContent().strip();
            } else if (e.getTagName().equalsIgnoreCase("FieldValue")) {
                out.add(new ModeInfo.Field(name == null ? "" : name, e.getTextContent().strip()));
                name = null;
            }
        }
        if (name != null) {
            out.add(new ModeInfo.Field(name, ""));
        }
    }
}
