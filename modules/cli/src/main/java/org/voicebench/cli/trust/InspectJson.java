package org.voicebench.cli.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.json.TrustListJson;

/**
 * {@code inspect --json}: {@link TrustListJson#inspect} per file (the contract shared with the
 * app's Export JSON), plus {@code verifiedAgainst} when {@code --trust} was given.
 */
final class InspectJson {

    private InspectJson() {
    }

    /** One object when one file was named, an array when several were (whatever number could be read). */
    static JsonNode of(List<Inspection> inspections, boolean severalNamed) {
        if (!severalNamed) {
            return object(inspections.get(0));
        }
        ArrayNode a = TrustListJson.array();
        inspections.forEach(i -> a.add(object(i)));
        return a;
    }

    static ObjectNode object(Inspection i) {
        ObjectNode o = TrustListJson.inspect(i.file(), i.list(), i.signature());
        if (i.trusted() != null) {
            TrustedList t = i.trusted();
            ObjectNode v = o.putObject("verifiedAgainst");
            v.put("file", t.file());
            v.put("type", t.list().type().name());
            v.put("sha1", t.list().hashes().sha1());
            signature(v.putObject("signature"), t.ownSignature());
        }
        return o;
    }

    /** Same keys as the file's own {@code signature} object. */
    private static void signature(ObjectNode n, SignatureResult s) {
        n.put("status", s.status().name());
        n.put("signerRecord", s.signerRecord());
        n.put("detail", s.detail());
    }
}
