package org.voicebench.phone.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.PhoneAddress;

class InventoryStoreTest {

    @TempDir
    Path dir;

    private final PhoneInventory inventory = PhoneInventory.of(List.of(
            new PhoneEntry(PhoneAddress.parse("10.1.2.3"), "Lobby", "HQ", "8845", ""),
            new PhoneEntry(PhoneAddress.parse("10.1.2.4:8080"), "", "", "", "own-user")), Map.of("HQ", "phoneadmin"));

    @Test
    void savesAndLoadsTheListAtomicallyWithoutTemporaryFilesLeft() throws Exception {
        Path file = dir.resolve("config/phones.json");
        InventoryStore.save(file, inventory);
        assertEquals(inventory, InventoryStore.load(file));
        InventoryStore.save(file, inventory.without(PhoneAddress.parse("10.1.2.3")));
        assertEquals(1, InventoryStore.load(file).size());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of("phones.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aMissingFileIsAnEmptyList() throws Exception {
        assertEquals(PhoneInventory.empty(), InventoryStore.load(dir.resolve("none.json")));
    }

    @Test
    void theFileHasNoPasswordFieldAndAFileWithOneIsRefused() throws Exception {
        Path file = dir.resolve("phones.json");
        InventoryStore.save(file, inventory);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(json.toLowerCase().contains("password"), json);
        String withPassword = json.replace("\"user\" : \"own-user\"", "\"user\" : \"own-user\", \"password\" : \"x\"");
        assertTrue(withPassword.contains("password"), withPassword);
        Files.writeString(file, withPassword);
        InventoryFormatException e = assertThrows(InventoryFormatException.class, () -> InventoryStore.load(file));
        assertTrue(e.getMessage().startsWith(file + ": phones[1] has a \"password\" field"), e.getMessage());
    }

    @Test
    void brokenFilesAreNamedWithWhatIsWrong() throws Exception {
        Path file = dir.resolve("phones.json");
        Files.writeString(file, "{\"version\": 1, \"phones\": [{\"name\": \"x\"}]}");
        assertEquals(file + ": phones[0]: \"address\" is missing",
                assertThrows(InventoryFormatException.class, () -> InventoryStore.load(file)).getMessage());
        Files.writeString(file, "{\"version\": 9}");
        assertEquals(file + ": \"version\" is 9; this VoiceBench reads version 1",
                assertThrows(InventoryFormatException.class, () -> InventoryStore.load(file)).getMessage());
        Files.writeString(file, "[1,");
        assertTrue(assertThrows(InventoryFormatException.class, () -> InventoryStore.load(file)).getMessage()
                .startsWith(file + ": not valid JSON"));
    }
}
