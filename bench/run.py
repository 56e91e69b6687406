#!/usr/bin/env python
"""The newsfacts benchmark (`make bench`): throughput, end-to-end cost, incremental cost, correctness.

    .venv/bin/python bench/run.py [-n 10000] [--seed 7] [--sample 1000] [--record] [--profile]

1. Corpus: ``bench/generate_corpus.py`` writes N documents and their gold facts, cached under
   ``bench_out/corpus-s<seed>-n<N>/`` (and the 101 documents the incremental runs add under
   ``bench_out/extra-s<seed>-from<N>-k101/``); later runs reuse them.
2. Extraction, single process, on a sample (every N/sample-th document): reading and extraction
   throughput (documents/s, characters/s of cleaned text), and quantulum3's quantity parser
   (``quantulum3.parser.parse``) on the same texts as the reference peer; quantulum3 is slow, so it
   runs on the first documents of the sample for ``--quantulum-seconds`` and its rate is taken per
   character. Then the same sample through ``newsfacts.batch.extract_many`` on all cores.
3. The real CLI (``newsfacts refresh``, a subprocess with its own DAGSTER_HOME) on a landing folder of
   the N documents with ``--full-refresh``: wall time, time per step (the CLI's progress lines, i.e.
   the Dagster run's step events; the dbt step split into models / tests from dbt's
   run_results.json), peak RSS of the process tree (psutil: CLI + pool workers + dbt, RSS summed, so
   shared pages count more than once: an upper bound).
4. Scoring: ``score.py --docs`` on the published warehouse (all N documents), the same warehouse on
   the sample only, and ``newsfacts.evaluation`` (the extractor alone) on the sample: scale must not
   change correctness.
5. Incremental refreshes adding 1 and then 100 documents to that warehouse (no --full-refresh).

Prints ONE table (measure, value, target, met); writes ``bench_out/results/<stamp>.json``; with
``--record`` appends the figures and the machine to ``docs/benchmarks.md``. Targets are printed, not
asserted. The machine is shared: the table reports how much CPU other processes used meanwhile.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import importlib.metadata
import io
import json
import os
import platform
import pstats
import re
import shutil
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GENERATOR = ROOT / "bench" / "generate_corpus.py"
DOCS_MD = ROOT / "docs" / "benchmarks.md"
EXTRA_K = 101  # 1 document, then 100 more

TARGETS = {
    "extract_cps": 1_000_000,        # characters/s per core
    "quantulum_ratio": 25,           # × quantulum3
    "full_wall": 60,                 # s, 10,000 documents end to end
    "peak_rss": 2 * 1024 ** 3,       # bytes
    "inc1_ratio": 0.10,              # 1 new document / full refresh
}


# --------------------------------------------------------------------------- corpus

def ensure_corpus(out: Path, seed: int, n: int) -> Path:
    """bench_out/corpus-s<seed>-n<n>: generated once, reused while its manifest matches."""
    corpus = out / f"corpus-s{seed}-n{n}"
    if _corpus_ok(corpus, seed, n):
        print(f"corpus: {corpus} (cached)", flush=True)
        return corpus
    print(f"corpus: generating {n} documents into {corpus} ...", flush=True)
    shutil.rmtree(corpus, ignore_errors=True)
    _generate("--out", str(corpus), "-n", str(n), "--seed", str(seed))
    return corpus


def ensure_extra(out: Path, seed: int, n: int, k: int = EXTRA_K) -> Path:
    """Documents n..n+k-1 of the same seed (what --only-new would add to the corpus), kept apart."""
    extra = out / f"extra-s{seed}-from{n}-k{k}"
    if _corpus_ok(extra, seed, k):
        return extra
    shutil.rmtree(extra, ignore_errors=True)
    _generate("--out", str(extra), "--only-new", str(k), "--start", str(n), "--seed", str(seed))
    return extra


def generator_fingerprint() -> str:
    """A hash of the generator's code: a cached corpus of another generator is generated again."""
    import hashlib

    h = hashlib.sha256()
    for name in ("generate_corpus.py", "corpus_templates.py", "corpus_vocab.py"):
        h.update((GENERATOR.parent / name).read_bytes())
    return h.hexdigest()[:16]


def _corpus_ok(folder: Path, seed: int, n: int) -> bool:
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
        if (folder / ".generator").read_text().strip() != generator_fingerprint():
            return False
    except (OSError, ValueError):
        return False
    docs = folder / "docs"
    return (manifest.get("seed") == seed and manifest.get("documents") == n and (folder / "gold.jsonl").exists()
            and docs.is_dir() and sum(1 for _ in docs.iterdir()) == n)


def _generate(*args: str) -> None:
    subprocess.run([sys.executable, str(GENERATOR), "-q", *args], check=True)
    out = Path(args[args.index("--out") + 1])
    (out / ".generator").write_text(generator_fingerprint() + "\n")


