"""`ccai serve`: the API answers as `ccai validate --format json` does, within its limits, and
hostile bodies get 4xx answers, never a 500; the page works in Chromium; 200 requests at once."""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from conftest import IN_CI, ROOT, require

require("starlette", "ccai serve runs on Starlette (the serve extra)")
require("httpx", "the server's tests are its clients")

from starlette.testclient import TestClient  # noqa: E402

import ccai_standards  # noqa: E402
from ccai_standards.serve.app import Limits, create_app  # noqa: E402
from ccai_standards.serve.openapi import openapi_document  # noqa: E402

EXAMPLES = ROOT / "docs" / "examples"
VALID = (EXAMPLES / "maya.yaml").read_bytes()
TYPO = (EXAMPLES / "maya-typo.yaml").read_bytes()
TUTORIAL = sorted((EXAMPLES / "tutorial").iterdir())


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(), raise_server_exceptions=False) as test_client:
        yield test_client


def _schema_check(document: dict, name: str, data: object) -> None:
    """`data` against a component schema of the published OpenAPI description."""
    import jsonschema

    schema = {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    jsonschema.Draft202012Validator(schema).validate(data)


def _cli_json(*paths: Path, cwd: Path = EXAMPLES) -> dict:
    run = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "validate", "--format", "json", *map(str, paths)],
                         capture_output=True, text=True, cwd=cwd)
    return json.loads(run.stdout)


def test_validate_answers_with_the_findings_json_of_the_cli(client):
    answer = client.post("/v1/validate", content=TYPO, params={"name": "maya-typo.yaml"})
    assert answer.status_code == 200 and answer.headers["ccai-verdict"] == "invalid"
    assert answer.json() == _cli_json(Path("maya-typo.yaml"))
    _schema_check(client.get("/openapi.json").json(), "Report", answer.json())
    green = client.post("/v1/validate", content=VALID, params={"name": "maya.yaml"})
    assert green.status_code == 200 and green.headers["ccai-verdict"] == "valid"
    assert green.json()["findings"] == [] and green.json()["summary"]["documents"] == 1


def test_a_multipart_batch_is_one_batch_like_a_folder(client):
    files = [("file", (p.name, p.read_bytes())) for p in TUTORIAL]
    answer = client.post("/v1/validate", files=files)
    assert answer.status_code == 200
    expected = _cli_json(*[Path(p.name) for p in TUTORIAL], cwd=EXAMPLES / "tutorial")
    assert answer.json() == expected
    assert any(f["code"] == "REF-duplicate-id" for f in answer.json()["findings"]), "references resolve across parts"


def test_pasted_text_and_options(client):
    answer = client.post("/v1/validate", files=[("text", (None, TYPO.decode()))])
    assert answer.json()["findings"][0]["location"]["file"] == "<pasted text>"
    old = TYPO.replace(b'"0.2.0"', b'"0.1.0"')
    judged = client.post("/v1/validate", content=old, params={"as_version": "0.2.0"})
    assert judged.json()["summary"]["versions"] == {"0.2.0": 1}
    ignored = client.post("/v1/validate", content=TYPO, params=[("ignore", "SCHEMA-enum")])
    assert ignored.json()["findings"] == []
    for params in ({"refs": "sometimes"}, {"as_version": "9.9.9"}, {"colour": "red"}):
        bad = client.post("/v1/validate", content=VALID, params=params)
        assert bad.status_code == 400, params
        _schema_check(openapi_document(Limits()), "Error", bad.json())


def test_size_file_and_record_limits_are_clear_4xx():
    limits = Limits(max_bytes=64 * 1024, max_records=3, max_files=2)
    with TestClient(create_app(limits)) as small:
        declared = small.post("/v1/validate", content=b"x" * (limits.max_bytes + 1))
        assert declared.status_code == 413 and declared.json()["error"]["code"] == "too-large"

        def chunks():  # no Content-Length: the server counts what arrives
            for _ in range(100):
                yield b"# padding\n" * 100

        streamed = small.post("/v1/validate", content=chunks())
        assert streamed.status_code == 413
        four = b"".join(VALID.replace(b"maya-okafor", f"p{i}".encode()) + b"---\n" for i in range(4))
        many = small.post("/v1/validate", content=four)
        assert many.status_code == 422 and many.json()["error"]["code"] == "too-many-records"
        assert "3" in many.json()["error"]["message"]
        files = [("file", (f"{i}.yaml", VALID)) for i in range(3)]
        too_many_files = small.post("/v1/validate", files=files)
        assert too_many_files.status_code == 422 and too_many_files.json()["error"]["code"] == "too-many-files"
        document = small.get("/openapi.json").json()
        assert "65,536 bytes" in document["info"]["description"]
        for answer in (declared, streamed, many, too_many_files):
            _schema_check(document, "Error", answer.json())


