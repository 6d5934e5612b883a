/**
 * Backgrounds and ring tones for a fleet of Cisco IP phones, from one image and one sound. No Swing.
 *
 * <ul>
 *   <li>Images: {@link org.voicebench.personalize.SourceImages#read} one PNG/JPEG, then
 *       {@link org.voicebench.personalize.Backgrounds#render} each model's full image and thumbnail at the
 *       size and depth of its profile ({@code background} in phone-core's model profiles), with a
 *       {@link org.voicebench.personalize.Fit}; the {@link org.voicebench.personalize.ModelBackground} is
 *       also the preview (quantised as the phone shows it, 4 grey levels on the 7941/61).</li>
 *   <li>Ring tones: {@link org.voicebench.personalize.RingTones#convert} any audio javax.sound reads to
 *       the narrowband {@code .raw} and wideband {@code .rwb} forms, within the phones' limits.</li>
 *   <li>The TFTP way: {@link org.voicebench.personalize.TftpExport} writes {@code Desktops/<W>x<H>x<depth>/List.xml},
 *       {@code Ringlist.xml} and {@code Ringlist-wb.xml} with the files.</li>
 *   <li>The push: {@link org.voicebench.personalize.PersonalizationPush} serves the files from a
 *       {@link org.voicebench.personalize.FileServer} and sends {@code setBackground}/{@code setRingTone}
 *       through phone-core's {@code Phone.execute(PhoneObject)}; each phone ends with a
 *       {@link org.voicebench.personalize.PushOutcome}, the run in a {@link org.voicebench.personalize.PushReport}; with
 *       {@code over(KeyRoutes)} the same objects go over CTI where the phone's keys would (no answer: the downloads
 *       decide).</li>
 * </ul>
 */
package org.voicebench.personalize;
