"""Developer tools: tiny real Llama models for tests and measurements (random weights with
Meta's real tokenizer, at any catalog model's dimensions), and a tiny BERT embedding model
(tiny_bert.py: the GGUF architecture of multilingual-e5 and bge-m3)."""
