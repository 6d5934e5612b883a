/**
 * The phone lab: simulated Cisco IP phones on loopback that answer the way real ones are known to
 * answer (field-evidence.md wins over phone-interface.md): each family's own paths, ModeInfo behind
 * credentials, the trust-list state on the HTML Network setup page only, menus whose positions move
 * with model and firmware.
 *
 * <p>Public face: {@link org.voicebench.phone.sim.PhoneLab} (start N phones of given models and
 * conditions, stop them all), {@link org.voicebench.phone.sim.SimulatedPhone} (address, name, MAC,
 * screen, ITL/CTL, conditions, reboot), {@link org.voicebench.phone.sim.PhoneConditions} and its text
 * form {@link org.voicebench.phone.sim.FaultSpec}, and {@link org.voicebench.phone.sim.Screen}. The CUCM
 * side: {@link org.voicebench.phone.sim.SimulatedCluster} (nodes presenting their certificates on TLS
 * ports and serving ITL/CTL over HTTP and TFTP; {@link org.voicebench.phone.sim.ClusterScenario}s
 * switch what changed since the phones got their ITL) and its {@link org.voicebench.phone.sim.ClusterNode}s;
 * its {@link org.voicebench.phone.sim.ApplicationUsers} and lab CTI service
 * {@link org.voicebench.phone.sim.SimulatedCti}, which the lab stand-in for Cisco JTAPI (module jtapi-lab)
 * reaches: data sent to a phone over its "registration" acts as Execute would, whatever its web access.
 *
 * <p>Inside: each phone is a JDK {@code HttpServer} bound to its own 127.x.y.z (unbound while web
 * access is off, so connections are refused as on a real phone; a restarting phone keeps accepting
 * connections and answers nothing, and drops them when it is back); all phones share one bounded worker
 * pool and one timer pool. The model facts (screen, format, keys, aliases, {@code **#}, Bluetooth) come
 * from phone-core's {@code ModelProfiles}; the menu trees per family ({@code MenuTrees}) follow the field
 * evidence, and their positions move with Bluetooth and the firmware the simulator gives a model
 * ({@code MenuFirmware}), so that only clients finding items by label get through. Execute
 * objects are parsed with DTDs refused. Screenshots are drawn with Java2D and cached per screen.
 * The cluster's TLS ports swap their TLS context on a change (no rebinding); its HTTP and TFTP
 * servers read the cluster's current files on each request (per-phone {@code ITLSEP<MAC>.tlv} only where
 * one was set, "not found" otherwise); the TFTP server is a small read-only one built on Commons Net's
 * packet classes. A restarting phone asks its node for its trust lists in the captured order
 * ({@code TrustListBoot}) and installs the ITL as a phone would ({@code ItlUpdateRule}). No Swing.
 */
package org.voicebench.phone.sim;
