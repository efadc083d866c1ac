"""How much memory another process holds: the safe reader's watchdog on its child.

The child caps itself where the platform lets it (``RLIMIT_AS``, a Job Object); the watchdog
is the cap where it could not, and a second line everywhere else. Each probe answers the
resident size in bytes, or None when the process is gone or cannot be looked at:
psutil if it is installed, else ``/proc`` on Linux, ``proc_pidinfo`` on macOS and
``GetProcessMemoryInfo`` on Windows (the last two through ctypes).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Probe = Callable[[int], int | None]


def memory_probe() -> Probe | None:
    """The best probe this platform has, or None if there is none."""
    psutil: Any
    try:
        psutil = importlib.import_module("psutil")
    except ImportError:
        psutil = None
    if psutil is not None:
        def by_psutil(pid: int) -> int | None:
            try:
                return int(psutil.Process(pid).memory_info().rss)
            except Exception:  # gone, or not ours to look at
                return None
        return by_psutil
    if Path("/proc/self/status").is_file():
        return proc_rss
    if sys.platform == "darwin":
        return _macos_rss
    if sys.platform == "win32":
        return _windows_rss
    return None


def proc_rss(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _macos_rss(pid: int) -> int | None:
    """``proc_pidinfo(PROC_PIDTASKINFO)`` from libproc: ``pti_resident_size``."""
    import ctypes

    class ProcTaskInfo(ctypes.Structure):
        _fields_ = [(name, ctypes.c_uint64) for name in (
            "pti_virtual_size", "pti_resident_size", "pti_total_user", "pti_total_system",
            "pti_threads_user", "pti_threads_system")] + [(name, ctypes.c_int32) for name in (
                "pti_policy", "pti_faults", "pti_pageins", "pti_cow_faults", "pti_messages_sent",
                "pti_messages_received", "pti_syscalls_mach", "pti_syscalls_unix", "pti_csw",
                "pti_threadnum", "pti_numrunning", "pti_priority")]

    try:
        libproc = ctypes.CDLL("/usr/lib/libproc.dylib")
    except OSError:
        return None
    info = ProcTaskInfo()
    size = ctypes.sizeof(info)
    if libproc.proc_pidinfo(pid, 4, ctypes.c_uint64(0), ctypes.byref(info), size) != size:  # PROC_PIDTASKINFO
        return None
    return int(info.pti_resident_size)


def _windows_rss(pid: int) -> int | None:
    """``GetProcessMemoryInfo``: the committed private memory, what a Job Object limits too."""
    import ctypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", ctypes.c_uint32), ("PageFaultCount", ctypes.c_uint32)] + [
            (name, ctypes.c_size_t) for name in (
                "PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage", "QuotaPagedPoolUsage",
                "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage")]

    loader: Any = getattr(ctypes, "WinDLL", None)
    if loader is None:
        return None
    kernel32 = loader("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = ctypes.c_void_p
    kernel32.OpenProcess.argtypes = [ctypes.c_uint32, ctypes.c_int, ctypes.c_uint32]
    kernel32.K32GetProcessMemoryInfo.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_uint32]
    kernel32.CloseHandle.argtypes = [ctypes.c_void_p]
    handle = kernel32.OpenProcess(0x1000, 0, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return None
    try:
        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        if not kernel32.K32GetProcessMemoryInfo(handle, ctypes.byref(counters), counters.cb):
            return None
        return int(counters.PagefileUsage)
    finally:
        kernel32.CloseHandle(handle)
