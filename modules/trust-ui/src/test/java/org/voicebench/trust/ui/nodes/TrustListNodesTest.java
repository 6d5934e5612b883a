package org.voicebench.trust.ui.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javax.swing.Action;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import org.openide.nodes.Node;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.ui.ByteRange;
import org.voicebench.trust.ui.Fixtures;
import org.voicebench.trust.InspectedFile;

class TrustListNodesTest {

    @TempDir
    Path dir;

    private static Map<String, Object> properties(Node n) throws Exception {
        Map<String, Object> out = new HashMap<>();
        for (Node.PropertySet set : n.getPropertySets()) {
            for (Node.Property<?> p : set.getProperties()) {
                out.put(p.getName(), p.getValue());
            }
        }
        return out;
    }

    @Test
    void rootHoldsHeaderThenOneNodePerRecord() throws Exception {
        InspectedFile f = Fixtures.inspected(dir, "ITLFile.tlv", Fixtures.itlBytes());
        Node root = TrustListNodes.root(f);
        Node[] top = root.getChildren().getNodes(true);
        assertEquals(1 + f.list().records().size(), top.length);
        assertInstanceOf(HeaderNode.class, top[0]);
        assertEquals(f.list().header().elements().size(), top[0].getChildren().getNodesCount(true));
        Node signerId = null;
        for (Node n : top[0].getChildren().getNodes(true)) {
            if (n.getLookup().lookup(TlvElement.class).name().equals("SIGNER_ID")) {
                signerId = n;
            }
        }
        assertNotNull(signerId, "SIGNER_ID is a header element");
        assertEquals(3, signerId.getChildren().getNodesCount(true), "containers list their nested elements");
        for (int i = 1; i < top.length; i++) {
            TrustRecord r = f.list().records().get(i - 1);
            assertSame(r, top[i].getLookup().lookup(TrustRecord.class));
            assertEquals(ByteRange.of(r), top[i].getLookup().lookup(ByteRange.class));
            assertEquals(r.elements().size(), top[i].getChildren().getNodesCount(true));
        }
    }

    @Test
    void recordNodesCarryTheColumnsAndCertificateDetails() throws Exception {
        InspectedFile f = Fixtures.inspected(dir, "ITLFile.tlv", Fixtures.itlBytes());
        Node record = TrustListNodes.root(f).getChildren().getNodes(true)[1];
        TrustRecord r = Fixtures.record(f.list(), 1);
        CertificateInfo c = r.certificate();
        Map<String, Object> p = properties(record);
        assertEquals("SAST", p.get(Columns.FUNCTION));
        assertEquals(r.subjectName(), p.get(Columns.SUBJECT));
        assertEquals(r.serialHex(), p.get(Columns.SERIAL));
        assertEquals(c.notAfter().toString().substring(0, 10), p.get(Columns.EXPIRY));
        assertEquals(c.sha1(), p.get("sha1"));
        assertEquals(c.sha256(), p.get("sha256"));
        assertEquals("RSA 2048 bits", p.get("key"));
        assertEquals(c.issuer(), p.get("certIssuer"));
        assertEquals("no", p.get("expired"));
        assertSame(c, record.getLookup().lookup(CertificateInfo.class));
    }

    @Test
    void signerRecordIsMarked() {
        InspectedFile f = Fixtures.inspected(dir, "ITLFile.tlv", Fixtures.itlBytes());
        Node[] top = TrustListNodes.root(f).getChildren().getNodes(true);
        assertEquals(1, f.signerRecord(), "the lab ITL is signed by ITLRecovery, record 1");
        RecordNode signer = (RecordNode) top[1];
        assertTrue(signer.marks().signer());
        assertTrue(signer.getHtmlDisplayName().contains("signer"), signer.getHtmlDisplayName());
        RecordNode other = (RecordNode) top[2];
        assertFalse(other.marks().signer());
        assertFalse(other.getHtmlDisplayName().contains("signer"), other.getHtmlDisplayName());
    }

