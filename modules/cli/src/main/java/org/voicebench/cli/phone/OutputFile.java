package org.voicebench.cli.phone;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The {@code -o FILE} of the phone commands that save what a phone sent, checked before the phone is
 * asked: a request a phone answered is not wasted on a file name that cannot be written.
 */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * The output path: its folder must exist, and it must not be a folder.
     *
     * @param example a file name for the message when a folder was given, e.g. {@code screen.png}
     */
    static Path check(PhoneTarget target, String output, String example) {
        Path file;
        try {
            file = Path.of(output);
        } catch (InvalidPathException e) {
            throw target.usage("-o: not a file name: " + e.getMessage());
        }
        Path parentDir = file.toAbsolutePath().getParent();
        if (file.getFileName() == null || Files.isDirectory(file)) {
            throw target.usage("-o: " + output + " is a folder; give a file name, e.g. " + file.resolve(example));
        }
        if (parentDir != null && !Files.isDirectory(parentDir)) {
            throw target.usage("-o: the folder " + parentDir + " does not exist");
        }
        return file;
    }
}
