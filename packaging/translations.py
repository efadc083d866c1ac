"""Keep the translation catalogs in step with the code, and compile them.

    python packaging/translations.py update    # re-extract strings into tracker/translations/*.ts
    python packaging/translations.py release   # compile every .ts into a .qm beside it
    python packaging/translations.py check     # exit 1 if a catalog is stale or unfinished
    python packaging/translations.py export ms todo.json   # unfinished strings, for a translator
    python packaging/translations.py apply ms done.json    # their translations, into the catalog

``update`` runs ``pyside6-lupdate`` over ``tracker/`` and ``ui/`` into a fresh catalog,
then fixes the one thing lupdate cannot know: our modules word their strings through a
small module-level helper (``def tr(text): return QCoreApplication.translate("Ctx", text)``),
which lupdate files under the enclosing class or under no context at all, while at run
time Qt looks them up under "Ctx". Each such message is moved to the context its helper
really uses. Finished translations of the previous catalog are carried over by
(context, source); strings that left the code are dropped, and the counts are printed.

Counted strings ("%n account(s)", worded through ``ntr()`` or marked with
``QT_TRANSLATE_N_NOOP``) are numerus messages: lupdate's Python parser only marks the
five-argument PyQt4 ``translate`` that way, so :func:`_mark_numerus` finds these calls
itself and files them with ``numerus="yes"``. Malay has one plural form, so a numerus
message holds one ``<numerusform>``, and export/apply treat its translation as one string.
"""

from __future__ import annotations

import argparse
import ast
import copy as copy_module
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = ROOT / "tracker" / "translations"
LANGUAGES = ("ms",)
HELPER = re.compile(
    r'^def (tr|_t)\(\w+: str\) -> str:\n\s+return QCoreApplication\.translate\("([^"]+)", \w+\)', re.M)
BARE_CALL = re.compile(r"(?<![.\w])(tr|_t)\(")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} is not installed (it comes with PySide6-Essentials).")
    return found


def _sources() -> list[Path]:
    return sorted(p for folder in ("tracker", "ui") for p in (ROOT / folder).rglob("*.py"))


IMPORTED = re.compile(r"^from ((?:ui|tracker)(?:\.\w+)+) import ([^\n(]*\btr\b[^\n]*|\([^)]*\btr\b[^)]*\))",
                      re.M)


NUMERUS_FUNCTIONS = ("ntr", "QT_TRANSLATE_N_NOOP")


def _numerus_calls(files: list[Path]) -> list[tuple[str, str, Path, int]]:
    """(context, text, file, line) of every counted string with a literal context and text:
    ``ntr(ctx, text, n)``, ``QT_TRANSLATE_N_NOOP(ctx, text)`` and the four-argument
    ``QCoreApplication.translate(ctx, text, None, n)``."""
    found: list[tuple[str, str, Path, int]] = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            args = node.args
            counted = (name in NUMERUS_FUNCTIONS and len(args) >= 2) or (
                name == "translate" and len(args) == 4 and isinstance(args[2], ast.Constant)
                and args[2].value in (None, ""))
            strings = [a.value for a in args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if counted and len(strings) == 2:
                found.append((strings[0], strings[1], path, node.lineno))
    return found


def _numerus_translation(message: ET.Element) -> None:
    """Give ``message`` the one empty plural form a one-form language needs, unfinished."""
    message.set("numerus", "yes")
    for old in message.findall("translation"):
        message.remove(old)
    node = ET.SubElement(message, "translation", {"type": "unfinished"})
    ET.SubElement(node, "numerusform")


def _mark_numerus(tree: ET.ElementTree) -> ET.ElementTree:
    """File every counted string as a numerus message in the context its call names."""
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    for context_name, text, path, line in _numerus_calls(_sources()):
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = next((m for m in context.findall("message") if m.findtext("source") == text), None)
        where = {"filename": path.resolve().relative_to(ROOT).as_posix(), "line": str(line)}
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "location", where)
            ET.SubElement(message, "source").text = text
        elif not any(loc.attrib == where for loc in message.findall("location")):
            message.insert(0, ET.Element("location", where))
        if message.get("numerus") != "yes":
            _numerus_translation(message)
    for context in sorted(root.findall("context"), key=lambda c: c.findtext("name") or ""):
        root.remove(context)
        root.append(context)
    return tree


def translated_text(message: ET.Element) -> str:
    """A message's translation as one string (a numerus message's one plural form)."""
    node = message.find("translation")
    if node is None:
        return ""
    if message.get("numerus") == "yes":
        form = node.find("numerusform")
        return (form.text or "") if form is not None else ""
    return node.text or ""


