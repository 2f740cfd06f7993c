"""`paddock-cli serve`: the loaded model as an OpenAI-compatible HTTP API.

Listens on 127.0.0.1 (this computer only) unless --host says otherwise, which then needs
--api-key. The file is checked before anything listens; the server then starts at once
and loads the model after the planner's fit check (requests get a 503 until it is ready).
If the load fails, the server stops and the command says why.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from app.chat.model_loading import ModelLoader
from app.engine.client import EngineClient
from app.engine.preflight import check_model_file
from app.engine.settings import DEFAULT_CONTEXT, KV_CACHE_TYPES, LoadSettings, ModelInfo
from app.hardware.detect import detect_hardware
from app.serve.access import DEFAULT_HOST, DEFAULT_PORT, check_listen_address
from app.serve.embeddings import EmbeddingService
from app.serve.http_api import ApiServer
from app.serve.service import ApiService

API_KEY_VARIABLE = "PADDOCK_API_KEY"


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser(
        "serve",
        help="serve a local GGUF model through an OpenAI-compatible HTTP API",
        description="Serve a local GGUF model through an OpenAI-compatible API (/v1/models, "
        "/v1/chat/completions, /v1/completions, and /v1/embeddings with --embedding-model) for editors, scripts and OpenAI's clients. "
        f"Listens on {DEFAULT_HOST} (this computer only) unless --host is given. Ctrl-C stops.",
    )
    serve.add_argument("--model", "-m", type=Path, required=True, help="the .gguf file")
    serve.add_argument("--model-id", default=None,
                       help="the name clients use for the model (default: the file name without .gguf)")
    serve.add_argument("--host", default=DEFAULT_HOST,
                       help=f"address to listen on (default {DEFAULT_HOST}); any other needs --api-key")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=f"port to listen on (default {DEFAULT_PORT}; 0: any free port)")
    serve.add_argument("--api-key", default=os.environ.get(API_KEY_VARIABLE) or None,
                       help="require 'Authorization: Bearer KEY' on every request (at least 16 characters; "
                       f"default: ${API_KEY_VARIABLE}, which other users cannot see in the process list)")
    serve.add_argument("--ctx", type=int, default=DEFAULT_CONTEXT,
                       help=f"context length in tokens (default {DEFAULT_CONTEXT})")
    serve.add_argument("--kv", choices=KV_CACHE_TYPES, default="f16", help="KV cache type")
    serve.add_argument("--threads", type=int, default=None)
    serve.add_argument("--gpu-layers", type=int, default=0, help="layers to offload to the GPU (default 0)")
    serve.add_argument("--embedding-model", type=Path, default=None,
                       help="also serve /v1/embeddings with this .gguf (loaded for embeddings, in its own worker)")
    serve.add_argument("--embedding-ctx", type=int, default=2048,
                       help="the embedding model's context: the longest text it embeds, in tokens (default 2048)")
    serve.add_argument(
        "--force", action="store_true",
        help="load even when the memory planner says the model does not fit (it may crash or swap)",
    )
    serve.set_defaults(handler=run_serve)


def _announced(load: Callable[[], ModelInfo], last: bool) -> Callable[[], ModelInfo]:
    """`load`, then a line saying it is loaded ("Ready:" once the last model is)."""
    def load_and_say() -> ModelInfo:
        info = load()
        print(f"{'Ready' if last else 'Loaded'}: {info.name} ({info.file_type}, context {info.n_ctx:,} tokens).",
              file=sys.stderr, flush=True)
        return info
    return load_and_say


def _load_settings(args: argparse.Namespace) -> LoadSettings:
    settings = LoadSettings(model_path=args.model, n_ctx=args.ctx, kv_cache_type=args.kv, n_gpu_layers=args.gpu_layers)
    if args.threads:
        settings = replace(settings, n_threads=args.threads)
    return settings.validated()


def _embedding_settings(args: argparse.Namespace) -> LoadSettings:
    # the batch holds a whole text: llama.cpp pools each text in one batch
    settings = LoadSettings(model_path=args.embedding_model, n_ctx=args.embedding_ctx, n_batch=args.embedding_ctx,
                            n_ubatch=args.embedding_ctx, embeddings=True)
    if args.threads:
        settings = replace(settings, n_threads=args.threads)
    return settings.validated()


def _model_id(path: Path) -> str:
    return Path(path).name.removesuffix(".gguf")


def run_serve(args: argparse.Namespace, context: Any) -> int:
    check_listen_address(args.host, args.api_key)
    settings = _load_settings(args)
    header = check_model_file(settings)  # a file that cannot be used: nothing listens
    embedding = _embedding_settings(args) if args.embedding_model else None
    if embedding is not None:
        check_model_file(embedding)
    model_id = args.model_id or _model_id(args.model)
    with contextlib.ExitStack() as stack:
        client = stack.enter_context(EngineClient(context.paths.engine_log_file))
        loader = ModelLoader(client, detect_hardware)
        service = ApiService(client, _announced(lambda: loader.load(settings, force=args.force), embedding is None),
                             model_id)
        embeddings = None
        if embedding is not None:
            log_file = context.paths.engine_log_file
            embedder = stack.enter_context(EngineClient(log_file.with_name(f"{log_file.stem}-embeddings{log_file.suffix}")))
            embed_loader = ModelLoader(embedder, detect_hardware)
            embeddings = EmbeddingService(
                embedder, _announced(lambda: embed_loader.load(embedding, force=args.force), True),
                _model_id(args.embedding_model))
        server = ApiServer(service, host=args.host, port=args.port, api_key=args.api_key, embeddings=embeddings)
        print(f"Serving {header.name} as {model_id!r}"
              + (f" and {embeddings.model_id!r} for embeddings" if embeddings else "")
              + f" at {server.url}/v1 (OpenAI-compatible). Loading… Ctrl-C stops.", file=sys.stderr, flush=True)
        try:
            server.run()
        except KeyboardInterrupt:  # uvicorn raises Ctrl-C again once it has shut down: the way to stop
            pass
    for failed in (service, embeddings):
        if failed is not None and failed.load_error is not None:
            raise failed.load_error
    print("Stopped.", file=sys.stderr)
    return 0
