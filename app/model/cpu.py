"""Is the installed llama.cpp built for this CPU?

`make install` builds llama-cpp-python with `-march=native` minus AMX and records the CPU
flags it was built on (tools/llama_wheel.py writes `<venv>/share/dispute-qa/llama-build.json`).
A build made on a CPU with instruction sets this one lacks dies with "Illegal instruction"
on the first answer, so such a build is refused before it is loaded. The loaded library's
own feature list (llama.cpp's system info) is checked too: an AMX build is refused, since
ggml's AMX path faults on Sapphire Rapids class Xeons (llama.cpp PR 26954).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import ModelError

RECORD = Path("share") / "dispute-qa" / "llama-build.json"
# /proc/cpuinfo flags that name instruction sets a compiler may emit (others describe the
# machine: "hypervisor", "constant_tsc", ... and do not matter to code built for it).
_ISA = re.compile(
    r"^(sse\w*|ssse3|pni|avx\w*|amx\w*|fma\w*|f16c|bmi\d|sha_ni|gfni|vaes|vpclmulqdq|"
    r"pclmulqdq|aes|movbe|popcnt|adx|abm|lzcnt|xop|tbm|clzero|rdpid|rdrand|rdseed)$"
)
# llama.cpp's system-info feature names for the CPU flags they need
_FEATURE_FLAGS = {
    "SSE3": "pni", "SSSE3": "ssse3", "AVX": "avx", "AVX2": "avx2", "F16C": "f16c",
    "FMA": "fma", "BMI2": "bmi2", "AVX_VNNI": "avx_vnni", "AVX512": "avx512f",
    "AVX512_VBMI": "avx512vbmi", "AVX512_VNNI": "avx512_vnni", "AVX512_BF16": "avx512_bf16",
    "AMX_INT8": "amx_int8",
}  # fmt: skip
REFUSED_FEATURES = {"AMX_INT8"}


@dataclass
class BuildCheck:
    """The outcome of comparing a llama.cpp build with this CPU."""

    ok: bool
    message: str
    built_on: str = ""
    missing: list[str] = field(default_factory=list)


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> set[str]:
    """This CPU's feature flags (empty where Linux's cpuinfo is absent)."""
    try:
        for line in cpuinfo.read_text().splitlines():
            if line.startswith(("flags", "Features")):
                return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def cpu_model(cpuinfo: Path = Path("/proc/cpuinfo")) -> str:
    """This CPU's model name."""
    try:
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def isa_flags(flags: set[str]) -> set[str]:
    """Only the flags that name instruction sets."""
    return {f for f in flags if _ISA.match(f)}


def build_record(prefix: Path | None = None) -> dict | None:
    """The record `make install` left of the llama.cpp build, or None."""
    path = (prefix or Path(sys.prefix)) / RECORD
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def check_build(record: dict | None, flags: set[str]) -> BuildCheck:
    """Whether a build with this record runs on a CPU with these flags."""
    if record is None:
        return BuildCheck(
            True,
            "llama-cpp-python was not installed by `make install` (no build record), so it "
            "cannot be checked against this CPU",
        )
    missing = sorted(isa_flags(set(record.get("cpu_flags", []))) - flags)
    built_on = str(record.get("cpu_model", "another CPU"))
    if missing:
        return BuildCheck(
            False,
            f"llama.cpp was built for a CPU with {', '.join(missing[:6])}"
            f"{' …' if len(missing) > 6 else ''}, which this CPU lacks ({built_on} build); "
            "run `make install` here to build it for this CPU",
            built_on,
            missing,
        )
    return BuildCheck(True, f"llama.cpp was built for this CPU ({built_on})", built_on)


def compiled_features(system_info: str) -> set[str]:
    """Feature names llama.cpp reports as compiled in ("AVX2 = 1" -> "AVX2")."""
    return {name for name, on in re.findall(r"(\w+) = (\d)", system_info) if on == "1"}


def check_features(system_info: str, flags: set[str]) -> BuildCheck:
    """The loaded library's compiled features against this CPU (and never AMX)."""
    compiled = compiled_features(system_info)
    refused = sorted(compiled & REFUSED_FEATURES)
    if refused:
        return BuildCheck(
            False,
            f"llama.cpp was built with {', '.join(refused)}, whose code path crashes with "
            "an illegal instruction; run `make install` to rebuild it without AMX",
        )
    missing = sorted(f for f in compiled if f in _FEATURE_FLAGS and _FEATURE_FLAGS[f] not in flags)
    if missing and flags:
        return BuildCheck(
            False,
            f"llama.cpp was built with {', '.join(missing)}, which this CPU lacks; run "
            "`make install` here to build it for this CPU",
            missing=missing,
        )
    return BuildCheck(True, "llama.cpp's compiled features all run on this CPU")


def require_runnable_build() -> None:
    """Raise ModelError (one line) when the installed build is not for this CPU."""
    result = check_build(build_record(), cpu_flags())
    if not result.ok:
        raise ModelError(result.message)
