"""Does decoding N sequences in one llama_decode batch beat decoding them one after another?

Usage: .venv/bin/python benchmarks/multi_sequence.py [--sizes 1,2,4,8] [--tokens 48]
           [--repeat 1] [--model PATH] [--threads 2] [--n-batch 256] [--ctx-per-seq 1024]
           [--kv-unified] [--verbose]

Uses llama-cpp-python's low-level API (no `Llama` wrapper). For each N in --sizes:

  batched     one context with n_seq_max=N and n_ctx=N*ctx_per_seq; the N prompts are
              prefilled one sequence at a time (chunks of n_batch tokens, as the app's
              worker does), then all N sequences advance together: one llama_decode per
              step holding one token for each sequence id 0..N-1.
  sequential  one context with n_seq_max=1; the same N prompts, each prefilled and then
              decoded alone, one after the other (what the app's single worker does today).

Every sequence generates exactly --tokens tokens by greedy argmax over llama_get_logits_ith
(an end-of-generation token does not stop the timing loop, so both modes do the same work;
the text shown and compared is cut at the first end-of-generation token). The KV cache is
cleared with llama_memory_seq_rm / llama_memory_clear between rounds. A warm-up decode runs
on each fresh context before timing. Prompts are the corpus/ news articles plus questions
from tests/data/seed_questions.jsonl, in the Qwen chat template, ~250-400 tokens each.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import re
import subprocess
import time
from pathlib import Path

import llama_cpp
import llama_cpp._logger as llama_logger
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = Path.home() / ".cache/dispute-qa/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SYSTEM = (
    "You are a careful assistant. Answer the user's question using only the article "
    "provided. Explain your answer in two or three sentences."
)


# ----------------------------------------------------------------------------- prompts


def build_prompts(count: int) -> list[str]:
    """`count` different chat prompts: a window of article paragraphs plus a question."""
    articles = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        paras = [p.strip() for p in path.read_text().split("\n") if p.strip()]
        articles.append(paras)
    questions = [
        json.loads(line)["question"]
        for line in (ROOT / "tests/data/seed_questions.jsonl").read_text().splitlines()
        if line.strip()
    ]
    prompts = []
    for i in range(count):
        paras = articles[i % len(articles)]
        start = (i // len(articles)) % max(1, len(paras) - 2)
        window = paras[start : start + 3] if len(paras) >= 3 else paras
        text = "\n".join(window)
        question = questions[i % len(questions)]
        prompts.append(
            f"<|im_start|>system\n{SYSTEM}<|im_end|>\n"
            f"<|im_start|>user\nArticle:\n{text}\n\nQuestion: {question}<|im_end|>\n"
            f"<|im_start|>assistant\n"
        )
    return prompts


# ----------------------------------------------------------------------------- llama.cpp


class Model:
    def __init__(self, path: str, threads: int, n_batch: int) -> None:
        llama_cpp.llama_backend_init()
        mparams = llama_cpp.llama_model_default_params()
        self.model = llama_cpp.llama_model_load_from_file(path.encode(), mparams)
        if not self.model:
            raise SystemExit(f"could not load {path}")
        self.vocab = llama_cpp.llama_model_get_vocab(self.model)
        self.n_vocab = llama_cpp.llama_vocab_n_tokens(self.vocab)
        self.threads = threads
        self.n_batch = n_batch

    def tokenize(self, text: str) -> list[int]:
        raw = text.encode()
        buf = (llama_cpp.llama_token * (len(raw) + 16))()
        n = llama_cpp.llama_tokenize(self.vocab, raw, len(raw), buf, len(buf), False, True)
        if n < 0:
            raise RuntimeError("tokenize buffer too small")
        return list(buf[:n])

    def detokenize(self, tokens: list[int]) -> str:
        out = bytearray()
        buf = ctypes.create_string_buffer(256)
        for tok in tokens:
            if llama_cpp.llama_vocab_is_eog(self.vocab, tok):
                break
            n = llama_cpp.llama_token_to_piece(self.vocab, tok, buf, len(buf), 0, False)
            out += buf.raw[:n]
        return out.decode("utf-8", errors="replace")

    def context(self, n_seq: int, ctx_per_seq: int, kv_unified: bool) -> Context:
        return Context(self, n_seq, ctx_per_seq, kv_unified)

    def close(self) -> None:
        llama_cpp.llama_model_free(self.model)


class Context:
    def __init__(self, m: Model, n_seq: int, ctx_per_seq: int, kv_unified: bool) -> None:
        self.m = m
        self.n_seq = n_seq
        p = llama_cpp.llama_context_default_params()
        p.n_ctx = ctx_per_seq * n_seq
        p.n_batch = max(m.n_batch, n_seq)
        p.n_ubatch = max(m.n_batch, n_seq)
        p.n_seq_max = n_seq
        p.n_threads = m.threads
        p.n_threads_batch = m.threads
        p.kv_unified = kv_unified
        p.no_perf = True
        self.ctx = llama_cpp.llama_init_from_model(m.model, p)
        if not self.ctx:
            raise SystemExit(f"could not create context (n_seq_max={n_seq})")
        self.mem = llama_cpp.llama_get_memory(self.ctx)
        self.cap = p.n_batch
        self.batch = llama_cpp.llama_batch_init(self.cap, 0, 1)

    def decode(self, entries: list[tuple[int, int, int, bool]]) -> None:
        """entries: (token, pos, seq_id, want_logits); len(entries) <= batch capacity."""
        b = self.batch
        for i, (tok, pos, seq, out) in enumerate(entries):
            b.token[i] = tok
            b.pos[i] = pos
            b.n_seq_id[i] = 1
            b.seq_id[i][0] = seq
            b.logits[i] = 1 if out else 0
        b.n_tokens = len(entries)
        rc = llama_cpp.llama_decode(self.ctx, b)
        if rc != 0:
            raise RuntimeError(f"llama_decode returned {rc}")

    def argmax(self, i: int) -> int:
        ptr = llama_cpp.llama_get_logits_ith(self.ctx, i)
        return int(np.ctypeslib.as_array(ptr, shape=(self.m.n_vocab,)).argmax())

    def prefill(self, tokens: list[int], seq: int) -> int:
        """Feed a whole prompt for one sequence in n_batch chunks; return the first token."""
        for start in range(0, len(tokens), self.cap):
            chunk = tokens[start : start + self.cap]
            last = start + len(chunk) == len(tokens)
            self.decode(
                [(t, start + j, seq, last and j == len(chunk) - 1) for j, t in enumerate(chunk)]
            )
        return self.argmax(len(tokens) - 1 - ((len(tokens) - 1) // self.cap) * self.cap)

    def clear(self) -> None:
        for s in range(self.n_seq):
            llama_cpp.llama_memory_seq_rm(self.mem, s, -1, -1)
        llama_cpp.llama_memory_clear(self.mem, True)

    def warm_up(self, tokens: list[int]) -> None:
        """Touch the weights and buffers: a full prefill, short ones, then one N-wide step."""
        lens = [len(tokens)] + [32] * (self.n_seq - 1)
        for s, n in enumerate(lens):
            self.prefill(tokens[:n], s)
        self.decode([(tokens[0], lens[s], s, True) for s in range(self.n_seq)])
        self.clear()

    def close(self) -> None:
        llama_cpp.llama_batch_free(self.batch)
        llama_cpp.llama_free(self.ctx)


# ----------------------------------------------------------------------------- runs


def run_batched(ctx: Context, prompts: list[list[int]], n_gen: int) -> dict:
    """Prefill each sequence, then advance all of them in one llama_decode per step."""
    n = len(prompts)
    ctx.clear()
    t0 = time.perf_counter()
    nxt = [ctx.prefill(toks, s) for s, toks in enumerate(prompts)]
    t_prefill = time.perf_counter() - t0
    outs = [[tok] for tok in nxt]
    pos = [len(toks) for toks in prompts]
    for _ in range(n_gen - 1):
        ctx.decode([(nxt[s], pos[s], s, True) for s in range(n)])
        nxt = [ctx.argmax(s) for s in range(n)]
        for s in range(n):
            outs[s].append(nxt[s])
            pos[s] += 1
    total = time.perf_counter() - t0
    ctx.clear()
    return {
        "prefill": t_prefill,
        "decode": total - t_prefill,
        "total": total,
        "finish": [total] * n,
        "outs": outs,
    }


def run_sequential(ctx: Context, prompts: list[list[int]], n_gen: int) -> dict:
    """Each prompt alone on a one-sequence context: prefill, decode, clear, next."""
    ctx.clear()
    t0 = time.perf_counter()
    t_prefill = 0.0
    outs, finish = [], []
    for toks in prompts:
        tp = time.perf_counter()
        tok = ctx.prefill(toks, 0)
        t_prefill += time.perf_counter() - tp
        out, pos = [tok], len(toks)
        for _ in range(n_gen - 1):
            ctx.decode([(tok, pos, 0, True)])
            tok = ctx.argmax(0)
            out.append(tok)
            pos += 1
        outs.append(out)
        finish.append(time.perf_counter() - t0)
        ctx.clear()
    total = time.perf_counter() - t0
    return {
        "prefill": t_prefill,
        "decode": total - t_prefill,
        "total": total,
        "finish": finish,
        "outs": outs,
    }


# ----------------------------------------------------------------------------- machine


def machine_line() -> str:
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    except OSError:
        lscpu = ""
    name = re.search(r"Model name:\s*(.+)", lscpu)
    flags = set((re.search(r"Flags:\s*(.+)", lscpu) or [None, ""])[1].split())
    amx = sorted(f for f in flags if f.startswith("amx"))
    return (
        f"cpu: {name.group(1).strip() if name else '?'}; nproc={os.cpu_count()}; "
        f"avx2={'avx2' in flags} avx512f={'avx512f' in flags} "
        f"avx512_vnni={'avx512_vnni' in flags} avx_vnni={'avx_vnni' in flags} "
        f"amx={','.join(amx) if amx else 'no'}"
    )


def loadavg() -> str:
    try:
        return Path("/proc/loadavg").read_text().strip()
    except OSError:
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1,2,4,8")
    parser.add_argument("--tokens", type=int, default=48)
    parser.add_argument("--model", default=str(DEFAULT_MODEL))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--n-batch", type=int, default=256)
    parser.add_argument("--ctx-per-seq", type=int, default=1024)
    parser.add_argument(
        "--kv-unified",
        action="store_true",
        help="one KV buffer shared by all sequences (default: one stream each)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each N this many times per mode; the median total is kept",
    )
    parser.add_argument("--verbose", action="store_true", help="show llama.cpp logs")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    llama_logger.set_verbose(args.verbose)
    print(machine_line())
    print("llama-cpp-python", llama_cpp.__version__)
    print("system_info:", llama_cpp.llama_print_system_info().decode(errors="replace").strip())
    print("load:", loadavg())

    m = Model(args.model, args.threads, args.n_batch)
    prompts = [m.tokenize(p) for p in build_prompts(max(sizes))]
    print("prompt tokens:", [len(p) for p in prompts])
    longest = max(len(p) for p in prompts) + args.tokens
    if longest > args.ctx_per_seq:
        raise SystemExit(f"--ctx-per-seq {args.ctx_per_seq} < {longest} needed")

    seq_ctx = m.context(1, args.ctx_per_seq, args.kv_unified)
    seq_ctx.warm_up(prompts[0])
    rows, all_outs = [], {}
    for n in sizes:
        ps = prompts[:n]
        bctx = m.context(n, args.ctx_per_seq, args.kv_unified)
        bctx.warm_up(prompts[0])
        bs, ss = [], []
        for _ in range(args.repeat):  # alternate modes so drifting CPU speed hits both
            bs.append(run_batched(bctx, ps, args.tokens))
            ss.append(run_sequential(seq_ctx, ps, args.tokens))
        bctx.close()
        b = sorted(bs, key=lambda r: r["total"])[len(bs) // 2]
        s = sorted(ss, key=lambda r: r["total"])[len(ss) // 2]
        # "same" compares the answer text (cut at the first end-of-generation token);
        # tokens generated after it only keep the timing loop uniform.
        match = sum(
            m.detokenize(bo) == m.detokenize(so)
            for bo, so in zip(b["outs"], s["outs"], strict=True)
        )
        first_diff = []
        for bo, so in zip(b["outs"], s["outs"], strict=True):
            d = next((i for i, (x, y) in enumerate(zip(bo, so, strict=False)) if x != y), None)
            first_diff.append(d)
        rows.append((n, b, s, match, first_diff))
        all_outs[n] = (b["outs"], s["outs"])
        b_all = [round(r["total"], 1) for r in bs]
        s_all = [round(r["total"], 1) for r in ss]
        print(
            f"  N={n}: batched {b['total']:.1f}s, sequential {s['total']:.1f}s, "
            f"same answers {match}/{n}  (all batched totals {b_all}, sequential {s_all})",
            flush=True,
        )

    print()
    print(
        f"{args.tokens} generated tokens per sequence; median of {args.repeat}; "
        f"threads={args.threads}, "
        f"n_batch={args.n_batch}, ctx/seq={args.ctx_per_seq}, kv_unified={args.kv_unified}"
    )
    head = (
        f"{'N':>2} | {'prefill s':>9} {'decode s':>8} {'total s':>7} {'gen tok/s':>9} "
        f"{'dec tok/s':>9} {'finish mean/max s':>17} | {'seq prefill':>11} {'seq decode':>10} "
        f"{'seq total':>9} {'seq gen tok/s':>13} {'seq finish mean/max':>19} | "
        f"{'speed-up':>8} {'dec x':>6} {'same':>5}"
    )
    print(head)
    print("-" * len(head))
    for n, b, s, match, _ in rows:
        gen = n * args.tokens
        bdec = n * (args.tokens - 1) / b["decode"]
        bf = f"{sum(b['finish']) / n:.1f}/{max(b['finish']):.1f}"
        sf = f"{sum(s['finish']) / n:.1f}/{max(s['finish']):.1f}"
        print(
            f"{n:>2} | {b['prefill']:>9.2f} {b['decode']:>8.2f} {b['total']:>7.2f} "
            f"{gen / b['total']:>9.2f} {bdec:>9.2f} {bf:>17} | {s['prefill']:>11.2f} "
            f"{s['decode']:>10.2f} {s['total']:>9.2f} {gen / s['total']:>13.2f} {sf:>19} | "
            f"{s['total'] / b['total']:>7.2f}x {s['decode'] / b['decode']:>5.2f}x "
            f"{match:>2}/{n:<2}"
        )
    print(
        "(gen tok/s = N*tokens/total incl. prefill; dec tok/s = decode-phase tokens/s; "
        "speed-up = sequential total / batched total; dec x = same for decode phase only)"
    )

    n_big = max(all_outs)
    bouts, souts = all_outs[n_big]
    eog = [
        next((i for i, t in enumerate(o) if llama_cpp.llama_vocab_is_eog(m.vocab, t)), None)
        for o in souts
    ]
    print(
        f"\nN={n_big}: first differing token index per sequence (None = identical):",
        rows[-1][4] if rows[-1][0] == n_big else "",
    )
    print(
        f"N={n_big}: sequential end-of-generation token index (None = none in {args.tokens}):", eog
    )
    shown = [0, 1] + [
        i for i in range(2, len(bouts)) if m.detokenize(bouts[i]) != m.detokenize(souts[i])
    ]
    for i in shown[:5]:
        print(f"[seq {i}] batched   : {m.detokenize(bouts[i])[:80]!r}")
        print(f"[seq {i}] sequential: {m.detokenize(souts[i])[:80]!r}")
    seq_ctx.close()
    m.close()
    print("load after:", loadavg())


if __name__ == "__main__":
    main()
