"""gunicorn's threaded worker, taking new connections only while it has a free thread.

The stock gthread worker accepts every connection its poller reports, busy or
not. Keep-alive connections then stay with whichever worker won them: when
nginx's upstream pool (or a load generator) opens its connections in a burst,
one worker can take them all while the others, and a core, sit idle. `make
bench` saw it on uncached pages: 780 requests by one worker and 3 by the
other three, at half the throughput of an even share.

Here a worker whose threads are all busy stops listening until one is free,
so the kernel hands the next connection to a worker that can serve it now.
It also keeps a new visitor from queueing behind slow clients that hold every
thread of one worker.
"""

from gunicorn.workers.gthread import ThreadWorker


class FreeThreadWorker(ThreadWorker):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Connections handed to the thread pool and not yet finished. Only the
        # worker's main thread, which runs every method below, changes it.
        self.connections_in_threads = 0

    def has_free_thread(self):
        return self.connections_in_threads < self.cfg.threads

    def set_accept_enabled(self, enabled):
        super().set_accept_enabled(enabled and self.has_free_thread())

    def enqueue_req(self, conn):
        self.connections_in_threads += 1
        if not self.has_free_thread():
            self.set_accept_enabled(False)
        super().enqueue_req(conn)

    def finish_request(self, conn, fs):
        # The main loop listens again on its next turn (see set_accept_enabled).
        self.connections_in_threads -= 1
        super().finish_request(conn, fs)
