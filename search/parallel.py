"""Whoosh's multiprocess writer, made safe for a full build.

Whoosh's `MpWriter` hands batches of documents to sub-writer processes, each of which
finishes its own segment.  Two of its failure modes would lose articles silently or
leave processes behind, so this subclass closes them:

* a sub-writer that dies (disk full, out of memory) is simply missing from the
  results, and Whoosh commits the other segments as if nothing happened: here the
  commit fails instead, before the table of contents is written;
* a sub-writer waits on its job queue forever once the parent gives up or is killed:
  here `cancel()` kills it, and so does its parent's death (Linux).
"""

from __future__ import annotations

import ctypes
import errno
import os
import signal
import sys

from whoosh.index import FileIndex
from whoosh.multiproc import MpWriter, _run_subwriter

from search.errors import SearchError
from search.index import is_disk_full
from search.pool import install_in_this_process

_DISK_FULL_EXIT = 28  # a sub-writer's exit code when the disk filled up (ENOSPC is 28)
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _subwriter(parent: int, *args: object) -> None:
    """A sub-writer process: Whoosh's loop, killed with its parent, quiet on a full disk,
    with the batched posting pool (search/pool.py)."""
    _die_with_parent(parent)
    install_in_this_process()
    try:
        _run_subwriter(*args)
    except OSError as e:
        if not is_disk_full(e):
            raise
        os._exit(_DISK_FULL_EXIT)


class ParallelWriter(MpWriter):
    """`MpWriter` with one segment per sub-writer, failing loudly when a sub-writer fails."""

    def __init__(self, ix: FileIndex, *, procs: int, **kwargs: object):
        # start_method makes MpWriter start processes through _new_task's target, ours.
        # _lk=False as for every writer here (update.py); sub-writers set it themselves.
        super().__init__(
            ix,
            procs=procs,
            multisegment=True,
            start_method="fork",
            subargs=dict(kwargs),
            _lk=False,
            **kwargs,
        )

    def _new_task(self):
        args = (self.storage, self.indexname, self.jobqueue, self.resultqueue)
        target_args = (os.getpid(), *args, self.subargs, self.multisegment)
        task = self._mpctx.Process(target=_subwriter, args=target_args)
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        # MpWriter.cancel() cannot reach processes started this way: they would wait on
        # the job queue forever, and the interpreter waits for them at exit.
        for task in self.tasks:
            if task.is_alive():
                task.kill()
            task.join()
        super().cancel()

    def _commit_toc(self, segments):
        # Called once every sub-writer has been joined: the last moment to refuse.
        codes = [task.exitcode for task in self.tasks]
        if _DISK_FULL_EXIT in codes:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        if any(codes):  # killed (out of memory?) or a bug, whose traceback it printed
            raise SearchError(
                f"an indexing process failed (exit codes {codes}); the index was not changed: "
                "run the same command again"
            )
        super()._commit_toc(segments)
