package org.voicebench.phone.model;

/**
 * Model families whose menus, keys and screens behave alike. The menu paths differ per family
 * (see the ITL-erase sequences in the profiles), so the family is what the simulator's menu
 * state machine and the macro player switch on.
 */
public enum PhoneFamily {
    /** 7941G, 7961G, 7942G, 7962G: 320x196 4-level grey BMP screenshots, 4 soft keys. */
    CP79X1("Cisco Unified IP Phone 7941/7942/7961/7962"),
    /** 7945G, 7965G: colour, BMP screenshots, 4 soft keys. */
    CP79X5("Cisco Unified IP Phone 7945/7965"),
    /** 7970G, 7975G: colour, BMP screenshots, 5 soft keys. */
    CP797X("Cisco Unified IP Phone 7970/7975"),
    /**
     * 7906G, 7911G: one-line 79xx phones without a Settings key; their Applications key opens a menu
     * that holds Settings, so every path starts one level higher.
     */
    CP7911("Cisco Unified IP Phone 7906/7911"),
    /** 7811, 7821, 7841, 7861, and the 7832 conference phone: greyscale PNG screenshots. */
    CP78XX("Cisco IP Phone 7800 Series"),
    /** 8811, 8841, 8851, 8851NR, 8861: 800x480 PNG screenshots, Hold is FixedFeature3. */
    CP88XX("Cisco IP Phone 8800 Series"),
    /** 8845, 8865 (with Bluetooth) and 8865NR: video models of the 8800 series. */
    CP88X5("Cisco IP Phone 8845/8865"),
    /**
     * 8831, 8832 conference phones: no line keys, their own firmware; nothing about them has been
     * shown, so every fact of theirs is assumed.
     */
    CP883X("Cisco IP Conference Phone 8831/8832"),
    /**
     * 6941, 6945, 6961: a Settings key with their own menus (Settings, 4, 5 reaches the erase); nobody
     * has shown a way to read their screen remotely.
     */
    CP69XX("Cisco Unified IP Phone 6900 Series");

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
        return this == CP79X1 || this == CP79X5 || this == CP797X || this == CP7911;
    }
}
