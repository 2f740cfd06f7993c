"""What this computer has for running Llama: RAM (free, within any cgroup limit), CPU, GPUs.

  detect    detect_hardware() -> HardwareSnapshot; every probe with a timeout, failing soft
  linux     /proc, /sys cgroup and DRM file-tree probes (CPU flags, cgroup memory, AMD GPUs)
  nvidia    the one adapter for nvidia-ml-py: NVIDIA GPUs with total and free VRAM
"""
