"""No user-visible English literal escapes translation.

An AST scan, not a grep: in ``ui/`` every literal with words handed to a widget's text setter
(or a dialog, action, menu, header ...) must come through ``tr()``; in the core every sentence an
error of the app carries, and every line the command line prints, must be a template marked with
``QT_TRANSLATE_NOOP`` and worded through :mod:`tracker.i18n`. A literal is "words" when it still
holds a run of letters once HTML tags, ``{0}`` placeholders and ``%1``/``%n`` are taken out; a lone
snake_case code (``"zip_bomb"``) is a code, not a sentence.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Qt calls (and our own widgets' setters) whose string arguments the user reads.
UI_SINKS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addMenu", "addAction",
    "setTitle", "QLabel", "QAction", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QToolButton", "QMenu", "QMessageBox", "information", "warning", "critical", "question", "about",
    "setLabelText", "setInformativeText", "setDetailedText", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "addRow", "showMessage", "setSuffix", "setPrefix", "setSpecialValueText",
    "setItemText", "setButtonText", "setCancelButtonText", "getText", "getInt", "getItem", "getDouble",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "setAccessibleName",
    "setAccessibleDescription", "addButton", "setNameFilter", "setNameFilters", "setPlainText",
    "setHtml", "addItem", "addItems", "insertItem", "QProgressDialog", "setWindowIconText",
})
# The app's own error classes: their message is the sentence the user is shown.
CORE_ERRORS = frozenset({
    "ValidationError", "NotFoundError", "StoreError", "NewerSchemaError", "CorruptDatabaseError",
    "DatabaseLockedError", "ReadOnlyDatabaseError", "DiskFullError", "InstanceLockedError",
    "ExcelError", "CellError", "NumberError", "CommandError", "ArgumentTypeError",
})
CLI_SINKS = frozenset({"print", "write"})

# True non-words only, each with why it is not a sentence: (file, literal).
ALLOWED: dict[tuple[str, str], str] = {
}

_MARKUP = re.compile(r"<[^>]*>|&\w+;|\{[^{}]*\}|%[0-9n]|\*\.\w+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CODE = re.compile(r"[a-z][a-z0-9_]*")


def _is_words(text: str) -> bool:
    return not _CODE.fullmatch(text) and bool(_WORD.search(_MARKUP.sub(" ", text)))


def _literal(node: ast.AST) -> str | None:
    """The English a node puts on screen as it is written, or None (a call, a name ...)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _is_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values)
        return text if _is_words(text) else None
    if isinstance(node, ast.BinOp):
        return _literal(node.left) or _literal(node.right)
    if isinstance(node, ast.IfExp):
        return _literal(node.body) or _literal(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return next((t for t in map(_literal, node.elts) if t), None)
    return None


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _escapes(files: list[Path], sinks: frozenset[str]) -> Iterator[str]:
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or _name(node) not in sinks:
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                text = _literal(arg)
                if text is not None and (rel, text) not in ALLOWED:
                    yield f"{rel}:{node.lineno}: {_name(node)}({text!r})"


def _translated_calls(files: list[Path]) -> Iterator[str]:
    """tr()/translate() of an f-string or a concatenation: lupdate cannot collect it."""
    for path in files:
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and _name(node) in ("tr", "translate", "QT_TRANSLATE_NOOP"):
                for arg in node.args:
                    if isinstance(arg, ast.JoinedStr | ast.BinOp):
                        yield f"{rel}:{node.lineno}: {_name(node)}({ast.unparse(arg)[:60]})"


def _python(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_the_scan_sees_what_it_should() -> None:
    """The detector itself, on hand-written snippets (so a silent scan is not a broken one)."""
    assert _is_words("Save the file") and _is_words("Akaun")
    assert not _is_words("%") and not _is_words("*.xlsx")
    assert not _is_words("{0} / {1}") and not _is_words("<b>{0}</b>") and not _is_words("zip_bomb")
    assert not _is_words("%n %1") and not _is_words(" · ")
    tree = ast.parse('w.setText("Hello there")\nw.setText(tr("Hello"))\nraise StoreError(f"No {x}.")')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _name(n) in ("setText", "StoreError")]
    assert [_literal(c.args[0]) for c in calls] == ["Hello there", None, "No {}."]


def test_ui_hands_widgets_only_translated_text() -> None:
    escaped = list(_escapes(_python("ui"), UI_SINKS))
    assert not escaped, "wrap these in tr():\n" + "\n".join(escaped)


def test_core_errors_and_cli_output_are_templates() -> None:
    core = [p for p in _python("tracker") if "cli" not in p.parts]
    cli = _python("tracker/cli")
    escaped = list(_escapes(core, CORE_ERRORS)) + list(_escapes(cli, CORE_ERRORS | CLI_SINKS))
    assert not escaped, ("word these with tracker.i18n.words(QT_TRANSLATE_NOOP(...)):\n"
                         + "\n".join(escaped))


def test_nothing_is_translated_from_a_built_string() -> None:
    built = list(_translated_calls(_python("ui") + _python("tracker")))
    assert not built, "lupdate collects literals only:\n" + "\n".join(built)


def test_no_alias_hides_a_marker_from_lupdate() -> None:
    """``L = QT_TRANSLATE_NOOP`` looks fine and runs, but lupdate knows only the real name, so
    every string marked through the alias silently stays English (it happened: the field labels
    and the report's words)."""
    aliases = []
    for path in _python("ui") + _python("tracker"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Name)
                    and node.value.id in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP", "tr", "translate")):
                aliases.append(f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
            if isinstance(node, ast.alias) and node.name == "QT_TRANSLATE_NOOP" and node.asname:
                aliases.append(f"{path.relative_to(ROOT).as_posix()}: import as {node.asname}")
    assert not aliases, aliases


def test_allow_list_entries_are_still_needed() -> None:
    """A stale allowance would hide the next real escape in the same file."""
    for rel, text in ALLOWED:
        assert text in (ROOT / rel).read_text("utf-8"), (rel, text)
