package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** AXL getAppUser/updateAppUser on the cluster's application users, in CUCM's shapes. */
class AppUserAxlTest {

    private final ApplicationUsers users = new ApplicationUsers();

    @Test
    void getAppUserListsTheControlledDevicesInOrder() throws Exception {
        users.add("vb-cti", "pw", List.of("SEP00BE75000002", "sep00be75000001"));
        String answer = SimulatedAxl.getAppUser(CucmSoap.operation(AppUserSoap.get("vb-cti")), "14.0", users);
        assertTrue(answer.matches("(?s).*<ns:getAppUserResponse xmlns:ns=\"http://www.cisco.com/AXL/API/14.0\"><return>"
                + "<appUser uuid=\"\\{[0-9A-F-]{36}\\}\"><userid>vb-cti</userid><associatedDevices>"
                + "<device>SEP00BE75000002</device><device>SEP00BE75000001</device></associatedDevices></appUser></return>"
                + "</ns:getAppUserResponse>.*"), answer);
    }

    @Test
    void updateAppUserReplacesTheWholeListAndAnEmptyListClearsIt() throws Exception {
        users.add("vb-cti", "pw", List.of("SEP00BE75000001", "SEP00BE75000002"));
        SimulatedAxl.updateAppUser(CucmSoap.operation(AppUserSoap.update("vb-cti", "SEP00BE75000003")), "14.0", users);
        assertEquals(List.of("SEP00BE75000003"), users.devices("vb-cti").orElseThrow());
        SimulatedAxl.updateAppUser(CucmSoap.operation(AppUserSoap.update("vb-cti")), "14.0", users);
        assertEquals(List.of(), users.devices("vb-cti").orElseThrow());
    }

    @Test
    void anUnknownUserIsItemNotValid() {
        CucmSoap.BadRequest e = assertThrows(CucmSoap.BadRequest.class,
                () -> SimulatedAxl.getAppUser(CucmSoap.operation(AppUserSoap.get("nobody")), "14.0", users));
        assertEquals(SimulatedAxl.ITEM_NOT_VALID, e.axlCode());
        assertThrows(CucmSoap.BadRequest.class,
                () -> SimulatedAxl.updateAppUser(CucmSoap.operation(AppUserSoap.update("nobody", "SEP1")), "14.0", users));
    }
}
