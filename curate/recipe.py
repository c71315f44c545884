"""Recipes: a YAML list of stages and their parameters (docs/design.md §6)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from curate.resources import recipes_dir
from curate.stages import build_stage


class RecipeError(ValueError):
    pass


@dataclass
class Recipe:
    name: str
    description: str = ""
    read: dict[str, Any] = field(default_factory=dict)
    stages: list[dict[str, Any]] = field(default_factory=list)
    path: str | None = None
    generate: dict[str, Any] | None = None  # a curate.generate spec: the source when no input is given

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "description": self.description, "read": self.read, "stages": self.stages}
        if self.generate:
            out["generate"] = self.generate
        return out

    def sha256(self) -> str:
        return hashlib.sha256(json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    def build(self) -> list:
        out, names = [], set()
        for i, spec in enumerate(self.stages):
            params = {k: v for k, v in spec.items() if k != "stage"}
            kind = spec["stage"]
            try:
                stage = build_stage(kind, params)
            except (TypeError, ValueError) as e:
                raise RecipeError(f"recipe {self.name!r}, stage {i + 1} ({kind}): {e}") from None
            if stage.name in names:
                raise RecipeError(f"recipe {self.name!r}: two stages are named {stage.name!r}; "
                                  "give one a 'name:'")
            names.add(stage.name)
            out.append(stage)
        return out


def shipped_recipes() -> dict[str, Path]:
    return {p.stem: p for p in sorted(recipes_dir().glob("*.yaml"))}


def load_recipe(name_or_path: str | Path | dict) -> Recipe:
    """A shipped recipe by name (``clean``), a YAML file, or an already-parsed dict."""
    if isinstance(name_or_path, dict):
        return _from_dict(name_or_path, None)
    p = Path(name_or_path)
    if not p.exists():
        shipped = shipped_recipes()
        if str(name_or_path) in shipped:
            p = shipped[str(name_or_path)]
        else:
            raise RecipeError(f"no recipe file {str(name_or_path)!r} and no shipped recipe of that name "
                              f"(shipped: {', '.join(shipped) or 'none'})")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise RecipeError(f"{p}: cannot read recipe ({e})") from None
    except yaml.YAMLError as e:
        raise RecipeError(f"{p}: not valid YAML ({e})") from None
    return _from_dict(data, p)


def _from_dict(data: Any, path: Path | None) -> Recipe:
    where = str(path) if path else "recipe"
    if not isinstance(data, dict):
        raise RecipeError(f"{where}: a recipe is a mapping with a 'stages' list")
    unknown = set(data) - {"name", "description", "read", "stages", "generate"}
    if unknown:
        raise RecipeError(f"{where}: unknown key(s) {sorted(unknown)} "
                          "(allowed: name, description, read, stages, generate)")
    gen = data.get("generate")
    if gen is not None and not isinstance(gen, dict):
        raise RecipeError(f"{where}: 'generate' must be a generation spec mapping (docs/generate.md)")
    stages = data.get("stages")
    if not isinstance(stages, list):
        raise RecipeError(f"{where}: 'stages' must be a list")
    clean = []
    for i, spec in enumerate(stages):
        if isinstance(spec, str):
            spec = {"stage": spec}
        if not isinstance(spec, dict) or not isinstance(spec.get("stage"), str):
            raise RecipeError(f"{where}: stage {i + 1} must be a mapping with a 'stage:' kind")
        if "actions" in spec and not isinstance(spec["actions"], dict):
            raise RecipeError(f"{where}: stage {i + 1}: 'actions' must map issue codes to actions")
        clean.append(dict(spec))
    read = data.get("read") or {}
    if not isinstance(read, dict):
        raise RecipeError(f"{where}: 'read' must be a mapping")
    name = data.get("name") or (path.stem if path else "recipe")
    return Recipe(name=str(name), description=str(data.get("description") or ""), read=read, stages=clean,
                  path=str(path) if path else None, generate=gen)
