package org.voicebench.personalize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.voicebench.common.AtomicFiles;

/**
 * The TFTP way: files to upload to CUCM's TFTP server so that users pick the background and ring tone on the
 * phone. Writes {@code Desktops/<W>x<H>x<depth>/NAME.png}, {@code TN-NAME.png} and {@code List.xml} per size,
 * and {@code NAME.raw} with {@code Ringlist.xml}, {@code NAME.rwb} with {@code Ringlist-wb.xml}. Lists already
 * in the folder are added to. Everything is checked before the first file is written, each file is replaced
 * atomically, and list files go last, so a phone never sees a list naming a file not yet there.
 */
public final class TftpExport {

    /** What was written (relative to the folder), in order. */
    public record Result(Path folder, List<Path> written) {
        public Result {
            written = List.copyOf(written);
        }
    }

    private TftpExport() {
    }

    /**
     * @param folder      the export folder (created if missing)
     * @param name        the base file name: 1 to 21 letters, digits, '-' or '_'
     * @param backgrounds the sizes to write (see {@link Backgrounds#forModels}); may be empty
     * @param tone        the ring tone, or null
     * @param displayName the ring tone's name on the phone's Ring Type menu (1-25 characters), used when tone is given
     * @throws PersonalizeInputException for a bad name, a list that would pass 50 entries, a {@code list.xml} in the
     *                                   wrong case, two sizes in one folder, or a file that cannot be written
     */
    public static Result write(Path folder, String name, List<ModelBackground> backgrounds, RingTone tone, String displayName)
            throws PersonalizeInputException {
        ExportNames.check(name);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Map<Path, String> lists = new LinkedHashMap<>();
        Map<String, ModelBackground> byFolder = new HashMap<>();
        for (ModelBackground b : backgrounds) {
            ModelBackground other = byFolder.putIfAbsent(b.directory(), b);
            if (other != null) {
                throw new PersonalizeInputException(b.directory() + ": models " + other.models() + " and " + b.models()
                        + " share this folder with different images (grey levels differ): correct one model profile");
            }
            Path dir = folder.resolve(b.directory());
            ListFiles.checkCase(dir, "List.xml");
            String url = "TFTP:" + b.directory() + "/" + name + ".png";
            Map<String, String> items = ListFiles.readImages(dir.resolve("List.xml"));
            items.remove(url);
            items.put(url, "TFTP:" + b.directory() + "/TN-" + name + ".png");
            limit(dir.resolve("List.xml"), items.size(), "image");
            files.put(dir.resolve(name + ".png"), b.fullPng());
            files.put(dir.resolve("TN-" + name + ".png"), b.thumbnailPng());
            lists.put(dir.resolve("List.xml"), ListFiles.images(items));
        }
        if (tone != null) {
            String shown = ExportNames.displayName(displayName);
            ring(folder, "Ringlist.xml", name + ".raw", shown, tone.narrowband(), files, lists);
            ring(folder, "Ringlist-wb.xml", name + ".rwb", shown, tone.wideband(), files, lists);
        }
        List<Path> written = new ArrayList<>();
        Map<Path, byte[]> all = new LinkedHashMap<>(files);
        lists.forEach((p, text) -> all.put(p, text.getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<Path, byte[]> f : all.entrySet()) {
            try {
                Files.createDirectories(f.getKey().getParent());
                AtomicFiles.write(f.getKey(), f.getValue());
            } catch (IOException e) {
                throw new PersonalizeInputException(f.getKey() + ": cannot write: " + e.getMessage(), e);
            }
            written.add(folder.relativize(f.getKey()));
        }
        return new Result(folder, written);
    }

    private static void ring(Path folder, String listName, String fileName, String shown, byte[] bytes, Map<Path, byte[]> files,
            Map<Path, String> lists) throws PersonalizeInputException {
        ListFiles.checkCase(folder, listName);
        Path list = folder.resolve(listName);
        Map<String, String> rings = ListFiles.readRings(list);
        rings.remove(fileName);
        rings.put(fileName, shown);
        limit(list, rings.size(), "ring tone");
        files.put(folder.resolve(fileName), bytes);
        lists.put(list, ListFiles.rings(rings));
    }

    private static void limit(Path list, int entries, String what) throws PersonalizeInputException {
        if (entries > ListFiles.MAX_ENTRIES) {
            throw new PersonalizeInputException(list + ": would list " + entries + " " + what + "s; phones list at most "
                    + ListFiles.MAX_ENTRIES + ": remove some first");
        }
    }
}
