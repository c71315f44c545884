"""Near-duplicate and semantic dedup building blocks (see docs/dedup.md).

    shingles   script-aware shingling: word n-grams for spaced text, character n-grams for CJK,
               normalized first, vectorized (polars tokenization + numpy rolling hashes)
    minhash    vectorized MinHash signatures (numpy), LSH parameter choice
    lsh        banding as a group-by on (band, band_hash), candidate verification by exact Jaccard
    embed      sentence-transformers embeddings with an on-disk cache keyed by (model, text hash)
    ann        nearest neighbours with usearch (cosine)
    codes      the issue codes the dedup and decontamination stages emit

Nothing here imports torch or sentence-transformers at module level.
"""
