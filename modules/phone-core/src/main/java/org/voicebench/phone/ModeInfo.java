package org.voicebench.phone;

import java.util.List;
import java.util.Map;

/**
 * What the phone shows, from {@code /CGI/Java/ModeInfo}: check it before a destructive key.
 *
 * @param planeTitle the screen's title ({@code PlaneTitle}), or null
 * @param prompt     the prompt line ({@code Prompt}), or null
 * @param status     the status line ({@code Status}), or null
 * @param fields     the screen's lines, one per {@code CiscoIPPhoneFields}
 * @param values     every other simple element of the answer, e.g. {@code FocusIndex}
 */
public record ModeInfo(String planeTitle, String prompt, String status, List<Field> fields, Map<String, String> values) {

    public ModeInfo {
        fields = List.copyOf(fields);
        values = XmlFields.unmodifiable(values);
    }

    /**
     * One line of the screen.
     *
     * @param name  {@code FieldName}, e.g. {@code "4 Security Configuration"}
     * @param value {@code FieldValue}, possibly empty
     */
    public record Field(String name, String value) {
    }
}