def link_files(files, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for f in files:
        target = dest / f.name
        try:
            os.link(f, target)
        except OSError:
            shutil.copy2(f, target)


def sample_of(files: list[Path], k: int) -> list[Path]:
    """Every len/k-th file: all styles and encodings, deterministic."""
    step = max(1, len(files) // k)
    return files[::step][:k]


def write_gold_subset(gold: Path, names: set[str], dest: Path) -> None:
    with open(gold, encoding="utf-8") as src, open(dest, "w", encoding="utf-8") as out:
        for line in src:
            if line.strip() and json.loads(line)["doc"] in names:
                out.write(line)


# --------------------------------------------------------------------------- extraction

def measure_extraction(paths: list[Path], quantulum_seconds: float, profile: Path | None, repeat: int = 3) -> dict:
    from newsfacts.batch import available_cores, extract_many, tune_gc
    from newsfacts.extract import extract_document
    from newsfacts.reading import read_document

    for p in paths[:5]:  # warm-up: lazy tables, regex caches
        extract_document(read_document(p))
    tune_gc()  # as in the extraction workers (newsfacts.batch)

    w0, c0 = time.perf_counter(), time.process_time()
    docs = [read_document(p) for p in paths]
    w1, c1 = time.perf_counter(), time.process_time()
    # the same pass `repeat` times: the best is the code's speed, the spread is the machine's noise
    passes = []
    for _ in range(max(1, repeat)):
        a_w, a_c = time.perf_counter(), time.process_time()
        facts = sum(len(extract_document(d)) for d in docs)
        passes.append((time.perf_counter() - a_w, time.process_time() - a_c))
    extract_wall = min(w for w, _ in passes)
    extract_cpu = min(c for _, c in passes)
    w2 = w1 + passes[0][0]
    chars = sum(len(d.text) for d in docs)
    r = {
        "sample_docs": len(docs), "sample_chars": chars, "sample_facts": facts,
        "read_wall": w1 - w0, "read_cpu": c1 - c0, "extract_wall": extract_wall, "extract_cpu": extract_cpu,
        "extract_passes_cpu": [c for _, c in passes],
        "extract_cps": chars / extract_wall, "extract_cps_cpu": chars / extract_cpu,
        "extract_cps_cpu_median": chars / sorted(c for _, c in passes)[len(passes) // 2],
        "extract_dps": len(docs) / extract_wall, "extract_dps_cpu": len(docs) / extract_cpu, "read_cps": chars / (w1 - w0),
        "read_extract_cps": chars / (w2 - w0), "read_extract_dps": len(docs) / (w2 - w0),
    }

    r.update(measure_real_samples(repeat))

    if profile is not None:
        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            extract_document(d)
        prof.disable()
        prof.dump_stats(profile)
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(r"newsfacts", 30)
        stats.print_callers(r"method 'search' of 're.Pattern'")
        r["profile_top"] = _short_paths(buf.getvalue())
        prof = cProfile.Profile()
        prof.enable()
        for p in paths:
            read_document(p)
        prof.disable()
        prof.dump_stats(profile.with_name(profile.stem + "-read.prof"))
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(15)
        r["profile_read_top"] = _short_paths(buf.getvalue())

    r.update(measure_quantulum(docs, quantulum_seconds))
    if r.get("quantulum_cps"):
        r["quantulum_ratio"] = r["extract_cps_cpu"] / r["quantulum_cps"]

    single = w2 - w0  # read + extract, one process
    workers = available_cores()
    p0 = time.perf_counter()
    results = extract_many(paths, workers=workers)
    p1 = time.perf_counter()
    n_parallel = sum(len(x.facts) for x in results)
    if n_parallel != facts:  # the workers import the extractor anew: its source changed meanwhile?
        print(f"WARNING: extract_many found {n_parallel} facts, one process {facts} (was the extractor's "
              "source edited during the run?)", flush=True)
    r.update(parallel_workers=workers, parallel_wall=p1 - p0, parallel_facts=n_parallel, parallel_dps=len(paths) / (p1 - p0),
             parallel_speedup=single / (p1 - p0))
    return r


def measure_real_samples(repeat: int, loops: int = 20) -> dict:
    """The same measure on the bundled real documents (data/samples): the generated corpus is denser in figures
    than real news (facts per 1,000 characters, printed beside both), and figure-dense text costs more."""
    from newsfacts.extract import extract_document
    from newsfacts.reading import read_document

    docs = [read_document(p) for p in sorted((ROOT / "data" / "samples").iterdir())
            if p.is_file() and not p.name.startswith(".")]
    chars = sum(len(d.text) for d in docs)
    facts = sum(len(extract_document(d)) for d in docs)
    best = float("inf")
    for _ in range(max(1, repeat)):
        c0 = time.process_time()
        for _ in range(loops):
            for d in docs:
                extract_document(d)
        best = min(best, (time.process_time() - c0) / loops)
    return {"real_docs": len(docs), "real_chars": chars, "real_facts": facts, "real_cps_cpu": chars / best}


def _short_paths(text: str) -> str:
    return text.replace(str(ROOT) + "/", "").replace(sys.prefix + "/", "").replace(sys.base_prefix + "/", "")


def measure_quantulum(docs, budget: float) -> dict:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as qparser
            qparser.parse("Exports rose 12.5% to $3.2 billion in March.")  # loads its unit tables
    except ImportError:
        return {"quantulum_error": "quantulum3 not installed (pip install -e '.[bench]')"}
    version = importlib.metadata.version("quantulum3")
    n = chars = quantities = 0
    c0 = time.process_time()
    w0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for d in docs:
            quantities += len(qparser.parse(d.text))
            n += 1
            chars += len(d.text)
            if time.process_time() - c0 >= budget:
                break
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    return {"quantulum_version": version, "quantulum_docs": n, "quantulum_chars": chars,
            "quantulum_cpu": cpu, "quantulum_wall": wall, "quantulum_cps": chars / cpu if cpu else None,
            "quantulum_quantities": quantities, "quantulum_sampled": n < len(docs)}


# --------------------------------------------------------------------------- the CLI, watched

class TreeMonitor:
    """Peak summed RSS and CPU seconds of a process and all its descendants; system CPU meanwhile."""

    def __init__(self, pid: int, interval: float = 0.1):
        import psutil

        self.psutil = psutil
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak_rss = 0
        self.cpu: dict[int, float] = {}  # pid -> last seen user+system seconds
        self.load: list[float] = []
        self._stop = threading.Event()
        self._sys0 = psutil.cpu_times()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        psutil = self.psutil
        tick = 0
        while not self._stop.is_set():
            try:
                procs = [self.root] + self.root.children(recursive=True)
            except psutil.NoSuchProcess:
                break
            rss = 0
            for p in procs:
                try:
                    with p.oneshot():
                        rss += p.memory_info().rss
                        t = p.cpu_times()
                        self.cpu[(p.pid, p.create_time())] = t.user + t.system
                except psutil.Error:
                    pass
            self.peak_rss = max(self.peak_rss, rss)
            if tick % 10 == 0:
                self.load.append(os.getloadavg()[0])
            tick += 1
            self._stop.wait(self.interval)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        s1 = self.psutil.cpu_times()
        busy = lambda t: sum(t) - t.idle - getattr(t, "iowait", 0)  # noqa: E731
        system = busy(s1) - busy(self._sys0)
        ours = sum(self.cpu.values())
        return {"peak_rss": self.peak_rss, "cpu_ours": ours, "cpu_system": system,
                "cpu_others": max(0.0, system - ours),
                "load_mean": sum(self.load) / len(self.load) if self.load else None}


STEP_DONE = re.compile(r"^\s+(\S+) (?:done|FAILED)\s*\(?([\d.]+)?")


def run_cli(landing: Path, warehouse: Path, home: Path, *, full: bool, log: Path, spy: Path | None = None) -> dict:
    """`newsfacts refresh` in a subprocess: wall time, per-step times, peak RSS, exit code (and, with
    ``spy``, a py-spy sampling profile of the whole process tree)."""
    import psutil

    exe = Path(sys.executable).parent / "newsfacts"
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "orchestration.cli"]),
           "refresh", "--landing", str(landing), "--warehouse", str(warehouse)]
    if full:
        cmd.append("--full-refresh")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_") or k == "NEWSFACTS_WORKERS"}
    env["DAGSTER_HOME"] = str(home)
    lines: list[str] = []
    step_start: dict[str, float] = {}
    steps: dict[str, float] = {}
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    mon = TreeMonitor(proc.pid)
    spy_proc = None
    if spy is not None:
        spy_exe = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
        if spy_exe:
            spy_proc = subprocess.Popen([spy_exe, "record", "--pid", str(proc.pid), "--subprocesses", "--rate", "25",
                                         "--format", "raw", "--output", str(spy), "--nonblocking"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        else:
            print("py-spy not found (pip install py-spy): no profile", flush=True)
    for line in proc.stdout:
        now = time.perf_counter()
        lines.append(line.rstrip("\n"))
        if line.startswith("-> "):
            step_start[line[3:].strip()] = now
        elif m := STEP_DONE.match(line):
            name = m[1]
            steps[name] = float(m[2]) if m[2] else now - step_start.get(name, now)
        print(f"    | {line.rstrip()}", flush=True)
    rc = proc.wait()
    wall = time.perf_counter() - t0
    usage = mon.stop()
    if spy_proc is not None:
        try:
            spy_proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            spy_proc.kill()
    log.write_text("\n".join(lines) + "\n")
    out = {"rc": rc, "wall": wall, "steps": steps, **usage}
    build_db = warehouse.parent / ".newsfacts" / f"{warehouse.stem}.build.duckdb"
    out["dbt_nodes"] = dbt_node_times(build_db.with_name(build_db.name.removesuffix(".duckdb") + ".dbt"))
    return out


PROCESS_KINDS = (("forkserver", "extract_many workers"), ("/bin/dbt", "dbt subprocess"), ("newsfacts", "CLI process"))
INTERESTING = ("newsfacts/", "orchestration/", "dagster_dbt/", "great_expectations/", "dbt/", "pandas/", "duckdb")


def summarize_spy(raw: Path, top: int = 45) -> str:
    """Where a refresh spends its time: py-spy's raw samples, per process kind and per function."""
    from collections import Counter

    kinds: Counter[str] = Counter()
    incl: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    try:
        lines = raw.read_text().splitlines()
    except OSError:
        return "(no py-spy profile)"
    for line in lines:
        stack, _, n = line.rpartition(" ")
        if not stack or not n.isdigit():
            continue
        n = int(n)
        total += n
        frames = stack.split(";")
        # child processes are nested under their parent's "process PID:cmdline" frame: the last one is this sample's
        last = max(i for i, f in enumerate(frames) if f.startswith("process ")) if frames[0].startswith("process ") else -1
        head = frames[last] if last >= 0 else ""
        kind = next((k for pat, k in PROCESS_KINDS if pat in head), "other process")
        kinds[kind] += n
        seen = set()
        for f in frames[last + 1:]:
            f = re.sub(r":\d+\)$", ")", f)  # one entry per function, not per line
            if f not in seen and any(t in f for t in INTERESTING):
                seen.add(f)
                incl[f] += n
        own[re.sub(r":\d+\)$", ")", frames[-1])] += n
    if not total:
        return "(py-spy recorded no sample)"
    out = [f"py-spy: {total} samples at 25 Hz of non-idle threads (running or waiting for a CPU), "
           "all processes of the refresh"]
    out += [f"  {n / total * 100:5.1f}%  {k}" for k, n in kinds.most_common()]
    out.append("inclusive, project code and the libraries it calls:")
    out += [f"  {n / total * 100:5.1f}%  {_short_paths(f)}" for f, n in incl.most_common(top)]
    out.append("self (leaf frames):")
    out += [f"  {n / total * 100:5.1f}%  {_short_paths(f)}" for f, n in own.most_common(20)]
    return "\n".join(out)


def dbt_node_times(target: Path) -> dict:
    """Seconds per kind of dbt node (model, test, unit_test) of the last dbt build."""
    try:
        results = json.loads((target / "run_results.json").read_text())["results"]
    except (OSError, ValueError, KeyError):
        return {}
    out: dict[str, float] = {}
    for r in results:
        kind = r["unique_id"].split(".", 1)[0]
        out[kind] = out.get(kind, 0.0) + float(r.get("execution_time") or 0)
    out["elapsed"] = float(json.loads((target / "run_results.json").read_text()).get("elapsed_time") or 0)
    return out


# --------------------------------------------------------------------------- scoring

def strict_f1(output: str) -> float | None:
    m = re.search(r"strict F1 ([\d.]+)\s*$", output.strip())
    return float(m[1]) if m else None


def score_warehouse(warehouse: Path, gold: Path, docs: Path, scorer: Path | None = None) -> float | None:
    from newsfacts.evaluation import scorer_path

    res = subprocess.run([sys.executable, str(scorer or scorer_path()), "--warehouse", str(warehouse), "--gold", str(gold),
                          "--docs", str(docs)], capture_output=True, text=True)
    if res.returncode:
        print(res.stderr[-2000:], file=sys.stderr)
    return strict_f1(res.stdout)


# --------------------------------------------------------------------------- machine

def machine() -> dict:
    import psutil

    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def v(pkg):
        try:
            return importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            return "-"

    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(psutil.virtual_memory().total / 1024 ** 3, 1),
            "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
            "duckdb": v("duckdb"), "dagster": v("dagster"), "dagster-dbt": v("dagster-dbt"),
            "dbt-core": v("dbt-core"), "dbt-duckdb": v("dbt-duckdb"), "quantulum3": v("quantulum3")}


def source_fingerprint() -> str:
    """A hash of the code a refresh runs (others may edit it while the benchmark runs)."""
    import hashlib

    h = hashlib.sha256()
    for folder in ("newsfacts", "orchestration", "dbt_project/models", "dbt_project/macros", "dbt_project/tests",
                   "expectations"):
        base = ROOT / folder
        if not base.is_dir():
            continue
        for p in sorted(base.rglob("*")):
            if p.is_file() and p.suffix in (".py", ".sql", ".yml", ".csv", ".json") and "__pycache__" not in p.parts:
                h.update(str(p.relative_to(ROOT)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:12]


def git_commit() -> str:
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return sha + ("+dirty" if dirty else "")
    except OSError:
        return "?"


# --------------------------------------------------------------------------- code snapshot

def make_snapshot(out: Path) -> tuple[Path, str]:
    """The committed code (HEAD) exported to bench_out/src/<sha>/, its dbt manifest prepared.

    Others commit while the benchmark runs; incremental refreshes key their work on the code's
    fingerprint (a changed extractor extracts everything again), so the benchmark runs a frozen copy."""
    import tarfile

    sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip()
    dest = out / "src" / sha[:12]
    if (dest / ".complete").exists():
        return dest, sha
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "--format=tar", sha], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")
    venv_bin = Path(sys.executable).parent
    env = {**os.environ, "PYTHONPATH": str(dest), "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run([str(venv_bin / "dagster-dbt"), "project", "prepare-and-package", "--file",
                    "orchestration/dbt_project.py"], cwd=dest, env=env, check=True, capture_output=True)
    (dest / ".complete").write_text(sha + "\n")
    # keep the last few snapshots only
    olds = sorted((p for p in dest.parent.iterdir() if p.is_dir() and p != dest), key=lambda p: p.stat().st_mtime)
    for old in olds[:-3]:
        shutil.rmtree(old, ignore_errors=True)
    return dest, sha


