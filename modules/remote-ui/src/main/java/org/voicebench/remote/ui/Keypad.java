package org.voicebench.remote.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.model.ModelProfile;

/**
 * The keys of one model, laid out like the phone: soft keys under the screen, the navigation
 * cluster, the dial pad and the fixed keys; the line keys are columns of their own that the remote
 * view puts beside the screen ({@link #lineKeys}), as on the phone, so that the keypad under the
 * screen stays low and the screen gets the height. Only keys the model has are shown; without
 * a profile, a generic 4-soft-key phone. Buttons are not focusable, so the keyboard stays with the
 * screen.
 */
@Messages({
    "# {0} - number", "KEY_Soft=Soft {0}",
    "# {0} - number", "KEY_Line=Line {0}",
    "KEY_NavUp=\u25b2", "KEY_NavDwn=\u25bc", "KEY_NavLeft=\u25c0", "KEY_NavRight=\u25b6", "KEY_NavSelect=Select",
    "KEY_NavBack=Back",
    "KEY_Settings=Settings", "KEY_Applications=Applications", "KEY_AppMenu=Apps", "KEY_Services=Services",
    "KEY_Directories=Directories", "KEY_Contacts=Contacts", "KEY_Messages=Messages", "KEY_Info=Info",
    "KEY_Hold=Hold", "KEY_FixedFeature1=Feature 1", "KEY_FixedFeature2=Feature 2", "KEY_FixedFeature3=Hold",
    "KEY_Transfer=Transfer", "KEY_Conference=Conference", "KEY_Release=Release", "KEY_Speaker=Speaker",
    "KEY_Headset=Headset", "KEY_Mute=Mute", "KEY_VolDwn=Vol \u2212", "KEY_VolUp=Vol +",
    "# {0} - key name", "TIP_Key=Key:{0}"
})
final class Keypad extends JPanel {

    /** The fixed keys in the order they are shown. */
    static final List<String> FIXED = List.of("Settings", "Applications", "AppMenu", "Services", "Directories", "Contacts",
            "Messages", "Info", "Hold", "FixedFeature1", "FixedFeature2", "FixedFeature3", "Transfer", "Conference",
            "Release", "Speaker", "Headset", "Mute", "VolDwn", "VolUp");
    private static final List<String> GENERIC = List.of("Settings", "Services", "Directories", "Messages", "Hold",
            "Transfer", "Conference", "Release", "Speaker", "Headset", "Mute", "VolDwn", "VolUp",
            "NavUp", "NavDwn", "NavLeft", "NavRight", "NavSelect");

    /** Up to this many line keys stand in one column right of the screen; more are shared between both sides. */
    private static final int ONE_SIDE_LINES = 6;

    private final Map<String, JButton> buttons = new LinkedHashMap<>();
    private final Consumer<String> press;
    private final ModelProfile profile;
    private final JComponent leftLines;
    private final JComponent rightLines;

    /** @param profile the model, or null when unknown */
    Keypad(ModelProfile profile, Consumer<String> press) {
        super(new BorderLayout(6, 6));
        this.profile = profile;
        this.press = press;
        int softKeys = profile == null ? 4 : profile.softKeys();
        JPanel soft = new JPanel(new GridLayout(1, Math.max(1, softKeys), 4, 0));
        for (int i = 1; i <= softKeys; i++) {
            soft.add(button("Soft" + i, Bundle.KEY_Soft(i)));
        }
        add(soft, BorderLayout.NORTH);

        JPanel middle = new JPanel();
        middle.setLayout(new BoxLayout(middle, BoxLayout.X_AXIS));
        middle.add(navigation());
        middle.add(Box.createHorizontalStrut(12));
        middle.add(dialPad());
        middle.add(Box.createHorizontalStrut(12));
        middle.add(fixedKeys());
        add(middle, BorderLayout.CENTER);

        int lines = profile == null ? 0 : profile.lineKeys();
        int left = lines > ONE_SIDE_LINES ? (lines + 1) / 2 : 0;
        leftLines = lineColumn(1, left);
        rightLines = lineColumn(left + 1, lines);
    }

    /**
     * The line keys of one side of the screen, top aligned: all on the right, or, with more than
     * {@value #ONE_SIDE_LINES}, the first half on the left and the rest on the right (as on an 88xx).
     */
    JComponent lineKeys(boolean leftSide) {
        return leftSide ? leftLines : rightLines;
    }

