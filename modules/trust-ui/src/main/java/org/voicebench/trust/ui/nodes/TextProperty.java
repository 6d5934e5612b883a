package org.voicebench.trust.ui.nodes;

import org.openide.nodes.PropertySupport;

/**
 * A read-only property with a fixed value: the inspector shows, it never edits. The "..."
 * custom-editor button is suppressed (it would only open the same text in a dialog); values are
 * copied with the node's Copy menu or Ctrl+C instead.
 */
final class TextProperty<T> extends PropertySupport.ReadOnly<T> {

    /** The property-sheet hint (also honoured by OutlineView cells) that hides the "..." button. */
    static final String SUPPRESS_CUSTOM_EDITOR = "suppressCustomEditor";

    private final T value;

    TextProperty(String name, Class<T> type, String displayName, T value) {
        super(name, type, displayName, displayName);
        this.value = value;
        setValue(SUPPRESS_CUSTOM_EDITOR, Boolean.TRUE);
    }

    static TextProperty<String> text(String name, String displayName, String value) {
        return new TextProperty<>(name, String.class, displayName, value);
    }

    static TextProperty<Integer> number(String name, String displayName, Integer value) {
        return new TextProperty<>(name, Integer.class, displayName, value);
    }

    @Override
    public T getValue() {
        return value;
    }
}
