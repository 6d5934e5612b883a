package org.voicebench.phone.sim;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The lab stand-in for Cisco JTAPI as VoiceBench's CTI adapter sees it: its jar (found through the code source of
 * the test class path's copy) in a class loader of its own whose parent is the platform class loader, every call by
 * reflection on the JTAPI interface names, observers as proxies.
 */
final class StandInJtapi implements AutoCloseable {

    /** One event as an observer got it: its JTAPI interface name and the thread that delivered it. */
    record Event(String type, Thread thread) {
    }

    /** The events one observer received, in order. */
    static final class Events {
        private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();

        /** Waits (bounded) for an event of that type, skipping others; the event, or null after the timeout. */
        Event await(String type, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            for (long left = timeout.toNanos(); left > 0; left = end - System.nanoTime()) {
                Event e = queue.poll(left, TimeUnit.NANOSECONDS);
                if (e != null && e.type().equals(type)) {
                    return e;
                }
            }
            return null;
        }
    }

    private final URLClassLoader loader;

    private StandInJtapi(URLClassLoader loader) {
        this.loader = loader;
    }

    static StandInJtapi load() throws ClassNotFoundException {
        URL jar = Class.forName("javax.telephony.JtapiPeerFactory").getProtectionDomain().getCodeSource().getLocation();
        return new StandInJtapi(new URLClassLoader("jtapi-lab", new URL[] {jar}, ClassLoader.getPlatformClassLoader()));
    }

    Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(name, true, loader);
    }

    /** {@code JtapiPeerFactory.getJtapiPeer(null).getProvider(providerString)}. */
    Object provider(String providerString) throws Throwable {
        Object peer = invoke(type("javax.telephony.JtapiPeerFactory").getMethod("getJtapiPeer", String.class), null,
                (Object) null);
        return call(peer, "javax.telephony.JtapiPeer", "getProvider", providerString);
    }

    /** Calls a method of a JTAPI interface; what it throws is thrown as is. */
    Object call(Object target, String interfaceName, String method, Object... args) throws Throwable {
        for (Method m : type(interfaceName).getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length
                    && (args.length == 0 || args[0] == null || m.getParameterTypes()[0].isInstance(args[0]))) {
                return invoke(m, target, args);
            }
        }
        throw new NoSuchMethodException(interfaceName + "." + method);
    }

    /** Adds a {@code ProviderObserver} proxy to the provider. */
    Events observeProvider(Object provider) throws Throwable {
        return observe(provider, "javax.telephony.Provider", "javax.telephony.ProviderObserver");
    }

    /** Adds a {@code CiscoTerminalObserver} proxy to the terminal. */
    Events observeTerminal(Object terminal) throws Throwable {
        return observe(terminal, "javax.telephony.Terminal", "com.cisco.jtapi.extensions.CiscoTerminalObserver");
    }

    int intConstant(String className, String field) throws ReflectiveOperationException {
        return type(className).getField(field).getInt(null);
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private Events observe(Object target, String targetInterface, String observerInterface) throws Throwable {
        Events events = new Events();
        Class<?> observer = type(observerInterface);
        Object proxy = Proxy.newProxyInstance(loader, new Class<?>[] {observer}, (self, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "observer proxy";
                };
            }
            for (Object e : (Object[]) args[0]) {
                events.queue.add(new Event(eventType(e.getClass()), Thread.currentThread()));
            }
            return null;
        });
        call(target, targetInterface, "addObserver", proxy);
        return events;
    }

    /** The JTAPI event interface an event implements ({@code ProvInServiceEv}, {@code CiscoTermInServiceEv}, ...). */
    private static String eventType(Class<?> c) {
        for (Class<?> i : c.getInterfaces()) {
            if (i.getSimpleName().endsWith("Ev")) {
                return i.getSimpleName();
            }
        }
        return c.getSimpleName();
    }

    private static Object invoke(Method m, Object target, Object... args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
