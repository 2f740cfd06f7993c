"""Will it fit, and how fast? Model sizes, the memory plan, the fit check and expected speed.

  model_size  tensor sizes per quantization (llama.cpp's mix), ModelFootprint
  memory      what llama.cpp allocates for a model and settings: weights, KV cache, buffers
  plan        fit per model x quantization x context, the grid, the recommendation
  fit_check   refuse a load that would not fit, naming what would (ModelTooLargeError)
  speed       expected tokens/s from measured memory bandwidth
  measure     what llama.cpp really allocated (its log lines, /proc), to check the plan
"""
