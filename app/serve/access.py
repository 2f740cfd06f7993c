"""Who may reach the API: loopback only, unless the person asks otherwise with a key.

The default address is 127.0.0.1: only programs on this computer can connect. Listening
on any other address (another interface, 0.0.0.0, ::) opens the loaded model to the
network, so it needs an API key, which every request must then send as a Bearer token.
Web pages are kept out too: no CORS headers (they cannot read answers), JSON bodies only
(a page cannot send one without asking first, and the asking gets no CORS answer), and on
loopback only loopback Host headers (against DNS rebinding).
"""

from __future__ import annotations

import ipaddress
from typing import Optional

from app.errors import QT_TRANSLATE_NOOP, InvalidRequestError

DEFAULT_HOST = "127.0.0.1"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
DEFAULT_PORT = 8080
MIN_KEY_LENGTH = 16


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to any interface


def check_listen_address(host: str, api_key: Optional[str]) -> None:
    """InvalidRequestError when `host` is reachable from other computers without a key,
    or the key is too short to guess at."""
    if api_key is not None and len(api_key) < MIN_KEY_LENGTH:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "The API key must have at least {min_length} characters."),
            min_length=MIN_KEY_LENGTH,
        )
    if not is_loopback(host) and not api_key:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "Listening on {host} lets other computers use the model; that needs an API key. Add "
                "--api-key KEY (clients send it as 'Authorization: Bearer KEY'), or leave out --host "
                "to listen on {default_host}, this computer only.",
            ),
            host=host, default_host=DEFAULT_HOST,
        )


def allowed_host_headers(host: str) -> Optional[frozenset[str]]:
    """The Host header values a server listening on `host` accepts (None: any).

    On loopback, a request naming another host is a web page that had its own domain
    name pointed at 127.0.0.1 (DNS rebinding) to read the API as if it were that page's
    site; refusing such Host headers keeps browsers' pages out.
    """
    return LOOPBACK_NAMES if is_loopback(host) else None


def host_name(header: str) -> str:
    """The name in a Host header, without its port ("[::1]:8080" -> "[::1]")."""
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header
