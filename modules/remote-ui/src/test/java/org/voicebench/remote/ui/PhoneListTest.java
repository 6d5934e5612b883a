package org.voicebench.remote.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.InventoryStore;
import org.voicebench.phone.inventory.PhoneEntry;

/** The list: saved on every change, lab phones merged but never saved, a reload sees the same list. */
class PhoneListTest {

    @TempDir
    Path dir;

    @Test
    void changesAreSavedAndLabPhonesAreShownButNotSaved() throws Exception {
        Path file = dir.resolve("config/VoiceBench/phones.json");
        PhoneList list = PhoneList.load(file);
        AtomicInteger changes = new AtomicInteger();
        list.addChangeListener(e -> changes.incrementAndGet());
        PhoneEntry desk = new PhoneEntry(PhoneAddress.parse("10.0.0.1"), "Desk", "HQ", "8845", "");
        list.update(inv -> inv.with(desk).withGroupUser("Lab", "labuser"));
        PhoneEntry labPhone = new PhoneEntry(PhoneAddress.parse("127.0.10.1:8080"), "SEP00BE75000000", "Lab", "7965", "");
        list.setLab(List.of(labPhone));
        assertEquals(2, changes.get());
        assertEquals(List.of(desk, labPhone), list.inventory().phones());
        assertTrue(list.isLab(labPhone.address()));
        assertFalse(list.isLab(desk.address()));
        assertEquals("labuser", list.inventory().userFor(labPhone.address()).orElseThrow(), "the Lab group's user applies");
        assertEquals(List.of(desk), InventoryStore.load(file).phones(), "the lab phone is not saved");
        assertEquals(List.of(desk), PhoneList.load(file).inventory().phones(), "a restart sees the saved list");
        assertTrue(list.setLabUser(labPhone.address(), "own"));
        assertEquals("own", list.inventory().userFor(labPhone.address()).orElseThrow(), "a lab phone's own user wins");
        assertEquals(java.util.Optional.of(org.voicebench.phone.inventory.PhoneInventory.phoneSecretKey(labPhone.address())),
                list.inventory().secretKey(labPhone.address()), "its password is its own");
        assertFalse(list.setLabUser(desk.address(), "own"), "only lab phones");
        assertEquals(List.of(desk), InventoryStore.load(file).phones(), "the lab phone's user is not saved either");
        list.setLab(List.of());
        assertEquals(List.of(desk), list.inventory().phones());
        list.setLab(List.of(labPhone));
        assertEquals("labuser", list.inventory().userFor(labPhone.address()).orElseThrow(), "a new lab forgets it");
        assertTrue(Files.readString(file).contains("\"Desk\""));
    }
}
