"""Remote backends: chat with a model served elsewhere over the OpenAI API (llama.cpp's
llama-server, vLLM, Ollama), through the same interface the chat uses for the local engine.

`openai_client` is the one adapter importing the HTTP client (loaded at the first remote
request); `remote_engine` is the engine a chat turn drives; `engine_switch` puts it beside
the local EngineClient; `records` and `errors` are its plain types and expected failures.
"""
