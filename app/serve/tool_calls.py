"""`tools` in Llama 3.1's own tool-call format: OpenAI's tools into the prompt, the
model's call back out as OpenAI's `tool_calls`.

Prompt (as Meta's Llama 3.1 template renders custom tools, JSON-based tool calling):
"Environment: ipython" opens the system message; the tool definitions, as indented JSON
with Meta's instructions, open the first user message; a `tool` message (a tool's
result) becomes an `ipython` message; an assistant message that called a tool is written
back as the JSON call the model wrote (`{"name": ..., "parameters": ...}`).

Reply: Llama 3.1 answers a call as `<|python_tag|>{"name": ..., "parameters": {...}}`
ending with `<|eom_id|>` (the engine drops special tokens from the text, and both end
tokens end the reply). A reply is a call only if it is one JSON object naming a tool
that was offered; anything else (bad JSON, an unknown name, text around it) stays the
reply's plain content: a model's odd answer is never an error.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Sequence

from app.chat.messages import ChatMessage
from app.serve.api_errors import bad_request

ENVIRONMENT = "Environment: ipython"
# Meta's Llama 3.1 template's words for custom tools in the first user message.
TOOLS_PREAMBLE = (
    "Given the following functions, please respond with a JSON for a function call with its proper arguments "
    "that best answers the given prompt.\n\n"
    'Respond in the format {"name": function name, "parameters": dictionary of argument name and its value}.'
    "Do not use variables.\n\n"
)
SPECIAL_MARKS = ("<|python_tag|>", "<|eom_id|>", "<|eot_id|>")


@dataclass(frozen=True)
class Tool:
    name: str
    definition: Mapping[str, Any]  # OpenAI's {"type": "function", "function": {...}}


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # JSON text, as OpenAI sends it

    def openai(self, index: Optional[int] = None) -> dict[str, Any]:
        call: dict[str, Any] = {"id": self.id, "type": "function",
                                "function": {"name": self.name, "arguments": self.arguments}}
        return call if index is None else {"index": index, **call}


def parse_tools(body: Mapping[str, Any]) -> tuple[Tool, ...]:
    """The request's tools (empty: none, or `tool_choice` "none"); 400 for a malformed one."""
    tools = body.get("tools")
    choice = body.get("tool_choice")
    if body.get("functions"):
        raise bad_request("`functions` is OpenAI's old form; send `tools` instead.", "functions")
    if not tools or choice == "none":
        return ()
    if choice not in (None, "auto"):
        raise bad_request("`tool_choice` may be auto or none: Llama 3.1 decides itself whether to call a tool.",
                          "tool_choice")
    if not isinstance(tools, list):
        raise bad_request("`tools` must be a list of functions.", "tools")
    return tuple(_tool(tool, i) for i, tool in enumerate(tools))


def _tool(tool: Any, index: int) -> Tool:
    param = f"tools[{index}]"
    function = tool.get("function") if isinstance(tool, dict) and tool.get("type") == "function" else None
    name = function.get("name") if isinstance(function, dict) else None
    if not isinstance(name, str) or not name:
        raise bad_request(f"{param} must be {{\"type\": \"function\", \"function\": {{\"name\": ...}}}}.", param)
    return Tool(name, tool)


def tool_call_text(call: Any, param: str) -> str:
    """An assistant message's OpenAI tool call as the JSON Llama 3.1 wrote for it."""
    function = call.get("function") if isinstance(call, dict) else None
    name = function.get("name") if isinstance(function, dict) else None
    if not isinstance(name, str):
        raise bad_request(f"{param}.tool_calls must hold functions with a name.", param)
    arguments = function.get("arguments") or "{}"
    try:
        parameters = json.loads(arguments) if isinstance(arguments, str) else arguments
    except ValueError:
        parameters = arguments  # sent back as the text it was
    return json.dumps({"name": name, "parameters": parameters}, ensure_ascii=False)


def with_tools(messages: Sequence[ChatMessage], tools: Sequence[Tool]) -> tuple[ChatMessage, ...]:
    """`messages` with the tools put where Meta's template puts them."""
    if not tools:
        return tuple(messages)
    rest = list(messages)
    system = ENVIRONMENT
    if rest and rest[0].role == "system":
        system += "\n\n" + rest.pop(0).content
    definitions = "".join(json.dumps(t.definition, indent=4, ensure_ascii=False) + "\n\n" for t in tools)
    first_user = next((i for i, m in enumerate(rest) if m.role == "user"), None)
    if first_user is None:
        rest.insert(0, ChatMessage("user", TOOLS_PREAMBLE + definitions.rstrip()))
    else:
        rest[first_user] = ChatMessage("user", TOOLS_PREAMBLE + definitions + rest[first_user].content)
    return (ChatMessage("system", system), *rest)


def parse_tool_call(text: str, tools: Sequence[Tool]) -> Optional[ToolCall]:
    """The tool call `text` is, or None: it stays plain content."""
    body = text.strip()
    for mark in SPECIAL_MARKS:
        body = body.replace(mark, "")
    body = body.strip()
    if not body.startswith("{"):
        return None
    try:
        call = json.loads(body)
    except ValueError:
        return None
    if not isinstance(call, dict):
        return None
    if isinstance(call.get("function"), dict):  # {"type": "function", "function": {...}}, as some replies nest it
        call = call["function"]
    name = call.get("name")
    parameters = call.get("parameters", call.get("arguments", {}))
    if isinstance(parameters, str):
        try:
            parameters = json.loads(parameters)
        except ValueError:
            return None
    if name not in {t.name for t in tools} or not isinstance(parameters, dict):
        return None
    return ToolCall(f"call_{uuid.uuid4().hex[:24]}", name, json.dumps(parameters, ensure_ascii=False))


class ToolCallWatch:
    """Streamed text with tools offered: text that may be a tool call (it begins with
    "{") is held back until the reply ends; other text passes at once."""

    def __init__(self, tools: Sequence[Tool]) -> None:
        self._tools = tuple(tools)
        self._held = ""
        self._holding: Optional[bool] = None if tools else False  # None: not known yet

    def feed(self, piece: str) -> str:
        if self._holding is False:
            return piece
        self._held += piece
        start = self._held.lstrip()
        if not start:
            return ""
        if self._holding is None:
            self._holding = start.startswith("{")
        if self._holding:
            return ""
        held, self._held = self._held, ""
        return held

    def finish(self) -> tuple[str, Optional[ToolCall]]:
        """(text still to pass on, the tool call) once the reply has ended."""
        held, self._held = self._held, ""
        call = parse_tool_call(held, self._tools) if self._holding else None
        return ("", call) if call is not None else (held, None)
