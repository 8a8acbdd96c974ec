# Drives a Junction IMAP port with Python's imaplib, as a script client would: STARTTLS, LOGIN, LIST,
# SELECT, FETCH, SEARCH (CHARSET UTF-8 with a literal), STORE, COPY, MOVE, EXPUNGE, APPEND, IDLE, STATUS,
# LOGOUT. The mailbox holds three messages when it starts: "Grüße aus Köln", "Zahlen" (with an
# attachment) and "third". Prints "idle-waiting" once IDLE is running, so that the Java side delivers
# a message, then one JSON object with what each step got, for the Java test to assert on.
# A step that fails records its error and the script goes on, so one missing command shows as such.
# Usage: imaplib_session.py <host> <port> <user> <password>
import hashlib
import imaplib
import json
import ssl
import sys
import time

host, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE  # the node's certificate is self-signed

out = {}


def text(value):
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (list, tuple)):
        return [text(v) for v in value]
    if isinstance(value, dict):
        return {k: text(v) for k, v in value.items()}
    return value


def step(name, action):
    try:
        out[name] = text(action())
    except Exception as e:  # recorded for the assertion message; the next steps still run
        out[name] = {"error": "%s: %s" % (type(e).__name__, e)}


def fetch_bodies():
    typ, data = imap.fetch("1:*", "(BODY.PEEK[])")
    bodies = [part[1] for part in data if isinstance(part, tuple)]
    return {"typ": typ, "sha256": [hashlib.sha256(b).hexdigest() for b in bodies]}


def search_utf8():
    imap.literal = "Grüße".encode("utf-8")  # sent as a synchronising literal after CHARSET UTF-8 SUBJECT
    return imap.search("UTF-8", "SUBJECT")


def move():
    typ, data = imap._simple_command("MOVE", "2", "Trash")
    return {"typ": typ, "data": data, "copyuid": imap.response("COPYUID")[1],
            "expunge": imap.response("EXPUNGE")[1]}


def expunge():
    imap.store("2", "+FLAGS", "(\\Deleted)")
    return imap.expunge()


def append():
    message = b"From: script@example.test\r\nSubject: appended by imaplib\r\n\r\nappended body\r\n"
    typ, data = imap.append("INBOX", "(\\Seen)", imaplib.Time2Internaldate(time.time()), message)
    return {"typ": typ, "data": data, "exists": imap.response("EXISTS")[1]}


def idle():
    tag = imap._new_tag()
    imap.send(tag + b" IDLE\r\n")
    first = imap.readline()
    print("idle-waiting", flush=True)
    seen = []
    while not any(line.endswith(b"EXISTS\r\n") for line in seen):
        seen.append(imap.readline())
    imap.send(b"DONE\r\n")
    while True:
        line = imap.readline()
        seen.append(line)
        if line.startswith(tag + b" "):
            break
    return {"continuation": first.strip(), "lines": [l.strip() for l in seen]}


imap = imaplib.IMAP4(host, port, timeout=20)
out["greeting"] = text(imap.welcome)
out["capabilities_before_tls"] = list(imap.capabilities)
step("starttls", lambda: imap.starttls(ssl_context=ctx))
out["capabilities_after_tls"] = list(imap.capabilities)
step("login", lambda: imap.login(user, password))
step("capability", lambda: imap.capability())
step("list", lambda: imap.list())
step("select", lambda: imap.select("INBOX"))
out["uidvalidity"] = text(imap.response("UIDVALIDITY")[1])
step("fetch", lambda: imap.fetch("1:*", "(UID FLAGS ENVELOPE BODYSTRUCTURE)"))
step("bodies", fetch_bodies)
step("flags_after_peek", lambda: imap.fetch("1:*", "(FLAGS)"))
step("search_utf8", search_utf8)
step("search_unseen", lambda: imap.search(None, "UNSEEN"))
step("search_or", lambda: imap.search(None, "OR", "SUBJECT", "third", "SUBJECT", "Zahlen"))
step("store_add", lambda: imap.store("1", "+FLAGS", "(\\Flagged \\Seen)"))
step("store_remove", lambda: imap.store("1", "-FLAGS", "(\\Seen)"))
step("copy", lambda: imap.copy("1", "Archive"))
step("move", move)
step("expunge", expunge)
step("append", append)
step("idle", idle)
step("uid_fetch", lambda: imap.uid("FETCH", "1:*", "(FLAGS)"))
step("status_trash", lambda: imap.status("Trash", "(MESSAGES UIDNEXT)"))
step("status_archive", lambda: imap.status("Archive", "(MESSAGES)"))
step("logout", lambda: imap.logout())
print(json.dumps(out, ensure_ascii=False))
