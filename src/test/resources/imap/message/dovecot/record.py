#!/usr/bin/env python3
"""Records what Dovecot answers for each test message, as expectations for the Java tests.

Run by hand (needs Debian's dovecot-imapd; not part of the build):
  python3 record.py   # writes <message>.dovecot next to this script
Each output line is "<item> <value>" with CR LF and LF inside literals written as \\r\\n and \\n.
"""
import os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MESSAGES = os.path.dirname(HERE)
ITEMS = ["ENVELOPE", "BODY", "BODYSTRUCTURE"]
SECTIONS = {  # extra FETCH items per message
    "nested-rfc822.eml": ["BODY.PEEK[2.HEADER]", "BODY.PEEK[2.1]", "BODY.PEEK[2.MIME]", "BODY.PEEK[2.TEXT]",
                          "BODY.PEEK[2.2.MIME]", "BODY.PEEK[1]", "BODY.PEEK[HEADER.FIELDS (From Subject)]",
                          "BODY.PEEK[2.HEADER.FIELDS.NOT (To Date Message-ID MIME-Version)]", "BODY.PEEK[3]"],
    "plain-ascii.eml": ["BODY.PEEK[1]", "BODY.PEEK[1.MIME]", "BODY.PEEK[TEXT]<10.20>",
                        "BODY.PEEK[HEADER.FIELDS (Subject Received)]", "BODY.PEEK[2]"],
    "mixed-attachment.eml": ["BINARY.PEEK[2]", "BINARY.SIZE[2]", "BODY.PEEK[2]<0.10>", "BINARY.PEEK[2]<4.6>",
                             "BODY.PEEK[3.MIME]"],
    "alternative.eml": ["BINARY.PEEK[1]", "BINARY.SIZE[1]", "BINARY.SIZE[2]"],
    "missing-end-boundary.eml": ["BODY.PEEK[2.1]", "BODY.PEEK[3]"],
    "digest.eml": ["BODY.PEEK[2.1]", "BODY.PEEK[2.1.HEADER]", "BODY.PEEK[2.2.TEXT]", "BODY.PEEK[2.1.MIME]"],
    "related-inline-image.eml": ["BINARY.SIZE[2]", "BINARY.PEEK[1]", "BODY.PEEK[2.MIME]"],
}

def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

def main():
    names = sorted(n for n in os.listdir(MESSAGES) if n.endswith(".eml"))
    root = tempfile.mkdtemp(prefix="dovecot-record-")
    home = os.path.join(root, "home")
    for d in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(home, "Maildir", d))
    for i, name in enumerate(names, 1):
        with open(os.path.join(MESSAGES, name), "rb") as f:
            data = crlf(f.read())
        with open(os.path.join(home, "Maildir", "cur", "%d.test:2,S" % (1000 + i)), "wb") as f:
            f.write(data)
    conf = os.path.join(root, "dovecot.conf")
    with open(conf, "w") as f:
        f.write("mail_location = maildir:%s/Maildir\nlog_path = %s/log\nssl = no\nprotocols = imap\n"
                "mail_uid = nobody\nmail_gid = nogroup\nfirst_valid_uid = 0\nfirst_valid_gid = 0\n" % (home, root))
    subprocess.run(["chown", "-R", "nobody:nogroup", root], check=True)
    results = {}
    for i, name in enumerate(names, 1):
        for item in ITEMS + SECTIONS.get(name, []):
            script = ("a SELECT INBOX\r\nb FETCH %d (%s)\r\nz LOGOUT\r\n" % (i, item)).encode()
            out = subprocess.run(["/usr/lib/dovecot/imap", "-c", conf], input=script, capture_output=True,
                                 env={"USER": "nobody", "HOME": home}).stdout
            m = re.search(rb"\* \d+ FETCH \((.*)\)\r\nb OK", out, re.S)
            value = m.group(1).decode("utf-8", "replace") if m else "NO-RESPONSE"
            results.setdefault(name, []).append(value.replace("\r\n", "\\r\\n").replace("\n", "\\n"))
    for name, values in results.items():
        with open(os.path.join(HERE, name.replace(".eml", ".dovecot")), "w") as f:
            f.write("\n".join(values) + "\n")
    shutil.rmtree(root)

if __name__ == "__main__":
    sys.exit(main())
