package org.voicebench.phone.model;

/**
 * Model families whose menus, keys and screens behave alike. The menu paths differ per family
 * (see the ITL-erase sequences in the profiles), so the family is what the simulator's menu
 * state machine and the macro player switch on.
 */
public enum PhoneFamily {
    /** 7941G, 7961G (and 7942/7962): 320x196 4-level grey BMP screenshots, 4 soft keys. */
    CP79X1("Cisco Unified IP Phone 7941/7961"),
    /** 7945G, 7965G: colour, BMP screenshots, 4 soft keys. */
    CP79X5("Cisco Unified IP Phone 7945/7965"),
    /** 7970G, 7975G: colour, BMP screenshots, 5 soft keys. */
    CP797X("Cisco Unified IP Phone 7970/7975"),
    /** 7821, 7841, 7861: 396x162 greyscale PNG screenshots. */
    CP78XX("Cisco IP Phone 7800 Series"),
    /** 8811, 8841, 8851, 8861: 800x480 PNG screenshots, Hold is FixedFeature3. */
    CP88XX("Cisco IP Phone 8800 Series"),
    /** 8845, 8865: video models of the 8800 series, with Bluetooth. */
    CP88X5("Cisco IP Phone 8845/8865");

    private final String label;

    PhoneFamily(String label) {
        this.label = label;
    }

    /** A human-readable name of the family. */
    public String label() {
        return label;
    }

    /** True for the 79xx families, whose security menus need the {@code **#} unlock and whose screenshots are BMP. */
    public boolean is79xx() {
        return this == CP79X1 || this == CP79X5 || this == CP797X;
    }
}
