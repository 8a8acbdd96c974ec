# Drives a Junction submission port with Python's smtplib; prints one line per outcome for the
# Java test to assert on. Usage: smtplib_send.py <submission port>
import smtplib
import ssl
import sys
from email.message import EmailMessage
from email import policy

port = int(sys.argv[1])
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE


def message(to, subject, body, pol=policy.SMTP):
    m = EmailMessage(policy=pol)
    m["From"] = "alice@example.test"
    m["To"] = ", ".join(to)
    m["Subject"] = subject
    m.set_content(body)
    return m


with smtplib.SMTP("127.0.0.1", port) as s:
    s.starttls(context=ctx)
    s.login("alice@example.test", "alice-pass")

    to = ["bob@example.test", "team@example.test", "staff@example.test"]
    refused = s.send_message(message(to, "to many", "one copy each\n"))
    print("many refused=%d" % len(refused))

    # SMTPUTF8: smtplib adds the SMTPUTF8 parameter itself for a non-ASCII address.
    to = ["jürgen@example.test"]
    refused = s.send_message(message(to, "Grüße", "für Jürgen\n", policy.SMTPUTF8), to_addrs=to)
    print("utf8 refused=%d" % len(refused))

    refused = s.send_message(message(["bob@example.test", "nobody@example.test"], "partly", "x\n"))
    for address, (code, text) in refused.items():
        print("partly %s %d %s" % (address, code, text.decode()))

    try:
        s.send_message(message(["nobody@example.test"], "nobody", "x\n"))
        print("unknown accepted")
    except smtplib.SMTPRecipientsRefused as e:
        for address, (code, text) in e.recipients.items():
            print("unknown %s %d %s" % (address, code, text.decode()))
print("done")
