package org.voicebench.remote.ui;

import java.awt.Component;
import java.lang.reflect.InvocationTargetException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import org.openide.nodes.Node;

/**
 * Shows a read-only node property as plain table text. The outline's own renderer draws read-only properties
 * greyed out with a property-editor "..." button, which makes a list of phones read like a form, not a table.
 */
final class PlainPropertyRenderer extends DefaultTableCellRenderer {

    private static final Logger LOG = Logger.getLogger(PlainPropertyRenderer.class.getName());

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int column) {
        Object shown = value;
        if (value instanceof Node.Property<?> p) {
            try {
                shown = p.getValue();
            } catch (IllegalAccessException | InvocationTargetException e) {
                LOG.log(Level.FINE, "property " + p.getName() + " could not be read", e);
                shown = "";
            }
            setToolTipText(p.getShortDescription());
        }
        return super.getTableCellRendererComponent(table, shown == null ? "" : shown, selected, focused, row, column);
    }
}
