package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.phone.sim.LabFixtures.auth;
import static org.voicebench.phone.sim.LabFixtures.execute;
import static org.voicebench.phone.sim.LabFixtures.executeRaw;
import static org.voicebench.phone.sim.LabFixtures.executeXml;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.model.ModelProfile;

/** The simulated phones over HTTP, as a client sees them. */
class PhoneLabHttpTest {

    /** One phone per family, in this order. */
    private static final List<String> MODELS = List.of("7941", "7965", "7975", "7841", "8851", "8865");
    private static PhoneLab lab;

    @BeforeAll
    static void start() throws IOException {
        PhoneLab.Builder b = LabFixtures.lab().itlSource(() -> LabFixtures.itl(LabFixtures.T2));
        MODELS.forEach(m -> b.add(1, m));
        lab = b.start();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void everyFamilyErasesItsItlByLabelsThenRestartsAndFetchesTheNewOne() throws Exception {
        for (SimulatedPhone p : lab.phones()) {
            String before = p.itlSha1().orElseThrow();
            LabelWalk.http(p).eraseTrust(p.profile());
            assertFalse(p.hasItl(), p + " still has its ITL");
            assertFalse(p.hasCtl(), p + " still has its CTL");
            // the erase message shows for 100 ms, then the phone restarts for 600 ms
            waitUntil(p::rebooting, Duration.ofSeconds(3), p + " never restarted");
            assertTrue(p.awaitReady(Duration.ofSeconds(5)), p + " did not come back");
            assertEquals(1, p.rebootCount());
            assertEquals(200, LabFixtures.get(p, "/DeviceInformationX", null).statusCode());
            assertTrue(p.hasItl(), p + " did not fetch the cluster's ITL");
            assertNotEquals(before, p.itlSha1().orElseThrow(), "the new ITL has another hash");
            String page = LabFixtures.text(p, p.profile().family().is79xx() ? "/NetworkConfiguration"
                    : "/CGI/Java/Serviceability?adapter=device.statistics.configuration");
            String hash = p.profile().model().startsWith("88") ? p.itlSha1().orElseThrow() : p.itlMd5().orElseThrow();
            assertTrue(page.contains(hash.replaceAll("(..)", "$1 ")), p + " shows the new ITL's hash: " + page);
            assertEquals(List.of(), p.confirmedResets(), p.toString());
            assertEquals("", p.dialledDigits(), p.toString());
        }
    }

    @Test
    void wrongOrMissingCredentialsGetError4() throws Exception {
        SimulatedPhone p = lab.phone(1);
        String xml = "XML=" + URLEncoder.encode(executeXml("Key:Settings"), StandardCharsets.UTF_8);
        HttpResponse<String> wrong = executeRaw(p, xml, "application/x-www-form-urlencoded",
                auth(LabFixtures.USER, "wrong"));
        assertEquals("<CiscoIPPhoneError Number=\"4\"/>", wrong.body().lines().skip(1).findFirst().orElse(""));
        HttpResponse<String> none = executeRaw(p, xml, "application/x-www-form-urlencoded", null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(none.body().contains("Number=\"4\""));
        HttpResponse<byte[]> shot = LabFixtures.get(p, "/CGI/Screenshot", auth("intruder", LabFixtures.PASSWORD));
        assertTrue(shot.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        assertTrue(new String(shot.body(), StandardCharsets.UTF_8).contains("Number=\"4\""));
    }

    @Test
    void aPhoneWithItsOwnPasswordRefusesTheLabsAndAcceptsItsOwn() throws Exception {
        PhoneConditions own = PhoneConditions.NORMAL.withOwnPassword("own-7731");
        assertFalse(own.toString().contains("own-7731"), own.toString());
        assertTrue(own.toString().contains("own password"), own.toString());
        try (PhoneLab other = LabFixtures.lab().add(1, "8845", own).add(1, "8845").firstAddress("127.0.41.31").start()) {
            SimulatedPhone p = other.phone(0);
            String xml = "XML=" + URLEncoder.encode(executeXml("Key:Settings"), StandardCharsets.UTF_8);
            HttpResponse<String> lab = executeRaw(p, xml, "application/x-www-form-urlencoded",
                    auth(LabFixtures.USER, LabFixtures.PASSWORD));
            assertTrue(lab.body().contains("<CiscoIPPhoneError Number=\"4\"/>"), lab.body());
            HttpResponse<String> mine = executeRaw(p, xml, "application/x-www-form-urlencoded",
                    auth(LabFixtures.USER, "own-7731"));
            assertTrue(mine.body().contains("Status=\"0\""), mine.body());
            HttpResponse<String> stranger = executeRaw(p, xml, "application/x-www-form-urlencoded",
                    auth("intruder", "own-7731"));
            assertTrue(stranger.body().contains("Number=\"4\""), "only the lab's users: " + stranger.body());
            assertEquals(401, LabFixtures.get(p, "/CGI/Screenshot", null).statusCode());
            assertEquals(200, LabFixtures.screenshot(other.phone(1)).statusCode(), "the other phone takes the lab's");

            p.setConditions(p.conditions().withOwnPassword(null));
            assertEquals(200, LabFixtures.screenshot(p).statusCode(), "null: the lab's password again");
        }
        assertThrows(IllegalArgumentException.class, () -> PhoneConditions.NORMAL.withOwnPassword(""));
    }

    @Test
    void fourItemsAndMalformedXmlGetError1AndXxeReadsNothing() throws Exception {
        SimulatedPhone p = lab.phone(4);
        assertTrue(execute(p, "Key:Soft1", "Key:Soft2", "Key:Soft3", "Key:Soft4").body().contains("Number=\"1\""));
        String ok = execute(p, "Key:NavUp", "Key:NavDwn", "Key:Info").body();
        assertEquals(3, ok.split("<ResponseItem ").length - 1, ok);
        HttpResponse<String> broken = executeRaw(p, "XML=%3CCiscoIPPhoneExecute%3E%3CExec",
                "application/x-www-form-urlencoded", auth(LabFixtures.USER, LabFixtures.PASSWORD));
        assertTrue(broken.body().contains("Number=\"1\""), broken.body());
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CiscoIPPhoneExecute><ExecuteItem URL=\"Key:&e;\"/></CiscoIPPhoneExecute>";
        HttpResponse<String> attack = executeRaw(p, xxe, "text/xml", auth(LabFixtures.USER, LabFixtures.PASSWORD));
        assertTrue(attack.body().contains("Number=\"1\""), attack.body());
        assertFalse(attack.body().contains("root:"));
    }

    @Test
    void unknownKeysAnswerSuccessAndChangeNothing() throws Exception {
        SimulatedPhone p = lab.phone(5);
        execute(p, "Init:Applications");
        Screen before = p.screen();
        String body = execute(p, "Key:Info").body();
        assertTrue(body.contains("Status=\"0\" Data=\"Success\" URL=\"Key:Info\""), body);
        assertEquals(before, p.screen());
        assertTrue(execute(p, "SoftKey:Exit").body().contains("Status=\"1\" Data=\"Invalid URI\""));
    }

    @Test
    void screenshotsHaveTheModelsFormatAndSizeAndFollowTheMenu() throws Exception {
        for (SimulatedPhone p : lab.phones()) {
            ModelProfile m = p.profile();
            execute(p, "Init:Settings");
            HttpResponse<byte[]> idle = LabFixtures.screenshot(p);
            String type = idle.headers().firstValue("Content-Type").orElse("");
            assertEquals(m.imageFormat().contentType(), type, p.toString());
            assertTrue(m.imageFormat().matches(idle.body()), p + " sent other bytes than " + m.imageFormat());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(idle.body()));
            assertEquals(m.screenWidth(), img.getWidth(), p.toString());
            assertEquals(m.screenHeight(), img.getHeight(), p.toString());
            execute(p, m.family().is79xx() ? "Key:Settings" : "Key:Applications");
            assertFalse(java.util.Arrays.equals(idle.body(), LabFixtures.screenshot(p).body()),
                    p + ": the picture did not change with the menu");
            execute(p, "Init:Settings");
            assertArrayEquals(idle.body(), LabFixtures.screenshot(p).body(), "same screen, same picture");
        }
    }

    @Test
    void informationPagesDescribeThePhone() throws Exception {
        SimulatedPhone p = lab.phone(1);
        String info = LabFixtures.text(p, "/DeviceInformationX");
        assertEquals(p.mac(), between(info, "MACAddress"));
        assertEquals("SEP" + p.mac(), between(info, "HostName"));
        assertEquals("CP-7965G", between(info, "modelNumber"));
        assertEquals(p.phoneNumber(), between(info, "phoneDN"));
        execute(p, "Init:Settings");
        execute(p, "Key:Settings");
        String mode = new String(LabFixtures.getAuthorized(p, "/CGI/ModeInfo").body(), StandardCharsets.UTF_8);
        assertEquals("Settings", between(mode, "PlaneTitle"));
        assertTrue(mode.contains("<FieldName>Security Configuration</FieldName>"), mode);
        assertTrue(LabFixtures.text(p, "/").contains("<html>"));
    }

    @Test
    void conditionsRefuseDropFailAndSlowDown() throws Exception {
        try (PhoneLab faulty = LabFixtures.lab()
                .add(1, "8841", PhoneConditions.NORMAL.withWebAccess(false))
                .add(1, "8841", PhoneConditions.NORMAL.withDropRate(1))
                .add(1, "8841", PhoneConditions.NORMAL.withErrorRate(1))
                .add(1, "8841", PhoneConditions.NORMAL.withResponseDelay(Duration.ofMillis(300)))
                .add(1, "8841", PhoneConditions.NORMAL.withAuthFailing(true))
                .start()) {
            assertThrows(ConnectException.class, () -> LabFixtures.get(faulty.phone(0), "/", null));
            assertThrows(IOException.class, () -> LabFixtures.get(faulty.phone(1), "/", null));
            assertEquals(500, LabFixtures.get(faulty.phone(2), "/", null).statusCode());
            long t0 = System.nanoTime();
            assertEquals(200, LabFixtures.get(faulty.phone(3), "/", null).statusCode());
            assertTrue(System.nanoTime() - t0 >= 300_000_000L, "answered before the delay");
            assertTrue(execute(faulty.phone(4), "Key:Applications").body().contains("Number=\"4\""));
            // web access turned on at run time binds the server
            faulty.phone(0).setConditions(PhoneConditions.NORMAL);
            assertEquals(200, LabFixtures.get(faulty.phone(0), "/", null).statusCode());
        }
    }

    @Test
    void keysFasterThanTheLatencyAreDroppedOverHttp() throws Exception {
        try (PhoneLab slowUi = LabFixtures.lab()
                .add(1, "7965", PhoneConditions.NORMAL.withUiLatency(Duration.ofMillis(400))).start()) {
            SimulatedPhone p = slowUi.phone(0);
            execute(p, "Key:Settings");
            execute(p, "Key:KeyPad4");
            assertEquals("Settings", p.screen().title());
            assertEquals(1, p.droppedKeys());
            Thread.sleep(450);
            execute(p, "Key:KeyPad4");
            assertEquals("Security Configuration", p.screen().title());
        }
    }

    @Test
    void inventoryListsEveryPhone() {
        String csv = lab.inventoryCsv();
        List<String> lines = csv.lines().toList();
        assertEquals("address,model,name,mac", lines.get(0));
        assertEquals(MODELS.size() + 1, lines.size());
        assertTrue(lines.get(2).startsWith(lab.phone(1).hostAndPort() + ",CP-7965G,SEP"), lines.get(2));
    }

    @Test
    void phonesCanShare127001OnDistinctPorts() throws Exception {
        try (PhoneLab shared = LabFixtures.lab().sharedAddress().add(3, "7841").start()) {
            assertFalse(shared.loopbackAliases());
            java.util.Set<Integer> ports = new java.util.HashSet<>();
            for (SimulatedPhone p : shared.phones()) {
                assertEquals("127.0.0.1", p.address().getAddress().getHostAddress());
                ports.add(p.address().getPort());
                assertEquals(p.mac(), between(LabFixtures.text(p, "/DeviceInformationX"), "MACAddress"));
            }
            assertEquals(3, ports.size());
        }
    }

    @Test
    void aRebootRequestedThroughTheApiComesBackWithTheItlAndWebAccessOffRefuses() throws Exception {
        try (PhoneLab one = LabFixtures.lab().add(1, "8811").start()) {
            SimulatedPhone p = one.phone(0);
            p.reboot();
            assertTrue(p.rebooting());
            assertTrue(p.listening(), "a restarting phone keeps its port open (and answers nothing)");
            assertTrue(p.awaitReady(Duration.ofSeconds(5)));
            assertEquals(200, LabFixtures.get(p, "/", null).statusCode());
            assertTrue(p.hasItl(), "a plain restart keeps the ITL");
            p.setConditions(p.conditions().withWebAccess(false));
            assertThrows(ConnectException.class, () -> LabFixtures.get(p, "/", null));
        }
    }

    private static String between(String xml, String element) {
        int a = xml.indexOf("<" + element + ">");
        int b = xml.indexOf("</" + element + ">");
        if (a < 0 || b < 0) {
            throw new AssertionError("no " + element + " in " + xml);
        }
        return xml.substring(a + element.length() + 2, b);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout, String message)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(message);
            }
            Thread.sleep(10);
        }
    }
}
