"""Build the laptop bundle for this platform: ``python packaging/build.py``.

Run it with a Python that has ``.[bundle]`` installed (``packaging/build.sh`` sets that up).
Leaves ``dist/onboarding-tracker/`` (on macOS also ``dist/Onboarding Tracker.app``) and an
archive beside it (.tar.gz; .zip on Windows), and prints the sizes and the build time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "onboarding-tracker.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "onboarding-tracker"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def strip_python(folder: Path) -> None:
    """Linux: a source-built Python keeps its symbols (libpython 23 MB, 5 MB stripped; its
    extension modules likewise). Only Python's own files: stripping the wheels' patched
    libraries (numpy.libs, scipy.libs) breaks them."""
    tool = shutil.which("strip")
    if not sys.platform.startswith("linux") or tool is None:
        return
    internal = folder / "_internal"
    own = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    for lib in own:
        subprocess.run([tool, "--strip-unneeded", str(lib)], check=True)


def archive(folder: Path) -> Path:
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(folder), "zip", folder.parent, folder.name))
    target = folder.with_name(folder.name + ".tar.gz")
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description=__doc__)
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        print("PyInstaller is missing: install the bundle tools with  pip install -e \".[bundle]\"",
              file=sys.stderr)
        return 1
    started = time.monotonic()
    pyinstaller.run([str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN",
                     "--distpath", str(DIST), "--workpath", str(WORK)])
    folder = DIST / NAME
    strip_python(folder)
    built = time.monotonic() - started
    print(f"built {folder} in {built:.0f} s: {folder_size(folder) / 1e6:.0f} MB unpacked")
    if not args.no_archive:
        packed = archive(folder)
        print(f"archive {packed}: {packed.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
