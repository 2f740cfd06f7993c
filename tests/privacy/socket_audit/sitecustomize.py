"""Loaded by every Python process started with this folder first on PYTHONPATH (the app,
and its spawned engine worker and other children, which inherit the environment): an
audit hook writes each socket operation to the file named by $PADDOCK_SOCKET_AUDIT, one
JSON line each, with the process id. Test support only: never shipped."""

import json
import os
import sys

_LOG = os.environ.get("PADDOCK_SOCKET_AUDIT")
_EVENTS = {"socket.bind", "socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
           "socket.gethostbyname", "socket.gethostbyaddr"}


def _write(record):
    with open(_LOG, "a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")


def _hook(event, args):
    if event not in _EVENTS:
        return
    family = getattr(args[0], "family", None) if args else None
    _write({"pid": os.getpid(), "event": event, "family": int(family) if family is not None else None,
            "address": repr(args[1:2] if event.startswith("socket.") and family is not None else args)[:200]})


if _LOG:
    _write({"pid": os.getpid(), "event": "started", "argv": sys.argv[:3], "family": None, "address": ""})
    sys.addaudithook(_hook)