    private JComponent lineColumn(int first, int last) {
        JPanel column = new JPanel(new GridLayout(0, 1, 0, 2));
        for (int i = first; i <= last; i++) {
            column.add(button("Line" + i, Bundle.KEY_Line(i)));
        }
        JPanel top = new JPanel(new BorderLayout());
        top.add(column, BorderLayout.NORTH);
        return top;
    }

    /** True when the model has the key (or, without a profile, the generic phone does). */
    boolean has(String key) {
        if (profile == null) {
            return GENERIC.contains(key) || key.startsWith("KeyPad") || key.matches("Soft[1-4]");
        }
        return profile.hasKey(key);
    }

    /** The shown key names, in layout order. */
    List<String> keys() {
        return new ArrayList<>(buttons.keySet());
    }

    JButton button(String key) {
        return buttons.get(key);
    }

    private JComponent navigation() {
        JPanel nav = new JPanel(new GridLayout(3, 3, 2, 2));
        String[] cells = {"NavBack", "NavUp", null, "NavLeft", "NavSelect", "NavRight", null, "NavDwn", null};
        for (String k : cells) {
            nav.add(k != null && has(k) ? button(k, label(k)) : Box.createGlue());
        }
        return wrap(nav);
    }

    private JComponent dialPad() {
        JPanel pad = new JPanel(new GridLayout(4, 3, 2, 2));
        for (String d : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")) {
            pad.add(button("KeyPad" + d, d));
        }
        pad.add(button("KeyPadStar", "*"));
        pad.add(button("KeyPad0", "0"));
        pad.add(button("KeyPadPound", "#"));
        return wrap(pad);
    }

    private JComponent fixedKeys() {
        JPanel fixed = new JPanel(new GridLayout(0, 2, 2, 2));
        for (String k : FIXED) {
            // on 88xx Hold is FixedFeature3: show it once, under the model's name
            if (has(k) && !buttons.containsKey(k)) {
                fixed.add(button(k, label(k)));
            }
        }
        return wrap(fixed);
    }

    private static JComponent wrap(JComponent c) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.CENTER, 0, 0));
        p.setBorder(BorderFactory.createEmptyBorder(2, 2, 2, 2));
        p.add(c);
        return p;
    }

    private JButton button(String key, String text) {
        JButton b = new JButton(text);
        b.setName("key:" + key);
        b.setToolTipText(Bundle.TIP_Key(key));
        b.setFocusable(false);
        b.getAccessibleContext().setAccessibleDescription(Bundle.TIP_Key(key));
        b.addActionListener(e -> press.accept(key));
        buttons.put(key, b);
        return b;
    }

    static String label(String key) {
        return switch (key) {
            case "NavUp" -> Bundle.KEY_NavUp();
            case "NavDwn" -> Bundle.KEY_NavDwn();
            case "NavLeft" -> Bundle.KEY_NavLeft();
            case "NavRight" -> Bundle.KEY_NavRight();
            case "NavSelect" -> Bundle.KEY_NavSelect();
            case "NavBack" -> Bundle.KEY_NavBack();
            case "Settings" -> Bundle.KEY_Settings();
            case "Applications" -> Bundle.KEY_Applications();
            case "AppMenu" -> Bundle.KEY_AppMenu();
            case "Services" -> Bundle.KEY_Services();
            case "Directories" -> Bundle.KEY_Directories();
            case "Contacts" -> Bundle.KEY_Contacts();
            case "Messages" -> Bundle.KEY_Messages();
            case "Info" -> Bundle.KEY_Info();
            case "Hold" -> Bundle.KEY_Hold();
            case "FixedFeature1" -> Bundle.KEY_FixedFeature1();
            case "FixedFeature2" -> Bundle.KEY_FixedFeature2();
            case "FixedFeature3" -> Bundle.KEY_FixedFeature3();
            case "Transfer" -> Bundle.KEY_Transfer();
            case "Conference" -> Bundle.KEY_Conference();
            case "Release" -> Bundle.KEY_Release();
            case "Speaker" -> Bundle.KEY_Speaker();
            case "Headset" -> Bundle.KEY_Headset();
            case "Mute" -> Bundle.KEY_Mute();
            case "VolDwn" -> Bundle.KEY_VolDwn();
            case "VolUp" -> Bundle.KEY_VolUp();
            default -> key;
        };
    }
}
