"""Instructions (and, with ``--cache``, simulated cache misses) of one call of the classifier stage.

    python bench/instructions.py [--cache] [--d1 49152,12,64] [--ll 1048576,16,64] [--default-gc]

The wall-clock ratio of ``bench/classifier.py`` moves with the machine's hour; the instructions
do not. This runs the same stage on the same 445 test messages (the training file split as
``bench/classifier.py`` splits it) under valgrind's callgrind, and counts only the measured call:
the model is trained and the stage warmed up on the whole test set first, then the counters are
zeroed, the stage classifies the test set once, and the counts are dumped. ``--cache`` adds
callgrind's cache simulation: first-level data cache ``--d1`` and, as the last level, ``--ll``
(size, associativity, line size; the defaults are the second-level cache of the machine the
README's figures come from, AMD EPYC: 48 KB 12-way and 1 MB 16-way, 64-byte lines). The garbage
collector is set up as ``yuqing classify`` sets it up before the measured call
(:func:`yuqing.worker.tune_garbage_collector`); ``--default-gc`` leaves CPython's defaults.

Needs valgrind (``apt-get install valgrind``); takes some minutes (with ``--cache`` some more).
The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_EVENTS = {"Ir": "instructions", "D1mr": "L1 data read misses", "DLmr": "last-level data read misses"}


def _wait_for(path: Path, child: subprocess.Popen[bytes]) -> None:
    while not path.exists():
        if child.poll() is not None:
            raise SystemExit(f"the measured process ended early (exit {child.returncode}); see its output above")
        time.sleep(0.5)


def _child(folder: Path, default_gc: bool) -> None:
    """Under callgrind: build and warm the stage, then classify the test set once when told to."""
    import importlib.util

    # bench/classifier.py (the same data, split, model and stage), by path: its name is the package's
    spec = importlib.util.spec_from_file_location("bench_classifier", ROOT / "bench" / "classifier.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    from sklearn.model_selection import train_test_split

    from classifier.dataset import read_dataset
    from classifier.jurisdiction import load_taxonomy
    from classifier.model import TopicModel
    from classifier.training import vocabulary

    data = read_dataset(bench.DEFAULT_DATA)
    train, test, train_labels, _ = train_test_split(
        data.docs, data.labels, test_size=0.2, stratify=data.labels, random_state=0
    )
    userdict, stopwords = vocabulary(bench.JURISDICTION)
    taxonomy = load_taxonomy(bench.JURISDICTION / "taxonomy.yaml")
    model = TopicModel(userdict=userdict, stopwords=stopwords)
    model.fit(train, [taxonomy.resolve(y) for y in train_labels], calibrate=False)
    engine, items = bench._engine(model), bench._items(test)
    engine.classify(items)  # first use builds what the stage builds lazily
    if not default_gc:
        from yuqing.worker import tune_garbage_collector

        tune_garbage_collector()
    (folder / "count").write_text(str(len(items)))
    (folder / "ready").touch()
    while not (folder / "go").exists():
        time.sleep(0.2)
    engine.classify(items)
    (folder / "done").touch()
    while not (folder / "off").exists():
        time.sleep(0.2)


def _summary(dump: Path) -> dict[str, int]:
    events: list[str] = []
    for line in dump.read_text(errors="replace").splitlines():
        if line.startswith("events:"):
            events = line.split()[1:]
        elif line.startswith("summary:"):
            return dict(zip(events, map(int, line.split()[1:]), strict=True))
    raise SystemExit(f"no summary in {dump}: callgrind's output format changed?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", action="store_true", help="also simulate the caches and count misses")
    parser.add_argument("--d1", default="49152,12,64", help="first-level data cache: size,associativity,line")
    parser.add_argument("--ll", default="1048576,16,64", help="last-level cache simulated: size,associativity,line")
    parser.add_argument(
        "--default-gc",
        action="store_true",
        help="leave CPython's garbage collector as it is (default: set up as `yuqing classify` does)",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.default_gc)
        return
    missing = [tool for tool in ("valgrind", "callgrind_control") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"{' and '.join(missing)} not found: install valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="yuqing-callgrind-") as tmp:
        folder = Path(tmp)
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder / 'callgrind.out'}"]
        if args.cache:
            command += ["--cache-sim=yes", f"--D1={args.d1}", f"--LL={args.ll}"]
        command += [sys.executable, __file__, "--child", str(folder)] + (["--default-gc"] if args.default_gc else [])
        env = {**os.environ, "PYTHONHASHSEED": "0", "NUMBA_CACHE_DIR": str(folder / "numba")}
        print("training and warming up under callgrind (some minutes) …", flush=True)
        child = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
        _wait_for(folder / "ready", child)
        subprocess.run(["callgrind_control", "-z", str(child.pid)], check=True, capture_output=True)
        (folder / "go").touch()
        print("counting the measured call …", flush=True)
        _wait_for(folder / "done", child)
        subprocess.run(["callgrind_control", "--dump=measured", str(child.pid)], check=True, capture_output=True)
        (folder / "off").touch()
        child.wait()
        dumps = sorted(folder.glob("callgrind.out.*"))
        if not dumps:
            raise SystemExit("callgrind wrote no dump of the measured call")
        counts = _summary(dumps[0])
        messages = int((folder / "count").read_text())
    result = {name: counts[name] for name in _EVENTS if name in counts}
    for name, value in result.items():
        print(f"{_EVENTS[name]}: {value:,} ({value / messages:,.0f} a message)")
    gc = "CPython defaults" if args.default_gc else "set up as `yuqing classify` does"
    print(json.dumps({"messages": messages, "cache_simulated": args.cache, "gc": gc, **result}))


if __name__ == "__main__":
    main()
