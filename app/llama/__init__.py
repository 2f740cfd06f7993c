"""The Llama architecture, defined once: its hyperparameters, their GGUF keys, its tensor
list and llama3 rope scaling. The catalog, the planner, the converter and the test-model
builder all describe a Llama with `architecture.LlamaArchitecture`.

  architecture     LlamaArchitecture, Llama3RopeScaling, checks, GGUF keys and tensor shapes
  rope             llama3 rope scaling as llama.cpp's per-dimension frequency divisors
  header_check     check_llama_header: a GGUF header's numbers against each other and its
                   tensors, before the engine loads a file or the planner sizes it
  tokenizer_names  the pre-tokenizer names llama.cpp accepts
"""
