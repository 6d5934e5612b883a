package org.voicebench.trust.ui.nodes;

import org.openide.nodes.PropertySupport;

/** A read-only property with a fixed value: the inspector shows, it never edits. */
final class TextProperty<T> extends PropertySupport.ReadOnly<T> {

    private final T value;

    TextProperty(String name, Class<T> type, String displayName, T value) {
        super(name, type, displayName, displayName);
        this.value = value;
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
