/**
 * Per-model facts as data: {@link org.voicebench.phone.model.ModelProfiles} loads the JSON profiles
 * shipped with this module and the user's corrections; the client and the simulator both read them.
 */
package org.voicebench.phone.model;
