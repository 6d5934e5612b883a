package org.voicebench.phone.sim;

import java.util.List;
import java.util.Objects;

/**
 * What a simulated phone's display shows; the screenshot, ModeInfo and tests read it.
 *
 * @param title the title bar (ModeInfo PlaneTitle)
 * @param fields the lines: a menu's item labels ("Security Configuration", no number, as ModeInfo has them)
 *        or name/value pairs
 * @param selected index of the highlighted field, -1 for none
 * @param softKeys soft-key labels by position (Soft1 first); an empty label is an unused key
 * @param prompt the prompt line (ModeInfo Prompt)
 * @param status a status message, e.g. after an erase (ModeInfo Status); empty for none
 * @param menu true when the fields are the items of a menu, item n opened by KeyPad n: the phone draws
 *        the numbers in front of the labels, but they are not part of the labels
 */
public record Screen(String title, List<Field> fields, int selected, List<String> softKeys, String prompt,
                     String status, boolean menu) {

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

    /** A screen that is not a menu (idle, call, information, question, message). */
    public Screen(String title, List<Field> fields, int selected, List<String> softKeys, String prompt,
                  String status) {
        this(title, fields, selected, softKeys, prompt, status, false);
    }

    /** The label of a soft key (1-based), empty when the key is unused. */
    public String softKey(int number) {
        return number >= 1 && number <= softKeys.size() ? softKeys.get(number - 1) : "";
    }

    /** True when the title, prompt, status or some field's name or value contains the text. */
    public boolean shows(String text) {
        return title.contains(text) || prompt.contains(text) || status.contains(text)
                || fields.stream().anyMatch(f -> f.name().contains(text) || f.value().contains(text));
    }

    /** The 1-based position of the menu item with exactly this label, or 0 when the screen lists none. */
    public int itemNumber(String label) {
        if (!menu) {
            return 0;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(label)) {
                return i + 1;
            }
        }
        return 0;
    }
}
