"""The HTML around each message of the transcript, from texts the view has translated.

A message's heading: its role, the ‹ 2/3 › switcher between its alternatives and its
links (Copy; Edit for the person's messages, Regenerate for replies), all
`paddock:` actions (ACTION_SCHEME) the view acts on. Also the person's message body (shown
as typed, indented on a tinted background), the note under a message, the dimming of
messages outside the context, the "Show N earlier messages" link, and what a click on
one of these links asks (parse_action). Pure string work; the colours come from the
view's palette.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Optional, Sequence

from PySide6.QtGui import QColor, QPalette

# paddock:copy/message/3, paddock:copy/code/3/0, paddock:earlier, paddock:regenerate/3, paddock:edit/2
ACTION_SCHEME = "paddock"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def user_tint(palette: QPalette) -> str:
    """The background of the person's messages: the base colour with a little accent."""
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    mix = QColor(*(round(b * 0.86 + a * 0.14) for b, a in
                   zip((base.red(), base.green(), base.blue()), (accent.red(), accent.green(), accent.blue()))))
    return mix.name()


def switcher_html(message_id: Optional[int], ids: Optional[Sequence[int]], position_template: str) -> str:
    """ ‹ 2/3 › after the role: the arrows are links to the neighbouring alternatives
    (`ids`, the message's alternatives; `position_template` "%1/%2", translated)."""
    if not ids or message_id not in ids:
        return ""
    at = ids.index(message_id)
    position = position_template.replace("%1", str(at + 1)).replace("%2", str(len(ids)))

    def arrow(text: str, target: Optional[int]) -> str:
        return f'<a href="{ACTION_SCHEME}:branch/{target}"><b>{text}</b></a>' if target is not None else text

    before = arrow("‹", ids[at - 1] if at > 0 else None)
    after = arrow("›", ids[at + 1] if at + 1 < len(ids) else None)
    return f"&nbsp;&nbsp;{before}&nbsp;{html.escape(position)}&nbsp;{after}"


def user_heading_html(index: int, role: str, switcher: str, copy: str, edit: str, tint: str) -> str:
    """The heading of the person's message `index`: role, switcher, Copy and Edit links."""
    copy_link = f'<a href="{ACTION_SCHEME}:copy/message/{index}">{html.escape(copy)}</a>'
    edit_link = f'<a href="{ACTION_SCHEME}:edit/{index}">{html.escape(edit)}</a>'
    return (f'<p style="margin-top: 12px; margin-left: 48px; margin-bottom: 0px; '
            f'background-color: {tint};">'
            f'<b>{html.escape(role)}</b>{switcher}&nbsp;&nbsp;<small>{copy_link}&nbsp;&nbsp;{edit_link}</small></p>')


def reply_heading_html(index: int, role: str, switcher: str, copy: str, regenerate: Optional[str],
                       accent: str) -> str:
    """The heading of reply `index`: role, switcher, Copy and (when given) Regenerate links."""
    copy_link = f'<a href="{ACTION_SCHEME}:copy/message/{index}">{html.escape(copy)}</a>'
    again = ""
    if regenerate is not None:
        again = f'&nbsp;&nbsp;<a href="{ACTION_SCHEME}:regenerate/{index}">{html.escape(regenerate)}</a>'
    return (f'<p style="margin-top: 12px; margin-bottom: 4px;"><b><span style="color: {accent};">'
            f'{html.escape(role)}</span></b>{switcher}&nbsp;&nbsp;<small>{copy_link}{again}</small></p>')


def user_body_html(text: str, tint: str) -> str:
    """The person's message as typed (line breaks kept)."""
    shown = html.escape(text).replace("\n", "<br>")
    return (f'<p style="white-space: pre-wrap; margin-left: 48px; margin-top: 0px; '
            f'background-color: {tint};">{shown}</p>')


def note_html(note: str) -> str:
    """A note under a reply ("(stopped)"), or nothing."""
    return f"<p><i>{html.escape(note)}</i></p>" if note else ""


def left_out_html(message_html: str, dim: str, note: str) -> str:
    """A message outside the context: dimmed, and said, so the person sees what the model did not."""
    return f'<div style="color: {dim};">{message_html}<p><i>{html.escape(note)}</i></p></div>'


def earlier_html(text: str) -> str:
    """The link at the top that draws the messages not shown yet."""
    return f'<p align="center"><a href="{ACTION_SCHEME}:earlier">{html.escape(text)}</a></p>'


@dataclass(frozen=True)
class Action:
    """A click on a `paddock:` link: what it asks (`kind`: "branch", "earlier",
    "regenerate", "edit", "copy/message" or "copy/code") and the numbers in its path."""

    kind: str
    numbers: tuple[int, ...] = ()


def parse_action(path: str) -> Optional[Action]:
    """The action of a `paddock:` link's path ("copy/code/3/0"), or None if it names none."""
    parts = path.split("/")
    if parts == ["earlier"]:
        return Action("earlier")
    if parts[0] in ("branch", "regenerate", "edit") and len(parts) == 2 and parts[1].isdigit():
        return Action(parts[0], (int(parts[1]),))
    if parts[:2] not in (["copy", "message"], ["copy", "code"]):
        return None
    try:
        numbers = tuple(int(part) for part in parts[2:])
    except ValueError:
        return None
    if len(numbers) != (1 if parts[1] == "message" else 2):
        return None
    return Action("/".join(parts[:2]), numbers)
