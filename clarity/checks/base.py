"""What every check is: rule metadata plus ``run(context) -> findings``.

A check gets an ``Analysed`` context (clarity/checks/context.py) and yields
findings. It never reads files and never formats output.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from clarity.checks.context import Analysed
from clarity.core.findings import Hit
from clarity.core.rulemeta import RuleMeta
from clarity.rules.packs import RuleSet

__all__ = ["Analysed", "Check"]


class Check:
    """Base class. Subclasses set ``rules`` (or override ``rule_metas``) and ``run``."""

    rules: ClassVar[tuple[RuleMeta, ...]] = ()

    def rule_metas(self, rulesets: dict[str, RuleSet]) -> Sequence[RuleMeta]:
        return self.rules

    def applies(self, ctx: Analysed) -> bool:
        metas = self.rule_metas({ctx.language: ctx.ruleset})
        return any(
            ctx.language in m.languages
            and m.runs_on(ctx.profile, ctx.genre)
            and ctx.settings.rule_enabled(m.code, m.on_by_default(ctx.genre))
            for m in metas
        )

    def run(self, ctx: Analysed) -> Iterable[Hit]:
        raise NotImplementedError
