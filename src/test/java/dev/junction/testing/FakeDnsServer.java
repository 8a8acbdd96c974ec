package dev.junction.testing;

import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An authoritative-looking DNS server on loopback UDP for tests: answers from the records it is
 * given, NXDOMAIN for names it has none for, SERVFAIL for names told to fail.
 */
public final class FakeDnsServer implements AutoCloseable {

    private final DatagramSocket socket;
    private final Map<Name, List<Record>> records = new ConcurrentHashMap<>();
    private final Set<Name> failing = ConcurrentHashMap.newKeySet();

    public FakeDnsServer() throws IOException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::serve);
    }

    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    public FakeDnsServer mx(String domain, int preference, String host) {
        return add(new MXRecord(name(domain), DClass.IN, 60, preference, name(host)));
    }

    public FakeDnsServer a(String host, String ip) throws IOException {
        return add(new ARecord(name(host), DClass.IN, 60, InetAddress.getByName(ip)));
    }

    public FakeDnsServer aaaa(String host, String ip) throws IOException {
        return add(new AAAARecord(name(host), DClass.IN, 60, InetAddress.getByName(ip)));
    }

    /** A name that exists but has no records of the asked type (e.g. only a TXT). */
    public FakeDnsServer exists(String name) {
        records.computeIfAbsent(name(name), n -> new CopyOnWriteArrayList<>());
        return this;
    }

    public FakeDnsServer fail(String name) {
        failing.add(name(name));
        return this;
    }

    private FakeDnsServer add(Record r) {
        records.computeIfAbsent(r.getName(), n -> new CopyOnWriteArrayList<>()).add(r);
        return this;
    }

    private static Name name(String s) {
        return Name.fromConstantString(s.endsWith(".") ? s : s + ".");
    }

    private void serve() {
        byte[] buf = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                socket.receive(p);
                Message query = new Message(java.util.Arrays.copyOf(p.getData(), p.getLength()));
                byte[] answer = answer(query).toWire(512);
                socket.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
            } catch (IOException e) {
                if (socket.isClosed()) return;
            }
        }
    }

    private Message answer(Message query) {
        Message m = new Message(query.getHeader().getID());
        m.getHeader().setFlag(Flags.QR);
        m.getHeader().setFlag(Flags.AA);
        Record q = query.getQuestion();
        m.addRecord(q, Section.QUESTION);
        List<Record> known = records.get(q.getName());
        if (failing.contains(q.getName())) {
            m.getHeader().setRcode(Rcode.SERVFAIL);
        } else if (known == null) {
            m.getHeader().setRcode(Rcode.NXDOMAIN);
        } else {
            known.stream().filter(r -> r.getType() == q.getType()).forEach(r -> m.addRecord(r, Section.ANSWER));
        }
        return m;
    }

    @Override
    public void close() {
        socket.close();
    }
}
