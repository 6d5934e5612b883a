package org.voicebench.remote.ui.api;

import java.util.List;
import javax.swing.Action;

/**
 * Adds actions on the selection to the Phones window (toolbar and node menus). Register with
 * {@code @ServiceProvider}; each Phones panel asks every registered extension once, on the Swing thread.
 */
public interface PhonesWindowExtension {

    List<? extends Action> actions(PhonesContext context);
}
