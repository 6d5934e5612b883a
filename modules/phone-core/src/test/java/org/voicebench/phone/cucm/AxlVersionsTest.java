package org.voicebench.phone.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Choosing the AXL schema: from the server's release, and stepping down on CUCM's refusal. */
class AxlVersionsTest {

    private static final String REFUSAL = "HTTP Status 599 - Incorrect axl version. Supported axl versions are 12.x, 14.0"
            + " and 15.0";

    @Test
    void aReleaseGivesItsOwnSchemaOrTheHighestBelow() {
        assertEquals(Optional.of("14.0"), AxlVersions.forRelease("14.0.1.11900-132"));
        assertEquals(Optional.of("12.5"), AxlVersions.forRelease("12.5.1.16900-48"));
        assertEquals(Optional.of("11.5"), AxlVersions.forRelease("11.5.1.21900-40"));
        assertEquals(Optional.of("15.0"), AxlVersions.forRelease("15.0.1.12900-234"));
        assertEquals(Optional.of("15.0"), AxlVersions.forRelease("16.0.1.10000-1"), "a newer release still takes 15.0");
        assertEquals(Optional.of("12.5"), AxlVersions.forRelease("12.6"), "no 12.6 schema: the highest below");
        assertEquals(Optional.of("12.5"), AxlVersions.forRelease("13.0"), "there was no 13");
        assertEquals(Optional.empty(), AxlVersions.forRelease("10.5.2.15900-8"));
        assertEquals(Optional.empty(), AxlVersions.forRelease("unknown"));
    }

    @Test
    void aRefusalNamesTheVersionsItTakes() {
        assertEquals(List.of("15.0", "14.0", "12.5", "12.0"), AxlVersions.advertised(REFUSAL));
        assertEquals(List.of("12.5", "11.5"), AxlVersions.advertised("Supported axl versions are 11.5 and 12.5"));
        assertEquals(List.of(), AxlVersions.advertised("Incorrect axl version"));
    }

    @Test
    void afterARefusalTheHighestNamedVersionBelowIsTried() {
        assertEquals(Optional.of("14.0"), AxlVersions.after("15.0", "Supported axl versions are 12.x and 14.0"));
        assertEquals(Optional.of("12.5"), AxlVersions.after("14.0", REFUSAL));
        assertEquals(Optional.of("11.5"), AxlVersions.after("15.0", "Supported axl versions are 10.x and 11.x"));
        assertEquals(Optional.of("14.0"), AxlVersions.after("15.0", "version not supported"), "none named: one step down");
        assertEquals(Optional.empty(), AxlVersions.after("11.0", REFUSAL));
        assertEquals(Optional.empty(), AxlVersions.after("15.0", "Supported axl versions are 9.x and 10.x"));
    }

    @Test
    void refusalsAreToldFromOtherFaults() {
        assertTrue(AxlVersions.refusal(REFUSAL));
        assertTrue(AxlVersions.refusal("Unsupported AXL schema version 15.0"));
        assertTrue(AxlVersions.refusal("The AXL version 15.0 is not supported"));
        assertTrue(AxlVersions.refusal("Unknown AXL version: 15.0"));
        assertTrue(AxlVersions.refusal("AXL schema version 15.0 is invalid on this server"));
        assertFalse(AxlVersions.refusal("Item not valid: The specified Phone was not found"));
        assertFalse(AxlVersions.refusal("Search criteria must have at least one of name, devicePoolName (not empty)"));
        assertFalse(AxlVersions.refusal(null));
    }

    @Test
    void theLowerOfTwo() {
        assertEquals("12.5", AxlVersions.lower("14.0", "12.5"));
        assertEquals("12.5", AxlVersions.lower("12.5", "15.0"));
    }
}
