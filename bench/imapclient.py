"""A minimal asyncio IMAP client for the load scripts (bench/imap-load, bench/imap-idle): tagged
commands, replies read whole (literals included, so message text never passes for a reply line),
the mailbox size followed from untagged EXISTS/EXPUNGE; and the synthetic messages they store.
It parses only what a load generator needs, so that the client stays cheap next to the server."""
import asyncio
import random
import re

LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")
SIZE_CHANGE = re.compile(rb"^\* (\d+) (EXISTS|EXPUNGE)\r$", re.M)
WORDS = ("mail server queue delivery message header body mailbox folder meeting report invoice project "
         "update review release build test schedule budget customer support ticket backup network storage "
         "the of and to in is for on with as by at from this that be are").split()
SUBJECT_WORDS = WORDS[:26]  # the content words; SEARCH looks for these


class ImapError(Exception):
    pass


class ImapConn:
    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer
        self.exists = 0
        self.tag = 0

    @classmethod
    async def open(cls, host, port, timeout=60):
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port, limit=1 << 20), timeout)
        conn = cls(reader, writer)
        greeting = await asyncio.wait_for(conn.reply_line(), timeout)
        if not greeting.startswith(b"* OK"):
            writer.close()
            raise ImapError(f"greeting: {greeting[:80]!r}")
        return conn

    async def reply_line(self):
        """One response line, with any literals it carries."""
        line = await self.reader.readuntil(b"\r\n")
        while (m := LITERAL.search(line)) is not None:
            line += await self.reader.readexactly(int(m.group(1)))
            line += await self.reader.readuntil(b"\r\n")
        return line

    async def command(self, text, literal=None):
        """Sends `tag text` (with a synchronising literal after it, if given) and reads up to the
        tagged reply. Returns (status, data): status OK, NO or BAD; data every line read."""
        self.tag += 1
        tag = b"t%d" % self.tag
        if literal is None:
            self.writer.write(tag + b" " + text + b"\r\n")
        else:
            self.writer.write(tag + b" " + text + b" {%d}\r\n" % len(literal))
            await self.writer.drain()
            while not (line := await self.reply_line()).startswith(b"+"):
                if line.startswith(tag + b" "):  # refused before the literal
                    return self._done(line.split(b" ", 2)[1].decode(), line)
            self.writer.write(literal + b"\r\n")
        await self.writer.drain()
        data = []
        while True:
            line = await self.reply_line()
            data.append(line)
            if line.startswith(tag + b" "):
                return self._done(line.split(b" ", 2)[1].decode(), b"".join(data))

    def _done(self, status, data):
        # the client's view of the mailbox size, so that sequence numbers stay valid
        for m in SIZE_CHANGE.finditer(data):
            self.exists = int(m.group(1)) if m.group(2) == b"EXISTS" else self.exists - 1
        return status, data

    async def login(self, user, password):
        status, data = await self.command(b"LOGIN %s %s" % (user.encode(), password.encode()))
        if status != "OK":
            raise ImapError(f"LOGIN {user}: {data[-120:]!r}")

    async def select(self, mailbox=b"INBOX"):
        self.exists = 0
        status, data = await self.command(b"SELECT " + mailbox)
        if status != "OK":
            raise ImapError(f"SELECT: {data[-120:]!r}")

    async def idle(self):
        """Enters IDLE: returns once the server's continuation came; then read with reply_line."""
        self.tag += 1
        self.writer.write(b"t%d IDLE\r\n" % self.tag)
        await self.writer.drain()
        while not (line := await self.reply_line()).startswith(b"+"):
            if line.startswith(b"t%d " % self.tag):
                raise ImapError(f"IDLE: {line[:120]!r}")

    def close(self):
        self.writer.close()


def message(i, size=4096, seed=1, to="test1@bench.test"):
    """Message i of a reproducible set: headers a client would show (From, Subject, Date,
    Message-ID) and a plain-text body of about `size` bytes of words, CRLF line ends."""
    r = random.Random(seed * 1_000_003 + i)
    subject = " ".join(r.choice(SUBJECT_WORDS) for _ in range(3)).capitalize() + f" {i}"
    head = (f"From: Sender {i % 97} <user{i % 97}@example{i % 7}.test>\r\n"
            f"To: <{to}>\r\n"
            f"Subject: {subject}\r\n"
            f"Date: Mon, {1 + i % 28:02d} Jan 2024 10:{i % 60:02d}:{(i * 7) % 60:02d} +0000\r\n"
            f"Message-ID: <{i}.{seed}@example.test>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n")
    lines, line, n = [], [], len(head)
    while n < size:
        w = r.choice(WORDS)
        line.append(w)
        n += len(w) + 1
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
            n += 1
    lines.append(" ".join(line))
    return (head + "\r\n".join(lines) + "\r\n").encode()