# --------------------------------------------------------------------------- report

def fmt_s(x):
    return "-" if x is None else f"{x:.1f} s"


def met(ok):
    return "-" if ok is None else ("yes" if ok else "NO")


def stage_text(run: dict) -> str:
    steps = run.get("steps", {})  # in the order they ran
    parts = [f"{k} {v:.1f}" for k, v in steps.items()]
    overhead = run["wall"] - sum(steps.values())
    parts.append(f"start-up/other {overhead:.1f}")
    return ", ".join(parts) + " s"


def table(r: dict) -> list[tuple[str, str, str, str]]:
    rows = [("code measured", r.get("code", r.get("commit", "?")), "", "")]
    e = r.get("extraction")
    if e:
        rows += [
            ("extraction, 1 process: chars/s per core",
             f"{e['extract_cps'] / 1e6:.2f} M wall ({e['extract_cps_cpu'] / 1e6:.2f} M CPU time); "
             f"{e['extract_dps']:.0f} docs/s wall ({e['extract_dps_cpu']:.0f} CPU time); {e['sample_docs']} docs, {e['sample_chars'] / 1e6:.1f} M chars, "
             f"{e['sample_facts']} facts; best of {len(e.get('extract_passes_cpu', [1]))} passes, median "
             f"{e.get('extract_cps_cpu_median', e['extract_cps_cpu']) / 1e6:.2f} M CPU",
             "≥ 1.00 M", met(e["extract_cps_cpu"] >= TARGETS["extract_cps"])),
            ("  the same on the bundled real samples",
             f"{e['real_cps_cpu'] / 1e6:.2f} M CPU time; {e['real_docs']} docs, {e['real_chars'] / 1e3:.0f} k chars, "
             f"{e['real_facts']} facts = {e['real_facts'] / e['real_chars'] * 1e3:.2f} facts per 1,000 chars "
             f"(generated corpus: {e['sample_facts'] / e['sample_chars'] * 1e3:.2f})", "", "")
            if e.get("real_cps_cpu") else ("  the same on the bundled real samples", "not run", "", ""),
            ("reading, 1 process (not in the target)",
             f"{e['read_cps'] / 1e6:.2f} M chars/s; read+extract {e['read_extract_cps'] / 1e6:.2f} M chars/s, "
             f"{e['read_extract_dps']:.0f} docs/s", "", ""),
        ]
        if e.get("quantulum_cps"):
            rows.append((
                f"quantulum3 {e['quantulum_version']} parse(), same texts",
                f"{e['quantulum_cps'] / 1e3:.1f} k chars/s CPU"
                + (f" (first {e['quantulum_docs']} docs, {e['quantulum_chars'] / 1e3:.0f} k chars, "
                   "extrapolated per char)" if e["quantulum_sampled"] else f" ({e['quantulum_docs']} docs)")
                + f"; newsfacts is {e['quantulum_ratio']:.1f}× faster",
                "≥ 25×", met(e["quantulum_ratio"] >= TARGETS["quantulum_ratio"])))
        else:
            rows.append(("quantulum3 parse(), same texts", e.get("quantulum_error", "not run"), "≥ 25×", "-"))
        rows.append((f"read+extract, extract_many, {e['parallel_workers']} workers",
                     f"{e['parallel_dps']:.0f} docs/s ({e['parallel_speedup']:.2f}× one process, pool start-up "
                     "included)", "", ""))
    f = r.get("full")
    n = r["n"]
    if f:
        rows += [
            (f"full refresh, {n} docs (CLI, end to end)", fmt_s(f["wall"]) + ("" if f["rc"] == 0 else
                                                                               f" (exit {f['rc']})"),
             "< 60 s", met(f["wall"] < TARGETS["full_wall"] and f["rc"] == 0)),
            ("  time per step", stage_text(f), "", ""),
        ]
        d = f.get("dbt_nodes") or {}
        if d:
            rows.append(("  dbt build (run_results.json)",
                         f"models {d.get('model', 0):.1f} s, tests {d.get('test', 0) + d.get('unit_test', 0):.1f} s "
                         f"(node times; dbt elapsed {d.get('elapsed', 0):.1f} s)", "", ""))
        rows.append(("  peak RSS (CLI + workers + dbt, summed)", f"{f['peak_rss'] / 1024 ** 2:.0f} MB", "< 2048 MB",
                     met(f["peak_rss"] < TARGETS["peak_rss"])))
        cores = r["machine"]["cores"] or 1
        rows.append(("  CPU used by the refresh (its process tree)",
                     f"{f['cpu_ours']:.0f} CPU-s: ≥ {f['cpu_ours'] / cores:.0f} s of wall on {cores} idle cores", "",
                     ""))
    for key, label, target in (("inc1", "+1 document (incremental)", "< 10%"), ("inc100", "+100 documents", "")):
        i = r.get(key)
        if i and f:
            ratio = i["wall"] / f["wall"]
            rows.append((f"{label} on the {n}-doc warehouse",
                         f"{fmt_s(i['wall'])} = {ratio * 100:.0f}% of the full refresh"
                         + ("" if i["rc"] == 0 else f" (exit {i['rc']})") + f"; {stage_text(i)}",
                         target, met(ratio < TARGETS["inc1_ratio"]) if key == "inc1" else ""))
    s = r.get("scores", {})
    if s:
        rows += [
            (f"strict F1, published warehouse, all {n} docs (score.py --docs)", _f(s.get("full")), "", ""),
            (f"strict F1, same warehouse, the {r.get('sample', '?')}-doc sample", _f(s.get("full_on_sample")), "", ""),
            (f"strict F1, newsfacts.evaluation on the sample (extractor alone)", _f(s.get("evaluation_sample")),
             "= line above", met(None if None in (s.get("full_on_sample"), s.get("evaluation_sample"))
                                 else s["full_on_sample"] == s["evaluation_sample"])),
        ]
    load = r.get("load", {})
    if load:
        rows.append(("machine load (others' CPU during the refreshes)", load["text"], "", ""))
    if r.get("source_end") and r["source_end"] != r.get("source_start"):
        rows.append(("WARNING", "the project's code changed during the run (others' commits): figures mix versions",
                     "", ""))
    return rows


