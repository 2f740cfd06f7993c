"""Benchmark of the conversation store: search latency and startup time.

    .venv/bin/python benchmarks/store.py                  # 100k and 1M messages
    .venv/bin/python benchmarks/store.py --sizes 100000   # quicker
    .venv/bin/python benchmarks/store.py --reply-words 150 350   # long replies, ~574 characters a message
    .venv/bin/python benchmarks/store.py --keep /tmp/paddock-bench --slowest 10   # build once, reuse

`--keep` keeps each built search database (named by vocabulary, seed, reply words and
size) and later runs with the same parameters search a copy of it instead of building it
again (minutes at 1M messages on 2 cores); a kept database made by an older schema is
migrated by open_store on the copy, and that time is what the build column shows.

Prints search latency (p50/p95 of `app.store.search.search`, 20 results with snippets)
over a query mix at each size, the worst case (a very common word), and the time to open
the store (quick_check, migrations check, recovery) and list the 100 most recent of
10,000 conversations. The text is random but realistic: words and word pieces of the Llama 3
tokenizer's vocabulary (Latin, Cyrillic, Arabic, Thai, Devanagari...; shared/fixtures) plus
German, French, Italian, Portuguese, Spanish, Hindi and Thai words, with Zipf-like
frequencies; `--vocabulary syllables` uses made-up words from 24 syllables instead, a
worst case where every trigram is common. Rows are inserted in batches straight through
the store's Database adapter. Run by hand, not by the tests.
"""

from __future__ import annotations

import argparse
import base64
import itertools
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.store.conversations import list_conversations  # noqa: E402
from app.store.database import Database  # noqa: E402
from app.store.opening import open_store  # noqa: E402
from app.store.search import SearchFilters, search  # noqa: E402
from app.store.textfold import search_text_for  # noqa: E402

REAL_WORDS = (
    "the and you what how can model question answer please thank explain code python error "
    "function memory context token weather recipe travel holiday meeting report summary "
    "über grüße straße möchte können danke bitte frage antwort erklären schön natürlich "
    "français très déjà où être réponse question merci expliquer problème café "
    "perché città però più così grazie risposta domanda spiegare "
    "você não está obrigado pergunta resposta explicar ação informação "
    "qué está cómo año niño gracias pregunta respuesta explicar también "
    "नमस्ते दुनिया धन्यवाद प्रश्न उत्तर समझाइए भारत भाषा कृपया है "
    "สวัสดี ขอบคุณ คำถาม คำตอบ ข้าวผัด ภาษาไทย อธิบาย ครับ ค่ะ ประเทศ"
).split()
REPLY_WORDS = (20, 80)  # words per assistant reply (--reply-words)
SYLLABLES = "ka lo mi nu re ta ven dor sil mar pen kri sto gal fu ze bra lin cor dus wen hal tri mo".split()


LLAMA3_VOCAB = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "llama3" / "tokenizer.model"


def llama3_words(size: int) -> list[str]:
    """Real words and word pieces of many scripts: the Llama 3 tokenizer's vocabulary in
    merge order (roughly most frequent first), letters only."""
    words: list[str] = []
    seen: set[str] = set()
    with LLAMA3_VOCAB.open("rb") as handle:
        for line in handle:
            try:
                token = base64.b64decode(line.split()[0]).decode("utf-8").strip()
            except (UnicodeDecodeError, ValueError):
                continue
            if len(token) >= 2 and token not in seen and all(unicodedata.category(c)[0] in "LM" for c in token):
                seen.add(token)
                words.append(token)
                if len(words) == size:
                    break
    return words


def vocabulary(rng: random.Random, size: int, kind: str) -> list[str]:
    """`kind` "llama3": realistic text; "syllables": made-up words from 24 syllables, where
    every trigram is common (a worst case for a trigram index)."""
    if kind == "llama3":
        # The words the queries look for, spread over frequency ranks 50-5000.
        words = [w for w in llama3_words(size) if w not in REAL_WORDS][: size - len(REAL_WORDS)]
        for word in dict.fromkeys(REAL_WORDS):
            words.insert(rng.randrange(50, 5000), word)
        return words
    words = list(dict.fromkeys(REAL_WORDS))
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class TextMaker:
    """Messages with Zipf-distributed words (so some words are everywhere, most are rare)."""

    def __init__(self, rng: random.Random, vocab: list[str]) -> None:
        self.rng, self.vocab = rng, vocab
        # Cumulative weights once: choices() with plain weights re-sums them on every call.
        self.cum_weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))

    def message(self, words: int) -> str:
        chosen = self.rng.choices(self.vocab, cum_weights=self.cum_weights, k=words)
        return " ".join(chosen)


