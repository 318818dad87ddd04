"""The README documents every command; every command has help text."""

from pathlib import Path

import pytest

from scraper.cli import cli

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_setup_commands():
    first_block = README.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block
    assert [line.split()[0:2] for line in first_block.strip().splitlines()[1:]] == [
        ["make", "demo"],
        ["make", "test"],
    ]


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name):
    assert f"newsarchive {name}" in README or name == "demo" and "make demo" in README


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help(runner, name):
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and len(cli.commands[name].help or "") > 20


def test_every_site_definition_is_documented_in_its_module():
    import importlib

    from scraper.sites import load_sites

    for site in load_sites().values():
        module = importlib.import_module(f"spiders.sites.{site.name.replace('.', '_')}")
        assert module.__doc__ and len(module.__doc__) > 40
