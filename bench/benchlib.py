"""Shared pieces of the bench/ scripts: the SMTP load, process CPU and memory from /proc,
free loopback ports, and the one-line summaries. Python 3 standard library only."""
import math
import os
import shutil
import smtplib
import socket
import statistics
import subprocess
import threading
import time

TICK = os.sysconf("SC_CLK_TCK")
SENDER = "bench@client.test"
HELO = "client.test"


def free_port():
    """A loopback port nobody listens on now (the server binds it a moment later)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stat(pid):
    with open(f"/proc/{pid}/stat") as f:
        s = f.read()
    fields = s[s.rindex(")") + 2:].split()  # the command name may hold spaces and ')'
    utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
    return int(fields[1]), utime + stime + cutime + cstime


def _tree(roots):
    procs = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                procs[int(d)] = _stat(d)
            except (OSError, ValueError, IndexError):
                pass  # exited while we looked
    children = {}
    for pid, (ppid, _) in procs.items():
        children.setdefault(ppid, []).append(pid)
    seen, todo = set(), [r for r in roots if r in procs]
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.add(p)
            todo.extend(children.get(p, []))
    return seen, procs


def cpu_seconds(*roots):
    """User + system CPU of the roots and all their descendants. Servers that fork workers
    (Postfix, Dovecot) reap them, so an exited worker counts through its parent's cutime."""
    pids, procs = _tree(roots)
    return sum(procs[p][1] for p in pids) / TICK


def peak_rss_mib(*roots):
    """Summed VmHWM (peak resident set) of the live processes in the roots' trees. For one JVM
    this is its peak RSS; for a process tree it overstates (shared pages count in each)."""
    pids, _ = _tree(roots)
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def memory_mib(*roots):
    """(RSS, PSS) now, in MiB, summed over the live processes in the roots' trees: VmRSS and
    smaps_rollup's Pss. For one JVM both are its own; for a process tree RSS overstates (shared
    pages count in each process) and PSS shares them out."""
    pids, _ = _tree(roots)
    rss = pss = 0
    for p in pids:
        for name, key in (("status", "VmRSS:"), ("smaps_rollup", "Pss:")):
            try:
                with open(f"/proc/{p}/{name}") as f:
                    for line in f:
                        if line.startswith(key):
                            n = int(line.split()[1])
                            rss, pss = (rss + n, pss) if key == "VmRSS:" else (rss, pss + n)
            except OSError:
                pass
    return rss / 1024, pss / 1024


def percentile(values, q):
    """The q-th percentile (0..100) of the values by nearest rank; None when there are none."""
    if not values:
        return None
    v = sorted(values)
    return v[min(len(v) - 1, max(0, math.ceil(q / 100 * len(v)) - 1))]


def jcmd(pid, *args, timeout=120):
    """Runs the JVM's own jcmd (beside its java) against it; returns the output, "" without one."""
    tool = os.path.join(os.path.dirname(os.readlink(f"/proc/{pid}/exe")), "jcmd")
    if not os.path.exists(tool):
        return ""
    return subprocess.run([tool, str(pid)] + list(args), capture_output=True, text=True, timeout=timeout).stdout


def _smtplib_pool(host, port, n, size, sessions, rcpt, timeout):
    """The fallback load without smtp-source: one new SMTP session per message, like it."""
    body = ("X" * 78 + "\r\n") * (size // 80) + "X" * (size % 80)
    msg = (f"From: <{SENDER}>\r\nTo: <{rcpt}>\r\nSubject: bench message\r\n\r\n{body}\r\n").encode()
    left = [n]
    lock = threading.Lock()
    failed = [0]

    def worker():
        while True:
            with lock:
                if left[0] == 0:
                    return
                left[0] -= 1
            try:
                with smtplib.SMTP(host, port, local_hostname=HELO, timeout=timeout) as s:
                    s.sendmail(SENDER, [rcpt], msg)
            except (OSError, smtplib.SMTPException):
                with lock:
                    failed[0] += 1

    threads = [threading.Thread(target=worker) for _ in range(sessions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failed[0]


def send(host, port, n, size, sessions, rcpt, timeout=300):
    """Sends n messages of about size bytes over `sessions` concurrent SMTP sessions, with the
    same smtp-source options as /work/shared/bench/smtp-ingest.sh. Returns (seconds, failures)."""
    t0 = time.time()
    if shutil.which("smtp-source"):
        r = subprocess.run(["timeout", "-k", "5", str(timeout), "smtp-source", "-4", "-l", str(size),
                            "-f", SENDER, "-M", HELO, "-S", "bench message", "-s", str(sessions),
                            "-m", str(n), "-t", rcpt, f"{host}:{port}"],
                           stdin=subprocess.DEVNULL)
        failed = 0 if r.returncode == 0 else 1
    else:
        failed = _smtplib_pool(host, port, n, size, sessions, rcpt, timeout)
    return time.time() - t0, failed


def sender_name():
    return "smtp-source" if shutil.which("smtp-source") else "smtplib"


def median_line(prefix, lines):
    """Median of every numeric key=value field over the runs' parsed summaries."""
    keys = [k for k, v in lines[0].items() if isinstance(v, float)]
    fields = []
    for k, v in lines[0].items():
        if k in keys:
            fields.append(f"{k}={fmt(statistics.median(x[k] for x in lines))}")
        elif k != "run":
            fields.append(f"{k}={v}")
    return f"{prefix} runs={len(lines)} " + " ".join(fields)


def fmt(v):
    return f"{v:.0f}" if abs(v) >= 1000 or v == int(v) else f"{v:.2f}" if abs(v) < 10 else f"{v:.1f}"


def parse(line):
    """key=value fields of a summary line; numbers become floats."""
    out = {}
    for tok in line.split():
        if "=" in tok:
            k, v = tok.split("=", 1)
            try:
                out[k] = float(v)
            except ValueError:
                out[k] = v
    return out


def render(prefix, fields):
    return prefix + " " + " ".join(f"{k}={fmt(v) if isinstance(v, float) else v}" for k, v in fields.items())