def _f(x):
    return "-" if x is None else f"{x:.3f}"


def print_table(rows) -> str:
    heads = ("measure", "value", "target", "met")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(heads)]
    widths[1] = min(widths[1], 110)
    lines = [" | ".join(h.ljust(w) for h, w in zip(heads, widths)), "-+-".join("-" * w for w in widths)]
    for r in rows:
        lines.append(" | ".join(c.ljust(w) for c, w in zip(r, widths)))
    text = "\n".join(lines)
    print(text)
    return text


SHORT_STEP = {"raw_documents": "ingest", "raw_documents_expectations": "gx docs", "raw_facts": "extract",
              "raw_facts_expectations": "gx facts", "dbt_models": "dbt", "mart_expectations": "gx marts",
              "published_warehouse": "publish"}
RESULTS_HEADER = ("| date | commit | machine | docs | extraction M chars/s/core (CPU) | docs/s/core (CPU) | × quantulum3 "
                  "| full refresh | per step (s) | peak RSS | CPU-s | +1 doc | +100 docs "
                  "| strict F1 all / sample / evaluation | others' CPU |")
MACHINE_HEADER = "| machine | cpu | cores | RAM | OS | python | duckdb | dagster | dagster-dbt | dbt-core | dbt-duckdb | quantulum3 |"


