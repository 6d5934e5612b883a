package org.voicebench.phone.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneAddress;

class InventoryCsvTest {

    @Test
    void readsTheDocumentedColumnsWithHeaderCommentsAndQuotes() throws Exception {
        List<PhoneEntry> phones = InventoryCsv.read("""
                address,model,name,group,user
                # lab phones
                10.1.2.3,8845,"Lobby, ground floor",HQ,phoneadmin

                [fe80::1]:8080,CP-7965G,Desk 12,Branch "B",
                10.1.2.4
                """, "phones.csv");
        assertEquals(3, phones.size());
        assertEquals(new PhoneEntry(PhoneAddress.parse("10.1.2.3"), "Lobby, ground floor", "HQ", "8845", "phoneadmin"), phones.get(0));
        assertEquals(new PhoneAddress("fe80::1", 8080), phones.get(1).address());
        assertEquals("Branch \"B\"", phones.get(1).group());
        assertEquals("", phones.get(1).user());
        assertEquals(PhoneEntry.of(PhoneAddress.parse("10.1.2.4")), phones.get(2));
    }

    @Test
    void aHeaderMayOrderAndOmitColumns() throws Exception {
        List<PhoneEntry> phones = InventoryCsv.read("name,address\nLobby,10.0.0.9:81\n", "x.csv");
        assertEquals(new PhoneEntry(new PhoneAddress("10.0.0.9", 81), "Lobby", "", "", ""), phones.get(0));
    }

    @Test
    void writesWhatItReads() throws Exception {
        List<PhoneEntry> phones = List.of(new PhoneEntry(PhoneAddress.parse("10.1.2.3"), "Lobby, \"main\"", "HQ", "8845", "u1"),
                new PhoneEntry(PhoneAddress.parse("[fe80::2]:81"), "", "", "", ""));
        String csv = InventoryCsv.write(phones);
        assertTrue(csv.startsWith("address,model,name,group,user\n10.1.2.3:80,8845,\"Lobby, \"\"main\"\"\",HQ,u1\n"), csv);
        assertEquals(phones, InventoryCsv.read(csv, "round trip"));
    }

    @Test
    void aPasswordColumnIsRefused() {
        InventoryFormatException e = assertThrows(InventoryFormatException.class,
                () -> InventoryCsv.read("address,user,password\n10.1.2.3,u,secret\n", "phones.csv"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("phones.csv, line 1: column \"password\": passwords are not imported"), e.getMessage());
    }

    @Test
    void thePhoneLabsInventoryIsReadWithItsMacColumnLeftAlone() throws Exception {
        List<PhoneEntry> lab = InventoryCsv.read("address,model,name,mac\n127.0.10.1:8080,CP-7965G,SEP00BE75000000,00BE75000000\n",
                "lab.csv");
        PhoneEntry e = lab.get(0);
        assertEquals("127.0.10.1", e.address().host());
        assertEquals("SEP00BE75000000", e.name());
        assertEquals("CP-7965G", e.model());
    }

    @Test
    void errorsNameTheFileLineAndProblem() {
        assertEquals("phones.csv, line 3: \"10.1.2.3:x\": port \"x\" is not a number",
                assertThrows(InventoryFormatException.class, () -> InventoryCsv.read("address\n10.1.2.1\n10.1.2.3:x\n", "phones.csv")).getMessage());
        assertEquals("p.csv, line 3: phone 10.1.2.1:80 is already listed on line 1",
                assertThrows(InventoryFormatException.class, () -> InventoryCsv.read("10.1.2.1\n\n10.1.2.1:80,8845\n", "p.csv")).getMessage());
        assertEquals("p.csv, line 1: 6 fields; expected at most 5 (address,model,name,group,user)",
                assertThrows(InventoryFormatException.class, () -> InventoryCsv.read("10.1.2.1,a,b,c,d,e\n", "p.csv")).getMessage());
        assertEquals("p.csv, line 1: unknown column \"colour\"; expected address,model,name,group,user",
                assertThrows(InventoryFormatException.class, () -> InventoryCsv.read("address,colour\n", "p.csv")).getMessage());
        assertEquals("p.csv, line 2: a quoted field is not closed",
                assertThrows(InventoryFormatException.class, () -> InventoryCsv.read("address\n\"10.1.2.1\n", "p.csv")).getMessage());
        assertEquals("p.csv, line 2: the address is empty",
                assertThrows(InventoryFormatException.class, () -> InventoryCsv.read("address,name\n,x\n", "p.csv")).getMessage());
    }
}
