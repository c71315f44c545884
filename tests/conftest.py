import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Models load from installed packages only; never reach a hub from a test.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# One torch thread: on a busy 2-core machine two threads ran 6-10x slower (measured on QLoRA steps).
os.environ.setdefault("OMP_NUM_THREADS", "1")

SHARED = (ROOT.parent / "shared" / "data").resolve()

# Caches the tests may share with the developer's runs: derived from packaged files only, keyed by
# their content, and slow to rebuild (a converted model ~30 s, the PII lexicons ~3 s).
SHARED_CACHES = ("models", "pii")


def pytest_configure(config):
    """One fresh cache folder per test process, so no earlier run (a developer's, or an earlier CI run
    on the same machine) can answer a request a test counts: embedding and teacher caches are keyed by
    the endpoint's URL, and a test server's free port can come round again (CI failed on exactly that:
    0 texts served where 9 were expected). Subprocesses and Ray workers inherit the variable."""
    import shutil
    import tempfile

    from curate.resources import cache_dir

    shared = {kind: cache_dir(kind) for kind in SHARED_CACHES}  # before the variable changes
    root = Path(tempfile.mkdtemp(prefix="curate-test-cache-"))
    for kind, path in shared.items():
        (root / kind).symlink_to(path, target_is_directory=True)
    os.environ["CURATE_CACHE_DIR"] = str(root)
    config.add_cleanup(lambda: shutil.rmtree(root, ignore_errors=True))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared/data not found at {SHARED}: tests need the shared data beside the clone")
    return SHARED


@pytest.fixture(scope="session")
def alpaca_en(shared_data) -> Path:
    return shared_data / "alpaca_original_sample_30000_34999.json"


@pytest.fixture(scope="session")
def alpaca_zh(shared_data) -> Path:
    return shared_data / "alpaca_zh_llamafactory_demo_1000.json"


# ---------------------------------------------------------------- the fault-injection tally
# Kept on the pytest config (tests/faults/conftest.py adds to it), sent from each xdist worker to the
# controller at its end, and printed once: "make test" runs on two workers.
def fault_tally(config) -> dict:
    t = getattr(config, "_curate_fault_tally", None)
    if t is None:
        t = config._curate_fault_tally = {"faults_injected": 0, "records_lost": 0, "invalid_records_kept": 0,
                                          "by_kind": {}}
    return t


def pytest_sessionfinish(session):
    out = getattr(session.config, "workeroutput", None)
    if out is not None:  # an xdist worker: hand the tally to the controller
        out["fault_tally"] = fault_tally(session.config)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    got = getattr(node, "workeroutput", {}).get("fault_tally")
    if got:
        t = fault_tally(node.config)
        for k in ("faults_injected", "records_lost", "invalid_records_kept"):
            t[k] += got[k]
        for kind, n in got["by_kind"].items():
            t["by_kind"][kind] = t["by_kind"].get(kind, 0) + n


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    t = fault_tally(config)
    if not t["faults_injected"] or getattr(config, "workeroutput", None) is not None:
        return
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(t["by_kind"].items()))
    terminalreporter.write_line(
        f"fault injection: {t['faults_injected']} faults injected ({kinds}); "
        f"records lost: {t['records_lost']}; invalid records kept: {t['invalid_records_kept']}")
    out = os.environ.get("CURATE_FAULT_REPORT")
    if out:
        import json

        with open(out, "w", encoding="utf-8") as f:
            json.dump(t, f, indent=2)