def test_a_request_over_its_time_limit_gets_503():
    big = b"".join(VALID.replace(b"maya-okafor", f"p{i}".encode()) + b"---\n" for i in range(3000))
    with TestClient(create_app(Limits(timeout=0.01, max_records=10_000))) as slow:
        answer = slow.post("/v1/validate", content=big)
    assert answer.status_code == 503 and answer.json()["error"]["code"] == "timeout"


def _alias_bomb() -> bytes:
    lines = [b'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [b"a%d: &a%d [" % (i, i) + b",".join([b"*a%d" % (i - 1)] * 9) + b"]" for i in range(1, 10)]
    return b"\n".join(lines) + b"\n"


HOSTILE = {
    "deep JSON": b"[" * 100_000 + b"]" * 100_000,
    "deep YAML": b"a: " + b"[" * 20_000 + b"]" * 20_000 + b"\n",
    "deep JSON object": b'{"a":' * 5000 + b"1" + b"}" * 5000,
    "bad UTF-8": b"type: Person\nname: \xff\xfe\xfa\n",
    "UTF-16": "type: Person\n".encode("utf-16"),
    "alias bomb": _alias_bomb(),
    "NUL bytes": b"type: Person\x00\x00\x00\n",
    "huge integer": b'{"type": "Dataset", "entry_count": ' + b"9" * 5000 + b"}",
    "duplicate keys": b'{"type": "Person", "type": "Estate"}',
    "empty": b"",
    "YAML tags": b"!!python/object/apply:os.system ['echo hi']\n",
    "garbage": bytes(range(256)) * 10,
    "fake Parquet": b"PAR1" + b"\x00" * 100 + b"PAR1",
    "lone surrogate": b'{"type": "Person", "name": "\\ud800"}',
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_bodies_get_4xx_never_500(client, name):
    for params in ({}, {"name": "x.yaml"}, {"name": "x.jsonl"}, {"name": "x.parquet"}):
        answer = client.post("/v1/validate", content=HOSTILE[name], params=params)
        assert 400 <= answer.status_code < 500, (name, params, answer.status_code, answer.text[:300])
        body = answer.json()
        assert "findings" in body or "error" in body
        converted = client.post("/v1/convert", content=HOSTILE[name], params={"to": "jsonld", **params})
        assert 400 <= converted.status_code < 500, (name, params, converted.status_code, converted.text[:300])


def test_a_document_that_is_no_record_is_an_invalid_answer_not_an_error(client):
    answer = client.post("/v1/validate", content=b"42")
    assert answer.status_code == 200 and answer.headers["ccai-verdict"] == "invalid"
    assert answer.json()["findings"][0]["code"] == "SCHEMA-type"
    # NaN is no JSON (422 as JSON), but YAML reads it as the text "NaN" (an invalid count).
    nan = b'{"type": "Dataset", "entry_count": NaN}'
    assert client.post("/v1/validate", content=nan, params={"name": "x.json"}).status_code == 422
    assert client.post("/v1/validate", content=nan, params={"name": "x.yaml"}).status_code == 200


def test_hostile_multipart_bodies_get_4xx(client):
    cases = [
        (b"--x\r\nContent-Disposition: form-data; name=file; filename=a.yaml\r\n\r\nno end", "multipart/form-data; "
                                                                                             "boundary=x"),
        (b"anything", "multipart/form-data"),
        (b"--x--\r\n", "multipart/form-data; boundary=x"),
        (b"--x\r\n" + b"H: v\r\n" * 10_000 + b"\r\n\r\n--x--\r\n", "multipart/form-data; boundary=x"),
    ]
    for body, kind in cases:
        answer = client.post("/v1/validate", content=body, headers={"content-type": kind})
        assert 400 <= answer.status_code < 500, (body[:40], answer.status_code, answer.text[:200])


def test_convert_answers_with_the_document_and_its_warnings(client):
    answer = client.post("/v1/convert", content=VALID, params={"to": "jsonld", "name": "maya.yaml"})
    assert answer.status_code == 200
    body = answer.json()
    _schema_check(client.get("/openapi.json").json(), "Conversion", body)
    assert json.loads(body["output"])["@context"]
    assert body["filename"].startswith("maya.")
    cli = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "convert", "--to", "jsonld", "maya.yaml"],
                         capture_output=True, text=True, cwd=EXAMPLES)
    assert json.loads(body["output"]) == json.loads(cli.stdout)
    refused = client.post("/v1/convert", content=TYPO, params={"to": "jsonld"})
    assert refused.status_code in (200, 422)
    wrong = client.post("/v1/convert", content=VALID, params={"to": "cawg"})
    assert wrong.status_code == 422 and wrong.json()["error"]["code"] == "cannot-convert"
    unknown = client.post("/v1/convert", content=VALID, params={"to": "docx"})
    assert unknown.status_code == 400
    option = client.post("/v1/convert", content=VALID, params={"to": "jsonld", "context": "inline"})
    assert option.status_code == 200 and isinstance(json.loads(option.json()["output"])["@context"], (dict, list))
    formats = client.get("/v1/formats").json()
    assert {"jsonld", "cawg", "parquet"} <= {f["name"] for f in formats["exports"]}


