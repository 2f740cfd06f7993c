"""`paddock-cli serve`: the loaded model as an OpenAI-compatible HTTP API.

Listens on 127.0.0.1 (this computer only) unless --host says otherwise, which then needs
--api-key. The file is checked before anything listens; the server then starts at once
and loads the model after the planner's fit check (requests get a 503 until it is ready).
If the load fails, the server stops and the command says why.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.chat.model_loading import ModelLoader
from app.engine.client import EngineClient
from app.engine.preflight import check_model_file
from app.engine.settings import DEFAULT_CONTEXT, KV_CACHE_TYPES, LoadSettings, ModelInfo
from app.hardware.detect import detect_hardware
from app.serve.access import DEFAULT_HOST, DEFAULT_PORT, check_listen_address
from app.serve.http_api import ApiServer
from app.serve.service import ApiService


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser(
        "serve",
        help="serve a local GGUF model through an OpenAI-compatible HTTP API",
        description="Serve a local GGUF model through an OpenAI-compatible API (/v1/models, "
        "/v1/chat/completions, /v1/completions) for editors, scripts and OpenAI's clients. "
        f"Listens on {DEFAULT_HOST} (this computer only) unless --host is given. Ctrl-C stops.",
    )
    serve.add_argument("--model", "-m", type=Path, required=True, help="the .gguf file")
    serve.add_argument("--model-id", default=None,
                       help="the name clients use for the model (default: the file name without .gguf)")
    serve.add_argument("--host", default=DEFAULT_HOST,
                       help=f"address to listen on (default {DEFAULT_HOST}); any other needs --api-key")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=f"port to listen on (default {DEFAULT_PORT}; 0: any free port)")
    serve.add_argument("--api-key", default=None,
                       help="require 'Authorization: Bearer KEY' on every request (at least 16 characters)")
    serve.add_argument("--ctx", type=int, default=DEFAULT_CONTEXT,
                       help=f"context length in tokens (default {DEFAULT_CONTEXT})")
    serve.add_argument("--kv", choices=KV_CACHE_TYPES, default="f16", help="KV cache type")
    serve.add_argument("--threads", type=int, default=None)
    serve.add_argument("--gpu-layers", type=int, default=0, help="layers to offload to the GPU (default 0)")
    serve.add_argument(
        "--force", action="store_true",
        help="load even when the memory planner says the model does not fit (it may crash or swap)",
    )
    serve.set_defaults(handler=run_serve)


def _announce_ready(info: ModelInfo) -> ModelInfo:
    print(f"Ready: {info.name} ({info.file_type}, context {info.n_ctx:,} tokens).", file=sys.stderr, flush=True)
    return info


def run_serve(args: argparse.Namespace, context: Any) -> int:
    check_listen_address(args.host, args.api_key)
    settings = LoadSettings(model_path=args.model, n_ctx=args.ctx, kv_cache_type=args.kv,
                            n_gpu_layers=args.gpu_layers)
    if args.threads:
        settings = LoadSettings(**{**settings.__dict__, "n_threads": args.threads})
    header = check_model_file(settings.validated())  # a file that cannot be used: nothing listens
    model_id = args.model_id or Path(args.model).name.removesuffix(".gguf")
    with EngineClient(context.paths.engine_log_file) as client:
        loader = ModelLoader(client, detect_hardware)
        service = ApiService(client, lambda: _announce_ready(loader.load(settings, force=args.force)), model_id)
        server = ApiServer(service, host=args.host, port=args.port, api_key=args.api_key)
        print(f"Serving {header.name} as {model_id!r} at {server.url}/v1 (OpenAI-compatible). "
              "Loading the model… Ctrl-C stops.", file=sys.stderr, flush=True)
        try:
            server.run()
        except KeyboardInterrupt:  # uvicorn raises Ctrl-C again once it has shut down: the way to stop
            pass
    if service.load_error is not None:
        raise service.load_error
    print("Stopped.", file=sys.stderr)
    return 0
