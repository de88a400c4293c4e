"""The installed llama.cpp was built for this CPU; builds for other CPUs are refused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.model.cpu import (
    build_record,
    check_build,
    check_features,
    cpu_flags,
    isa_flags,
)
from app.model.llm import make_llm

# AMX tile instructions: ggml's AMX path faults with them on Sapphire Rapids class Xeons
AMX_MNEMONICS = ("tilezero", "tileloadd", "tilestored", "ldtilecfg", "tdpbssd", "tdpbf16ps")


def test_the_installed_build_was_made_for_this_cpu():
    record = build_record()
    assert record is not None, "llama-cpp-python was not installed by `make install`"
    result = check_build(record, cpu_flags())
    assert result.ok, result.message
    assert "-mno-amx-tile" in record["cflags"] and "-mno-amx-int8" in record["cflags"]


def test_the_installed_library_holds_no_amx_instruction():
    import llama_cpp  # only to find its files; nothing is loaded into the model here

    objdump = shutil.which("objdump")
    if objdump is None:
        pytest.skip("objdump (binutils) is not installed")
    lib = Path(llama_cpp.__file__).parent / "lib" / "libggml-cpu.so"
    code = subprocess.run([objdump, "-d", str(lib)], capture_output=True, text=True).stdout
    assert len(code) > 100_000
    assert not [m for m in AMX_MNEMONICS if f"\t{m} " in code or f"\t{m}\n" in code]


def test_a_build_for_a_cpu_with_more_instruction_sets_is_refused():
    here = cpu_flags()
    absent = next(
        f for f in ("amx_tile", "avx512_fp16", "avx10_1", "sse4a", "avx2") if f not in here
    )
    record = {"cpu_model": "Big Xeon", "cpu_flags": sorted(here | {absent, "hypervisor"})}
    result = check_build(record, here)
    assert not result.ok and result.missing == [absent]
    assert absent in result.message and "make install" in result.message
    # flags that name no instruction set never count
    assert check_build({"cpu_flags": sorted(here | {"made_up_flag"})}, here).ok
    assert isa_flags({"avx2", "avx512_vnni", "amx_int8", "hypervisor", "tsc"}) == {
        "avx2", "avx512_vnni", "amx_int8"}  # fmt: skip


def test_no_record_is_allowed_but_said():
    result = check_build(None, cpu_flags())
    assert result.ok and "not installed by `make install`" in result.message


def test_compiled_features_are_checked_and_amx_is_refused():
    info = "CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | AVX512 = 1 | AMX_INT8 = 0 | LLAMAFILE = 1 |"
    assert check_features(info, {"pni", "avx", "avx2", "avx512f"}).ok
    lacking = check_features(info, {"pni", "avx", "avx2"})
    assert not lacking.ok and "AVX512" in lacking.message
    amx = check_features(info.replace("AMX_INT8 = 0", "AMX_INT8 = 1"), {"amx_int8", "avx2"})
    assert not amx.ok and "AMX_INT8" in amx.message


def test_a_refused_build_answers_by_quoting_and_says_why(settings, model_file, monkeypatch):
    import app.model.cpu as cpu

    bad = {"cpu_model": "Big Xeon", "cpu_flags": sorted(cpu_flags() | {"amx_tile", "x"})}
    if "amx_tile" in cpu_flags():
        bad["cpu_flags"].append("avx10_2")
    monkeypatch.setattr(cpu, "build_record", lambda prefix=None: bad)
    llm = make_llm(settings.model_copy(update={"models_dir": model_file.parent}))
    status = llm.worker.status()
    assert status.state == "failing" and "which this CPU lacks" in status.message
    assert llm.worker.pid is None  # never started
