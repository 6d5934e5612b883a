package org.voicebench.audit.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import javax.swing.Icon;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.report.StateColors;

/** A state cell: its name after a square in the state's colour (the chart's and the HTML report's). */
final class StateCellRenderer extends DefaultTableCellRenderer {

    private static final long serialVersionUID = 1L;

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
            int row, int column) {
        super.getTableCellRendererComponent(table, value, selected, focus, row, column);
        setIcon(value instanceof AuditState s ? new Swatch(new Color(StateColors.rgb(s))) : null);
        return this;
    }

    private record Swatch(Color colour) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            g.setColor(colour);
            g.fillRect(x, y + 1, getIconWidth(), getIconHeight() - 2);
        }

        @Override
        public int getIconWidth() {
            return 10;
        }

        @Override
        public int getIconHeight() {
            return 12;
        }
    }
}
