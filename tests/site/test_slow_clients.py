"""Slow clients holding connections do not make other visitors wait.

With plain sync workers two such clients tie up two workers and a normal
request waits for the timeout; the production settings use threads.
"""

import socket
import time
import urllib.request

from tests.servers import running_gunicorn, site_environment

# Three, with 2 workers of 4 threads: however the kernel spreads them, each
# worker keeps a thread free. (Sync workers would both be held.)
SLOW_CLIENTS = 3


def test_normal_request_answers_quickly_while_slow_clients_hold_connections(tmp_path):
    env = site_environment(tmp_path, WEB_CONCURRENCY="2", GUNICORN_THREADS="4")
    with running_gunicorn(env, "--config", "deploy/gunicorn.conf.py") as base:
        port = int(base.rsplit(":", 1)[1])
        slow = []
        for _ in range(SLOW_CLIENTS):
            connection = socket.create_connection(("127.0.0.1", port))
            connection.sendall(b"GET /uz/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished
            slow.append(connection)
        time.sleep(0.5)

        # A blocked worker would hold the request for gunicorn's 30 s
        # timeout; a free thread answers in milliseconds, so 5 s is margin
        # for a loaded CI machine, not a speed target.
        with urllib.request.urlopen(base + "/ru/partners/", timeout=5) as response:
            status = response.status

        for connection in slow:
            connection.close()

    assert status == 200


def test_worker_with_every_thread_held_leaves_new_visitors_to_the_others(tmp_path):
    # One thread per worker: the slow client holds all of one worker. Unless
    # worker_connections caps it at its threads, a gthread worker would still
    # accept about half the new connections and queue them behind it.
    env = site_environment(tmp_path, WEB_CONCURRENCY="2", GUNICORN_THREADS="1")
    with running_gunicorn(env, "--config", "deploy/gunicorn.conf.py") as base:
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as slow:
            slow.sendall(b"GET /uz/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished
            time.sleep(0.5)
            statuses = []
            for _ in range(8):
                with urllib.request.urlopen(base + "/ru/partners/", timeout=3) as response:
                    statuses.append(response.status)

    assert statuses == [200] * 8
