"""Policy actions: who did what to whom, in which direction, how firmly, when.

Grammar, not a keyword list: a trigger verb or noun from the lexicon, its
agent found through active and passive voice, control verbs ("ordered X to
suspend"), conjunctions, reported speech and relative clauses; its status
decided by the governing verbs and modals ("threatened to", "is weighing",
"denied it would"); its direction by meaning ("lift a ban" loosens).
"""

from policyscan.extract.actions.find import find_actions
from policyscan.extract.actions.records import RawAction

__all__ = ["RawAction", "find_actions"]