def record(r: dict, path: Path = DOCS_MD) -> None:
    """Append this run (and its machine, if new) to the tables of docs/benchmarks.md."""
    text = path.read_text() if path.exists() else ""
    m = r["machine"]
    mid = f"{m['cpu']} ×{m['cores']}, {m['ram_gb']:g} GB"
    mrow = (f"| {mid} | {m['cpu']} | {m['cores']} | {m['ram_gb']:g} GB | {m['os']} | {m['python']} | {m['duckdb']} "
            f"| {m['dagster']} | {m['dagster-dbt']} | {m['dbt-core']} | {m['dbt-duckdb']} | {m['quantulum3']} |")
    e, f, s = r.get("extraction") or {}, r.get("full") or {}, r.get("scores") or {}
    st = f.get("steps", {})
    per_step = ", ".join(f"{SHORT_STEP.get(k, k)} {v:.1f}" for k, v in st.items())
    if f:
        per_step += f", other {f['wall'] - sum(st.values()):.1f}"
    inc = lambda k: (f"{r[k]['wall']:.1f} s ({r[k]['wall'] / f['wall'] * 100:.0f}%)"  # noqa: E731
                     if r.get(k) and f else "-")
    row = (f"| {r['date'][:16]} | {r['commit']} | {mid} | {r['n']} "
           f"| {e.get('extract_cps_cpu', 0) / 1e6:.2f} | {e.get('extract_dps_cpu', 0):.0f} "
           f"| {e.get('quantulum_ratio', 0):.1f} | {fmt_s(f.get('wall'))} | {per_step} "
           f"| {f.get('peak_rss', 0) / 1024 ** 2:.0f} MB | {f.get('cpu_ours', 0):.0f} | {inc('inc1')} | {inc('inc100')} "
           f"| {_f(s.get('full'))} / {_f(s.get('full_on_sample'))} / {_f(s.get('evaluation_sample'))} "
           f"| {r.get('load', {}).get('short', '-')} |")
    text = _append_row(text, "## Machines", MACHINE_HEADER, mrow, unique=True)
    text = _append_row(text, "## Results", RESULTS_HEADER, row)
    path.write_text(text)
    print(f"recorded in {path}")


