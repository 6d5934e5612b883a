package org.voicebench.remote.ui.api;

import java.util.List;
import javax.swing.JComponent;

/**
 * Adds components to every remote view's toolbar. Register with {@code @ServiceProvider}; each new view
 * asks every registered extension once, on the Swing thread.
 */
public interface RemoteViewExtension {

    List<? extends JComponent> toolbarItems(RemoteView view);
}
