package dev.junction.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;

/** Identity and storage location of this node. */
public final class NodeSettings {

    public static final Setting<String> HOSTNAME = Setting.of("node.hostname", SettingKind.STRING, "",
            "Host name this node announces in SMTP greetings and Received headers; empty means the system's name.");
    public static final Setting<Path> DATA_DIR = Setting.of("node.data_dir", SettingKind.PATH, "data",
            "Directory for the embedded database, message blobs, TLS material and the admin token.");

    public static final List<Setting<?>> ALL = List.of(HOSTNAME, DATA_DIR);

    private NodeSettings() {
    }

    /** The configured host name, or the system's canonical name, or "localhost". */
    public static String hostname(Config config) {
        String name = config.get(HOSTNAME).strip();
        if (!name.isEmpty()) return name;
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
