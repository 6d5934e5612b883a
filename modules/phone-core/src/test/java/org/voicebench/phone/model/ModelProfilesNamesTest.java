package org.voicebench.phone.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One model name for every spelling phones, CUCM, inventories and users use. */
class ModelProfilesNamesTest {

    private final ModelProfiles profiles = ModelProfiles.builtIn();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "CP-7942G|7942",
        "CP-7942|7942",
        "7942|7942",
        "cp-7942g|7942",
        " Cisco IP Phone 7942 |7942",
        "Cisco Unified IP Phone  7942G|7942",
        "CP-7962G|7962",
        "CP-7962|7962",
        "CP-7941G-GE|7941",
        "CP-7945G|7945",
        "7945|7945",
        "CP-8845|8845",
        "CP-8851|8851",
        "CP-8851NR|8851NR",
        "cp-8851nr|8851NR",
        "8865NR|8865NR",
        "CP-7911G|7911",
        "CP-7906G|7906",
        "CP-6941|6941",
        "CP-8832|8832",
        "CP-8861-K9|8861",
    })
    void findsTheProfileForEverySpelling(String reported, String model) {
        assertEquals(model, profiles.find(reported).orElseThrow(() -> new AssertionError("no profile for " + reported)).model());
        assertEquals(model, profiles.canonicalModel(reported));
    }

    @ParameterizedTest(name = "\"{0}\" is shown as \"{1}\"")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "CP-7937G|7937",
        "cp-9971|9971",
        "CP-8845NR|8845NR",
        "CP-DX650|DX650",
        "Webex  Desk|WEBEX DESK",
    })
    void unknownModelsAreNormalisedTheSameWay(String reported, String canonical) {
        assertTrue(profiles.find(reported).isEmpty(), reported);
        assertEquals(canonical, profiles.canonicalModel(reported));
    }

    @Test
    void nothingReportedIsEmpty() {
        assertEquals("", profiles.canonicalModel(null));
        assertEquals("", profiles.canonicalModel("   "));
        assertTrue(profiles.find(null).isEmpty());
    }

    @Test
    void aUserModelIsShownByItsId(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("desk.json"), "{\"model\": \"Desk Pro\", \"family\": \"CP88XX\", \"modelNumbers\": [\"Webex Desk Pro\"]}",
                StandardCharsets.UTF_8);
        ModelProfiles p = ModelProfiles.withOverrides(dir);
        assertEquals("Desk Pro", p.canonicalModel("webex desk pro"));
        assertEquals("Desk Pro", p.canonicalModel("DESK PRO"));
    }
}