def _set_translation(message: ET.Element, text: str, finished: bool = True) -> None:
    node = message.find("translation")
    if node is None:
        node = ET.SubElement(message, "translation")
    if message.get("numerus") == "yes":
        form = node.find("numerusform")
        if form is None:
            form = ET.SubElement(node, "numerusform")
        form.text = text
    else:
        node.text = text
    if finished:
        node.attrib.pop("type", None)


def _helper_contexts(files: list[Path]) -> dict[str, tuple[str, str]]:
    """File (as lupdate names it) -> (helper name, context the helper translates in).

    A module that imports another module's ``tr`` helper words through that helper's context.
    """
    found: dict[str, tuple[str, str]] = {}
    texts = {path: path.read_text("utf-8") for path in files}
    for path, text in texts.items():
        match = HELPER.search(text)
        if match:
            found[path.resolve().as_posix()] = (match.group(1), match.group(2))
    for path, text in texts.items():
        key = path.resolve().as_posix()
        if key in found:
            continue
        for match in IMPORTED.finditer(text):
            source = (ROOT / (match.group(1).replace(".", "/") + ".py")).resolve().as_posix()
            if source in found and found[source][0] == "tr":
                found[key] = found[source]
    return found


def _extract(target: Path) -> None:
    files = _sources()
    listing = target.with_suffix(".lst")
    listing.write_text("\n".join(str(p) for p in files), "utf-8")
    subprocess.run([_tool("pyside6-lupdate"), f"@{listing}", "-ts", str(target), "-no-obsolete",
                    "-locations", "absolute", "-silent"], check=True, cwd=target.parent)
    listing.unlink()


def _messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    out: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _target(location: ET.Element, context: str, helpers: dict[str, tuple[str, str]],
            lines: dict[str, list[str]]) -> str:
    """The context one use of a string is looked up in at run time."""
    path = (ROOT / location.get("filename", "")).resolve().as_posix()
    helper = helpers.get(path)
    if helper is None:
        return context
    text = lines.setdefault(path, Path(path).read_text("utf-8").splitlines())
    at = int(location.get("line", "1"))
    line = " ".join(text[max(0, at - 2):at])  # the call may open a line earlier
    if any(m.group(1) == helper[0] for m in BARE_CALL.finditer(line)) and "self.tr(" not in line:
        return helper[1]
    return context


def _regroup(fresh: ET.ElementTree, folder: Path) -> ET.ElementTree:
    """Move messages worded through a module helper to the helper's context."""
    helpers = _helper_contexts(_sources())
    lines: dict[str, list[str]] = {}
    by_context: dict[str, list[ET.Element]] = {}
    for context in fresh.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            for loc in message.findall("location"):  # from the repository, not the temp folder
                full = (folder / loc.get("filename", "")).resolve()
                if full.is_relative_to(ROOT):
                    loc.set("filename", full.relative_to(ROOT).as_posix())
            # lupdate merges one text used in several files into one message; each use goes
            # to the context its own file translates it in.
            targets: dict[str, list[ET.Element]] = {}
            for location in message.findall("location"):
                targets.setdefault(_target(location, name, helpers, lines), []).append(location)
            if not targets:
                targets[name] = []
            for target, locations in targets.items():
                copy = ET.Element("message", message.attrib)
                copy.extend(locations)
                copy.extend(copy_module.deepcopy(child) for child in message if child.tag != "location")
                by_context.setdefault(target, []).append(copy)
    root = ET.Element("TS", fresh.getroot().attrib)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        seen: dict[str, ET.Element] = {}
        for message in by_context[name]:
            source = message.findtext("source") or ""
            if source in seen:  # the same text twice in one context: one entry, every location
                for loc in message.findall("location"):
                    seen[source].insert(0, loc)
                continue
            seen[source] = message
            context.append(message)
    return _mark_numerus(ET.ElementTree(root))


