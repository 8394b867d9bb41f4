"""gunicorn settings, each overridable from the environment.

Threaded workers: with plain sync workers two slow clients holding their
connections tie up two workers and every other visitor waits. Four threads
each: with two, `make drills` once saw four slow clients land on two
workers and block a normal request.

gunicorn's stock gthread worker, with `worker_connections` equal to
`threads`: a worker holding as many connections as it has threads stops
accepting, so the kernel hands the next visitor to another worker instead
of queueing it behind slow clients (tests/site/test_slow_clients.py). An
earlier custom worker did the same through gunicorn's private methods;
`make bench` (README, Speed) measured the stock one against it.

Two workers per CPU by default: one Python process runs on one core at a
time, and its threads share it. More processes keep every core busy.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * len(os.sched_getaffinity(0)))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_connections = threads
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
accesslog = "-"
errorlog = "-"
