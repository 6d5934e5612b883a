package org.voicebench.trust.ui;

import java.awt.Dialog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.lookup.ServiceProvider;

/**
 * Records messages instead of showing modal dialogs, so tests of failure paths neither block
 * nor need a display.
 */
@ServiceProvider(service = DialogDisplayer.class, position = 1)
public final class TestDialogs extends DialogDisplayer {

    public static final List<String> MESSAGES = new CopyOnWriteArrayList<>();

    @Override
    public Object notify(NotifyDescriptor descriptor) {
        MESSAGES.add(String.valueOf(descriptor.getMessage()));
        return NotifyDescriptor.OK_OPTION;
    }

    @Override
    public Dialog createDialog(DialogDescriptor descriptor) {
        throw new UnsupportedOperationException("tests show no dialogs: " + descriptor.getTitle());
    }
}
