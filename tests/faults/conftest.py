"""The fault-injection suite's tally: every test adds the faults it injected and the records it found
lost; tests/conftest.py prints the totals at the end of the run (and writes $CURATE_FAULT_REPORT as
JSON), summed over the xdist workers when the suite runs on several."""
import pytest


class Tally:
    def __init__(self, totals: dict) -> None:
        self.totals = totals

    def fault(self, kind: str, lost: int = 0, invalid: int = 0) -> None:
        t = self.totals
        t["faults_injected"] += 1
        t["by_kind"][kind] = t["by_kind"].get(kind, 0) + 1
        t["records_lost"] += lost
        t["invalid_records_kept"] += invalid


@pytest.fixture(scope="session")
def tally(request) -> Tally:
    from tests.conftest import fault_tally

    return Tally(fault_tally(request.config))
