package dev.junction.smtp;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address block written {@code 10.0.0.0/8}, {@code 2001:db8::/32} or a single address. */
record CidrBlock(byte[] network, int prefix) {

    /** @throws IllegalArgumentException when the text is not an IP literal with an optional prefix */
    static CidrBlock parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        String host = slash < 0 ? s : s.substring(0, slash);
        // Only literals: InetAddress.getByName would otherwise resolve a host name.
        if (host.isEmpty() || !host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            throw new IllegalArgumentException("'" + text + "' is not an address block (e.g. 10.0.0.0/8)");
        }
        byte[] addr;
        try {
            addr = InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an address block (e.g. 10.0.0.0/8)");
        }
        int bits = addr.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) throw new IllegalArgumentException("'" + text + "' has a bad prefix length");
        }
        return new CidrBlock(addr, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != network.length) return false;
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) return false;
        }
        int rest = prefix % 8;
        if (rest == 0) return true;
        int mask = 0xff << (8 - rest) & 0xff;
        return (a[full] & mask) == (network[full] & mask);
    }
}
