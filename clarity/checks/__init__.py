"""Check registry: every module in this package (and its family subpackages) that
defines a ``Check`` subclass.

Adding a check is adding a module here; nothing else needs to change. A family
keeps its shared analysis beside its checks (``exclusions/``, ``readability/``).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from functools import cache

from clarity.checks.base import Analysed, Check

__all__ = ["Analysed", "Check", "all_checks"]


@cache
def all_checks() -> tuple[Check, ...]:
    found: list[type[Check]] = []
    prefix = __name__ + "."
    for info in sorted(pkgutil.walk_packages(__path__, prefix), key=lambda i: i.name):
        leaf = info.name.rpartition(".")[2]
        if info.ispkg or leaf == "base" or leaf.startswith("_"):
            continue
        module = importlib.import_module(info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, Check) and obj is not Check and obj.__module__ == module.__name__:
                found.append(obj)
    found.sort(key=lambda cls: (cls.__module__, cls.__name__))
    return tuple(cls() for cls in found)