def _append_row(text: str, section: str, header: str, row: str, unique: bool = False) -> str:
    lines = text.splitlines()
    if section not in lines:
        lines += ["", section, "", header, "|" + "---|" * (header.count("|") - 1)]
    i = lines.index(section)
    j = i + 1
    while j < len(lines) and not lines[j].startswith("|"):
        j += 1
    if j >= len(lines) or lines[j].startswith("## "):
        lines[j:j] = [header, "|" + "---|" * (header.count("|") - 1)]
    k = j
    while k < len(lines) and lines[k].startswith("|"):
        k += 1
    if unique and row in lines[j:k]:
        return "\n".join(lines) + "\n"
    lines.insert(k, row)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=10000, help="documents in the corpus (default 10000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sample", type=int, default=1000, help="documents of the single-process/scoring sample")
    ap.add_argument("--quantulum-seconds", type=float, default=30.0, help="CPU budget for quantulum3")
    ap.add_argument("--repeat", type=int, default=3,
                    help="extraction passes over the sample; the best is reported (the machine is shared)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench_out")
    ap.add_argument("--skip-refresh", action="store_true", help="extraction figures only")
    ap.add_argument("--profile", action="store_true", help="cProfile extraction and reading on the sample")
    ap.add_argument("--py-spy", action="store_true", help="sample the full refresh's process tree with py-spy")
    ap.add_argument("--record", action="store_true", help="append the figures to docs/benchmarks.md")
    ap.add_argument("--live", action="store_true",
                    help="run the working tree as it is (default: a snapshot of the committed code, HEAD)")
    ap.add_argument("--docs-md", type=Path, default=DOCS_MD, help=argparse.SUPPRESS)
    ap.add_argument("--scorer", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)

    if not a.live:
        out = a.out.resolve()
        print("code: exporting HEAD to a snapshot (--live runs the working tree instead) ...", flush=True)
        dest, sha = make_snapshot(out)
        from newsfacts.evaluation import scorer_path

        args = list(sys.argv[1:] if argv is None else argv)
        args += ["--live", "--out", str(out), "--docs-md", str(a.docs_md.resolve()), "--scorer", str(scorer_path())]
        env = {**os.environ, "PYTHONPATH": str(dest), "NEWSFACTS_BENCH_SNAPSHOT": sha}
        print(f"code: commit {sha[:12]} in {dest}", flush=True)
        return subprocess.run([sys.executable, str(dest / "bench" / "run.py"), *args], cwd=dest, env=env).returncode

    started = dt.datetime.now().astimezone()
    out: Path = a.out.resolve()
    results_dir = out / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    stamp = started.strftime("%Y%m%d-%H%M%S")
    snapshot = os.environ.get("NEWSFACTS_BENCH_SNAPSHOT")
    r: dict = {"date": started.isoformat(timespec="seconds"), "n": a.n, "seed": a.seed,
               "commit": snapshot[:7] if snapshot else git_commit(),
               "code": f"commit {snapshot[:12]} (snapshot)" if snapshot else "working tree (--live)",
               "sample": a.sample, "machine": machine(), "loadavg_start": os.getloadavg(),
               "source_start": source_fingerprint()}
    print(f"newsfacts bench: {a.n} documents, seed {a.seed}, code {r['code']}, "
          f"load average {r['loadavg_start'][0]:.2f} at start", flush=True)

    corpus = ensure_corpus(out, a.seed, a.n)
    files = sorted((corpus / "docs").iterdir())
    sample = sample_of(files, a.sample)
    r["sample"] = len(sample)

    print(f"extraction: {len(sample)} documents, one process ...", flush=True)
    r["extraction"] = measure_extraction(sample, a.quantulum_seconds,
                                         results_dir / f"{stamp}-extract.prof" if a.profile else None, a.repeat)
    if a.profile:
        print(r["extraction"]["profile_top"])
        print(r["extraction"]["profile_read_top"])

    if not a.skip_refresh:
        extra = ensure_extra(out, a.seed, a.n)
        extra_files = sorted((extra / "docs").iterdir())
        run = out / "run"
        shutil.rmtree(run, ignore_errors=True)
        landing, warehouse, home = run / "landing", run / "warehouse.duckdb", run / "dagster_home"
        link_files(files, landing)

        print(f"full refresh of {len(files)} documents (newsfacts refresh --full-refresh) ...", flush=True)
        spy = results_dir / f"{stamp}-full.pyspy.txt" if a.py_spy else None
        r["full"] = run_cli(landing, warehouse, home, full=True, log=run / "full.log", spy=spy)
        if spy is not None:
            r["full"]["py_spy"] = summarize_spy(spy)
            print(r["full"]["py_spy"], flush=True)

        scores = {}
        if r["full"]["rc"] == 0:
            print("scoring ...", flush=True)
            scores["full"] = score_warehouse(warehouse, corpus / "gold.jsonl", landing, a.scorer)
            subset = run / "sample"
            link_files(sample, subset / "docs")
            write_gold_subset(corpus / "gold.jsonl", {p.name for p in sample}, subset / "gold.jsonl")
            scores["full_on_sample"] = score_warehouse(warehouse, subset / "gold.jsonl", subset / "docs", a.scorer)
            # a fresh process: the extractor as the refresh just ran it (this process imported it earlier)
            res = subprocess.run([sys.executable, "-m", "newsfacts.evaluation", str(subset / "docs"),
                                  str(subset / "gold.jsonl")], cwd=ROOT, capture_output=True, text=True)
            scores["evaluation_sample"] = strict_f1(res.stdout)
        r["scores"] = scores

        link_files(extra_files[:1], landing)
        print("incremental refresh, +1 document ...", flush=True)
        spy = results_dir / f"{stamp}-inc1.pyspy.txt" if a.py_spy else None
        r["inc1"] = run_cli(landing, warehouse, home, full=False, log=run / "inc1.log", spy=spy)
        if spy is not None:
            r["inc1"]["py_spy"] = summarize_spy(spy)
            print(r["inc1"]["py_spy"], flush=True)
        link_files(extra_files[1:EXTRA_K], landing)
        print(f"incremental refresh, +{EXTRA_K - 1} documents ...", flush=True)
        r["inc100"] = run_cli(landing, warehouse, home, full=False, log=run / "inc100.log")

        runs = [r[k] for k in ("full", "inc1", "inc100")]
        wall = sum(x["wall"] for x in runs)
        others = sum(x["cpu_others"] for x in runs)
        cores = os.cpu_count() or 1
        loads = [x["load_mean"] for x in runs if x["load_mean"] is not None]
        r["load"] = {
            "others_cpu_s": others, "wall": wall,
            "text": f"{others:.0f} CPU-s by other processes over {wall:.0f} s of refreshes "
                    f"({others / (wall * cores) * 100:.0f}% of {cores} cores); mean 1-min load average "
                    f"{sum(loads) / len(loads):.2f}" if loads else "",
            "short": f"{others / (wall * cores) * 100:.0f}% of {cores} cores",
        }
    r["loadavg_end"] = os.getloadavg()
    r["source_end"] = source_fingerprint()
    if r["source_end"] != r["source_start"]:
        print("WARNING: the project's code changed while the benchmark ran (others are editing it): "
              "the figures mix versions", flush=True)

    print()
    r["table"] = print_table(table(r))
    dest = results_dir / f"{stamp}.json"
    dest.write_text(json.dumps(r, indent=2, default=str))
    print(f"\nfigures: {dest}")
    if a.record:
        record(r, a.docs_md)
    return 0


if __name__ == "__main__":
    sys.exit(main())
