"""The quantize dialog's figures: one option per planner-known quantization (F16 left
out), smallest first, each the planner's tensor sizes plus the source's non-tensor bytes,
and a fit that follows the memory of the computer."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.gguf_file import read_gguf_info
from app.hardware.detect import HardwareSnapshot
from app.planner.model_size import KNOWN_FILE_TYPES, architecture_of_file, quant_mix
from app.planner.plan import Fit
from app.planner.quantize_options import quantize_options
from tests.app.hub.support import write_small_gguf

MIB = 1024 * 1024
GIB = 1024 * MIB
LAPTOP = HardwareSnapshot(ram_total=16 * GIB, ram_available=12 * GIB, physical_cores=4, logical_cores=8,
                          cpu_name="Test CPU", cpu_flags=frozenset({"avx2"}), gpu_offload_supported=False,
                          system="Linux")


def test_sizes_are_the_planner_s_and_smallest_first(tmp_path: Path) -> None:
    info = read_gguf_info(write_small_gguf(tmp_path / "small-F16.gguf"))
    options = quantize_options(info, LAPTOP)
    assert {o.quant_type for o in options} == set(KNOWN_FILE_TYPES) - {"F16"}
    assert [o.file_bytes for o in options] == sorted(o.file_bytes for o in options)
    arch = architecture_of_file(info)
    header = info.file_size - info.tensor_bytes
    for option in options:
        assert option.file_bytes == header + sum(t.n_bytes for t in quant_mix(arch, option.quant_type))
        assert option.file_bytes < info.file_size and option.fits and option.fit is Fit.RAM
        assert option.n_ctx == min(4096, info.context_length)


def test_the_fit_follows_the_memory_free(tmp_path: Path) -> None:
    info = read_gguf_info(write_small_gguf(tmp_path / "small-F16.gguf"))
    tight = replace(LAPTOP, ram_total=2 * GIB, ram_available=GIB + MIB)  # 1 MiB above the headroom
    assert all(o.fit is Fit.NONE and not o.fits for o in quantize_options(info, tight))
