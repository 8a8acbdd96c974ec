"""The reference servers for the bench/ scripts: Debian's Postfix and Dovecot as private,
unprivileged-port instances on loopback, started by /work/shared/bench/ref-servers.sh in a fresh
directory (Dovecot IMAP 10143, Postfix SMTP 10025 -> LMTP -> Dovecot; users test1..test50,
password `pass`, domain bench.test). Needs root: installs the packages and the `vmail` user
when missing."""
import os
import shutil
import subprocess
import sys
import tempfile

SHARED = os.environ.get("SHARED", "/work/shared/bench")
SMTP_PORT, IMAP_PORT = 10025, 10143
PACKAGES = ["dovecot-imapd", "dovecot-pop3d", "dovecot-lmtpd", "postfix"]


def ensure_installed():
    """apt-get installs what ref-servers.sh needs (Postfix with "No configuration")."""
    if not shutil.which("dovecot") or not shutil.which("postfix"):
        subprocess.run("echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections",
                       shell=True, check=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        if subprocess.run(["apt-get", "install", "-y", "-q"] + PACKAGES, env=env).returncode != 0:
            subprocess.run(["apt-get", "update", "-q"], env=env, check=True)
            subprocess.run(["apt-get", "install", "-y", "-q"] + PACKAGES, env=env, check=True)
    if subprocess.run(["id", "vmail"], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "vmail"],
                       check=True)


class Reference:
    def __init__(self, **env):
        """env: ref-servers.sh settings such as USERS or HIBERNATE."""
        self.dir = tempfile.mkdtemp(prefix="mailbench-")
        self.env = dict(os.environ, **{k: str(v) for k, v in env.items()})

    def ctl(self, cmd):
        # the daemons inherit no pipe of ours (a captured stdout would never reach EOF)
        with open(os.path.join(self.dir, "ctl.out"), "a") as out:
            subprocess.run([f"{SHARED}/ref-servers.sh", cmd, self.dir], check=True, env=self.env,
                           stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        with open(os.path.join(self.dir, "ctl.out")) as f:
            return f.read()

    def start(self):
        self.ctl("start")

    def stop(self):
        try:
            self.ctl("stop")
            shutil.rmtree(self.dir, ignore_errors=True)
        except subprocess.CalledProcessError as e:
            print(f"ref-servers.sh stop failed ({e}); see {self.dir}/ctl.out", file=sys.stderr)

    def pid_map(self):
        r = subprocess.run([f"{SHARED}/ref-servers.sh", "pids", self.dir], capture_output=True, text=True,
                           env=self.env)
        return {k: int(v) for k, v in (kv.split("=", 1) for kv in r.stdout.split()) if v}

    def pids(self):
        found = self.pid_map()
        return [found[k] for k in ("postfix", "dovecot") if k in found]
