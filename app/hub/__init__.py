"""Models from the hub: download, installed models, convert (safetensors -> GGUF), quantize."""
