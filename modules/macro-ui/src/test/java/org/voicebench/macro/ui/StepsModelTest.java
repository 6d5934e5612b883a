package org.voicebench.macro.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.voicebench.macro.ScreenPart;
import org.voicebench.macro.Step;
import org.voicebench.phone.model.ModelProfiles;

class StepsModelTest {

    private final List<String> problems = new ArrayList<>();
    private final StepsModel model = new StepsModel(problems::add);

    @Test
    void aCellTakesAnyStepInItsPipeFormAndRefusesInvalidOnesWithTheReason() {
        model.setRows(List.of(new Step.Key("Applications"), new Step.Key("NavDwn")));
        model.setValueAt("Expect:title=^Applications$", 1, 1);
        model.setValueAt("Pause:1500", 0, 1);
        assertEquals(List.of(new Step.Pause(1500), new Step.ExpectScreen(ScreenPart.TITLE, "^Applications$")), model.rows());
        model.setValueAt("Pause:soon", 0, 1);
        model.setValueAt("Key:A|Key:B", 1, 1);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("row 1") && problems.get(0).contains("soon"), problems.get(0));
        assertTrue(problems.get(1).contains("one step"), problems.get(1));
        assertEquals(List.of(new Step.Pause(1500), new Step.ExpectScreen(ScreenPart.TITLE, "^Applications$")), model.rows(),
                "invalid text leaves the step as it was");
    }

    @Test
    void eachStepSaysHowItIsKnownAndProfileStepsTheirEvidence() {
        model.setRows(List.of(new Step.Key("Applications"), new Step.Open(List.of("Admin settings")),
                new Step.ExpectScreen(ScreenPart.TITLE, "x"), new Step.ItlErase(Step.ItlErase.Part.CONFIRM)));
        assertEquals("How it is known", model.getColumnName(2));
        assertEquals("as recorded", model.getValueAt(0, 2));
        assertTrue(String.valueOf(model.getValueAt(1, 2)).contains("found by its label"));
        assertTrue(String.valueOf(model.getValueAt(2, 2)).startsWith("guard"));
        assertEquals("the phone model's profile keys (evidence per model)", model.getValueAt(3, 2));
        model.setProfile(ModelProfiles.builtIn().forModel("7841"));
        assertEquals("the 7841 profile's keys (assumed)", model.getValueAt(3, 2), "an assumed fact says so");
        model.setProfile(ModelProfiles.builtIn().forModel("8845"));
        assertEquals("the 8845 profile's keys (field-tested)", model.getValueAt(3, 2));
        assertFalse(model.isCellEditable(0, 2), "the evidence is not edited here");
    }

    @Test
    void rowsMoveInsertAndDelete() {
        model.setRows(List.of(new Step.Key("A1"), new Step.Key("B2"), new Step.Key("C3")));
        assertTrue(model.move(2, -1));
        assertFalse(model.move(0, -1), "the first row cannot move up");
        model.insert(1, new Step.Screenshot("x"));
        model.remove(0);
        assertEquals(List.of(new Step.Screenshot("x"), new Step.Key("C3"), new Step.Key("B2")), model.rows());
        assertEquals("2", model.getValueAt(1, 0));
        assertEquals("Key:C3", model.getValueAt(1, 1));
    }

    @Test
    void aGuardFromATitleMatchesThatTitleLiterally() {
        String title = "Admin settings (1.2) [x]";
        assertTrue(Pattern.compile("^" + MacroEditorPanel.literal(title) + "$").matcher(title).find());
        assertFalse(Pattern.compile("^" + MacroEditorPanel.literal(title) + "$").matcher("Admin settings (112) [x]").find());
    }
}
