package org.voicebench.phone.cti;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * The user's Cisco JTAPI jar in a class loader of its own (it is not a Java module and two of its classes sit in
 * the root package), with the few classes VoiceBench calls reflectively: nothing of Cisco's is compiled in.
 */
final class JtapiJar implements AutoCloseable {

    /** Classes every Cisco JTAPI jar holds; a file without them is not one. */
    static final String PEER_FACTORY = "javax.telephony.JtapiPeerFactory";
    static final String CISCO_TERMINAL = "com.cisco.jtapi.extensions.CiscoTerminal";

    final Path path;
    final String version;
    final Class<?> peerFactory;
    final Class<?> peerType;
    final Class<?> providerType;
    final Class<?> providerObserver;
    final Class<?> terminalObserver;
    final Class<?> ciscoTerminal;
    final Class<?> provInService;
    final Class<?> provShutdown;
    final Class<?> termInService;
    final Class<?> termOutOfService;
    final Class<?> invalidArgument;
    final Class<?> invalidState;
    final int providerInServiceState;
    final int terminalInServiceState;
    private final URLClassLoader loader;

    private JtapiJar(Path path, URLClassLoader loader, String version) throws ReflectiveOperationException {
        this.path = path;
        this.loader = loader;
        this.version = version;
        peerFactory = type(PEER_FACTORY);
        peerType = type("javax.telephony.JtapiPeer");
        providerType = type("javax.telephony.Provider");
        providerObserver = type("javax.telephony.ProviderObserver");
        terminalObserver = type("com.cisco.jtapi.extensions.CiscoTerminalObserver");
        ciscoTerminal = type(CISCO_TERMINAL);
        provInService = type("javax.telephony.events.ProvInServiceEv");
        provShutdown = type("javax.telephony.events.ProvShutdownEv");
        termInService = type("com.cisco.jtapi.extensions.CiscoTermInServiceEv");
        termOutOfService = type("com.cisco.jtapi.extensions.CiscoTermOutOfServiceEv");
        invalidArgument = type("javax.telephony.InvalidArgumentException");
        invalidState = type("javax.telephony.InvalidStateException");
        providerInServiceState = providerType.getField("IN_SERVICE").getInt(null);
        terminalInServiceState = ciscoTerminal.getField("IN_SERVICE").getInt(null);
    }

    /** Loads the jar; a missing file or one without Cisco's JTAPI classes is named as such. */
    static JtapiJar load(Path jar) throws CtiException {
        if (!Files.isRegularFile(jar)) {
            throw new CtiException(CtiFailure.JAR_MISSING, "no Cisco JTAPI jar at " + jar + ": download it from your"
                    + " CUCM (Cisco Unified CM Administration > Application > Plugins > Cisco JTAPI) and point VoiceBench at"
                    + " its jtapi.jar; VoiceBench never ships it");
        }
        String version = manifestVersion(jar);
        URLClassLoader loader;
        try {
            // the platform loader as parent: javax.telephony must come from the jar, not from anything of ours
            loader = new URLClassLoader("cisco-jtapi", new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        } catch (MalformedURLException e) {
            throw new CtiException(CtiFailure.JAR_MISSING, "the JTAPI jar path " + jar + " cannot be used: " + e.getMessage(), e);
        }
        try {
            return new JtapiJar(jar, loader, version);
        } catch (ReflectiveOperationException | LinkageError e) {
            close(loader);
            throw new CtiException(CtiFailure.JAR_INCOMPATIBLE, jar + " is not a Cisco JTAPI jar VoiceBench can use (JTAPI "
                    + version + "): " + e + ". Use the jtapi.jar of your own CUCM (Application > Plugins)", e);
        }
    }

    /** The jar's version from its manifest, or "of unknown version". */
    private static String manifestVersion(Path jar) {
        try (JarFile f = new JarFile(jar.toFile())) {
            Attributes a = f.getManifest() == null ? null : f.getManifest().getMainAttributes();
            if (a != null) {
                for (String key : new String[] {"Implementation-Version", "Specification-Version", "Version"}) {
                    String v = a.getValue(key);
                    if (v != null && !v.isBlank()) {
                        return v.strip();
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            return "of unknown version (" + e.getMessage() + ")";
        }
        return "of unknown version";
    }

    private Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(name, true, loader);
    }

    /** {@code javax.telephony.TerminalObserver}: the parameter type of {@code Terminal.addObserver}. */
    Class<?> terminalObserverBase() throws JtapiCallException {
        try {
            return Class.forName("javax.telephony.TerminalObserver", false, loader);
        } catch (ClassNotFoundException e) {
            throw new JtapiCallException("TerminalObserver", e);
        }
    }

    ClassLoader loader() {
        return loader;
    }

    /**
     * Calls a public method by name and parameter types; the method's own exception comes out as the cause of a
     * {@link JtapiCallException}, so callers can tell JTAPI's refusals from a broken jar.
     */
    static Object call(Object target, Class<?> owner, String method, Class<?>[] types, Object... args) throws JtapiCallException {
        try {
            Method m = owner.getMethod(method, types);
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new JtapiCallException(method, e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new JtapiCallException(method, e);
        }
    }

    @Override
    public void close() {
        close(loader);
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(JtapiJar.class.getName()).log(java.util.logging.Level.FINE, "closing the JTAPI loader", e);
        }
    }

    /** A reflective call to JTAPI that failed; {@link #getCause()} is what JTAPI threw. */
    static final class JtapiCallException extends Exception {
        JtapiCallException(String method, Throwable cause) {
            super(method + ": " + cause, cause);
        }
    }
}
