package org.voicebench.phone.sim;

import java.util.List;
import java.util.Objects;

/**
 * What a simulated phone's display shows; the screenshot, {@code /CGI/Java/ModeInfo} and tests read it.
 *
 * @param title the title bar (ModeInfo PlaneTitle)
 * @param fields the lines: numbered menu entries ("4 Security Configuration") or name/value pairs
 * @param selected index of the highlighted field, -1 for none
 * @param softKeys soft-key labels by position (Soft1 first); an empty label is an unused key
 * @param prompt the prompt line (ModeInfo Prompt)
 * @param status a status message, e.g. after an erase (ModeInfo Status); empty for none
 */
public record Screen(String title, List<Field> fields, int selected, List<String> softKeys, String prompt,
                     String status) {

    /** One line of the screen. */
    public record Field(String name, String value) {
        public Field {
            Objects.requireNonNull(name, "name");
            value = value == null ? "" : value;
        }
    }

    public Screen {
        Objects.requireNonNull(title, "title");
        fields = List.copyOf(fields);
        softKeys = List.copyOf(softKeys);
        prompt = prompt == null ? "" : prompt;
        status = status == null ? "" : status;
    }

    /** The label of a soft key (1-based), empty when the key is unused. */
    public String softKey(int number) {
        return number >= 1 && number <= softKeys.size() ? softKeys.get(number - 1) : "";
    }

    /** True when some field's name contains the text (e.g. a menu entry). */
    public boolean shows(String text) {
        return title.contains(text) || prompt.contains(text) || status.contains(text)
                || fields.stream().anyMatch(f -> f.name().contains(text) || f.value().contains(text));
    }
}
