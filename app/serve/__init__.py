"""The OpenAI-compatible HTTP API of `paddock-cli serve`.

Plain modules hold the API's meaning, testable without a server: `openai_requests.py`
turns request bodies into engine requests, `openai_responses.py` writes OpenAI's JSON,
`stop_text.py` cuts replies at stop sequences, `tool_calls.py` writes tools into the
prompt and reads calls back in Llama 3.1's own format, `fair_queue.py` lets requests take turns
on an engine, `served_model.py` says whether a model is ready, `service.py` runs one chat
request against the engine and `embeddings.py` one embeddings request against an
embedding model's engine; `access.py` says who may connect. `http_api.py`
is the only importer of FastAPI, Starlette and uvicorn: routes, server-sent events,
API keys, disconnects.
"""
