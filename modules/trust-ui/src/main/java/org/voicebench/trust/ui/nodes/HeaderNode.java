package org.voicebench.trust.ui.nodes;

import org.openide.nodes.Sheet;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.Lookups;
import org.voicebench.trust.Header;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.ui.ByteRange;

/** The file header: its elements as children, its decoded fields as properties. */
@Messages({
    "LBL_Header=Header",
    "SET_Header=Header",
    "PROP_Version=Version",
    "PROP_HeaderLength=Header length",
    "PROP_SignerName=Signer name",
    "PROP_SignerSerial=Signer serial",
    "PROP_SignerIssuer=Signer issuer",
    "PROP_Digest=Digest",
    "PROP_SignatureAlgorithm=Signature algorithm",
    "PROP_SignatureBits=Signature bits",
    "PROP_FileName=File name",
    "PROP_Timestamp=Timestamp",
    "PROP_SignerVersion=Signer version"
})
public final class HeaderNode extends SheetNode {

    private final Header header;

    HeaderNode(TrustList list) {
        super(elementNodes(list, list.header().elements()),
                Lookups.fixed(list.header(), new ByteRange(0, Math.min(list.header().headerLength(), list.size()))),
                Bundle.SET_Header());
        this.header = list.header();
        setName("header");
        setDisplayName(Bundle.LBL_Header());
        setIconBaseWithExtension("org/voicebench/trust/ui/resources/header.png");
    }

    @Override
    void putProperties(Sheet.Set set) {
        putRange(set);
        set.put(TextProperty.text("version", Bundle.PROP_Version(), header.version()));
        set.put(TextProperty.number("headerLength", Bundle.PROP_HeaderLength(), header.headerLength()));
        set.put(TextProperty.text(Columns.SUBJECT, Bundle.PROP_SignerName(), header.signerName()));
        set.put(TextProperty.text(Columns.SERIAL, Bundle.PROP_SignerSerial(), header.signerSerialHex()));
        set.put(TextProperty.text("signerIssuer", Bundle.PROP_SignerIssuer(), header.signerIssuer()));
        set.put(TextProperty.text("digest", Bundle.PROP_Digest(), header.digest() != null ? header.digest().label()
                : header.digestCode() == null ? null : Integer.toString(header.digestCode())));
        set.put(TextProperty.text("signatureAlgorithm", Bundle.PROP_SignatureAlgorithm(), header.signatureAlgorithm()));
        set.put(TextProperty.number("signatureBits", Bundle.PROP_SignatureBits(), header.signatureBits()));
        set.put(TextProperty.text("fileName", Bundle.PROP_FileName(), header.fileName()));
        set.put(TextProperty.text("timestamp", Bundle.PROP_Timestamp(),
                header.timestamp() == null ? null : header.timestamp().toString()));
        set.put(TextProperty.text("signerVersion", Bundle.PROP_SignerVersion(), header.signerVersion()));
    }
}
