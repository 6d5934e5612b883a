/**
 * Finding the phones of a CUCM cluster: {@link org.voicebench.phone.cucm.AxlClient} lists the
 * devices over AXL ({@code listPhone}, paged, in the schema version the server takes), restarts one
 * ({@code doDeviceReset}) and reads the Authentication URLs the phones are given;
 * {@link org.voicebench.phone.cucm.RisClient} asks the Real-Time Information service for their
 * registration, address and web server state ({@code selectCmDevice}, paged by name chunks until every
 * entry is seen, paced to RIS's rate, backing off when still rate-limited), and
 * {@link org.voicebench.phone.cucm.Discovery} joins both into phone inventory entries. Both share a
 * {@link org.voicebench.phone.cucm.CucmSession} (HTTPS, Basic authentication, the CUCM certificate
 * trusted only as the user chose: {@link org.voicebench.phone.cucm.CucmTrust}). Failures are
 * {@link org.voicebench.phone.cucm.CucmException}s naming the host. No Swing.
 */
package org.voicebench.phone.cucm;
