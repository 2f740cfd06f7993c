"""Import of ChatGPT's data export (`conversations.json`, or the export .zip itself).

ChatGPT keeps each conversation as a tree (`mapping`: node -> parent, children) with
`current_node` the leaf shown, which maps onto Paddock's branches. Kept: user and
assistant text (images become "[image]"); the first visible system message becomes the
system prompt. Dropped: hidden messages, tool calls and tool output, reasoning notes;
their children hang on the nearest kept ancestor.

The tree is built from each node's `parent` (its `children` only order siblings), so a
node that a broken `children` list forgets is kept. Parent links that form a cycle (a
node that is its own parent, or no root at all) are cut at the cycle's earliest message,
which becomes a root: every message is kept, in time order. A conversation that still
holds no text is left out with a reason (`LeftOut`), never stored empty. One without an
id gets one from its content, so importing the same file twice adds it once.
"""

from __future__ import annotations

import math
from typing import Any, Optional, Union

from app.errors import QT_TRANSLATE_NOOP
from app.store.errors import ImportFormatError
from app.store.importing import ImportedConversation, ImportedMessage, LeftOut, content_uuid
from app.store.records import MessageStatus, Role, TitleSource, now_ms

_TEXT_TYPES = {"text", "multimodal_text"}
# Times outside 1970..9999 are not times (and float("inf") cannot become milliseconds).
_LAST_SECOND = 253_402_300_799


