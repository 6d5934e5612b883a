package org.voicebench.macro.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.openide.util.NbBundle.Messages;
import org.voicebench.macro.MacroFormatException;
import org.voicebench.macro.PipeText;
import org.voicebench.macro.Step;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.ui.RowsTableModel;

/**
 * The editor's steps as a table: number and step in its pipe form ({@code Key:NavDwn}, {@code Pause:1500},
 * {@code Expect:title=Settings}), the step cell editable in that form, and how each step is known: a step built on
 * a model profile's facts says their evidence level (assumed ones say so where the engineer decides). Swing thread.
 */
@Messages({"COL_Number=#", "COL_Step=Step", "COL_Known=How it is known",
    "KNOWN_Recorded=as recorded",
    "KNOWN_Open=found by its label on the screen; the new screen checked",
    "KNOWN_Guard=guard: the phone stops unless its screen matches",
    "# {0} - model", "# {1} - evidence level", "KNOWN_Profile=the {0} profile''s keys ({1})",
    "KNOWN_ProfileAnyModel=the phone model's profile keys (evidence per model)",
    "# {0} - text", "ERR_OneStep=\"{0}\" is more than one step: put one step in each row.",
    "# {0} - row", "SOURCE_Step=row {0}"})
final class StepsModel extends RowsTableModel<Step> {

    /** Told when a typed step is not valid (the cell keeps the old step). */
    interface Problems {
        void invalid(String message);
    }

    private final Problems problems;
    /** The recorded phone's model profile, whose evidence the profile steps show; empty when unknown. */
    private final AtomicReference<ModelProfile> profile;

    StepsModel(Problems problems) {
        this(problems, new AtomicReference<>());
    }

    private StepsModel(Problems problems, AtomicReference<ModelProfile> profile) {
        super(List.of(
                Column.number(Bundle.COL_Number()),
                Column.text(Bundle.COL_Step(), Step::describe),
                Column.text(Bundle.COL_Known(), s -> known(s, profile.get()))));
        this.problems = problems;
        this.profile = profile;
    }

    /** The model whose profile facts the steps use (the recorded phone's), or null. */
    void setProfile(ModelProfile value) {
        profile.set(value);
        fireTableDataChanged();
    }

    private static String known(Step s, ModelProfile profile) {
        if (s instanceof Step.Key || s instanceof Step.Uri) {
            return Bundle.KNOWN_Recorded();
        }
        if (s instanceof Step.Open) {
            return Bundle.KNOWN_Open();
        }
        if (s instanceof Step.ExpectScreen) {
            return Bundle.KNOWN_Guard();
        }
        if (s instanceof Step.ItlErase) {
            return profile == null ? Bundle.KNOWN_ProfileAnyModel()
                    : Bundle.KNOWN_Profile(profile.model(), profile.evidence("itlEraseSequence").jsonName());
        }
        return "";
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        // the model's ITL-erase part has no text form: it stays as loaded
        return column == 1 && !(row(row) instanceof Step.ItlErase);
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        String text = value == null ? "" : value.toString().strip();
        if (text.equals(row(row).describe())) {
            return;
        }
        if (text.indexOf('|') >= 0) {
            problems.invalid(Bundle.ERR_OneStep(text));
            return;
        }
        try {
            set(row, PipeText.read(text, "step", Bundle.SOURCE_Step(row + 1)).steps().get(0));
        } catch (MacroFormatException e) {
            problems.invalid(e.getMessage());
        }
    }
}
