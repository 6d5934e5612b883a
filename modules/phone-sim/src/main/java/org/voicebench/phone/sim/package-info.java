/**
 * The phone lab: simulated Cisco IP phones on loopback that behave like real ones on their web
 * interface (see {@code phone-interface.md}).
 *
 * <p>Public face: {@link org.voicebench.phone.sim.PhoneLab} (start N phones of given models and
 * conditions, stop them all), {@link org.voicebench.phone.sim.SimulatedPhone} (address, name, MAC,
 * screen, ITL/CTL, conditions, reboot), {@link org.voicebench.phone.sim.PhoneConditions} and its text
 * form {@link org.voicebench.phone.sim.FaultSpec}, and {@link org.voicebench.phone.sim.Screen}. The CUCM
 * side: {@link org.voicebench.phone.sim.SimulatedCluster} (nodes presenting their certificates on TLS
 * ports and serving ITL/CTL over HTTP and TFTP; {@link org.voicebench.phone.sim.ClusterScenario}s
 * switch what changed since the phones got their ITL) and its {@link org.voicebench.phone.sim.ClusterNode}s.
 *
 * <p>Inside: each phone is a JDK {@code HttpServer} bound to its own 127.x.y.z (unbound while web
 * access is off or the phone restarts, so connections are refused as on a real phone); all phones
 * share one bounded worker pool and one timer pool. The model facts (screen, format, keys, aliases,
 * {@code **#}, Bluetooth) come from phone-core's {@code ModelProfiles}; the menu trees per family
 * ({@code MenuTrees}) are numbered so that the ITL-erase sequences in those profiles work. Execute
 * objects are parsed with DTDs refused. Screenshots are drawn with Java2D and cached per screen.
 * The cluster's TLS ports swap their TLS context on a change (no rebinding); its HTTP and TFTP
 * servers read the cluster's current files on each request; the TFTP server is a small read-only
 * one built on Commons Net's packet classes. No Swing.
 */
package org.voicebench.phone.sim;
