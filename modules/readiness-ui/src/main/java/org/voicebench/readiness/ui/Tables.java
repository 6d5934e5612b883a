package org.voicebench.readiness.ui;

import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.certcheck.NextItl;
import org.voicebench.certcheck.Verdict;
import org.voicebench.readiness.CampaignPhone;
import org.voicebench.readiness.CampaignState;
import org.voicebench.readiness.Outcome;
import org.voicebench.readiness.PhoneAccess;
import org.voicebench.readiness.PhoneReadiness;
import org.voicebench.ui.RowsTableModel;
import org.voicebench.ui.RowsTableModel.Column;

/** The window's three tables: the phones' readiness, the cluster's ITLs after the change, the campaign. Swing thread. */
@Messages({
    "COL_Outcome=Outcome", "COL_Phone=Phone", "COL_Address=Address", "COL_Model=Model", "COL_Registered=Registered",
    "COL_Web=Web access", "COL_Settings=Settings access", "COL_AuthUrl=Auth URL", "COL_ItlToday=ITL today",
    "COL_After=After the change", "COL_Fix=How it could be fixed", "COL_Reason=Reason",
    "COL_Node=Node", "COL_SignerBefore=Signed by today", "COL_SignerAfter=Signed by after",
    "COL_Changed=Records that change", "COL_Device=Device", "COL_Changes=Changes", "COL_State=State",
    "COL_Note=Note", "VALUE_Yes=yes", "VALUE_No=no", "VALUE_Unknown=?", "VALUE_None=none",
    "FIX_OK=fine by itself", "FIX_RECOVERABLE_VIA_TVS=by itself, through TVS", "FIX_RESTART=by a restart",
    "FIX_ERASE_WEB=by an erase over the web", "FIX_ERASE_CTI=by an erase over CTI",
    "FIX_ERASE_AT_PHONE=by an erase at the phone", "FIX_FACTORY_RESET_ONLY=by a factory reset only"
})
final class Tables {

    private Tables() {
    }

    /** Each phone's readiness, in the order given (the report's: blocking first). */
    static final class PhonesModel extends RowsTableModel<PhoneReadiness> {
        PhonesModel() {
            super(List.of(
                    Column.of(Bundle.COL_Outcome(), Outcome.class, PhoneReadiness::outcome),
                    Column.text(Bundle.COL_Phone(), PhoneReadiness::name),
                    Column.text(Bundle.COL_Address(), p -> p.today().address()),
                    Column.text(Bundle.COL_Model(), PhoneReadiness::model),
                    Column.text(Bundle.COL_Registered(), p -> yesNo(p.access().registered())),
                    Column.text(Bundle.COL_Web(), p -> level(p.access().webAccess())),
                    Column.text(Bundle.COL_Settings(), p -> level(p.access().settingsAccess())),
                    Column.of(Bundle.COL_AuthUrl(), PhoneAccess.Scheme.class, p -> p.access().authenticationScheme()),
                    Column.text(Bundle.COL_ItlToday(), p -> p.today().state().name()),
                    Column.of(Bundle.COL_After(), Verdict.class, p -> p.after().verdict()),
                    Column.text(Bundle.COL_Fix(), p -> fix(p.outcome())),
                    Column.text(Bundle.COL_Reason(), PhoneReadiness::reason)));
        }
    }

    /** What the change does to each node's ITL. */
    static final class NextItlsModel extends RowsTableModel<NextItl> {
        NextItlsModel() {
            super(List.of(
                    Column.text(Bundle.COL_Node(), NextItl::node),
                    Column.text(Bundle.COL_SignerBefore(), NextItl::signerBefore),
                    Column.text(Bundle.COL_SignerAfter(), NextItl::signerAfter),
                    Column.text(Bundle.COL_Changed(), Tables::changed)));
        }
    }

    /** Each phone of a prepare or restore: what changes, where it got to, why. */
    static final class CampaignModel extends RowsTableModel<CampaignPhone> {
        CampaignModel() {
            super(List.of(
                    Column.text(Bundle.COL_Device(), CampaignPhone::device),
                    Column.text(Bundle.COL_Address(), CampaignPhone::address),
                    Column.text(Bundle.COL_Changes(), p -> String.join("; ", p.changes())),
                    Column.of(Bundle.COL_State(), CampaignState.class, CampaignPhone::state),
                    Column.text(Bundle.COL_Note(), CampaignPhone::note)));
        }

        /** Replaces the phone's row (by device), or adds it. */
        void update(CampaignPhone phone) {
            int i = indexOf(p -> p.device().equals(phone.device()));
            if (i < 0) {
                add(phone);
            } else {
                set(i, phone);
            }
        }
    }

    /** "by an erase over the web". */
    static String fix(Outcome o) {
        return switch (o) {
            case OK -> Bundle.FIX_OK();
            case RECOVERABLE_VIA_TVS -> Bundle.FIX_RECOVERABLE_VIA_TVS();
            case RESTART -> Bundle.FIX_RESTART();
            case ERASE_WEB -> Bundle.FIX_ERASE_WEB();
            case ERASE_CTI -> Bundle.FIX_ERASE_CTI();
            case ERASE_AT_PHONE -> Bundle.FIX_ERASE_AT_PHONE();
            case FACTORY_RESET_ONLY -> Bundle.FIX_FACTORY_RESET_ONLY();
        };
    }

    private static String changed(NextItl n) {
        if (n.changed().isEmpty()) {
            return Bundle.VALUE_None();
        }
        StringBuilder b = new StringBuilder();
        n.changed().forEach(r -> b.append(b.length() == 0 ? "" : "; ").append(r.index()).append(' ').append(r.function())
                .append(' ').append(r.role()));
        return b.toString();
    }

    private static String yesNo(Boolean b) {
        return b == null ? Bundle.VALUE_Unknown() : b ? Bundle.VALUE_Yes() : Bundle.VALUE_No();
    }

    private static String level(Enum<?> level) {
        return level == null ? Bundle.VALUE_Unknown() : level.name();
    }
}
