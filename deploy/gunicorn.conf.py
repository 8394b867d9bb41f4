"""gunicorn settings, each overridable from the environment.

Threaded workers: with plain sync workers two slow clients holding their
connections tie up two workers and every other visitor waits. Four threads
each: with two, `make drills` once saw four slow clients land on two
workers and block a normal request.

Two workers per CPU by default. One Python process runs on one core at a
time, and a keep-alive connection stays with the worker that accepted it;
with one worker per core, the kernel's uneven share of connections often
left a core idle under load (`make bench` measured half the throughput in
two runs of three). More processes keep every core busy.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * len(os.sched_getaffinity(0)))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
accesslog = "-"
errorlog = "-"