def update() -> None:
    CATALOGS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = CATALOGS / f"tracker_{language}.ts"
        with tempfile.TemporaryDirectory() as tmp:
            fresh_path = Path(tmp) / target.name
            _extract(fresh_path)
            fresh = _regroup(ET.parse(fresh_path), Path(tmp))
        fresh.getroot().set("language", language)
        old = _messages(ET.parse(target)) if target.exists() else {}
        kept = 0
        new = _messages(fresh)
        # A text already translated the same way everywhere else is translated so here too.
        by_source: dict[str, set[str]] = {}
        for (_context, source), message in old.items():
            node = message.find("translation")
            if node is not None and translated_text(message) and node.get("type") is None:
                by_source.setdefault(source, set()).add(translated_text(message))
        for key, message in new.items():
            if message.find("translation") is None:
                continue
            previous = old[key].find("translation") if key in old else None
            if previous is not None and translated_text(old[key]):
                _set_translation(message, translated_text(old[key]), previous.get("type") is None)
                kept += 1
            elif len(by_source.get(key[1], ())) == 1:
                _set_translation(message, next(iter(by_source[key[1]])))
                kept += 1
        _write(fresh, target)
        dropped = len(set(old) - set(new))
        unfinished = sum(1 for m in new.values() if (m.find("translation") is None
                                                      or m.find("translation").get("type") == "unfinished"))
        print(f"{target.relative_to(ROOT)}: {len(new)} strings, {kept} translations kept, "
              f"{dropped} dropped, {unfinished} unfinished")


def release() -> None:
    for ts in sorted(CATALOGS.glob("tracker_*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
        print(f"{ts.with_suffix('.qm').relative_to(ROOT)}")


def check() -> int:
    """1 when a string in the code is missing from a catalog or left unfinished."""
    status = 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh_path = Path(tmp) / "fresh.ts"
        _extract(fresh_path)
        wanted = set(_messages(_regroup(ET.parse(fresh_path), Path(tmp))))
    for language in LANGUAGES:
        target = CATALOGS / f"tracker_{language}.ts"
        have = _messages(ET.parse(target)) if target.exists() else {}
        missing = wanted - set(have)
        unfinished = [k for k in wanted & set(have) if (have[k].find("translation") is None
                                                       or have[k].find("translation").get("type")
                                                       == "unfinished"
                                                       or not translated_text(have[k]))]
        for context, source in sorted(missing)[:20]:
            print(f"{language}: not in the catalog: [{context}] {source}")
        for context, source in sorted(unfinished)[:20]:
            print(f"{language}: not translated: [{context}] {source}")
        if missing or unfinished:
            print(f"{language}: {len(missing)} missing, {len(unfinished)} unfinished of {len(wanted)}")
            status = 1
    return status


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d|</?\w+\s*/?>")


def placeholder_problem(source: str, translation: str) -> str | None:
    """Why ``translation`` cannot stand in for ``source`` (a lost or added placeholder, tag or
    mnemonic), or None: a translation that drops ``{0}`` would show the user a hole."""
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        return f"placeholders differ: {sorted(set(PLACEHOLDER.findall(source)))}"
    def mnemonics(text: str) -> int:
        return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))
    if mnemonics(source) != mnemonics(translation):
        return "the & shortcut marker is missing or doubled"
    return None


def _write(tree: ET.ElementTree, target: Path) -> None:
    ET.indent(tree, "    ")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    target.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")


def export(language: str, out: Path, only_unfinished: bool = True) -> None:
    """The strings a translator needs, with where each is used, as a JSON list."""
    import json

    items = []
    for (context, source), message in _messages(ET.parse(CATALOGS / f"tracker_{language}.ts")).items():
        node = message.find("translation")
        done = node is not None and node.get("type") is None and bool(translated_text(message))
        if done and only_unfinished:
            continue
        item = {"context": context, "source": source, "comment": message.findtext("comment") or "",
                "where": [loc.get("filename") for loc in message.findall("location")][:3],
                "translation": translated_text(message)}
        if message.get("numerus") == "yes":
            item["numerus"] = "one form: %n is the count"
        items.append(item)
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1), "utf-8")
    print(f"{len(items)} strings written to {out}")


def apply(language: str, source_file: Path) -> None:
    """Put a translator's JSON ({context, source, translation}) into the catalog as finished."""
    import json

    target = CATALOGS / f"tracker_{language}.ts"
    tree = ET.parse(target)
    messages = _messages(tree)
    applied = unknown = 0
    for item in json.loads(source_file.read_text("utf-8")):
        message = messages.get((item["context"], item["source"]))
        text = (item.get("translation") or "").strip("\n")
        if message is None or not text:
            unknown += message is None
            continue
        problem = placeholder_problem(item["source"], text)
        if problem:
            print(f"refused [{item['context']}] {item['source']!r}: {problem}")
            continue
        _set_translation(message, text)
        applied += 1
    _write(tree, target)
    print(f"{applied} translations applied to {target.relative_to(ROOT)}, {unknown} not in the catalog")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check", "export", "apply"))
    parser.add_argument("language", nargs="?", default="ms")
    parser.add_argument("file", nargs="?", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    elif args.command in ("export", "apply"):
        if args.file is None:
            parser.error(f"{args.command} needs a JSON file")
        (export if args.command == "export" else apply)(args.language, args.file)
    else:
        return check()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
