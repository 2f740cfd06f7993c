"""Who may reach the API: loopback only, unless the person asks otherwise with a key.

The default address is 127.0.0.1: only programs on this computer can connect. Listening
on any other address (another interface, 0.0.0.0, ::) opens the loaded model to the
network, so it needs an API key, which every request must then send as a Bearer token.
"""

from __future__ import annotations

import ipaddress
from typing import Optional

from app.errors import InvalidRequestError

DEFAULT_HOST = "127.0.0.1"
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
        raise InvalidRequestError(f"The API key must have at least {MIN_KEY_LENGTH} characters.")
    if not is_loopback(host) and not api_key:
        raise InvalidRequestError(
            f"Listening on {host} lets other computers use the model; that needs an API key. Add "
            "--api-key KEY (clients send it as 'Authorization: Bearer KEY'), or leave out --host "
            f"to listen on {DEFAULT_HOST}, this computer only."
        )
