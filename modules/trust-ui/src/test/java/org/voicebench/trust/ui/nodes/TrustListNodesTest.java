package org.voicebench.trust.ui.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.nodes.Node;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.ui.ByteRange;
import org.voicebench.trust.ui.Fixtures;
import org.voicebench.trust.ui.InspectedFile;

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
}
