package org.voicebench.app.gui;

import java.util.prefs.Preferences;
import javax.swing.JTextField;
import org.netbeans.api.keyring.Keyring;
import org.netbeans.api.options.OptionsDisplayer;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JCheckBoxOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.openide.util.NbPreferences;
import org.voicebench.cti.ui.api.CtiAccess;
import org.voicebench.cti.ui.api.CtiConfiguration;

/**
 * Tools &gt; Options &gt; CTI in the booted application: the category is registered, OK saves the jar, hosts and user
 * (the CTI the windows then use) and the password to the Keyring, never to the preferences. Leaves no CTI configured
 * (the demo story relies on the lab's).
 */
public class CtiOptionsGuiTest extends GuiTestCase {

    private static final String PASSWORD = "Options-Cti-S3cret!";
    private static final String KEYRING_KEY = "org.voicebench.cti.password";

    public CtiOptionsGuiTest(String name) {
        super(name, 120_000);
    }

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        System.setProperty("netbeans.keyring.no.native", "true");
        System.setProperty("netbeans.keyring.no.master", "true");
    }

    @Override
    protected void tearDown() throws Exception {
        Preferences p = NbPreferences.forModule(CtiConfiguration.class);
        for (String key : p.keys()) {
            p.remove(key);
        }
        p.flush();
        Keyring.delete(KEYRING_KEY);
    }

    public void testOkSavesTheCtiOptionsAndThePasswordToTheKeyringOnly() throws Exception {
        OptionsDisplayer.getDefault().open("CTI");
        JDialogOperator options = new JDialogOperator("Options");
        JTextFieldOperator jar = new JTextFieldOperator(options, new NameComponentChooser("jar"));
        jar.setText("/opt/cucm/jtapi.jar");
        new JTextFieldOperator(options, new NameComponentChooser("hosts")).setText("cucm-pub,cucm-sub1");
        new JTextFieldOperator(options, new NameComponentChooser("user")).setText("vb-cti");
        JTextField password = (JTextField) new JTextFieldOperator(options, new NameComponentChooser("password")).getSource();
        new JTextFieldOperator(password).typeText(PASSWORD);
        new JCheckBoxOperator(options, new NameComponentChooser("associate")).setSelected(true);
        new JButtonOperator(options, "OK").push();
        options.waitClosed();

        CtiConfiguration cti = CtiConfiguration.getDefault();
        assertNotNull("the CTI service is registered", cti);
        long end = System.currentTimeMillis() + 20_000;
        char[] saved = null;
        while (System.currentTimeMillis() < end && (saved = Keyring.read(KEYRING_KEY)) == null) {
            Thread.sleep(200);
        }
        assertNotNull("the password is in the Keyring", saved);
        assertEquals(PASSWORD, new String(saved));
        CtiAccess access = cti.current().orElseThrow();
        assertFalse("the options' own CTI", access.fromLab());
        assertEquals("vb-cti@cucm-pub,cucm-sub1", access.describe());
        assertEquals("/opt/cucm/jtapi.jar", access.settings().jar().toString());
        assertTrue(cti.associate());
        Preferences p = NbPreferences.forModule(CtiConfiguration.class);
        for (String key : p.keys()) {
            assertFalse("preference " + key + " holds the password", p.get(key, "").contains(PASSWORD));
        }
    }
}
