"""Remote backends: chat with a model served elsewhere over the OpenAI API (llama.cpp's
llama-server, vLLM, Ollama), through the same interface the chat uses for the local engine.

`openai_client` is the one adapter importing the HTTP client; `remote_engine` is the engine
the chat turn drives; `errors` are the expected failures (down, slow, refused).
"""
