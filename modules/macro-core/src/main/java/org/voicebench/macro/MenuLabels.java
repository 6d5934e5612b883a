package org.voicebench.macro;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.voicebench.phone.ModeInfo;

/**
 * Finds menu items by their labels, as a phone's ModeInfo lists them ({@code FieldName}, one per item,
 * in menu order). Labels are compared after {@link #normalise}: phones differ in case and accents by
 * firmware and language, and some prefix the item number.
 */
public final class MenuLabels {

    private MenuLabels() {
    }

    /** Lower case, accents removed, spaces collapsed, a leading item number ({@code 4 }, {@code 4. }, {@code 4) }) dropped. */
    public static String normalise(String label) {
        if (label == null) {
            return "";
        }
        String s = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return s.replaceFirst("^\\d{1,2}\\s*[.)]?\\s+", "");
    }

    /** The 1-based position of the first item labelled with any of {@code labels}, if the screen lists one. */
    public static OptionalInt find(ModeInfo screen, List<String> labels) {
        List<ModeInfo.Field> items = screen.fields();
        for (String wanted : labels) {
            String w = normalise(wanted);
            for (int i = 0; i < items.size(); i++) {
                if (normalise(items.get(i).name()).equals(w)) {
                    return OptionalInt.of(i + 1);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** True when the screen's title or prompt is, or contains, one of the labels: the item opened. */
    public static boolean shows(ModeInfo screen, List<String> labels) {
        String title = normalise(screen.planeTitle());
        String prompt = normalise(screen.prompt());
        for (String wanted : labels) {
            String w = normalise(wanted);
            if (!w.isEmpty() && (title.contains(w) || prompt.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** The items as the screen lists them, for messages: {@code "Network setup", "Status", ...}. */
    public static String items(ModeInfo screen) {
        return screen.fields().isEmpty() ? "no items" : String.join(", ",
                screen.fields().stream().map(f -> "\"" + f.name() + "\"").toList());
    }
}
