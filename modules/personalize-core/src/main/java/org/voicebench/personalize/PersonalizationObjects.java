package org.voicebench.personalize;

import org.voicebench.phone.PhoneObject;

/**
 * The two objects as documented (usecallmanager.nz, VoIPainter): {@code <setBackground><background><image>URL
 * </image><icon>URL</icon></background></setBackground>} ({@code icon} is the thumbnail) and
 * {@code <setRingTone><ringTone>URL</ringTone></setRingTone>}. Not Execute URIs: nobody has shown a
 * {@code Device:}-style URI for these, so none is invented.
 */
final class PersonalizationObjects {

    private PersonalizationObjects() {
    }

    static PhoneObject background(String imageUrl, String iconUrl) {
        return PhoneObject.of("<setBackground><background><image>" + ListFiles.escape(imageUrl) + "</image><icon>"
                + ListFiles.escape(iconUrl) + "</icon></background></setBackground>");
    }

    static PhoneObject ringTone(String url) {
        return PhoneObject.of("<setRingTone><ringTone>" + ListFiles.escape(url) + "</ringTone></setRingTone>");
    }
}
