package org.voicebench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.voicebench.phone.inventory.InventoryCsv;
import org.voicebench.phone.inventory.InventoryFormatException;
import org.voicebench.phone.inventory.PhoneEntry;

/** Reads a {@code --phones} CSV list ({@code address,model,name,group,user}) for the commands that take one. */
public final class PhoneListFile {

    /** The list cannot be read or parsed; the message names the file and what is wrong. */
    public static final class Unusable extends Exception {

        private static final long serialVersionUID = 1L;

        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private PhoneListFile() {
    }

    /** The phones of the list, in its order (possibly none). */
    public static List<PhoneEntry> read(Path file) throws Unusable {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Unusable(file + ": no such file", e);
        } catch (IOException e) {
            throw new Unusable(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return InventoryCsv.read(text, file.toString());
        } catch (InventoryFormatException e) {
            throw new Unusable(e.getMessage(), e);
        }
    }
}
