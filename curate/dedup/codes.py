"""Issue codes of the dedup and decontamination stages, declared once for all of them."""
from __future__ import annotations

from curate.stage import declare

NEAR = declare("dedup.near", "drop", "warning",
               "near-duplicate of a kept record (MinHash LSH candidate, verified by exact "
               "Jaccard of the shingle sets); twin_id is the kept record, similarity the Jaccard")
SEMANTIC = declare("dedup.semantic", "drop", "warning",
                   "semantic duplicate (embedding cosine >= threshold) of a kept record; twin_id is "
                   "the kept record, similarity the cosine")
SEMANTIC_FALLBACK = declare("dedup.semantic_fallback", "flag", "info",
                            "not embedded: no embedder is given for this record's language (the "
                            "default MiniLM is English-only); it was compared by MinHash near-dup instead")
OVERLAP = declare("decontam.overlap", "drop", "warning",
                  "instruction/input overlaps an evaluation record (shared n-grams); twin_id names "
                  "the eval record, similarity is the share of its n-grams found here")
