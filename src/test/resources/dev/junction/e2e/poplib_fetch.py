# Drives a Junction POP3 port with Python's poplib: STLS, USER/PASS, LIST, UIDL, RETR, DELE, QUIT.
# Prints one line per step for the Java test to assert on. Usage: poplib_fetch.py <port> <user> <password>
import poplib
import ssl
import sys

port, user, password = int(sys.argv[1]), sys.argv[2], sys.argv[3]
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE

pop = poplib.POP3("127.0.0.1", port, timeout=20)
print("capa", " ".join(sorted(pop.capa().keys())))
pop.stls(context=ctx)
pop.user(user)
pop.pass_(password)
count, size = pop.stat()
print("stat", count)
print("list", len(pop.list()[1]))
print("uidl", " ".join(line.decode().split(" ")[1] for line in pop.uidl()[1]))
for n in range(1, count + 1):
    lines = pop.retr(n)[1]
    subject = next(l.decode() for l in lines if l.startswith(b"Subject:"))
    print("retr", n, subject, "dot-line" if b".dot first" in lines else "no-dot-line")
print("top", len(pop.top(1, 0)[1]) > 0)
pop.dele(1)
print("quit", pop.quit().decode())
