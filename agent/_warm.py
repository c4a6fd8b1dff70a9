"""Imported by a parent that starts many runs: everything a plan loads.

The eval runner's cases and the web's and the team's fork servers start each run in a child
process (agent.budget). A child forked from a parent that imported this module finds the
modules imported, the knowledge files parsed and the embedding model in memory instead of
paying about 1.5 s for them on every run (measured: the grounded eval set, 50 s -> 22 s).
The CLI's one run does not import it: a deck that fails early should fail fast. Only work that starts no thread belongs here: a fork copies
no thread, Chroma's client starts its runtime (so it is created in the run), and the
tokenizer's first batch starts a thread pool a forked child must not inherit.
"""

from __future__ import annotations

import contextlib

import agent.checkpoints
import agent.context
import agent.context._extract
import agent.context._outline
import agent.engines.rules
import agent.graph
import agent.planning.commitments
import agent.render
import agent.render._chart
import agent.render._docx
import agent.render._html
import agent.render._markdown
import agent.runner
import extractors.docx
import extractors.pdf
import extractors.pptx
from agent.knowledge import constraints, gapmodel, lexicon, packs

lexicon.lexicon()
for _name in (packs.CORE, *packs.pack_names()):
    packs.load_pack(_name)
# What the knowledge modules build on first use and keep (patterns compiled from the lexicon,
# the learned gap reader): every run asks for them.
for _built in (
    lexicon._layer_terms,
    lexicon.pilot_units,
    lexicon.bound_phrases,
    lexicon.gap_needs,
    packs.concept_terms,
    constraints._guards,
    constraints._decision_rights,
    constraints._cue_guards,
    constraints._tier_legend,
    constraints._learned_guards,
    constraints._cue_patterns,
    gapmodel._model,
):
    _built()

with contextlib.suppress(Exception):  # a missing extra only costs the run its own import
    import chromadb  # noqa: F401
    import chromadb.api.rust  # noqa: F401  the store's bindings: loaded, no runtime started
    import openpyxl  # noqa: F401

    import agent.context._embedding
    from agent.context._wordllama import DEFAULT_DIM, DEFAULT_MODEL, preload

    preload(DEFAULT_MODEL, DEFAULT_DIM)  # the weights and the tokenizers, read once

__all__ = ["agent", "extractors"]
