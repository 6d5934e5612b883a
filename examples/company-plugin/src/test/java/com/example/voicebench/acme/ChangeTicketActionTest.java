package com.example.voicebench.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.util.List;
import javax.swing.Action;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.remote.ui.api.PhonesContext;

/** The Phones window action copies the selection for the change ticket; nothing for an empty selection. */
class ChangeTicketActionTest {

    private static PhonesContext selecting(List<PhoneEntry> phones) {
        return new PhonesContext() {
            @Override
            public List<PhoneEntry> selectedPhones() {
                return phones;
            }

            @Override
            public PhoneClient client() {
                throw new UnsupportedOperationException("the action sends nothing to phones");
            }

            @Override
            public ModelProfiles profiles() {
                return ModelProfiles.builtIn();
            }
        };
    }

    @Test
    void copiesOneLinePerSelectedPhone() throws Exception {
        Clipboard clipboard = new Clipboard("test");
        List<PhoneEntry> phones = List.of(
                new PhoneEntry(PhoneAddress.parse("10.20.1.5"), "SEP00BE75000001", "Floor 2", "CP-8845", ""),
                new PhoneEntry(PhoneAddress.parse("10.20.1.6:8080"), "SEP00BE75000002", "Floor 2", "CP-7965", ""));
        List<? extends Action> actions = new ChangeTicketAction(() -> clipboard).actions(selecting(phones));
        assertEquals(1, actions.size());
        assertEquals(ChangeTicketAction.NAME, actions.get(0).getValue(Action.NAME));
        actions.get(0).actionPerformed(null);
        assertEquals("ACME change ticket: 2 phones\n"
                + "SEP00BE75000001\t" + phones.get(0).address() + "\tCP-8845\tFloor 2\n"
                + "SEP00BE75000002\t" + phones.get(1).address() + "\tCP-7965\tFloor 2\n",
                clipboard.getData(DataFlavor.stringFlavor));
    }

    @Test
    void anEmptySelectionCopiesNothing() {
        Clipboard clipboard = new Clipboard("test");
        new ChangeTicketAction(() -> clipboard).actions(selecting(List.of())).get(0).actionPerformed(null);
        assertEquals(null, clipboard.getContents(null));
    }
}
