/**
 * Per-model facts as data: {@link org.voicebench.phone.model.ModelProfiles} loads the JSON profiles
 * shipped with this module and the user's corrections; the client and the simulator both read them.
 * Each fact carries an {@link org.voicebench.phone.model.EvidenceLevel}, because most were never
 * confirmed on a real phone of every model, and a user deciding on one must be told so.
 */
package org.voicebench.phone.model;