    @Test
    void expiredCertificatesAreMarked() throws Exception {
        LabCluster old = Fixtures.expiredCluster();
        byte[] bytes = old.itl(old.publisher(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, Fixtures.TIMESTAMP);
        InspectedFile f = Fixtures.inspected(dir, "old.tlv", bytes);
        RecordNode capf = null;
        for (Node n : TrustListNodes.root(f).getChildren().getNodes(true)) {
            if (n instanceof RecordNode r && "CAPF".equals(r.record().functionLabel())) {
                capf = r;
            }
        }
        assertNotNull(capf);
        assertTrue(capf.marks().expired(), "a 5-year certificate from 2010 has expired");
        assertTrue(capf.getHtmlDisplayName().contains("expired"), capf.getHtmlDisplayName());
        assertEquals("yes", properties(capf).get("expired"));
        assertTrue(((String) properties(capf).get(Columns.EXPIRY)).endsWith("(expired)"));
    }

    @Test
    void signedFileShowsItsPayload() throws Exception {
        InspectedFile f = Fixtures.inspected(dir, "SEP.cnf.xml.sgn", Fixtures.sgnBytes());
        Node[] top = TrustListNodes.root(f).getChildren().getNodes(true);
        assertEquals(2, top.length);
        assertInstanceOf(PayloadNode.class, top[1]);
        TrustList list = f.list();
        assertEquals(new ByteRange(list.payloadOffset(), list.size() - list.payloadOffset()),
                top[1].getLookup().lookup(ByteRange.class));
        assertEquals("<device/>\n", properties(top[1]).get("preview"));
    }

    @Test
    void everyByteOfTheFileFindsTheInnermostElementHoldingIt() {
        InspectedFile f = Fixtures.inspected(dir, "ITLFile.tlv", Fixtures.itlBytes());
        TrustList list = f.list();
        Node root = TrustListNodes.root(f);
        for (int offset = 0; offset < list.size(); offset++) {
            Node n = NodeLocator.find(root, list, offset);
            assertNotNull(n, "offset " + offset);
            TlvElement expected = list.elementAt(offset);
            if (expected != null) {
                assertSame(expected, n.getLookup().lookup(TlvElement.class), "offset " + offset);
            }
            ByteRange r = n.getLookup().lookup(ByteRange.class);
            assertTrue(r.contains(offset), "node " + n.getDisplayName() + " " + r + " holds offset " + offset);
        }
        assertNull(NodeLocator.find(root, list, list.size()));
        assertNull(NodeLocator.find(root, list, -1));
    }

    @Test
    void aByteInsideANestedHeaderElementSelectsThatElement() {
        InspectedFile f = Fixtures.inspected(dir, "ITLFile.tlv", Fixtures.itlBytes());
        TrustList list = f.list();
        TlvElement signerName = list.header().elements().stream().filter(e -> e.name().equals("SIGNER_ID")).findFirst()
                .orElseThrow().children().get(0);
        Node n = NodeLocator.find(TrustListNodes.root(f), list, signerName.valueOffset() + 2);
        assertEquals("SIGNER_NAME", n.getLookup().lookup(TlvElement.class).name());
        assertEquals("SIGNER_ID", n.getParentNode().getLookup().lookup(TlvElement.class).name());
    }

    /** {@code n} and every node below it. */
    private static List<Node> tree(Node n) {
        List<Node> out = new ArrayList<>();
        out.add(n);
        for (Node child : n.getChildren().getNodes(true)) {
            out.addAll(tree(child));
        }
        return out;
    }

    @Test
    void everyPropertyIsReadOnlyWithoutCustomEditorButton() {
        InspectedFile itl = Fixtures.inspected(dir, "ITLFile.tlv", Fixtures.itlBytes());
        InspectedFile sgn = Fixtures.inspected(dir, "SEP.cnf.xml.sgn", Fixtures.sgnBytes());
        int checked = 0;
        for (InspectedFile f : List.of(itl, sgn)) {
            for (Node n : tree(TrustListNodes.root(f))) {
                for (Node.PropertySet set : n.getPropertySets()) {
                    for (Node.Property<?> p : set.getProperties()) {
                        assertFalse(p.canWrite(), n.getDisplayName() + " / " + p.getName());
                        assertEquals(Boolean.TRUE, p.getValue("suppressCustomEditor"), n.getDisplayName() + " / " + p.getName());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100, "properties checked: " + checked);
    }

    @Test
    void recordCopyMenuPutsSubjectSerialAndSha1FirstThenEveryValue() {
        InspectedFile f = Fixtures.inspected(dir, "ITLFile.tlv", Fixtures.itlBytes());
        RecordNode record = (RecordNode) TrustListNodes.root(f).getChildren().getNodes(true)[1];
        TrustRecord r = Fixtures.record(f.list(), 1);
        CertificateInfo c = r.certificate();
        assertTrue(Arrays.stream(record.getActions(true)).anyMatch(CopyValues.class::isInstance),
                "the record's context menu has Copy");
        List<CopyValues.Entry> entries = record.copyValues().entries();
        assertEquals(new CopyValues.Entry("Subject, Serial and SHA-1",
                "Subject: " + r.subjectName() + "\nSerial: " + r.serialHex() + "\nSHA-1 fingerprint: " + c.sha1()), entries.get(0));
        assertTrue(entries.contains(new CopyValues.Entry("Serial", r.serialHex())), entries.toString());
        assertTrue(entries.contains(new CopyValues.Entry("Serial (Certificate)", c.serialHex())), entries.toString());
        assertTrue(entries.contains(new CopyValues.Entry("SHA-1 fingerprint (Certificate)", c.sha1())), entries.toString());
        assertTrue(entries.contains(new CopyValues.Entry("SHA-256 fingerprint (Certificate)", c.sha256())), entries.toString());
        assertTrue(entries.stream().noneMatch(e -> e.text().isEmpty()), "empty values are not offered: " + entries);
    }

    @Test
    void elementCopyMenuOffersItsDecodedValue() {
        InspectedFile f = Fixtures.inspected(dir, "ITLFile.tlv", Fixtures.itlBytes());
        Node record = TrustListNodes.root(f).getChildren().getNodes(true)[2];
        ElementNode subject = null;
        for (Node n : record.getChildren().getNodes(true)) {
            if (n instanceof ElementNode e && e.element().name().equals("SUBJECT_NAME")) {
                subject = e;
            }
        }
        assertNotNull(subject);
        CopyValues copy = (CopyValues) Arrays.stream(subject.getActions(true)).filter(CopyValues.class::isInstance)
                .findFirst().orElseThrow();
        assertTrue(copy.entries().contains(new CopyValues.Entry("Value", Fixtures.record(f.list(), 2).subjectName())),
                copy.entries().toString());
    }

    @Test
    void choosingACopyItemPutsItsTextOnTheClipboard() throws Exception {
        Clipboard clipboard = new Clipboard("test");
        CopyValues copy = new CopyValues(List.of(
                List.of(new CopyValues.Entry("Subject, Serial and SHA-1", "Subject: CN=a\nSerial: 01")),
                List.of(new CopyValues.Entry("Serial", "01"), new CopyValues.Entry("SHA-1 fingerprint", "AB:CD"))),
                () -> clipboard);
        JMenu menu = (JMenu) copy.getPopupPresenter();
        assertEquals("Copy", menu.getText());
        assertEquals(4, menu.getMenuComponentCount(), "three items and a separator between the groups");
        JMenuItem sha1 = menu.getItem(3);
        assertEquals("SHA-1 fingerprint", sha1.getText());
        sha1.doClick();
        assertEquals("AB:CD", clipboard.getData(DataFlavor.stringFlavor));
        menu.getItem(0).doClick();
        assertEquals("Subject: CN=a\nSerial: 01", clipboard.getData(DataFlavor.stringFlavor));
    }
}
