"""Import of ChatGPT's data export (`conversations.json`, or the export .zip itself).

ChatGPT keeps each conversation as a tree (`mapping`: node -> parent, children) with
`current_node` the leaf shown, which maps onto Paddock's branches. Kept: user and
assistant text (images become "[image]"); the first visible system message becomes the
system prompt. Dropped: hidden messages, tool calls and tool output, reasoning notes;
their children hang on the nearest kept ancestor.
"""

from __future__ import annotations

from typing import Any, Optional

from app.store.conversations import new_uuid
from app.store.errors import ImportFormatError
from app.store.importing import ImportedConversation, ImportedMessage
from app.store.records import MessageStatus, Role, TitleSource, now_ms

_TEXT_TYPES = {"text", "multimodal_text"}


def _ms(value: Any, fallback: int) -> int:
    return int(round(float(value) * 1000)) if isinstance(value, (int, float)) and not isinstance(value, bool) else fallback


def _text(content: Any) -> str:
    if not isinstance(content, dict) or content.get("content_type") not in _TEXT_TYPES:
        return ""
    pieces = []
    for part in content.get("parts") or ():
        if isinstance(part, str):
            pieces.append(part)
        elif isinstance(part, dict) and "image" in str(part.get("content_type", "")):
            pieces.append("[image]")
    return "\n".join(p for p in pieces if p).strip()


def _kept(message: Any) -> Optional[tuple[str, str]]:
    """(role, text) of a message worth importing, else None."""
    if not isinstance(message, dict):
        return None
    role = (message.get("author") or {}).get("role")
    metadata = message.get("metadata") or {}
    if metadata.get("is_visually_hidden_from_conversation") or message.get("recipient", "all") != "all":
        return None
    if role not in ("user", "assistant", "system"):
        return None
    text = _text(message.get("content"))
    return (role, text) if text else None


def _walk_order(mapping: dict[str, Any]) -> list[str]:
    """Node ids, parents before children (children in ChatGPT's order)."""
    roots = [nid for nid, node in mapping.items() if (node or {}).get("parent") not in mapping]
    order: list[str] = []
    seen: set[str] = set()
    stack = list(reversed(roots))
    while stack:
        nid = stack.pop()
        if nid in seen or nid not in mapping:
            continue
        seen.add(nid)
        order.append(nid)
        stack.extend(reversed([c for c in (mapping[nid] or {}).get("children") or () if isinstance(c, str)]))
    return order


def _conversation(raw: Any, where: str) -> ImportedConversation:
    if not isinstance(raw, dict) or not isinstance(raw.get("mapping"), dict):
        raise ImportFormatError(f"{where}: not a ChatGPT conversation (no \"mapping\").")
    mapping: dict[str, Any] = raw["mapping"]
    created = _ms(raw.get("create_time"), now_ms())
    default_model = raw.get("default_model_slug") if isinstance(raw.get("default_model_slug"), str) else None
    system_prompt = ""
    kept_parent: dict[str, Optional[str]] = {}  # node id -> nearest kept ancestor (or None)
    messages: list[ImportedMessage] = []
    for nid in _walk_order(mapping):
        node = mapping[nid] or {}
        parent = node.get("parent")
        inherited = kept_parent.get(parent) if isinstance(parent, str) else None
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
        metadata = message.get("metadata") or {}
        model = metadata.get("model_slug") if role == "assistant" else None
        status = MessageStatus.INTERRUPTED if message.get("status") == "in_progress" else MessageStatus.DONE
        messages.append(ImportedMessage(
            uuid=str(message.get("id") or nid), parent_uuid=inherited, role=Role(role), content=text,
            status=status, created_ms=stamp, updated_ms=_ms(message.get("update_time"), stamp),
            model=model if isinstance(model, str) else None,
        ))
        kept_parent[nid] = messages[-1].uuid
    current_node = raw.get("current_node")
    current = kept_parent.get(current_node) if isinstance(current_node, str) else None
    if current is None and messages:
        current = messages[-1].uuid
    title = raw.get("title") if isinstance(raw.get("title"), str) else ""
    uuid = raw.get("conversation_id") or raw.get("id")
    return ImportedConversation(
        uuid=str(uuid) if uuid else new_uuid(),
        title=title.strip(),
        title_source=TitleSource.IMPORTED if title.strip() else TitleSource.NONE,
        created_ms=created,
        updated_ms=_ms(raw.get("update_time"), max([created] + [m.updated_ms for m in messages])),
        model=default_model,
        system_prompt=system_prompt,
        current_uuid=current,
        messages=tuple(messages),
    )


def parse_chatgpt_export(document: Any) -> list[ImportedConversation]:
    """ChatGPT's conversations.json (a list of conversations) as conversations to store."""
    if not isinstance(document, list):
        raise ImportFormatError("ChatGPT's conversations.json should hold a list of conversations.")
    return [_conversation(raw, f"conversation {index + 1}") for index, raw in enumerate(document)]
