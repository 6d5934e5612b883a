package org.voicebench.readiness;

import java.util.List;
import org.voicebench.certcheck.Verdict;

/**
 * What the comparer predicts for one phone after the change.
 *
 * @param verdict  OK, RECOVERABLE_VIA_TVS or PHONES_WILL_REJECT
 * @param held     the ITL the phone is taken to hold (its source), or "" when none is known
 * @param findings the comparer's finding codes of severity WARNING or CRITICAL, e.g. {@code ITL_SIGNER_UNTRUSTED}
 * @param reason   one sentence
 */
public record AfterChange(Verdict verdict, String held, List<String> findings, String reason) {

    public AfterChange {
        findings = List.copyOf(findings);
    }

    /** True when the phone will need its ITL erased. */
    public boolean rejects() {
        return verdict == Verdict.PHONES_WILL_REJECT;
    }
}
