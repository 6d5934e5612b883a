package org.voicebench.macro.ui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.macro.MacroFormatException;
import org.voicebench.macro.PipeText;
import org.voicebench.macro.Step;
import org.voicebench.phone.model.ModelProfile;

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
final class StepsModel extends AbstractTableModel {

    /** Told when a typed step is not valid (the cell keeps the old step). */
    interface Problems {
        void invalid(String message);
    }

    private final List<Step> steps = new ArrayList<>();
    private final Problems problems;
    /** The recorded phone's model profile, whose evidence the profile steps show; null when unknown. */
    private ModelProfile profile;

    StepsModel(Problems problems) {
        this.problems = problems;
    }

    /** The model whose profile facts the steps use (the recorded phone's), or null. */
    void setProfile(ModelProfile value) {
        profile = value;
        fireTableDataChanged();
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    void setSteps(List<Step> value) {
        steps.clear();
        steps.addAll(value);
        fireTableDataChanged();
    }

    Step step(int row) {
        return steps.get(row);
    }

    void insert(int row, Step s) {
        steps.add(row, s);
        fireTableRowsInserted(row, row);
    }

    void remove(int row) {
        steps.remove(row);
        fireTableRowsDeleted(row, row);
    }

    /** Swaps a row with the one {@code by} rows away (-1 up, +1 down); false at an end. */
    boolean move(int row, int by) {
        int other = row + by;
        if (row < 0 || other < 0 || other >= steps.size() || row >= steps.size()) {
            return false;
        }
        steps.set(row, steps.set(other, steps.get(row)));
        fireTableRowsUpdated(Math.min(row, other), Math.max(row, other));
        return true;
    }

    @Override
    public int getRowCount() {
        return steps.size();
    }

    @Override
    public int getColumnCount() {
        return 3;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case 0 -> Bundle.COL_Number();
            case 1 -> Bundle.COL_Step();
            default -> Bundle.COL_Known();
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        return switch (column) {
            case 0 -> Integer.toString(row + 1);
            case 1 -> steps.get(row).describe();
            default -> known(steps.get(row));
        };
    }

    private String known(Step s) {
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
        return column == 1 && !(steps.get(row) instanceof Step.ItlErase);
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        String text = value == null ? "" : value.toString().strip();
        if (text.equals(steps.get(row).describe())) {
            return;
        }
        if (text.indexOf('|') >= 0) {
            problems.invalid(Bundle.ERR_OneStep(text));
            return;
        }
        try {
            steps.set(row, PipeText.read(text, "step", Bundle.SOURCE_Step(row + 1)).steps().get(0));
            fireTableRowsUpdated(row, row);
        } catch (MacroFormatException e) {
            problems.invalid(e.getMessage());
        }
    }
}
