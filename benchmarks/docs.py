"""Benchmark of document indexing: extraction, chunking, indexing, keyword search, embeddings, vector search.

    .venv/bin/python benchmarks/docs.py               # a 300-page PDF, 2,000 Thai paragraphs
    .venv/bin/python benchmarks/docs.py --pages 1000
    .venv/bin/python benchmarks/docs.py --embedding-model multilingual-e5-small-q8_0.gguf

Embeddings: passages/s through Paddock (LlamaEmbedder.embed_passages: prefix, batches,
normalization) against llama-cpp-python's own Llama(embedding=True).embed(normalize=True)
of the same passages with the same context, in the same run (the ratio is Paddock's
overhead; target >= 0.95). Without --embedding-model the model is a random-weight BERT
of multilingual-e5-small's shape (12 layers, 384 wide; a small vocabulary, which costs
nothing in an encoder's time). Vector search: top-10 over --vectors random normalized
384-dimensional vectors stored in SQLite (float16) and held as one float32 matrix;
p50/p95 of the exact search alone and of the whole hybrid retrieve(); and the matrix
product alone at 1,000,000 vectors (in memory, no SQLite) for what happens at 1M.

Prints pages/s for PDF extraction alone (pypdfium2, and pypdf when it is installed, for
the comparison behind the choice), for extraction + chunking, and for the whole
index_collection into SQLite; Thai segmentation in characters/s; keyword search p50/p95
over the chunks indexed. The PDF is written by the tests' own writer (Helvetica text,
40 lines a page). Run by hand, not by the tests.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.documents.chunking import chunk_blocks  # noqa: E402
from app.documents.collections import add_sources, ensure_collection  # noqa: E402
from app.documents.indexing import index_collection  # noqa: E402
from app.documents.pdf_reader import read_pdf  # noqa: E402
from app.documents.schema import open_documents  # noqa: E402
from app.documents.search import keyword_search  # noqa: E402
from app.documents.thai_words import words  # noqa: E402
from tests.app.documents.sample_files import write_pdf  # noqa: E402

THAI = "แมวของฉันชื่อส้มโอและมันชอบนอนบนหลังคาบ้านทุกวันเมื่อฝนตกมันจะวิ่งเข้ามาในบ้าน"


def _pages(count: int) -> list[list[str]]:
    return [[f"Page {p} of the manual. Section {p % 17} explains part {p * 7 % 101}."]
            + [f"Line {j}: the valve {p}-{j} opens when lever {j % 9} is pressed twice." for j in range(40)]
            for p in range(1, count + 1)]


def _rate(label: str, units: float, unit: str, seconds: float) -> None:
    print(f"{label:<42} {units / seconds:>10,.0f} {unit}/s  ({seconds:.2f} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--thai", type=int, default=2000, help="Thai paragraphs to segment")
    parser.add_argument("--embedding-model", type=Path, default=None, help="a real embedding GGUF")
    parser.add_argument("--vectors", type=int, default=200_000, help="chunks for the vector search")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--passages", type=int, default=32, help="passages to embed, each way")
    args = parser.parse_args()
    _indexing(args)
    from benchmarks.docs_vectors import embedding_rates, vector_search

    embedding_rates(args.embedding_model, args.threads, args.passages)
    vector_search(args.vectors)
    return 0


def _indexing(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        pdf = write_pdf(folder / "manual.pdf", _pages(args.pages))
        start = time.perf_counter()
        extraction = read_pdf(pdf)
        _rate("PDF extraction (pypdfium2)", args.pages, "pages", time.perf_counter() - start)
        try:
            import pypdf
        except ImportError:
            print("PDF extraction (pypdf)                     not installed")
        else:
            start = time.perf_counter()
            reader = pypdf.PdfReader(str(pdf))
            [page.extract_text() for page in reader.pages]
            _rate("PDF extraction (pypdf)", args.pages, "pages", time.perf_counter() - start)
        start = time.perf_counter()
        chunks = chunk_blocks(extraction.blocks)
        _rate("chunking (256 tokens, 32 overlap)", args.pages, "pages", time.perf_counter() - start)
        start = time.perf_counter()
        segmented = sum(len(words(f"{n} {THAI}{n}")) for n in range(args.thai))
        seconds = time.perf_counter() - start
        _rate(f"Thai segmentation ({segmented:,} words)", args.thai * (len(THAI) + 6), "chars", seconds)
        (folder / "thai.txt").write_text("\n\n".join(f"{n} {THAI}" for n in range(args.thai)), encoding="utf-8")
        db = open_documents(Path(tmp) / "documents.sqlite3")
        collection = ensure_collection(db, "bench")
        add_sources(db, collection, [folder])
        start = time.perf_counter()
        index_collection(db, collection)
        _rate("index_collection (PDF + Thai text)", args.pages, "pages", time.perf_counter() - start)
        total = db.scalar("SELECT count(*) FROM chunks")
        times = []
        for n in range(200):
            query = f"lever {n % 9} valve {n}" if n % 2 else "หลังคาบ้าน"
            start = time.perf_counter()
            keyword_search(db, collection, query, limit=10)
            times.append((time.perf_counter() - start) * 1000)
        db.close()
        cuts = statistics.quantiles(times, n=20)
        print(f"keyword search, top 10 of {total:,} chunks ({len(chunks):,} from the PDF): "
              f"p50 {statistics.median(times):.2f} ms, p95 {cuts[18]:.2f} ms")


if __name__ == "__main__":
    sys.exit(main())