def insert_conversations(db: Database, maker: TextMaker, rng: random.Random, first_id: int,
                         conversations: int, per_conversation: int, start_ms: int) -> None:
    models = ["llama-3.2-1b-instruct", "llama-3.1-8b-instruct", "llama-3.2-3b-instruct"]
    batch: list[tuple] = []
    conv_rows = []
    message_id = (db.scalar("SELECT max(id) FROM messages") or 0) + 1
    for cid in range(first_id, first_id + conversations):
        created = start_ms + cid * 60_000
        conv_rows.append((cid, f"c{cid:08x}", f"Conversation {cid}", "first_words", created,
                          created + per_conversation * 1000, 0, rng.choice(models), "You are helpful."))
        parent = None
        for index in range(per_conversation):
            role = "user" if index % 2 == 0 else "assistant"
            content = maker.message(rng.randint(4, 20) if role == "user" else rng.randint(*REPLY_WORDS))
            batch.append((message_id, f"m{message_id:010x}", cid, parent, role, content,
                          search_text_for(content), "done", created + index * 1000, created + index * 1000))
            parent = message_id
            message_id += 1
        if len(batch) >= 20_000:
            _flush(db, conv_rows, batch)
            conv_rows, batch = [], []
    _flush(db, conv_rows, batch)


