"""Developer tools: tiny real Llama models for tests and measurements."""
