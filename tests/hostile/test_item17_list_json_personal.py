"""Item 17: ``projects list --json`` prints contact persons (personal data) only with --include-personal,
the same opt-in every export requires."""

from izsa_desktop.core.model import PERSONAL_FIELDS

from .cli_run import run_cli, text


def test_projects_list_json_leaves_personal_data_out_unless_asked(tmp_path):
    import json

    db = str(tmp_path / "k.sqlite")
    assert run_cli("init", "--db", db, "--role", "district", "--district", "Bornova").returncode == 0
    assert run_cli("demo-data", "--db", db, "--count", "6").returncode == 0

    r = run_cli("projects", "list", "--db", db, "--json")
    assert r.returncode == 0, text(r.stderr)
    rows = json.loads(r.stdout)
    assert len(rows) == 6
    assert all(not (set(PERSONAL_FIELDS) & set(row)) for row in rows)
    assert "@example.org" not in text(r.stdout)

    r = run_cli("projects", "list", "--db", db, "--json", "--include-personal")
    rows = json.loads(r.stdout)
    assert all(row["contact_name"] and row["contact_email"].endswith("@example.org") for row in rows)
