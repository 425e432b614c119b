#!/usr/bin/env python3
"""A CDR receiver as a user would write it with the Python standard library alone:
http.server (one thread per connection, HTTP/1.1 keep-alive) + sqlite3, one commit per request.

It is the reference bench_callbacks compares the console's receiver with. To be fair it uses the
same SQLite settings as the ledger (WAL, synchronous=NORMAL) and the same de-duplication by taskid.

    python3 py_receiver.py --db cdr.sqlite [--port 0]
prints its URL as the first line of stdout, then serves until SIGINT/SIGTERM.
"""
import argparse
import signal
import sqlite3
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

REQUIRED = ("devid", "appid", "taskid", "subid", "caller", "rcaller", "callee", "result",
            "beginTime")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()

    db = sqlite3.connect(args.db, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("""CREATE TABLE IF NOT EXISTS calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT, taskid TEXT NOT NULL UNIQUE, devid TEXT, appid TEXT,
        subid TEXT, caller TEXT, rcaller TEXT, callee TEXT, result TEXT, begin_time INTEGER,
        ring_time INTEGER, answer_time INTEGER, release_time INTEGER, duration INTEGER,
        recording TEXT, user_data TEXT, releasedir TEXT, received_at INTEGER)""")
    db.commit()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def answer(self, status, body):
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            length = int(self.headers.get("Content-Length", 0))
            if length > 64 * 1024:
                return self.answer(413, b'{"error":413}')
            try:
                fields = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8"),
                                                        keep_blank_values=True).items()}
            except UnicodeDecodeError:
                return self.answer(400, b'{"error":400}')
            if any(not fields.get(k) for k in REQUIRED):
                return self.answer(400, b'{"error":400}')
            g = fields.get
            with lock:
                db.execute(
                    "INSERT OR IGNORE INTO calls (taskid, devid, appid, subid, caller, rcaller, "
                    "callee, result, begin_time, ring_time, answer_time, release_time, duration, "
                    "recording, user_data, releasedir, received_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (g("taskid"), g("devid"), g("appid"), g("subid"), g("caller"), g("rcaller"),
                     g("callee"), g("result"), int(g("beginTime")), g("ringTime"),
                     g("answerTime"), g("releaseTime"), int(g("duration") or 0),
                     g("recording", ""), g("userData", ""), g("releasedir", ""),
                     int(time.time() * 1000)))
                db.commit()
            self.answer(200, b'{"error":0}')

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128  # listen backlog: 64 clients connect at once

    server = Server(("127.0.0.1", args.port), Handler)
    print("http://127.0.0.1:%d/" % server.server_address[1], flush=True)

    def stop(*_):
        threading.Thread(target=server.shutdown).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    server.serve_forever()
    with lock:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
