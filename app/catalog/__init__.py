"""The Llama models Paddock offers (models_catalog.yaml), validated on load.

  entries   load_catalog() -> Catalog of frozen CatalogEntry objects (architecture, licence,
            Hugging Face repository, GGUF files per quantization)
"""
