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
