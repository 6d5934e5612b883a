package org.voicebench.remote.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;

import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.testsupport.TestFrame;

/** The Add/Edit Phone and Credentials forms, typed into like a user. */
class FormsGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @Test
    void thePhoneFormChecksTheAddressAndBuildsTheEntry() {
        PhoneForm form = onEdt(() -> new PhoneForm(null, "HQ", List.of("HQ", "Branch"), ModelProfiles.builtIn()));
        JFrameOperator f = new JFrameOperator(frame.show("Add Phone", form));
        assertEquals("Give the phone's address.", onEdt(form::problem));
        JTextFieldOperator address = new JTextFieldOperator((JTextField) new JLabelOperator(f, "Address:").getLabelFor());
        address.typeText("10.1.2.3:x");
        assertEquals("\"10.1.2.3:x\": port \"x\" is not a number", onEdt(form::problem));
        address.clearText();
        address.typeText("10.1.2.3:8080");
        new JTextFieldOperator((JTextField) new JLabelOperator(f, "Name:").getLabelFor()).typeText("Lobby");
        new JComboBoxOperator((JComboBox<?>) new JLabelOperator(f, "Model:").getLabelFor()).selectItem("8845");
        new JComboBoxOperator((JComboBox<?>) new JLabelOperator(f, "Group:").getLabelFor()).selectItem("Branch");
        assertNull(onEdt(form::problem));
        assertEquals(new PhoneEntry(new PhoneAddress("10.1.2.3", 8080), "Lobby", "Branch", "8845", ""), onEdt(form::entry));
    }

    @Test
    void theCredentialsFormWantsAUserAndHandsOverThePasswordOnce() {
        CredentialsForm form = onEdt(() -> new CredentialsForm(""));
        JFrameOperator f = new JFrameOperator(frame.show("Credentials", form));
        assertEquals("Give the user name.", onEdt(form::problem));
        JTextFieldOperator user = new JTextFieldOperator((JTextField) new JLabelOperator(f, "User:").getLabelFor());
        user.typeText("a:b");
        assertEquals("A user name cannot contain ':'.", onEdt(form::problem));
        user.clearText();
        user.typeText("phoneadmin");
        new JTextFieldOperator((JTextField) new JLabelOperator(f, "Password:").getLabelFor()).typeText("pw1");
        assertNull(onEdt(form::problem));
        PhoneDialogs.Credentials c = onEdt(form::take);
        assertEquals("phoneadmin", c.user());
        assertArrayEquals("pw1".toCharArray(), c.password());
        assertEquals(0, onEdt(form::take).password().length, "the field is cleared once taken");
    }
}
