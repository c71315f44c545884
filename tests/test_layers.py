"""Imports flow one way (docs/design.md §8): every import in curate/ and train/, at module level or
inside a function, is parsed; an import from a higher layer, into train/ from below the CLI, or a
cycle between modules fails the test, naming the import."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# module prefix -> layer; the longest matching prefix wins
LAYERS = {
    "curate": 0, "curate.__main__": 6, "curate.schema": 0, "curate.text": 0, "curate.rouge": 0,
    "curate.resources": 0, "curate.registry": 0, "curate.threads": 0, "curate.secrets": 0,
    "curate.stage": 1,
    "curate.io": 2, "curate.normalize": 2, "curate.rules": 2, "curate.dedup": 2, "curate.pii": 2,
    "curate.quality": 2, "curate.generate": 2, "curate.models": 2,
    "curate.stages": 3,
    "curate.runner": 4, "curate.recipe": 4, "curate.engines": 4,
    "curate.api": 5,
    "curate.commands": 6, "curate.cli": 6,
    "train": 7,  # a consumer of curate's building blocks; only the CLI verbs import it
}
# `import curate` gives the lazy top-level API (curate.run, curate.read): the API layer. A plain name
# such as `from curate import __version__` is the package itself, layer 0.
TOP_LEVEL_AS = 5
LAZY_API = set(__import__("curate")._LAZY)


def layer(module: str) -> int:
    best = max((p for p in LAYERS if module == p or module.startswith(p + ".")), key=len)
    return LAYERS[best]


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, root: Path = ROOT) -> list[tuple[str, int]]:
    """(imported module, line) for every import of curate or train in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for a in node.names:
                cand = f"{node.module}.{a.name}"
                if (root / (cand.replace(".", "/") + ".py")).exists() or (root / cand.replace(".", "/")).is_dir():
                    out.append((cand, node.lineno))  # `from curate import text`: the submodule
                elif node.module == "curate" and a.name in LAZY_API:
                    out.append(("curate", node.lineno))  # `from curate import run`: the lazy API
                else:
                    out.append((node.module, node.lineno))
    return [(m, ln) for m, ln in out if m.split(".")[0] in ("curate", "train")]


def api_import(path: Path, line: int) -> bool:
    """`import curate` or `from curate import <lazy API name>` on that line."""
    text = path.read_text(encoding="utf-8").splitlines()[line - 1].strip()
    return text == "import curate" or (text.startswith("from curate import ")
                                        and any(n.strip() in LAZY_API for n in text[19:].split(",")))


def sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for d in ("curate", "train") for p in (root / d).rglob("*.py"))


def upward_imports(root: Path = ROOT) -> list[str]:
    bad = []
    for path in sources(root):
        me = module_name(path, root)
        mine = layer(me)
        for target, line in imports(path, root):
            theirs = TOP_LEVEL_AS if target == "curate" and api_import(path, line) else layer(target)
            if target.startswith("train") and not me.startswith(("train", "curate.commands")):
                bad.append(f"{path.relative_to(root)}:{line}: imports {target} (only the CLI verbs may use train/)")
            elif theirs > mine and not target.startswith("train"):
                bad.append(f"{path.relative_to(root)}:{line}: {me} (layer {mine}) imports {target} (layer {theirs})")
    return bad


def test_imports_only_go_down():
    bad = upward_imports()
    assert not bad, "upward imports:\n" + "\n".join(bad)


def test_no_import_cycles():
    graph: dict[str, set[str]] = {}
    known = {module_name(p) for p in sources()}
    for path in sources():
        me = module_name(path)
        deps = set()
        for target, _ in imports(path):
            # the deepest known module the import names (a package's __init__ counts as its name)
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != me and not me.startswith(target + "."):
                deps.add(target)
        graph[me] = deps
    # Tarjan's strongly connected components
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


def test_the_checker_catches_an_upward_import(tmp_path):
    """The rule itself, on a small tree: a building block importing the runner (inside a function,
    too) and a stage importing train are reported; a downward import is not."""
    for rel, text in {
        "curate/__init__.py": "", "curate/runner.py": "", "curate/dedup/__init__.py": "",
        "curate/stages/__init__.py": "", "train/__init__.py": "",
        "curate/dedup/near.py": "def f():\n    from curate.runner import run\n",
        "curate/stages/x.py": "import train\nfrom curate.dedup import near\n",
    }.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    bad = upward_imports(tmp_path)
    assert len(bad) == 2
    assert any("curate/dedup/near.py:2" in b and "curate.runner" in b for b in bad)
    assert any("curate/stages/x.py:1" in b and "train" in b for b in bad)
