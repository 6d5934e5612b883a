package org.voicebench.personalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.model.ModelProfiles;

class TftpExportTest {

    private static List<ModelBackground> backgrounds;
    private static RingTone tone;

    @BeforeAll
    static void media(@TempDir Path dir) throws Exception {
        ModelProfiles p = ModelProfiles.builtIn();
        backgrounds = Backgrounds.forModels(TestMedia.solid(640, 480, Color.BLUE),
                List.of(p.forModel("7941"), p.forModel("7965"), p.forModel("8845")), Fit.CROP);
        tone = RingTones.convert(TestMedia.sineWav(dir, "t.wav", 440, 1, 8_000, 1));
    }

    @Test
    void writesEachSizesFolderWithListXmlAndTheRingLists(@TempDir Path out) throws Exception {
        TftpExport.Result r = TftpExport.write(out, "Company", backgrounds, tone, "Company ring");
        assertEquals("<CiscoIPPhoneImageList>\n  <ImageItem Image=\"TFTP:Desktops/320x196x4/TN-Company.png\""
                + " URL=\"TFTP:Desktops/320x196x4/Company.png\"/>\n</CiscoIPPhoneImageList>\n",
                Files.readString(out.resolve("Desktops/320x196x4/List.xml")));
        assertTrue(Files.exists(out.resolve("Desktops/320x212x16/TN-Company.png")));
        assertTrue(Files.exists(out.resolve("Desktops/800x480x24/Company.png")));
        assertEquals("<CiscoIPPhoneRingList>\n  <Ring>\n    <DisplayName>Company ring</DisplayName>\n"
                + "    <FileName>Company.raw</FileName>\n  </Ring>\n</CiscoIPPhoneRingList>\n",
                Files.readString(out.resolve("Ringlist.xml")));
        assertTrue(Files.readString(out.resolve("Ringlist-wb.xml")).contains("<FileName>Company.rwb</FileName>"));
        assertArrayEquals(tone.narrowband(), Files.readAllBytes(out.resolve("Company.raw")));
        assertArrayEquals(tone.wideband(), Files.readAllBytes(out.resolve("Company.rwb")));
        List<String> order = r.written().stream().map(Path::toString).toList();
        assertTrue(order.indexOf("Ringlist.xml") > order.indexOf("Company.raw"), "lists after the files they name");
        assertTrue(order.get(order.size() - 1).endsWith(".xml"));
    }

    @Test
    void anExistingListIsAddedToAndReexportReplacesItsOwnItem(@TempDir Path out) throws Exception {
        Path dir = Files.createDirectories(out.resolve("Desktops/800x480x24"));
        Files.writeString(dir.resolve("List.xml"), "<CiscoIPPhoneImageList><ImageItem Image=\"TFTP:Desktops/800x480x24/TN-Old.png\""
                + " URL=\"TFTP:Desktops/800x480x24/Old.png\"/></CiscoIPPhoneImageList>");
        TftpExport.write(out, "New", backgrounds, null, null);
        TftpExport.write(out, "New", backgrounds, null, null);
        String list = Files.readString(dir.resolve("List.xml"));
        assertTrue(list.indexOf("Old.png") < list.indexOf("New.png"), list);
        assertEquals(2, list.split("<ImageItem").length - 1, list);
        assertFalse(Files.exists(out.resolve("Ringlist.xml")), "no ring tone, no ring list");
    }

    @Test
    void fiftyItemsAtMost(@TempDir Path out) throws Exception {
        Path dir = Files.createDirectories(out.resolve("Desktops/320x196x4"));
        StringBuilder b = new StringBuilder("<CiscoIPPhoneImageList>");
        for (int i = 0; i < 50; i++) {
            b.append("<ImageItem Image=\"TFTP:x/TN-").append(i).append(".png\" URL=\"TFTP:x/").append(i).append(".png\"/>");
        }
        Files.writeString(dir.resolve("List.xml"), b.append("</CiscoIPPhoneImageList>"));
        PersonalizeInputException e = assertThrows(PersonalizeInputException.class,
                () -> TftpExport.write(out, "One", backgrounds, null, null));
        assertTrue(e.getMessage().contains("List.xml: would list 51 images; phones list at most 50"), e.getMessage());
        assertFalse(Files.exists(out.resolve("Desktops/7965")), "nothing written");
        assertFalse(Files.exists(dir.resolve("One.png")), "nothing written");
    }

    @Test
    void namesAndCaseAreChecked(@TempDir Path out) throws Exception {
        assertTrue(assertThrows(PersonalizeInputException.class,
                () -> TftpExport.write(out, "a-name-far-too-long-for-phones", backgrounds, tone, "x")).getMessage()
                .contains("21 letters"));
        assertTrue(assertThrows(PersonalizeInputException.class,
                () -> TftpExport.write(out, "ok", backgrounds, tone, "A display name of 26 chars")).getMessage()
                .contains("1 to 25 characters"));
        Path dir = Files.createDirectories(out.resolve("Desktops/320x212x16"));
        Files.writeString(dir.resolve("list.xml"), "<CiscoIPPhoneImageList/>", StandardCharsets.UTF_8);
        PersonalizeInputException e = assertThrows(PersonalizeInputException.class,
                () -> TftpExport.write(out, "ok", backgrounds, null, null));
        assertTrue(e.getMessage().contains("list.xml: phones ask for \"List.xml\""), e.getMessage());
    }
}
