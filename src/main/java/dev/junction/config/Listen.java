package dev.junction.config;

/**
 * Where a listener binds: {@code host:port}, {@code [v6]:port}, or a bare port (all addresses).
 * The value {@code off} disables the listener; port 0 asks the system for a free port (tests).
 */
public record Listen(String host, int port, boolean enabled) {

    public static final Listen OFF = new Listen("", 0, false);

    static Listen parse(String text) {
        String s = text.strip();
        if (s.equalsIgnoreCase("off")) return OFF;
        String host = "0.0.0.0";
        String port = s;
        int colon = s.lastIndexOf(':');
        if (colon >= 0) {
            host = s.substring(0, colon);
            port = s.substring(colon + 1);
            if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
            if (host.isEmpty()) host = "0.0.0.0";
        }
        try {
            int p = Integer.parseInt(port);
            if (p < 0 || p > 65535) throw new NumberFormatException();
            return new Listen(host, p, true);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a listen address (host:port, port, or off)");
        }
    }

    @Override
    public String toString() {
        if (!enabled) return "off";
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
