"""Scripted evaluation: a question set in, one answer-JSON line per question out, resumable.

A question row is `question` (or `user_input`), an optional `id`, optional `history` and
optional `documents`; a row with documents is answered from those documents only, in a
throwaway index. Every other field is carried through to the output line, so expectations
travel with the answers and a results file can be scored (and compared) on its own.
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.errors import DisputeQAError, InputPathError

from .metrics import TextLookup

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import BaseChatModel

    from ingest.chunking import Tokenizer
    from ingest.settings import Settings

    from ..engine.answering import AnswerEngine

log = logging.getLogger(__name__)

DOCS_FOLDER = "docs"
MAX_DOCUMENT_SOURCES = 8  # sources considered when a row brings its own documents


def half_of(qid: str) -> str:
    """A row's half of a dev set, by a stable hash of its id: "tune" or "check"."""
    import hashlib

    return "tune" if hashlib.sha256(qid.encode()).digest()[0] % 2 == 0 else "check"


def document_source(index: int) -> str:
    """Source name of a row's index-th document in its throwaway index."""
    return f"{DOCS_FOLDER}/doc{index:02d}.txt"


def document_texts(row: dict) -> dict[str, str]:
    """A row's own documents by source name (what its citations must quote)."""
    docs = row.get("documents") or []
    return {document_source(i): d.get("text", "") for i, d in enumerate(docs)}


def question_of(row: dict) -> object:
    """A row's question: `question`, or ragas' `user_input`."""
    return row.get("question", row.get("user_input"))


def carried(row: dict) -> dict:
    """The row's fields that go to its output line as they are (all but id and question)."""
    return {k: v for k, v in row.items() if k not in ("id", "question")}


def read_questions(path: Path) -> tuple[list[dict], list[str]]:
    """Question rows with their ids, and one-line problems for lines that are not questions."""
    if not path.is_file():
        raise InputPathError(f"question file not found: {path}")
    rows, problems, seen = [], [], set()
    with path.open(encoding="utf-8-sig", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path.name} line {number}: not JSON ({exc.msg}); skipped")
                continue
            problem = _row_problem(row)
            if problem:
                problems.append(f"{path.name} line {number}: {problem}; skipped")
                continue
            qid = str(row.get("id") if row.get("id") is not None else f"q{number}")
            if qid in seen:
                problems.append(f"{path.name} line {number}: duplicate id {qid!r}; skipped")
                continue
            seen.add(qid)
            rows.append({**row, "id": qid})
    return rows, problems


def _row_problem(row: object) -> str | None:
    """Why a parsed line cannot be asked, or None."""
    if not isinstance(row, dict):
        return "not a JSON object"
    question = question_of(row)
    if not isinstance(question, str) or not question.strip():
        return 'no "question" (or "user_input") text'
    docs = row.get("documents")
    if docs is not None and not (
        isinstance(docs, list) and all(isinstance(d, dict) and "text" in d for d in docs)
    ):
        return '"documents" must be a list of objects with "text"'
    history = row.get("history")
    if history is not None and not isinstance(history, list):
        return '"history" must be a list of {role, content}'
    return None


def read_results(path: Path) -> list[dict]:
    """Result lines of an earlier run; a line cut short by an interruption is dropped."""
    if not path.is_file():
        return []
    results = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            results.append(json.loads(line))
        except json.JSONDecodeError:
            log.warning("dropping an incomplete line of %s (interrupted run)", path)
    return results