def _flush(db: Database, conv_rows: list[tuple], batch: list[tuple]) -> None:
    with db.transaction():
        db.executemany(
            "INSERT INTO conversations (id, uuid, title, title_source, created_ms, updated_ms, pinned, "
            "model, system_prompt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", conv_rows)
        db.executemany(
            "INSERT INTO messages (id, uuid, conversation_id, parent_id, role, content, search_text, "
            "status, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
        db.execute("UPDATE conversations SET current_message_id = "
                   "(SELECT max(id) FROM messages m WHERE m.conversation_id = conversations.id) "
                   "WHERE current_message_id IS NULL")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def queries(rng: random.Random, vocab: list[str], count: int) -> list[str]:
    out = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.6:
            out.append(rng.choice(vocab))
        elif kind < 0.8:
            out.append(f"{rng.choice(vocab)} {rng.choice(vocab)}")
        elif kind < 0.9:
            out.append(rng.choice(REAL_WORDS[-20:]))  # Hindi and Thai words
        else:
            out.append(rng.choice(["uber", "strasse", "reponse", "perche", "informacao", "nino"]))
    return out


def time_queries(db: Database, qs: list[str], filters: SearchFilters = SearchFilters()) -> list[float]:
    for q in qs[:5]:
        search(db, q, filters=filters)
    times = []
    for q in qs:
        start = time.perf_counter()
        search(db, q, filters=filters)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _kept_name(size: int, seed: int, kind: str) -> str:
    return f"search-{kind}-{seed}-{REPLY_WORDS[0]}-{REPLY_WORDS[1]}-{size}.sqlite3"


def _copy_database(source: Path, destination: Path) -> None:
    """A plain file copy: the source is checkpointed and nothing writes to it meanwhile."""
    partial = destination.with_name(destination.name + ".partial")
    shutil.copyfile(source, partial)
    os.replace(partial, destination)


def bench_search(workdir: Path, sizes: list[int], n_queries: int, seed: int, kind: str,
                 keep: Optional[Path] = None, slowest: int = 0) -> list[tuple[str, ...]]:
    rng = random.Random(seed)
    vocab = vocabulary(rng, 30_000, kind)
    maker = TextMaker(rng, vocab)
    path = workdir / "search.sqlite3"
    per_conversation = 20
    # --keep: databases built by an earlier run with the same parameters are reused (a
    # copy is searched, so the kept one stays as built, in the schema of its day).
    kept = [keep / _kept_name(size, seed, kind) for size in sizes] if keep else []
    reuse = bool(kept) and all(k.exists() for k in kept)
    rows = []
    have = 0
    store = open_store(path, backup_every=None)
    for index, size in enumerate(sizes):
        start = time.perf_counter()
        if reuse:
            store.close()
            for suffix in ("", "-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            _copy_database(kept[index], path)
            start = time.perf_counter()  # the store's own work on an old file (migrations) counts
            store = open_store(path, backup_every=None, backups_dir=workdir / "backups")
            db = store.connection()
        else:
            db = store.connection()
            insert_conversations(db, maker, rng, have // per_conversation + 1,
                                 (size - have) // per_conversation, per_conversation, 1_600_000_000_000)
        have = size
        built = time.perf_counter() - start
        db.checkpoint()
        if kept and not reuse:
            _copy_database(path, kept[index])
        mb = sum(p.stat().st_size for p in workdir.glob("search.sqlite3*") if p.is_file()) / 1e6
        qs = queries(random.Random(seed + size), vocab, n_queries)
        times = time_queries(db, qs)
        common = time_queries(db, ["the"] * 20)
        short = time_queries(db, ["ka"] * 10)
        short_miss = time_queries(db, ["☃☃"] * 5)  # 2 characters found nowhere: a full scan
        chars = db.scalar("SELECT avg(length(content)) FROM messages")
        filtered = time_queries(db, qs[:50], SearchFilters(conversation_id=size // per_conversation // 2))
        rows.append((f"{size:,}", f"{statistics.median(times):.1f}", f"{percentile(times, 0.95):.1f}",
                     f"{statistics.median(common):.0f}", f"{statistics.median(short):.0f}",
                     f"{statistics.median(short_miss):,.0f}",
                     f"{percentile(filtered, 0.95):.1f}", f"{built:.0f}" + (" (reused)" if reuse else ""),
                     f"{mb:,.0f}", f"{chars:.0f}"))
        print(f"  {size:,} messages: {'reused, opened' if reuse else 'built'} in {built:.0f} s, {mb:,.0f} MB; "
              f"p50 {rows[-1][1]} ms, p95 {rows[-1][2]} ms", flush=True)
        if slowest:
            for ms, q in sorted(zip(times, qs), reverse=True)[:slowest]:
                print(f"    {ms:7.1f} ms  {q!r}")
    store.close()
    start = time.perf_counter()
    with open_store(path, backup_every=None) as again:  # quick_check reads the whole file
        list_conversations(again.connection(), limit=100)
    print(f"  open_store (quick_check of the whole file) + list at {have:,} messages: "
          f"{(time.perf_counter() - start) * 1000:,.0f} ms", flush=True)
    return rows


def bench_startup(workdir: Path, seed: int, kind: str) -> tuple[float, float, float]:
    rng = random.Random(seed)
    maker = TextMaker(rng, vocabulary(rng, 30_000, kind))
    path = workdir / "startup.sqlite3"
    store = open_store(path, backup_every=None)
    insert_conversations(store.connection(), maker, rng, 1, 10_000, 10, 1_600_000_000_000)
    store.connection().checkpoint()
    store.close()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        with open_store(path, backup_every=None) as again:
            listed = list_conversations(again.connection(), limit=100)
        times.append((time.perf_counter() - start) * 1000)
        assert len(listed) == 100
    code = ("import time; t=time.perf_counter(); from app.store.opening import open_store; "
            "from app.store.conversations import list_conversations; "
            f"s=open_store({str(path)!r}, backup_every=None); list_conversations(s.connection(), limit=100); "
            "s.close(); print((time.perf_counter()-t)*1000)")
    process_times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                       cwd=Path(__file__).resolve().parent.parent)
        process_times.append((time.perf_counter() - start) * 1000)
    size_mb = path.stat().st_size / 1e6
    return statistics.median(times), statistics.median(process_times), size_mb


def main() -> int:
    global REPLY_WORDS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    parser.add_argument("--vocabulary", choices=("llama3", "syllables"), default="llama3",
                        help="llama3: realistic multilingual words (default); syllables: a worst case")
    parser.add_argument("--reply-words", type=int, nargs=2, default=list(REPLY_WORDS), metavar=("MIN", "MAX"),
                        help="words per assistant reply (default 20 80; 150 350 gives ~574 characters a message)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="folder where built search databases are kept and reused by later runs")
    parser.add_argument("--slowest", type=int, default=0, help="print the N slowest queries of the mix")
    args = parser.parse_args()
    REPLY_WORDS = tuple(args.reply_words)
    if args.vocabulary == "llama3" and not LLAMA3_VOCAB.exists():
        print(f"{LLAMA3_VOCAB} is missing; using --vocabulary syllables", file=sys.stderr)
        args.vocabulary = "syllables"
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}, vocabulary {args.vocabulary}")
    with tempfile.TemporaryDirectory(prefix="paddock-bench-", dir=args.dir) as tmp:
        workdir = Path(tmp)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
        rows = bench_search(workdir, sorted(args.sizes), args.queries, args.seed, args.vocabulary,
                            args.keep, args.slowest)
        print("\n| messages | search p50 (ms) | search p95 (ms) | common word 'the' p50 (ms) "
              "| 2-letter word p50 (ms) | 2-letter, no match (ms) | one conversation p95 (ms) "
              "| build (s) | size (MB) | avg chars/message |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        in_process, whole_process, size_mb = bench_startup(workdir, args.seed, args.vocabulary)
        print(f"\nStartup, 10,000 conversations (100,000 messages, {size_mb:,.0f} MB): open_store + list "
              f"100 most recent = {in_process:.0f} ms in process; a fresh Python process doing it "
              f"(imports included) = {whole_process:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
