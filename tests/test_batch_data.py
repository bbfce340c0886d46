"""The batch data contract (issue 13): CSV rows for every article, resume replacing a changed
article's record, byte-identical copies analysed once, inputs from a list and dates from a
sidecar, README-like files skipped, Parquet output, and column types that do not change
with the corpus (pandas, duckdb)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan import batch
from policyscan.cli import app
from policyscan.render.csv_out import CSV_COLUMNS
from test_batch import article, write_articles

NO_ACTIONS = "Weather notes\n\nThe morning was mild and the afternoon brought light rain over the hills.\n"


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


# --- CSV: one row at least per article --------------------------------------------------


def test_csv_row_count_tells_every_article(tmp_path: Path) -> None:
    news = tmp_path / "news"
    write_articles(news, 2)
    (news / "calm.txt").write_text(NO_ACTIONS, encoding="utf-8")
    (news / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.csv"
    result = batch.batch([str(news)], output=str(out), settings=batch.Settings(fmt="csv"))
    rows = csv_rows(out.read_text(encoding="utf-8"))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert {Path(r["path"]).name for r in rows} == {"000.txt", "001.txt", "calm.txt", "empty.txt"}
    (calm,) = [r for r in rows if r["path"].endswith("calm.txt")]
    assert calm["action_id"] == calm["error"] == "" and len(calm["sha256"]) == 64
    (empty,) = [r for r in rows if r["path"].endswith("empty.txt")]
    assert empty["error"].startswith("invalid-input: ") and empty["action_id"] == ""
    assert (result.ok, result.failed) == (3, 1)


def test_csv_resume_recognises_article_rows_and_retries_error_rows(tmp_path: Path) -> None:
    news = tmp_path / "news"
    write_articles(news, 2)
    (news / "calm.txt").write_text(NO_ACTIONS, encoding="utf-8")
    (news / "late.txt").write_bytes(b"")
    out = tmp_path / "out.csv"
    settings = batch.Settings(fmt="csv")
    batch.batch([str(news)], output=str(out), settings=settings)
    (news / "late.txt").write_text(article(7), encoding="utf-8")
    result = batch.batch([str(news)], output=str(out), settings=settings, resume=True)
    assert result.skipped == 3 and result.processed == 1 and result.failed == 0
    rows = csv_rows(out.read_text(encoding="utf-8"))
    assert not any(r["error"] for r in rows)
    assert sum(r["path"].endswith("calm.txt") for r in rows) == 1
    assert any(r["path"].endswith("late.txt") and r["action_id"] for r in rows)


def test_cameo_codes_keep_their_leading_zero_in_pandas(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    from policyscan.render.csv_out import CSV_DTYPES, write_actions_csv
    from policyscan.report import Action, DateRef, Pipeline, Report, Source

    action = Action(
        id="a1", trigger="agreed", kind="agree", direction="neutral", status="announced",
        actor="X", target=None, date=DateRef(), cameo="010",
    )  # fmt: skip
    report = Report(
        source=Source(path="a.txt", sha256="ab" * 32, format="txt", encoding="utf-8"),
        pipeline=Pipeline(model="m", version="1", spacy="3", fallback=False),
        actions=[action],
    )
    path = tmp_path / "a.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        write_actions_csv([report], fh)
    frame = pd.read_csv(path, dtype=CSV_DTYPES, keep_default_na=False)
    assert frame["cameo"].tolist() == ["010"]
    assert pd.read_csv(path, dtype=str)["cameo"].tolist() == ["010"]  # the README's reading
    assert pd.read_csv(path)["cameo"].tolist() == [10]  # why the README says so


# --- resume after a change; copies ---------------------------------------------------------


def test_resume_replaces_the_record_of_a_changed_article(tmp_path: Path) -> None:
    news = tmp_path / "news"
    paths = write_articles(news, 3)
    out = tmp_path / "out.jsonl"
    batch.batch([str(news)], output=str(out))
    paths[0].write_text(article(20), encoding="utf-8")  # the first record: a rewrite, not a truncation
    result = batch.batch([str(news)], output=str(out), resume=True)
    assert (result.skipped, result.processed) == (2, 1)
    recs = jsonl(out)
    assert len(recs) == 3
    assert sorted(r["source"]["path"] for r in recs) == sorted(str(p) for p in paths)
    (first,) = [r for r in recs if r["source"]["path"] == str(paths[0])]
    assert "Quillo-20" in json.dumps(first)
    assert not list(tmp_path.glob("*.policyscan-tmp"))


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_same_bytes_under_two_paths_are_analysed_once(tmp_path: Path, fmt: str, monkeypatch) -> None:
    from policyscan.batch import work

    news = tmp_path / "news"
    write_articles(news, 2)
    (news / "002-copy.txt").write_bytes((news / "000.txt").read_bytes())
    seen: list[str] = []
    real = work._load

    def counting(item, settings):
        seen.append(Path(item.path).name)
        return real(item, settings)

    monkeypatch.setattr(work, "_load", counting)
    out = tmp_path / f"out.{fmt}"
    result = batch.batch([str(news)], output=str(out), settings=batch.Settings(fmt=fmt))
    assert sorted(seen) == ["000.txt", "001.txt"] and result.ok == 3
    original, copy = str(news / "000.txt"), str(news / "002-copy.txt")
    if fmt == "jsonl":
        recs = {r["source"]["path"]: r for r in jsonl(out)}
        assert recs[copy]["source"]["duplicate_of"] == original
        assert recs[original]["source"]["duplicate_of"] is None
        assert recs[copy]["actions"] == recs[original]["actions"] and recs[copy]["actions"]
        assert all("duplicate_of" in r["source"] for r in recs.values())
    else:
        rows = csv_rows(out.read_text(encoding="utf-8"))
        copies = [r for r in rows if r["path"] == copy]
        assert copies and all(r["duplicate_of"] == original for r in copies)
        assert len(copies) == sum(r["path"] == original for r in rows)
    # resume: every path, copies too, is done (CSV retries the last article: its last row may be torn)
    before = out.read_bytes()
    again = batch.batch([str(news)], output=str(out), settings=batch.Settings(fmt=fmt), resume=True)
    assert again.skipped == (3 if fmt == "jsonl" else 2) and again.failed == 0
    assert out.read_bytes() == before


def test_a_copy_of_an_article_done_in_an_earlier_run_is_marked(tmp_path: Path) -> None:
    news = tmp_path / "news"
    write_articles(news, 1)
    out = tmp_path / "out.jsonl"
    batch.batch([str(news)], output=str(out))
    (news / "001-copy.txt").write_bytes((news / "000.txt").read_bytes())
    batch.batch([str(news)], output=str(out), resume=True)
    recs = {r["source"]["path"]: r for r in jsonl(out)}
    assert recs[str(news / "001-copy.txt")]["source"]["duplicate_of"] == str(news / "000.txt")


def test_cli_csv_failed_article_row_even_with_quiet(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    cli = CliRunner().invoke(app, ["batch", str(tmp_path), "--format", "csv", "-q"])
    (row,) = csv_rows(cli.stdout)
    assert row["error"].startswith("invalid-input")


# --- Parquet, and column types that never change with the corpus ----------------------------

CORPUS = Path(__file__).parent / "corpus"


def corpus_batch(folder: Path) -> int:
    """200 articles: the 18 corpus texts and two of our own (one without actions, one empty),
    10 files each: 3 varied (an added note, so analysed) and 7 byte-identical copies."""
    folder.mkdir(parents=True)
    texts = {p.name: p.read_bytes() for p in sorted(CORPUS.iterdir()) if p.suffix in (".txt", ".md", ".html")}
    texts["calm.txt"], texts["empty.txt"] = NO_ACTIONS.encode(), b""
    assert len(texts) == 20
    for name, data in texts.items():
        stem, suffix = name.rsplit(".", 1)
        for k in range(10):
            note = "" if k >= 3 or not data else (f"\n<!-- copy {k} -->\n" if suffix == "html" else f"\n\nNote {k}.\n")
            (folder / f"{stem}-{k}.{suffix}").write_bytes(data + note.encode())
    return 10 * len(texts)


@pytest.fixture(scope="module")
def big_batch(tmp_path_factory) -> dict[str, Path]:
    pytest.importorskip("pyarrow")
    root = tmp_path_factory.mktemp("big")
    n = corpus_batch(root / "news")
    outs = {"jsonl": root / "out.jsonl", "parquet": root / "out.parquet", "csv": root / "out.csv"}
    for fmt, out in outs.items():
        result = batch.batch([str(root / "news")], output=str(out), settings=batch.Settings(fmt=fmt))
        assert result.processed == n and result.failed == 10
    return outs


def test_parquet_tables_hold_every_article_and_every_action(big_batch: dict[str, Path]) -> None:
    duckdb = pytest.importorskip("duckdb")
    pq, recs = str(big_batch["parquet"]), jsonl(big_batch["jsonl"])
    actions = str(big_batch["parquet"]).replace(".parquet", ".actions.parquet")
    assert duckdb.sql(f"select count(*) from read_parquet('{pq}')").fetchall()[0] == (200,)
    assert duckdb.sql(f"select count(*) from read_parquet('{actions}')").fetchall()[0] == (
        sum(len(r["actions"]) for r in recs),
    )
    failed = duckdb.sql(f"select count(*) from read_parquet('{pq}') where error is not null").fetchall()[0]
    copies = duckdb.sql(f"select count(*) from read_parquet('{pq}') where source.duplicate_of is not null").fetchall()[
        0
    ]
    assert failed == (10,) and copies == (sum(r["source"]["duplicate_of"] is not None for r in recs),)
    # one shape: the articles table has the columns of a JSON record, in order
    names = [row[0] for row in duckdb.sql(f"describe select * from read_parquet('{pq}')").fetchall()]
    assert names == list(recs[0])


def _types(duckdb, sql: str) -> dict[str, str]:
    return {row[0]: row[1] for row in duckdb.sql(f"describe select * from {sql}").fetchall()}


def test_column_types_do_not_change_with_the_corpus(big_batch: dict[str, Path], tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pd = pytest.importorskip("pandas")
    # a corpus with nothing in it: one article without actions, one that fails
    (tmp_path / "small").mkdir()
    (tmp_path / "small" / "calm.txt").write_text(NO_ACTIONS, encoding="utf-8")
    (tmp_path / "small" / "empty.txt").write_bytes(b"")
    small = tmp_path / "small.parquet"
    batch.batch([str(tmp_path / "small")], output=str(small), settings=batch.Settings(fmt="parquet"))
    big = big_batch["parquet"]
    for a, b in (
        (big, small),
        (
            Path(str(big).replace(".parquet", ".actions.parquet")),
            Path(str(small).replace(".parquet", ".actions.parquet")),
        ),
    ):
        assert _types(duckdb, f"read_parquet('{a}')") == _types(duckdb, f"read_parquet('{b}')")
    types = _types(duckdb, f"read_parquet('{small}')")
    assert types["warnings"] == "VARCHAR[]" and "aliases VARCHAR[]" in types["models"]
    assert "cameo VARCHAR" in types["actions"] and "objects VARCHAR[]" in types["actions"]
    assert types["error"].startswith("STRUCT(")

    # read_json_auto on the 200-article batch: lists are typed lists, CAMEO text, days DATE
    js = _types(duckdb, f"read_json_auto('{big_batch['jsonl']}')")
    assert "cameo VARCHAR" in js["actions"] and "objects VARCHAR[]" in js["actions"]
    assert "first_day DATE" in js["dates"] and "aliases VARCHAR[]" in js["actors"]
    assert js["error"].startswith("STRUCT(kind VARCHAR")
    # (read_json_auto guesses from the data: a list empty in every record comes out JSON[]; the
    # Parquet output is the one with types fixed in advance, as the README says)
    codes = duckdb.sql(
        f"select distinct a.cameo from (select unnest(actions) as a from read_json_auto('{big_batch['jsonl']}'))"
        " where a.cameo is not null"
    ).fetchall()
    assert codes and all(isinstance(c, str) for (c,) in codes)

    # pandas: CAMEO strings with their zeros, first_day parses, lists are lists
    frame = pd.read_parquet(str(big).replace(".parquet", ".actions.parquet"))
    cameo = frame["cameo"].dropna()
    assert len(cameo) and all(isinstance(c, str) and c.isdigit() for c in cameo)
    days = pd.to_datetime(frame["date"].map(lambda d: d["first_day"]), errors="raise")
    assert days.notna().any()
    assert all(isinstance(list(o), list) for o in frame["objects"])
    rows = pd.read_csv(big_batch["csv"], dtype=str, keep_default_na=False)
    assert rows["path"].nunique() == 200
    parquet_codes = sorted(set(cameo))
    assert sorted(set(rows["cameo"]) - {""}) == parquet_codes
    if any(c.startswith("0") for c in parquet_codes):
        assert any(c.startswith("0") for c in rows["cameo"])


def test_parquet_refuses_resume_and_stdout(tmp_path: Path) -> None:
    write_articles(tmp_path / "news", 1)
    runner = CliRunner()
    no_out = runner.invoke(app, ["batch", str(tmp_path / "news"), "-f", "parquet"])
    resume = runner.invoke(
        app, ["batch", str(tmp_path / "news"), "-f", "parquet", "-o", str(tmp_path / "o.parquet"), "--resume"]
    )
    for result in (no_out, resume):
        assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "needs -o" in no_out.stderr and "--resume" in resume.stderr
    assert not (tmp_path / "o.parquet").exists()


# --- inputs: --files-from, --published-from, README-like files ------------------------------


def test_files_from_a_list_stdin_and_nul_separated(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "news", 3)
    listing = tmp_path / "list.txt"
    listing.write_bytes(f"{paths[2]}\r\n\n{paths[0]}\n".encode())
    runner = CliRunner()
    from_file = runner.invoke(app, ["batch", "--files-from", str(listing), "-q"])
    assert from_file.exit_code == 0, from_file.stderr
    assert [json.loads(line)["source"]["path"] for line in from_file.stdout.splitlines()] == [
        str(paths[2]),
        str(paths[0]),
    ]
    nul = runner.invoke(app, ["batch", "--files-from", "-", "--null", "-q"], input=f"{paths[1]}\0{paths[0]}\0")
    assert [json.loads(line)["source"]["path"] for line in nul.stdout.splitlines()] == [str(paths[1]), str(paths[0])]
    # a NUL list without --null, an empty list, no input at all: one line, exit 2
    for args, stdin in (
        (["--files-from", "-"], f"{paths[1]}\0"),
        (["--files-from", "-"], "\n\n"),
        ([], None),
    ):
        bad = runner.invoke(app, ["batch", *args], input=stdin)
        assert bad.exit_code == 2 and len(bad.stderr.strip().splitlines()) == 1, bad.stderr


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_published_from_a_sidecar(tmp_path: Path, kind: str) -> None:
    news = tmp_path / "news"
    paths = write_articles(news, 2)
    dated = news / "dated.txt"
    dated.write_text("Published 2025-01-05\n\n" + article(5), encoding="utf-8")
    sidecar = news / f"dates.{kind}"  # paths relative to the sidecar's folder
    rows = [("000.txt", "2026-11-20"), ("dated.txt", "2020-02-02"), ("001.txt", "")]
    if kind == "csv":
        sidecar.write_text("path,published\n" + "".join(f"{p},{d}\n" for p, d in rows), encoding="utf-8")
    else:
        sidecar.write_text("".join(json.dumps({"path": p, "published": d}) + "\n" for p, d in rows), encoding="utf-8")
    cli = CliRunner().invoke(app, ["batch", str(news), "--published-from", str(sidecar), "-q"])
    assert cli.exit_code == 0, cli.stderr
    recs = {Path(r["source"]["path"]).name: r for r in map(json.loads, cli.stdout.splitlines())}
    assert recs["000.txt"]["published"] == "2026-11-20"
    assert recs["000.txt"]["published_from"] == "--published-from"
    assert recs["001.txt"]["published"] is None
    assert recs["dated.txt"]["published"] == "2025-01-05"  # the text's own date wins
    assert paths


def test_published_from_refuses_an_ambiguous_date_or_a_missing_column(tmp_path: Path) -> None:
    write_articles(tmp_path / "news", 1)
    for name, text in (("a.csv", "path,published\n000.txt,11/12/2026\n"), ("b.csv", "file,date\nx,2026-01-01\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        cli = CliRunner().invoke(app, ["batch", str(tmp_path / "news"), "--published-from", str(tmp_path / name)])
        assert cli.exit_code == 2 and len(cli.stderr.strip().splitlines()) == 1
        assert name in cli.stderr and cli.stdout == ""


def test_readme_like_files_are_skipped_and_counted(tmp_path: Path) -> None:
    news = tmp_path / "news"
    write_articles(news, 1)
    for name in ("README.md", "LICENSE.txt", "changelog.md", "sub/CONTRIBUTING.md"):
        (news / name).parent.mkdir(exist_ok=True)
        (news / name).write_text(article(3), encoding="utf-8")
    runner = CliRunner()
    cli = runner.invoke(app, ["batch", str(news)])
    assert len(cli.stdout.splitlines()) == 1
    assert "4 README-like files skipped" in cli.stderr.splitlines()[-1]
    kept = runner.invoke(app, ["batch", str(news), "--include-readmes", "-q"])
    assert len(kept.stdout.splitlines()) == 5
    named = runner.invoke(app, ["batch", str(news / "README.md"), "-q"])  # named on the command line: kept
    assert len(named.stdout.splitlines()) == 1


def test_project_file_names_are_data() -> None:
    from policyscan.batch.walk import project_file, project_file_stems

    assert {"readme", "license", "changelog", "contributing"} <= project_file_stems()
    assert project_file("README.md") and project_file("License") and not project_file("readme-of-the-eu-act.txt")
