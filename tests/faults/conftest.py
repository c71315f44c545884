"""The fault-injection suite's tally: every test adds the faults it injected and the records it found
lost; the totals are printed at the end of the run (and written to $CURATE_FAULT_REPORT as JSON)."""
import json
import os
from collections import Counter

import pytest

TALLY: dict = {"faults_injected": 0, "records_lost": 0, "invalid_records_kept": 0, "by_kind": Counter()}


class Tally:
    def fault(self, kind: str, lost: int = 0, invalid: int = 0) -> None:
        TALLY["faults_injected"] += 1
        TALLY["by_kind"][kind] += 1
        TALLY["records_lost"] += lost
        TALLY["invalid_records_kept"] += invalid


@pytest.fixture(scope="session")
def tally() -> Tally:
    return Tally()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not TALLY["faults_injected"]:
        return
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(TALLY["by_kind"].items()))
    terminalreporter.write_line(
        f"fault injection: {TALLY['faults_injected']} faults injected ({kinds}); "
        f"records lost: {TALLY['records_lost']}; invalid records kept: {TALLY['invalid_records_kept']}")
    out = os.environ.get("CURATE_FAULT_REPORT")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            json.dump({**TALLY, "by_kind": dict(TALLY["by_kind"])}, f, indent=2)
