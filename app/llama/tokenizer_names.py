"""The pre-tokenizer names llama.cpp accepts in `tokenizer.ggml.pre`.

A BPE model's GGUF names the regex that splits text before BPE runs. llama.cpp refuses a
name it does not know ("unknown pre-tokenizer type") only when it loads the vocabulary,
after the file was mapped; the header check refuses it first, with a clear message.
"""

from __future__ import annotations

# Every name `llama_vocab::impl::load` in src/llama-vocab.cpp compares `tokenizer_pre`
# with, for the llama.cpp that llama-cpp-python 0.3.36 vendors: read from that source
# (ggml-org/llama.cpp 00ad355e) and checked against the strings of the installed
# libllama.so, which also holds "glm5" (tests/app/llama/test_tokenizer_names.py checks
# that every name is in the installed library). An empty or missing name is not listed:
# llama.cpp loads such a file with its default pre-tokenizer.
LLAMA_CPP_PRE_TOKENIZERS: frozenset[str] = frozenset({
    "default", "minicpm5",
    "llama3", "llama-v3", "llama-bpe", "falcon3", "falcon-h1", "pixtral", "midm-2.0", "lfm2", "jina-v5-nano",
    "deepseek-llm", "deepseek-coder", "deepseek-v3", "spark2_5", "youtu", "falcon", "mpt", "starcoder",
    "gpt-2", "phi-2", "jina-es", "jina-de", "gigachat", "jina-v2-es", "jina-v2-de", "a.x-4.0", "mellum",
    "modern-bert", "jais-2", "gemma4", "granite-embed-multi-311m", "sarvam-moe",
    "jina-v1-en", "jina-v2-code", "roberta-bpe", "whitespace", "refact", "command-r",
    "qwen2", "deepseek-r1-qwen", "kormo", "f2llmv2", "qwen35", "stablelm2", "olmo", "dbrx", "smaug-bpe",
    "poro-chat", "glm4", "chatglm-bpe", "glm5", "viking", "jais", "tekken", "smollm", "codeshell", "bloom",
    "gpt3-finnish", "exaone", "exaone4", "exaone-moe", "chameleon", "minerva-7b", "megrez",
    "gpt-4o", "llama4", "kanana2", "talkie", "granite-embed-multi-97m", "tiny_aya", "cohere2moe", "superbpe",
    "trillion", "granite-docling", "bailingmoe", "bailingmoe2", "llada-moe", "seed-coder", "hunyuan",
    "hunyuan-dense", "hy_v4", "joyai-llm", "kimi-k2", "ufakzeka", "grok-2", "afmoe", "laguna", "minimax-m2",
    "solar-open", "mellum2",
})