def _ms(value: Any, fallback: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return fallback
    return int(round(float(value) * 1000)) if math.isfinite(value) and 0 <= value <= _LAST_SECOND else fallback


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _id(value: Any) -> Optional[str]:
    """An id as the file gives it (text or a number), else None."""
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
        return None
    return str(value)


def _text(content: Any) -> str:
    content = _object(content)
    if content.get("content_type") not in _TEXT_TYPES or not isinstance(content.get("parts"), list):
        return ""
    pieces = []
    for part in content["parts"]:
        if isinstance(part, str):
            pieces.append(part)
        elif isinstance(part, dict) and "image" in (part.get("content_type") if isinstance(part.get("content_type"), str) else ""):
            pieces.append("[image]")
    return "\n".join(p for p in pieces if p).strip()


def _kept(message: Any) -> Optional[tuple[str, str]]:
    """(role, text) of a message worth importing, else None."""
    if not isinstance(message, dict):
        return None
    role = _object(message.get("author")).get("role")
    if _object(message.get("metadata")).get("is_visually_hidden_from_conversation") or message.get("recipient", "all") != "all":
        return None
    if role not in ("user", "assistant", "system"):
        return None
    text = _text(message.get("content"))
    return (role, text) if text else None


def _time_of(node: dict[str, Any]) -> float:
    """When the node's message was written (infinitely late when the file does not say)."""
    stamp = _ms(_object(node.get("message")).get("create_time"), -1)
    return stamp if stamp >= 0 else math.inf


def _tree(mapping: dict[str, Any]) -> list[tuple[str, Optional[str]]]:
    """(node id, parent id) for every node, parents before children; see the module
    docstring for how broken links are repaired."""
    nodes = {nid: _object(node) for nid, node in mapping.items()}
    order = {nid: index for index, nid in enumerate(nodes)}
    earliest = {nid: (_time_of(node), order[nid]) for nid, node in nodes.items()}
    parent_of: dict[str, Optional[str]] = {}
    for nid, node in nodes.items():
        parent = node.get("parent")
        parent_of[nid] = parent if isinstance(parent, str) and parent in nodes and parent != nid else None
    state: dict[str, int] = {}  # 1: on the path being followed, 2: reaches a root
    for start in nodes:
        path: list[str] = []
        nid: Optional[str] = start
        while nid is not None and nid not in state:
            state[nid] = 1
            path.append(nid)
            nid = parent_of[nid]
        if nid is not None and state[nid] == 1:  # the path ran into itself: a cycle
            cycle = path[path.index(nid):]
            parent_of[min(cycle, key=earliest.__getitem__)] = None
        for visited in path:
            state[visited] = 2
    children: dict[Optional[str], list[str]] = {}
    for nid in nodes:
        children.setdefault(parent_of[nid], []).append(nid)

    def sibling_order(parent: Optional[str]) -> list[str]:
        listed = nodes[parent].get("children") if parent is not None else None
        rank = {c: i for i, c in enumerate(listed)} if isinstance(listed, list) and all(
            isinstance(c, str) for c in listed) else {}
        return sorted(children.get(parent, ()), key=lambda c: (rank.get(c, len(rank)), earliest[c]))

    out: list[tuple[str, Optional[str]]] = []
    stack = list(reversed(sibling_order(None)))
    while stack:
        nid = stack.pop()
        out.append((nid, parent_of[nid]))
        stack.extend(reversed(sibling_order(nid)))
    return out


def _conversation(raw: Any, number: int) -> Union[ImportedConversation, LeftOut]:
    """Conversation `number` (from 1) of ChatGPT's list."""
    if not isinstance(raw, dict) or not isinstance(raw.get("mapping"), dict):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("AppError", "conversation {number}: not a ChatGPT conversation (no \"mapping\")."),
            number=number,
        )
    mapping: dict[str, Any] = raw["mapping"]
    created = _ms(raw.get("create_time"), now_ms())
    default_model = raw.get("default_model_slug") if isinstance(raw.get("default_model_slug"), str) else None
    system_prompt = ""
    kept_parent: dict[str, Optional[str]] = {}  # node id -> nearest kept ancestor (or None)
    messages: list[ImportedMessage] = []
    for nid, parent in _tree(mapping):
        node = _object(mapping[nid])
        inherited = kept_parent.get(parent) if parent is not None else None
        found = _kept(node.get("message"))
        if found is None or (found[0] == "system" and (system_prompt or messages)):
            kept_parent[nid] = inherited
            continue
        role, text = found
        if role == "system":
            system_prompt = text
            kept_parent[nid] = inherited
            continue
        message = node["message"]
        stamp = _ms(message.get("create_time"), created)
        model = _object(message.get("metadata")).get("model_slug") if role == "assistant" else None
        status = MessageStatus.INTERRUPTED if message.get("status") == "in_progress" else MessageStatus.DONE
        messages.append(ImportedMessage(
            uuid=_id(message.get("id")) or nid, parent_uuid=inherited,
            role=Role(role), content=text, status=status, created_ms=stamp,
            updated_ms=_ms(message.get("update_time"), stamp), model=model if isinstance(model, str) else None,
        ))
        kept_parent[nid] = messages[-1].uuid
    title = raw.get("title").strip() if isinstance(raw.get("title"), str) else ""
    if not messages:
        if title:
            return LeftOut(ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "conversation {number} (\"{title}\") holds no user or assistant text"),
                number=number,
                title=title,
            ))
        return LeftOut(ImportFormatError(
            QT_TRANSLATE_NOOP("AppError", "conversation {number} holds no user or assistant text"), number=number
        ))
    current_node = raw.get("current_node")
    current = kept_parent.get(current_node) if isinstance(current_node, str) else None
    if current is None:
        current = messages[-1].uuid
    return ImportedConversation(
        uuid=_id(raw.get("conversation_id")) or _id(raw.get("id")) or content_uuid(title, system_prompt, messages),
        title=title,
        title_source=TitleSource.IMPORTED if title else TitleSource.NONE,
        created_ms=created,
        updated_ms=_ms(raw.get("update_time"), max([created] + [m.updated_ms for m in messages])),
        model=default_model,
        system_prompt=system_prompt,
        current_uuid=current,
        messages=tuple(messages),
    )


def parse_chatgpt_conversation(raw: Any, index: int) -> Union[ImportedConversation, LeftOut]:
    """Conversation number `index` (from 0) of ChatGPT's list, as a conversation to store."""
    return _conversation(raw, index + 1)


def parse_chatgpt_export(document: Any) -> list[Union[ImportedConversation, LeftOut]]:
    """ChatGPT's conversations.json (a list of conversations) as conversations to store."""
    if not isinstance(document, list):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("AppError", "ChatGPT's conversations.json should hold a list of conversations.")
        )
    return [parse_chatgpt_conversation(raw, index) for index, raw in enumerate(document)]
