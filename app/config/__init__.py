"""The person's settings, kept in the config folder: models folder, hub address, threads,
default context and KV cache type (settings.py), and the Hugging Face token (a file of
its own, readable by its owner only, never logged or shown in full)."""
