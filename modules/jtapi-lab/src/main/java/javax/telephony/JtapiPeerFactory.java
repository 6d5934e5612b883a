package javax.telephony;

/** Finds a JTAPI peer by class name; null or "" gives the default peer (JTAPI 1.4 name and shape). */
public class JtapiPeerFactory {

    /** The lab's peer: this jar reaches only a VoiceBench simulated cluster. */
    private static final String DEFAULT_PEER = "org.voicebench.jtapilab.LabPeer";

    private JtapiPeerFactory() {
    }

    public static JtapiPeer getJtapiPeer(String name) {
        String className = name == null || name.isEmpty() ? DEFAULT_PEER : name;
        try {
            Class<?> c = Class.forName(className, true, JtapiPeerFactory.class.getClassLoader());
            return (JtapiPeer) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new JtapiPeerUnavailableException("no JTAPI peer " + className + ": " + e);
        }
    }
}
