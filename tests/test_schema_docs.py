"""docs/schema.md must describe every table and column the migrations create."""

from pathlib import Path

from scraper.archive import Archive

DOC = (Path(__file__).parent.parent / "docs" / "schema.md").read_text(encoding="utf-8")


def test_every_column_is_documented(tmp_path):
    with Archive.open(tmp_path / "a.db", create=True) as archive:
        tables = [
            t for t in archive.db.table_names() if not t.startswith(("_sqlite", "articles_fts"))
        ]
        assert {"articles", "aliases", "crawl_runs", "sites"} <= set(tables)
        for name in tables:
            assert f"`{name}`" in DOC, name
            for column in archive.db[name].columns_dict:
                assert f"`{column}`" in DOC, f"{name}.{column} is not in docs/schema.md"
