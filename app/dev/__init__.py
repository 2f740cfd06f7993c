"""Developer tools: tiny real Llama models for tests and measurements (random weights with
Meta's real tokenizer, at any catalog model's dimensions)."""
