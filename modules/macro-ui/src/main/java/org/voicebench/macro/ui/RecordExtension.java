package org.voicebench.macro.ui;

import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JToggleButton;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.macro.Macro;
import org.voicebench.phone.Phone;
import org.voicebench.remote.ui.api.KeySentListener;
import org.voicebench.remote.ui.api.RemoteView;
import org.voicebench.remote.ui.api.RemoteViewExtension;

/**
 * The Record toggle of every remote view: while it is down every key the view sends becomes a step; releasing
 * it opens the macro editor with the recording (nothing when no key was sent).
 */
@ServiceProvider(service = RemoteViewExtension.class)
@Messages({
    "BTN_Record=Rec&ord Macro",
    "TIP_Record=Record the keys you send from this view as a macro; click again to stop and edit it",
    "# {0} - model or phone", "NAME_Recorded=recorded-{0}"
})
public final class RecordExtension implements RemoteViewExtension {

    /** Where a finished recording goes. */
    interface EditorOpener {
        void open(Macro macro, Phone phone);
    }

    private volatile EditorOpener opener = MacroEditorTopComponent::open;

    @Override
    public List<? extends JComponent> toolbarItems(RemoteView view) {
        JToggleButton record = new JToggleButton();
        Mnemonics.setLocalizedText(record, Bundle.BTN_Record());
        record.setToolTipText(Bundle.TIP_Record());
        record.setName("record");
        record.addActionListener(new Recording(view, record)::toggled);
        return List.of(record);
    }

    /** Tests open the editor in a frame instead of the window system. */
    void setEditorOpener(EditorOpener value) {
        opener = value;
    }

    /** One toggle's state: the recorder while it is down. */
    private final class Recording implements KeySentListener {
        private final RemoteView view;
        private final JToggleButton button;
        private MacroRecorder recorder;

        Recording(RemoteView view, JToggleButton button) {
            this.view = view;
            this.button = button;
        }

        void toggled(java.awt.event.ActionEvent e) {
            if (button.isSelected()) {
                recorder = new MacroRecorder(Macro.DEFAULT_DELAY);
                view.addKeySentListener(this);
                return;
            }
            view.removeKeySentListener(this);
            MacroRecorder done = recorder;
            recorder = null;
            if (done != null && !done.isEmpty()) {
                opener.open(done.macro(name()), view.phone());
            }
        }

        private String name() {
            String m = view.entry().model();
            String base = m.isEmpty() ? view.entry().displayName() : m;
            return Bundle.NAME_Recorded(base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-"));
        }

        @Override
        public void keySent(String key, long nanos) {
            if (recorder != null) {
                recorder.key(key, nanos);
            }
        }
    }
}
