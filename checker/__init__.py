"""Two-Minute Note's checker: reads a LinkedIn connection note and says, rule by rule, whether it
is personal. Pure standard library, no I/O, so it runs unchanged in CPython and in Pyodide.

    >>> from checker import check
    >>> check("I'd like to add you to my professional network on LinkedIn.").verdict
    'generic'
"""

from .engine import check
from .model import (
    GUIDE_URL,
    SCHEMA_VERSION,
    VERDICTS,
    Action,
    Example,
    Finding,
    Report,
    Rule,
    RuleResult,
    Span,
    Stats,
)
from .rules import RULES, RULES_BY_ID

__all__ = [
    "GUIDE_URL",
    "RULES",
    "RULES_BY_ID",
    "SCHEMA_VERSION",
    "VERDICTS",
    "Action",
    "Example",
    "Finding",
    "Report",
    "Rule",
    "RuleResult",
    "Span",
    "Stats",
    "check",
]
