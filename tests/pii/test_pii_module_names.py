"""No module of the redactor binds one top-level name twice: the second silently replaces the first
for every rule that reads it (logs.py had two _ORG_WORDS, the English role words of display names
and other scripts' legal forms, since the nineteenth session; and for a while two _SWIFT_PARTY)."""
import ast
from pathlib import Path

import pytest

import curate.pii

MODULES = sorted(Path(curate.pii.__file__).parent.glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path):
    seen, twice = set(), []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for n in names:
            if n in seen:
                twice.append(n)
            seen.add(n)
    assert not twice, f"{path.name} binds {twice} twice"
