#!/usr/bin/env python3
"""resources/deploy/ for real: the systemd unit's ExecStart (pnctl listen, paths replaced)
behind the nginx site file (ports, certificate and log paths replaced), with a self-signed
certificate made here by openssl, on 127.0.0.1 only. Hostile callbacks go through TLS.
Runs as root (nginx's workers then need a `user` directive) and as any other user.

usage: test_deploy.py PNCTL SITE_FILE UNIT_FILE
"""
import os
import re
import shutil
import signal
import socket
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.parse

PNCTL, SITE, UNIT = sys.argv[1:4]
results = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    results["passed" if ok else "failed"] += 1
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": " + str(detail)), flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cdr(taskid, **changes):
    fields = {"devid": "10000000", "appid": "app1", "taskid": taskid, "subid": "sub-1",
              "caller": "13800138000", "rcaller": "17000000001", "callee": "13900139000",
              "result": "17", "beginTime": "1700000000", "ringTime": "1700000002",
              "releaseTime": "1700000020", "duration": "0", "releasedir": "2"}
    fields.update(changes)
    return urllib.parse.urlencode(fields).encode()


def request(body, token, path="/cdr", ctype="application/x-www-form-urlencoded", method="POST"):
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {ctype}\r\n"
    if token:
        head += f"X-PN-Token: {token}\r\n"
    return (head + f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def tls_connect(port, ctx):
    raw = socket.create_connection(("127.0.0.1", port), timeout=20)
    return ctx.wrap_socket(raw, server_hostname="127.0.0.1")


def read_answers(sock, count, timeout=30):
    """Reads until `count` HTTP answers (by status line) arrived or the peer closed."""
    data = b""
    deadline = time.time() + timeout
    sock.settimeout(1)
    while data.count(b"HTTP/1.1 ") < count and time.time() < deadline:
        try:
            chunk = sock.recv(65536)
        except (socket.timeout, TimeoutError):
            continue
        except (ConnectionError, ssl.SSLError):
            break
        if not chunk:
            break
        data += chunk
    return data


def status_of(answer):
    m = re.match(rb"HTTP/1\.1 (\d{3})", answer)
    return int(m.group(1)) if m else 0


def main():
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    work = tempfile.mkdtemp(prefix="pn-deploy-")
    os.chmod(work, 0o755)  # nginx's workers (another user when run as root) read in here
    procs = []
    try:
        # A self-signed certificate for 127.0.0.1, made now.
        cert, key = os.path.join(work, "cert.pem"), os.path.join(work, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", key, "-out", cert], check=True, capture_output=True)

        # The unit's ExecStart, as systemd would run it.
        unit = open(UNIT).read()
        exec_start = re.search(r"^ExecStart=(.*)$", unit, re.M).group(1).split()
        env_dir = re.search(r"^Environment=PN_DATA_DIR=(.*)$", unit, re.M).group(1)
        upstream = free_port()
        data_dir = os.path.join(work, "data")
        creds = os.path.join(work, "credentials")
        os.makedirs(creds, mode=0o700)
        token = "tok-" + os.urandom(8).hex()
        with open(os.path.join(creds, "callback-token"), "w") as f:
            f.write(token + "\n")
        argv = [PNCTL if a == "/usr/bin/pnctl" else
                a.replace("${CREDENTIALS_DIRECTORY}", creds).replace("8600", str(upstream))
                for a in exec_start]
        env = dict(os.environ, PN_DATA_DIR=data_dir)
        check("unit keeps the data in " + env_dir, env_dir == "/var/lib/pnconsole")
        listen = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
        procs.append(listen)
        url = listen.stdout.readline().strip()
        check("pnctl listen from the unit prints its loopback address",
              url == f"http://127.0.0.1:{upstream}/", url)

        # The site file, with test ports and paths.
        port = free_port()
        site = open(SITE).read()
        site = site.replace("listen 443 ssl;", f"listen 127.0.0.1:{port} ssl;")
        site = site.replace("listen [::]:443 ssl;\n", "")
        site = site.replace("127.0.0.1:8600", f"127.0.0.1:{upstream}")
        site = site.replace("/etc/ssl/certs/pn-callbacks.pem", cert)
        site = site.replace("/etc/ssl/private/pn-callbacks.key", key)
        site = site.replace("/var/log/nginx/pn-callbacks.log", os.path.join(work, "access.log"))
        site = site.replace("client_header_timeout 10s;", "client_header_timeout 2s;")
        site = site.replace("client_body_timeout 10s;", "client_body_timeout 2s;")
        assert f"127.0.0.1:{port}" in site and cert in site
        user = "user root root;\n" if os.geteuid() == 0 else ""
        temp = "".join(f"    {k}_temp_path {work}/{k};\n"
                       for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        conf = os.path.join(work, "nginx.conf")
        with open(conf, "w") as f:
            f.write(f"{user}worker_processes 1;\npid {work}/nginx.pid;\n"
                    f"error_log {work}/error.log warn;\nevents {{ worker_connections 512; }}\n"
                    f"http {{\n    access_log off;\n{temp}    include {work}/site.conf;\n}}\n")
        with open(os.path.join(work, "site.conf"), "w") as f:
            f.write(site)
        test = subprocess.run([nginx, "-t", "-p", work, "-c", conf, "-e", f"{work}/error.log"],
                              capture_output=True, text=True)
        check("nginx -t accepts the site file", test.returncode == 0, test.stderr)
        proxy = subprocess.Popen([nginx, "-p", work, "-c", conf, "-e", f"{work}/error.log",
                                  "-g", "daemon off;"], stderr=subprocess.PIPE, text=True)
        procs.append(proxy)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)

        ctx = ssl.create_default_context(cafile=cert)

        # A legal CDR over TLS, with and without the token.
        with tls_connect(port, ctx) as s:
            s.sendall(request(cdr("tls-1"), token))
            a = read_answers(s, 1)
        check("legal CDR over TLS answered 200", status_of(a) == 200, a[:200])
        with tls_connect(port, ctx) as s:
            s.sendall(request(cdr("tls-no-token"), None))
            a = read_answers(s, 1)
        check("CDR without the token answered 401", status_of(a) == 401, a[:200])

        # Certificate checks work: a client that trusts nothing refuses.
        try:
            with tls_connect(port, ssl.create_default_context()) as s:
                ok = False
        except ssl.SSLCertVerificationError:
            ok = True
        check("an untrusted client refuses the self-signed certificate", ok)

        # Plain HTTP on the TLS port.
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(request(cdr("plain"), token))
            a = read_answers(s, 1)
        check("plain HTTP on the TLS port answered 400", status_of(a) == 400, a[:200])

        # 10 GB announced, 3 bytes sent: refused at once by nginx.
        start = time.time()
        with tls_connect(port, ctx) as s:
            s.sendall(b"POST /cdr HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\nabc")
            a = read_answers(s, 1, timeout=15)
        check("10 GB Content-Length answered 413", status_of(a) == 413, a[:200])
        check("... within 5 s", time.time() - start < 5, time.time() - start)

        # A body that stops: closed after the body timeout (2 s here).
        start = time.time()
        with tls_connect(port, ctx) as s:
            s.sendall(b"POST /cdr HTTP/1.1\r\nHost: x\r\nContent-Length: 6000\r\n\r\nabc")
            a = read_answers(s, 1, timeout=20)
        took = time.time() - start
        check("a stalled body is cut after the timeout", 1.5 < took < 15 and
              status_of(a) in (0, 408), (took, a[:100]))

        # Half a header: closed after the header timeout.
        start = time.time()
        with tls_connect(port, ctx) as s:
            s.sendall(b"POST /cdr HTTP/1.1\r\nHo")
            a = read_answers(s, 1, timeout=20)
        took = time.time() - start
        check("half a header is cut after the timeout", 1.5 < took < 15, (took, a[:100]))

        # 200 idle TLS connections, then a legal CDR still gets through.
        idle = []
        for _ in range(200):
            try:
                idle.append(tls_connect(port, ctx))
            except OSError:
                break
        with tls_connect(port, ctx) as s:
            s.sendall(request(cdr("after-idle"), token))
            a = read_answers(s, 1)
        check("legal CDR answered among 200 idle connections", status_of(a) == 200, a[:200])
        for s in idle:
            s.close()

        # 300 pipelined CDRs in one write.
        with tls_connect(port, ctx) as s:
            s.sendall(b"".join(request(cdr(f"pipe-{i}"), token) for i in range(300)))
            a = read_answers(s, 300, timeout=60)
        check("300 pipelined CDRs answered 200", a.count(b"HTTP/1.1 200 ") == 300,
              a.count(b"HTTP/1.1 200 "))

        # Hostile bodies reach the receiver's own checks through the proxy.
        hostile = [
            ("unpaired surrogate in JSON", request(
                b'{"taskid":"\\ud800x","devid":"1","appid":"a","subid":"s","caller":"1",'
                b'"rcaller":"2","callee":"3","result":"1","beginTime":1700000000}', token,
                ctype="application/json"), 400),
            ("taskid of 60 KB", request(cdr("t" * 60000), token), 400),
            ("INT64_MAX beginTime", request(cdr("big", beginTime="9223372036854775807"), token),
             400),
            ("GET refused by the proxy", request(b"", token, method="GET"), 403),
            ("another path", request(b"x=1", token, path="/sandbox/faults"), 404),
            ("implausible but parseable: stored", request(
                cdr("odd-1", releaseTime="1600000000", duration="-5"), token), 200),
        ]
        for name, raw, want in hostile:
            with tls_connect(port, ctx) as s:
                s.sendall(raw)
                a = read_answers(s, 1)
            check(f"{name}: {want}", status_of(a) == want, a[:200])

        # The ledger has what was answered 200, and the odd one flagged.
        listen.send_signal(signal.SIGTERM)
        listen.wait(timeout=20)
        check("pnctl listen stops cleanly", listen.returncode == 0, listen.returncode)
        db = sqlite3.connect(os.path.join(data_dir, "ledger.sqlite"))
        n = db.execute("SELECT COUNT(*) FROM calls WHERE taskid LIKE 'pipe-%'").fetchone()[0]
        check("300 pipelined CDRs stored", n == 300, n)
        flags = db.execute("SELECT anomalies FROM calls WHERE taskid='odd-1'").fetchone()
        check("implausible CDR stored flagged", flags and flags[0] == "order,duration", flags)
        stored = {r[0] for r in db.execute("SELECT taskid FROM calls")}
        check("nothing refused was stored", not stored & {"tls-no-token", "plain", "big"}, stored)
        log = open(os.path.join(work, "access.log")).read()
        check("the token is in no log", token not in log and token not in listen.stderr.read())
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
        shutil.rmtree(work, ignore_errors=True)
    print(f"{results['passed']} passed, {results['failed']} failed", flush=True)
    return 0 if results["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