class Evaluator:
    """Answers question rows: from the configured index, or from a row's own documents."""

    def __init__(
        self,
        settings: Settings,
        embeddings: Embeddings,
        tokenizer: Tokenizer,
        llm: BaseChatModel | None,
        corpus_engine: Callable[[], AnswerEngine],
    ) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.tokenizer = tokenizer
        self.llm = llm
        self._corpus_engine_factory = corpus_engine
        self._corpus_engine: AnswerEngine | None = None

    def answer(self, row: dict) -> dict:
        """The output line of one row: answer JSON plus the row's other fields."""
        question = question_of(row)
        history = row.get("history") or []
        if row.get("documents"):
            answer = self._ask_documents(row["documents"], question, history, row["id"])
        else:
            if self._corpus_engine is None:
                self._corpus_engine = self._corpus_engine_factory()
            answer = self._corpus_engine.ask(question, history, row["id"])
        return {**answer.as_dict(), **carried(row)}

    def _ask_documents(self, docs: list[dict], question: str, history: list, qid: str):
        """Ingest the documents into a throwaway index and ask there."""
        from ingest.indexing import open_store
        from ingest.manifest import Manifest
        from ingest.pipeline import Ingestor

        from ..engine.wiring import engine_over

        with tempfile.TemporaryDirectory(prefix="dispute-qa-eval-") as tmp:
            folder = Path(tmp) / DOCS_FOLDER
            folder.mkdir()
            for i, doc in enumerate(docs):
                (Path(tmp) / document_source(i)).write_text(str(doc["text"]), encoding="utf-8")
            sources = max(self.settings.max_sources, min(len(docs), MAX_DOCUMENT_SOURCES))
            settings = self.settings.model_copy(
                update={"data_dir": Path(tmp) / "data", "chroma_url": None, "max_sources": sources}
            )
            manifest = Manifest(settings.manifest_path)
            store = None
            try:
                store = open_store(settings, self.embeddings)
                Ingestor(settings, store, manifest, self.embeddings, self.tokenizer).run([folder])
                engine = engine_over(settings, store, manifest, self.embeddings, self.llm)
                return engine.ask(question, history, qid)
            finally:
                manifest.close()
                if store is not None:
                    store.close()  # else Chroma keeps every row's index in memory

    def run(self, rows: list[dict], out: Path, progress: bool = True) -> Iterator[dict]:
        """Answer rows in order, appending each line to `out` as soon as it is done."""
        from tqdm import tqdm

        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("a", encoding="utf-8") as sink:
            for row in tqdm(rows, desc="eval", unit="q", disable=not progress, smoothing=0.1):
                try:
                    line = self.answer(row)
                except DisputeQAError:  # store, model or data folder: every row would fail
                    raise
                except Exception as exc:  # one bad row must not stop a long run
                    log.warning("question %s failed: %s", row["id"], exc)
                    line = _error_line(row, exc)
                sink.write(json.dumps(line, ensure_ascii=False) + "\n")
                sink.flush()
                yield line


def _error_line(row: dict, exc: Exception) -> dict:
    """The output line of a question that could not be answered."""
    error = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
    return {
        "id": row["id"],
        "question": question_of(row),
        "answer": None,
        "abstained": None,
        "citations": [],
        "conflicts": [],
        "latency_ms": None,
        **carried(row),
        "error": error,
    }


def pending_rows(rows: list[dict], out: Path, resume: bool) -> tuple[list[dict], list[dict]]:
    """(rows still to ask, results kept). Without resume an existing file is replaced; with
    it, answered lines are kept and failed or unfinished ones are asked again."""
    if not resume:
        out.unlink(missing_ok=True)
        return rows, []
    wanted = {row["id"] for row in rows}
    kept = [r for r in read_results(out) if not r.get("error") and str(r.get("id")) in wanted]
    kept = list({str(r["id"]): r for r in kept}.values())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), "utf-8")
    done = {str(r["id"]) for r in kept}
    return [row for row in rows if row["id"] not in done], kept


def text_lookup(settings: Settings) -> TextLookup:
    """Where citations are checked: a row's own documents, else the configured index."""
    manifest = None

    def text_of(row: dict, source: str) -> str | None:
        nonlocal manifest
        if row.get("documents"):
            return document_texts(row).get(source)
        if manifest is None:
            from ingest.manifest import Manifest

            manifest = Manifest(settings.manifest_path)
        return manifest.text_of_source(source)

    return text_of


def evaluate(
    settings: Settings, questions: Path, out: Path, resume: bool, split: str | None = None
) -> list[dict]:
    """Answer every question not yet in `out` (only the `split` half, when given: see
    half_of); returns all result lines, in question order."""
    from ingest.embedding import load_tokenizer, make_embeddings

    from ..engine.wiring import engine_over
    from ..model.llm import make_llm, model_status

    rows, problems = read_questions(questions)
    for problem in problems:
        log.warning("%s", problem)
    if split is not None:
        rows = [row for row in rows if half_of(row["id"]) == split]
    todo, kept = pending_rows(rows, out, resume)
    if kept:
        log.warning("resuming: %d answered already, %d to go", len(kept), len(todo))
    results = list(kept)
    if todo:
        embeddings, llm = make_embeddings(settings), make_llm(settings)
        status = model_status(llm, settings)
        if status.state not in ("ready", "off"):
            log.warning("%s", status.message)

        def corpus_engine() -> AnswerEngine:
            from ingest.indexing import open_store
            from ingest.manifest import Manifest

            store = open_store(settings, embeddings)
            if store.count() == 0:
                raise InputPathError(
                    "the index is empty: run `dispute-qa ingest [PATH]` first (questions "
                    'without "documents" are answered from it)'
                )
            return engine_over(settings, store, Manifest(settings.manifest_path), embeddings, llm)

        evaluator = Evaluator(settings, embeddings, load_tokenizer(), llm, corpus_engine)
        results += list(evaluator.run(todo, out, progress=True))
    order = {row["id"]: i for i, row in enumerate(rows)}
    return sorted(results, key=lambda r: order.get(str(r.get("id")), len(order)))
