"""The chat template sandbox: the Llama 3.1 format renders exactly; hostile templates
are stopped with a clear error and run nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.chat.messages import ChatMessage
from app.dev.tiny_model import CHAT_TEMPLATE_FILE
from app.engine.chat_template import ChatTemplate
from app.errors import ChatTemplateError

LLAMA31 = CHAT_TEMPLATE_FILE.read_text()


def test_llama31_format_matches_meta_prompt_format() -> None:
    template = ChatTemplate(LLAMA31, bos_token="<|begin_of_text|>")
    text = template.render(
        [ChatMessage("system", "You are a helpful assistant"), ChatMessage("user", "Answer who are you in the form of jeopardy?")]
    )
    date_line = text.split("Today Date: ")[1].split("\n")[0]
    assert text == (
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n"
        "Cutting Knowledge Date: December 2023\n"
        f"Today Date: {date_line}\n\n"
        "You are a helpful assistant<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\n"
        "Answer who are you in the form of jeopardy?<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\n"
    )


def _payload(marker: Path) -> list[str]:
    cmd = f"touch {marker}"
    return [
        # CVE-2024-34359's shape: reach os through a global's __init__.__globals__
        "{{ cycler.__init__.__globals__.os.popen('" + cmd + "').read() }}",
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('" + cmd + "').read() }}",
        "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}"
        "{{ c('" + cmd + "', shell=True) }}{% endif %}{% endfor %}",
        "{{ namespace.__init__.__globals__.__builtins__.__import__('os').system('" + cmd + "') }}",
    ]


@pytest.mark.parametrize("index", range(4))
def test_escape_attempts_are_refused_and_run_nothing(tmp_path: Path, index: int) -> None:
    marker = tmp_path / "pwned"
    source = _payload(marker)[index]
    with pytest.raises(ChatTemplateError) as caught:
        ChatTemplate(source).probe()
    assert not marker.exists()
    assert "template" in caught.value.detail.lower()


@pytest.mark.parametrize(
    "source",
    [
        "{{ 'x' * 100000000000 }}",
        "{{ [1] * 100000000000 }}",
        "{{ 10 ** 100000000 }}",
        "{{ messages.append(1) }}",  # the sandbox is immutable
    ],
)
def test_resource_and_mutation_attacks_are_refused(source: str) -> None:
    with pytest.raises(ChatTemplateError):
        ChatTemplate(source).probe()


def test_broken_template_is_a_clear_error() -> None:
    with pytest.raises(ChatTemplateError, match="compiled"):
        ChatTemplate("{% for %}")
    with pytest.raises(ChatTemplateError, match="Unknown role"):
        ChatTemplate(LLAMA31).render([ChatMessage("wizard", "hi")])
