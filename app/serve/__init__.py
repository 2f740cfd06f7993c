"""The OpenAI-compatible HTTP API of `paddock-cli serve`.

Plain modules hold the API's meaning, testable without a server: `openai_requests.py`
turns request bodies into engine requests, `openai_responses.py` writes OpenAI's JSON,
`stop_text.py` cuts replies at stop sequences, `fair_queue.py` lets requests take turns
on the one engine, and `service.py` runs one request against the engine. `http_api.py`
is the only importer of FastAPI, Starlette and uvicorn: routes, server-sent events,
API keys, disconnects.
"""
