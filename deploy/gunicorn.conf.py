"""gunicorn settings, each overridable from the environment.

Threaded workers: with plain sync workers two slow clients holding their
connections tie up two workers and every other visitor waits. Four threads
each: with two, `make drills` once saw four slow clients land on two
workers and block a normal request. The worker class is gunicorn's threaded
one, changed to take new connections only while it has a free thread
(iro_site/gunicorn_worker.py says why).

Two workers per CPU by default: one Python process runs on one core at a
time, and its threads share it. More processes keep every core busy.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * len(os.sched_getaffinity(0)))
worker_class = "iro_site.gunicorn_worker.FreeThreadWorker"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
accesslog = "-"
errorlog = "-"
