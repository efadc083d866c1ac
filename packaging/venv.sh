# Sourced by ./run and ./run-tests: make sure "$VENV" holds this checkout, installing only when needed.
#
# The install is stamped with a hash of pyproject.toml, the Python version and the extras, so a
# start with nothing changed goes straight to the app (no pip, no network). The editable install
# builds without isolation from the venv's own setuptools, so a re-install works offline too
# once the first one (online) has put setuptools>=77 and the dependencies in the venv.
#
# In: VENV (default .venv), PYTHON (default python3), EXTRAS ("" or "test").
# Out: PYBIN, the venv's python.

VENV="${VENV:-.venv}"
PY="${PYTHON:-python3}"
EXTRAS="${EXTRAS:-}"

_venv_python() {
    if [ -x "$VENV/bin/python" ]; then echo "$VENV/bin/python"
    elif [ -x "$VENV/Scripts/python.exe" ]; then echo "$VENV/Scripts/python.exe"  # Windows (Git Bash)
    fi
}

PYBIN="$(_venv_python)"
# A venv whose interpreter no longer runs (the system Python was upgraded) is made anew.
if [ -n "$PYBIN" ] && ! "$PYBIN" -c "" 2>/dev/null; then
    rm -rf "$VENV"
    PYBIN=""
fi
if [ -z "$PYBIN" ]; then
    "$PY" -m venv "$VENV"
    PYBIN="$(_venv_python)"
fi

_stamp() {
    "$PYBIN" - "$1" <<'PYEOF'
import hashlib, sys
digest = hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest()
print(f"{digest} python-{sys.version.split()[0]} extras-{sys.argv[1] or 'none'}")
PYEOF
}

_has_stamp() {  # $1: extras ("" for the app alone)
    local file="$VENV/.tracker-stamp-${1:-app}"
    [ -f "$file" ] && [ "$(cat "$file")" = "$(_stamp "$1")" ]
}

_installed() {  # the app alone is also there when a venv was set up with extras
    _has_stamp "$EXTRAS" && return 0
    [ -z "$EXTRAS" ] && { _has_stamp test || _has_stamp bundle; }
}

if ! _installed; then
    echo "Installing Onboarding Tracker into $VENV (once; later starts skip this)..." >&2
    "$PYBIN" -m pip install -q "setuptools>=77"
    "$PYBIN" -m pip install -q --no-build-isolation -e ".${EXTRAS:+[$EXTRAS]}"
    _stamp "$EXTRAS" > "$VENV/.tracker-stamp-${EXTRAS:-app}"
fi

# Compiled translations (.qm) are built from the .ts sources, not committed: rebuild when stale.
for ts in tracker/translations/*.ts; do
    [ -e "$ts" ] || continue
    if [ ! "${ts%.ts}.qm" -nt "$ts" ]; then
        "$PYBIN" packaging/translations.py release >/dev/null
        break
    fi
done