def test_parquet_conversion_is_sent_as_base64(client):
    require("pyarrow", "Parquet output")
    import base64

    body = client.post("/v1/convert", content=VALID, params={"to": "parquet"}).json()
    data = base64.b64decode(body["output_base64"])
    assert data[:4] == b"PAR1"
    assert ccai_standards.validate(data) == []


def test_the_openapi_description_is_valid_and_covers_every_route(client):
    document = client.get("/openapi.json").json()
    assert document["openapi"] == "3.1.0"
    routes = {route.path for route in create_app().routes}
    assert {"/v1/validate", "/v1/convert", "/v1/formats", "/healthz"} == set(document["paths"])
    assert set(document["paths"]) <= routes
    spec = require("openapi_spec_validator", "checks the description against the OpenAPI 3.1 specification")
    spec.validate(document)
    broken = {**document, "paths": {"/v1/validate": {"post": {"responses": "none"}}}}
    with pytest.raises(Exception):
        spec.validate(broken)


def test_nothing_is_written_to_disk_or_logged(client, monkeypatch, caplog):
    secret = "Zebulon-Quayle-7731"
    record = VALID.replace(b"Maya Okafor", secret.encode())

    def refuse(*args, **kwargs):
        raise AssertionError("the server wrote a temporary file")

    for name in ("SpooledTemporaryFile", "NamedTemporaryFile", "TemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    caplog.set_level(logging.DEBUG)
    big = [("file", (f"{i}.yaml", record.replace(b"maya-okafor", f"p{i}".encode()) + b"#" * 1_500_000))
           for i in range(2)]
    assert client.post("/v1/validate", files=big).status_code == 200
    assert client.post("/v1/validate", content=record, params={"name": f"{secret}.yaml"}).status_code == 200
    assert client.post("/v1/convert", content=record, params={"to": "jsonld"}).status_code == 200
    server_side = [r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert server_side and not any(secret in line for line in server_side), server_side


def test_the_page_and_its_assets_are_served_with_a_strict_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and "CCAI record validator" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert "http" not in page.text.split("<body>")[0].replace("https://w3id.org", ""), "nothing loaded from elsewhere"
    for asset in ("app.js", "app.css"):
        assert client.get(f"/static/{asset}").status_code == 200
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/app.py").status_code == 404
    script = client.get("/static/app.js").text
    assert "innerHTML" not in script, "record text is never read as HTML"


# ---- a real server ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def live():
    require("uvicorn", "ccai serve runs on uvicorn")
    from benchmarks.serve import running_server

    with running_server() as base:
        yield base


@pytest.mark.slow
def test_two_hundred_concurrent_requests_get_answers_without_error(live):
    from benchmarks.serve import bodies, load

    for label, (request, status) in bodies().items():
        result = load(f"{live}/v1/validate", 200, 200, **request)
        print(result.line(label))
        assert result.statuses == {status: 200}, (label, result.statuses)
        assert result.percentile(99) < 60


@pytest.mark.slow
def test_ccai_serve_starts_and_stops(tmp_path):
    require("uvicorn", "ccai serve runs on uvicorn")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = subprocess.Popen([sys.executable, "-m", "ccai_standards.cli", "serve", "--port", str(port),
                               "--max-bytes", "1000"], stderr=subprocess.PIPE, text=True)
    try:
        import httpx

        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.1)
        assert health.json()["version"] == ccai_standards.__version__
        assert httpx.post(f"http://127.0.0.1:{port}/v1/validate", content=b"x" * 2000).status_code == 413
        secret = "Zebulon-Quayle-7731"
        httpx.post(f"http://127.0.0.1:{port}/v1/validate", content=f"name: {secret}\n".encode(),
                   params={"name": f"{secret}.yaml"})
    finally:
        server.terminate()
        _, log = server.communicate(timeout=20)
    assert "http://127.0.0.1" in log and secret not in log
    assert "POST /v1/validate 413" in log, "each request is logged, without its query or body"


@pytest.mark.slow
@pytest.mark.browser
def test_the_page_pastes_a_valid_and_an_invalid_record(live):
    playwright = require("playwright.sync_api", "the page is driven in Chromium")
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        if IN_CI:
            pytest.fail("CI=true and /usr/bin/chromium is not installed")
        pytest.skip("/usr/bin/chromium is not installed")
    shots = ROOT / "test-artifacts" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu"])
        try:
            for width, suffix in ((1366, "desktop"), (390, "phone")):
                page = browser.new_page(viewport={"width": width, "height": 900})
                problems: list[str] = []
                page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda e: problems.append(str(e)))
                page.goto(live + "/")
                page.wait_for_function("document.querySelectorAll('#format option').length > 3")

                page.fill("#text", VALID.decode())
                page.click("#validate")
                page.wait_for_selector(".verdict.valid")
                assert "Meets the standard" in page.inner_text("#verdict")
                assert page.locator(".finding").count() == 0

                page.fill("#text", TYPO.decode())
                page.click("#validate")
                page.wait_for_selector(".verdict.invalid")
                assert "Does not meet the standard" in page.inner_text("#verdict")
                finding = page.locator(".finding").first
                assert "SCHEMA-enum" in finding.inner_text() and "line 5" in finding.inner_text()
                assert "voice_actor" in finding.inner_text(), "the hint is shown"
                marked = page.locator(".code .ln.error")
                assert marked.count() == 1 and marked.first.get_attribute("data-n") == "5"
                page.screenshot(path=str(shots / f"serve-invalid-{suffix}.png"), full_page=True)

                page.fill("#text", (EXAMPLES / "tutorial" / "disclosure-draft.yaml").read_text(encoding="utf-8"))
                page.click("#validate")
                page.wait_for_selector(".verdict.invalid")
                link = page.locator(".finding a[href*='/standard/CCAI-']").first
                assert link.get_attribute("href").startswith("https://w3id.org/ccai/schema/0.2.0/standard/CCAI-")

                page.fill("#text", VALID.decode())
                page.select_option("#format", "jsonld")
                page.click("#convert")
                page.wait_for_selector("#converted:not([hidden])")
                assert '"@context"' in page.inner_text("#converted-output")
                with page.expect_download() as download:
                    page.click("#download")
                assert download.value.suggested_filename.endswith(".json")
                assert problems == [], problems
                page.close()
        finally:
            browser.close()


def test_the_guide_states_the_limits_the_server_applies():
    guide = (ROOT / "docs" / "guides" / "serve.md").read_text(encoding="utf-8")
    limits = Limits()
    for option, value in (("--max-bytes", f"{limits.max_bytes:,}"), ("--max-files", str(limits.max_files)),
                          ("--max-records", f"{limits.max_records:,}"), ("--timeout", f"{limits.timeout:g} seconds"),
                          ("--concurrency", f"(default {limits.concurrency})")):
        assert option in guide and value in guide, (option, value)
