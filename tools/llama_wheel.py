"""Build and install llama-cpp-python for the CPU of this machine, and only this kind of CPU.

`make install` runs this with the venv's python before installing the project:

    python tools/llama_wheel.py install

llama.cpp is compiled with `-march=native` (all the instruction sets of the building CPU,
so AVX2 / AVX-512 / VNNI speed is kept) but never with AMX: ggml's AMX matmul path runs a
tile instruction without a valid tile configuration and dies with SIGILL on Intel Xeons of
the Sapphire Rapids class (upstream llama.cpp PR 26954). An explicit `-mno-amx-*` wins over
`-march=native` in gcc whatever the order.

pip caches built wheels by version alone, so a wheel built on an AVX-512 machine would be
reused on an AVX2 one and die there. Here the wheel lives in a folder keyed by the CPU's
instruction-set flags and the compiler, is built with pip's cache off, and a record of the
flags it was built for (`llama-build.json`) is installed beside it; the app refuses a build
whose flags this CPU lacks (`app/engine/cpu.py`).

Standard library only: it runs before anything else is installed.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VERSION = "0.3.36"
NO_AMX = "-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
RECORD_NAME = "llama-build.json"


def cpu_flags() -> list[str]:
    """The CPU's feature flags as Linux reports them (empty where /proc/cpuinfo is absent)."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    for line in text.splitlines():
        if line.startswith(("flags", "Features")):
            return sorted(set(line.split(":", 1)[1].split()))
    return []


def cpu_model() -> str:
    """The CPU's model name, for records and messages."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def compiler() -> str:
    """The C compiler's first version line (part of the cache key: it decides the code)."""
    cc = os.environ.get("CC", "cc")
    try:
        out = subprocess.run([cc, "--version"], capture_output=True, text=True, check=True)
        return out.stdout.splitlines()[0]
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "unknown"


def cache_key(flags: list[str], cc: str) -> str:
    """Folder name for wheels built on a CPU with these flags by this compiler."""
    digest = hashlib.sha256(
        "\n".join([VERSION, platform.machine(), cc, NO_AMX, *flags]).encode()
    ).hexdigest()
    return f"{platform.machine()}-{digest[:16]}"


def cache_root() -> Path:
    """Per-user cache folder shared by every checkout on this machine."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dispute-qa" / "llama-wheels"


def build(folder: Path, flags: list[str], cc: str) -> Path:
    """Build the wheel into `folder` (through a temporary folder, renamed when complete)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["CMAKE_ARGS"] = (env.get("CMAKE_ARGS", "") + " -DGGML_NATIVE=ON").strip()
    env["CFLAGS"] = (env.get("CFLAGS", "") + " " + NO_AMX).strip()
    env["CXXFLAGS"] = (env.get("CXXFLAGS", "") + " " + NO_AMX).strip()
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
    started = time.monotonic()
    print(f"building llama-cpp-python {VERSION} for this CPU (about 7 min on 2 cores, once)")
    with tempfile.TemporaryDirectory(dir=folder.parent, prefix=".building-") as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-cache-dir",
             "--no-binary", "llama-cpp-python", f"llama-cpp-python=={VERSION}", "-w", tmp],
            env=env, check=True,
        )  # fmt: skip
        record = {
            "llama_cpp_python": VERSION,
            "machine": platform.machine(),
            "cpu_model": cpu_model(),
            "cpu_flags": flags,
            "compiler": cc,
            "cflags": env["CFLAGS"],
            "cmake_args": env["CMAKE_ARGS"],
            "build_seconds": round(time.monotonic() - started),
        }
        Path(tmp, RECORD_NAME).write_text(json.dumps(record, indent=1))
        # another process may have finished the same build first: then keep theirs
        with contextlib.suppress(OSError):
            os.rename(tmp, folder)
    return folder


def install(args: argparse.Namespace) -> int:
    """Install the wheel built for this CPU, building it first when the cache has none."""
    flags, cc = cpu_flags(), compiler()
    folder = (args.cache or cache_root()) / cache_key(flags, cc)
    wheels = sorted(folder.glob("llama_cpp_python-*.whl"))
    if not wheels:
        build(folder, flags, cc)
        wheels = sorted(folder.glob("llama_cpp_python-*.whl"))
    record_dst = Path(sys.prefix) / "share" / "dispute-qa" / RECORD_NAME
    if _installed_record(record_dst) == (folder / RECORD_NAME).read_text():
        return 0
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall",
         "--no-cache-dir", str(wheels[-1])],
        check=True,
    )  # fmt: skip
    record_dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(folder / RECORD_NAME, record_dst)
    print(f"llama-cpp-python {VERSION} installed from {wheels[-1]}")
    return 0


def _installed_record(path: Path) -> str | None:
    try:
        return path.read_text()
    except OSError:
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["install", "key"])
    parser.add_argument("--cache", type=Path, help="wheel cache folder (default: per user)")
    args = parser.parse_args()
    if args.command == "key":
        print(cache_key(cpu_flags(), compiler()))
        return 0
    return install(args)


if __name__ == "__main__":
    sys.exit(main())
