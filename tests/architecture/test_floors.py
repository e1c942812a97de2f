"""The floors of the house (shared/GUIDE.md, "Architecture"), checked by reading the imports
of every module with `ast`: late imports inside functions count too."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("home", "beteiligung", "forum")


def modules(app: str) -> list[Path]:
    return [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]


def imported(path: Path) -> set[str]:
    """Every module `path` imports, wherever the import stands."""
    # "forum/models/pages.py" and "forum/models/__init__.py" both live in forum.models.
    package = path.relative_to(ROOT).parts[:-1]
    return imported_by(path.read_text(), package)


def imported_by(source: str, package: tuple[str, ...]) -> set[str]:
    """The modules `source` imports, relative imports resolved against `package`."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def app_of(module: str) -> str:
    return module.split(".")[0]


@pytest.mark.parametrize("path", modules("home"), ids=str)
def test_home_is_the_ground_floor_and_imports_neither_app(path: Path) -> None:
    assert not {app_of(name) for name in imported(path)} & {"beteiligung", "forum"}


def test_no_import_cycle_between_the_apps() -> None:
    depends = {
        app: {app_of(name) for path in modules(app) for name in imported(path)} & set(APPS)
        for app in APPS
    }
    for app in APPS:
        for other in depends[app] - {app}:
            assert app not in depends[other], f"{app} and {other} import each other"


@pytest.mark.parametrize(
    "path",
    [
        path
        for app in APPS
        for path in modules(app)
        if "models" in path.parts or path.stem == "models"
    ],
    ids=str,
)
def test_models_import_no_views_or_services(path: Path) -> None:
    app = path.relative_to(ROOT).parts[0]
    above = {"views", "feedback_views", "admin_views", "services", "mails", "inbox"}
    reached = {name.split(".")[1] for name in imported(path) if name.startswith(f"{app}.")}
    assert not reached & above, f"{path} imports {reached & above}"


def test_the_floor_check_sees_a_late_import() -> None:
    """The checks above would pass on anything if `imported_by` found nothing."""
    late = "def route(self):\n    from .. import services\n"
    assert "forum.services" in imported_by(late, ("forum", "models"))
    assert "beteiligung.views" in imported_by("from beteiligung import views", ("home",))
