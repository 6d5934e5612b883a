package com.example.voicebench.acme;

import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.remote.ui.api.PhonesContext;
import org.voicebench.remote.ui.api.PhonesWindowExtension;

/**
 * "Copy for ACME Change Ticket" on the Phones window's selection (its toolbar and the phones' context menu):
 * puts one line per selected phone on the clipboard, {@code name<TAB>address<TAB>model<TAB>group}, headed by the
 * number of phones, ready to paste into ACME's change ticket.
 */
@ServiceProvider(service = PhonesWindowExtension.class)
public final class ChangeTicketAction implements PhonesWindowExtension {

    /** The action's name, as the toolbar and the menus show it. */
    public static final String NAME = "Copy for ACME Change Ticket";

    private final Supplier<Clipboard> clipboard;

    public ChangeTicketAction() {
        this(() -> Toolkit.getDefaultToolkit().getSystemClipboard());
    }

    ChangeTicketAction(Supplier<Clipboard> clipboard) {
        this.clipboard = clipboard;
    }

    @Override
    public List<? extends Action> actions(PhonesContext context) {
        Action copy = new AbstractAction(NAME) {
            @Override
            public void actionPerformed(ActionEvent e) {
                List<PhoneEntry> phones = context.selectedPhones();
                if (!phones.isEmpty()) {
                    String text = ticketText(phones);
                    clipboard.get().setContents(new StringSelection(text), null);
                }
            }
        };
        copy.putValue(Action.SHORT_DESCRIPTION, "Copies the selected phones for an ACME change ticket");
        return List.of(copy);
    }

    /** The clipboard text for these phones. */
    static String ticketText(List<PhoneEntry> phones) {
        StringBuilder out = new StringBuilder("ACME change ticket: ").append(phones.size())
                .append(phones.size() == 1 ? " phone" : " phones").append('\n');
        for (PhoneEntry p : phones) {
            out.append(p.name()).append('\t').append(p.address()).append('\t').append(p.model()).append('\t')
                    .append(p.group()).append('\n');
        }
        return out.toString();
    }
}
