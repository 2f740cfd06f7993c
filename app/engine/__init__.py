"""llama.cpp behind one interface. The model runs in a worker process (worker.py, holding a
LoadedModel from loaded_model.py); the app talks to it through EngineClient (client.py).
Only llama_backend.py imports llama_cpp."""
