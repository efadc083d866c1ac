"""An Agg renderer that remembers what it already worked out about text.

Text is most of what a dashboard chart costs to draw (a segment change redraws six charts
and some 200 labels): for every label Matplotlib looks the font up again, reads its height
tables, shapes the string and renders each glyph through FreeType, although the same
"Jan 26" at the same size came out the same on the last draw. This renderer keeps

- the font's height metrics per font and size (what ``Text._get_layout`` reads per label);
- the shaped glyphs of a string per font, size and dpi (``FT2Font._layout``);
- each rendered glyph bitmap per glyph, size, angle and *sub-pixel* offset: FreeType
  rasterises an outline moved by whole pixels into the same bitmap moved by as many
  pixels, so a hit paints exactly what rendering it again would have painted (a test
  compares the pictures).

It leans on Matplotlib's private text path (3.11's ``_draw_text_glyphs_and_boxes``,
``FT2Font._layout`` and ``_render_glyph``); with a Matplotlib without them it is the plain
``RendererAgg``. Fonts are per thread in Matplotlib, so the caches are as well.
"""

from __future__ import annotations

import math
import threading
from typing import Any

import numpy as np
from matplotlib import ft2font
from matplotlib.backends import backend_agg
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties, fontManager, get_font

# Entries a thread keeps before starting over: a chart's labels are a few hundred strings
# and glyphs; this bounds a long session of changing data without a real eviction policy.
MAX_ENTRIES = 20_000

SUPPORTED = (hasattr(RendererAgg, "_draw_text_glyphs_and_boxes")
             and hasattr(ft2font.FT2Font, "_layout") and hasattr(ft2font.FT2Font, "_render_glyph")
             and hasattr(ft2font, "RenderMode") and hasattr(backend_agg, "get_hinting_flag"))

_local = threading.local()


def _caches() -> tuple[dict[Any, Any], dict[Any, Any], dict[Any, Any]]:
    found = getattr(_local, "caches", None)
    if found is None or sum(len(c) for c in found) > MAX_ENTRIES:
        found = _local.caches = ({}, {}, {})
    return found


def _prop_key(prop: FontProperties) -> tuple[object, ...]:
    """What FontProperties' own hash is made of, frozen now (the object is mutable)."""
    return (tuple(prop.get_family()), prop.get_slant(), prop.get_variant(), prop.get_weight(),
            prop.get_stretch(), prop.get_size_in_points(), prop.get_file(),
            prop.get_math_fontfamily())


class CachedTextRenderer(RendererAgg):
    """``RendererAgg`` with the text caches above (same pictures, less work)."""

    def _get_font_height_metrics(self, prop: FontProperties) -> tuple[float, float, float] | tuple[
            None, None, None]:
        """The line metrics ``Text._get_layout`` computes from the font's tables, once per
        font and size (it asks a renderer that has this method first)."""
        heights = _caches()[0]
        key = (_prop_key(prop), self.dpi)
        if key not in heights:
            try:
                heights[key] = _height_metrics(prop, self.dpi)
            except Exception:  # (None, None, None): Text measures the font itself
                return None, None, None
        return heights[key]  # type: ignore[no-any-return]

    def draw_text(self, gc: Any, x: float, y: float, s: str, prop: FontProperties, angle: float,
                  ismath: Any = False, mtext: Any = None) -> None:
        if ismath or not SUPPORTED or _local.__dict__.get("broken"):
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[no-untyped-call]
            return
        try:
            self._draw_cached_text(gc, x, y, s, prop, angle, mtext)
        except Exception:  # a Matplotlib whose private text path changed shape
            # matplotlib>=3.8 is all the project asks for: a release that kept these names but
            # changed what they take must cost the cache, never a chart.
            _local.broken = True
            super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[no-untyped-call]

    def _draw_cached_text(self, gc: Any, x: float, y: float, s: str, prop: FontProperties, angle: float,
                          mtext: Any) -> None:
        _heights, layouts, glyphs = _caches()
        flags = backend_agg.get_hinting_flag()
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        size = prop.get_size_in_points()
        key = (_prop_key(prop), self.dpi, s, flags,
               tuple(features) if features is not None else None, language)
        items = layouts.get(key)
        if items is None:
            font = self._prepare_font(prop)  # type: ignore[no-untyped-call]
            items = layouts[key] = tuple(
                (item.ft_object, item.glyph_index, item.x, item.y)
                for item in font._layout(s, flags=flags, features=features, language=language))
        self._draw_cached_glyphs(gc, x, y, angle, size, flags, items, glyphs)

    def _draw_cached_glyphs(self, gc: Any, x: float, y: float, angle: float, size: float,
                            flags: Any, items: tuple[tuple[Any, int, float, float], ...],
                            glyphs: dict[Any, Any]) -> None:
        """``_draw_text_glyphs_and_boxes`` for plain text, each glyph bitmap rendered once
        per sub-pixel offset (FreeType's 26.6 fixed point: 64 offsets a pixel)."""
        cos = math.cos(math.radians(angle))
        sin = math.sin(math.radians(angle))
        matrix = (0x10000 * np.array([[cos, -sin], [sin, cos]])).round().astype(int)
        matrix_key = tuple(matrix.ravel().tolist())
        antialiased = bool(gc.get_antialiased())
        mode = ft2font.RenderMode.NORMAL if antialiased else ft2font.RenderMode.MONO
        height = self.height
        for font, glyph_index, dx, dy in items:
            px = round(0x40 * (x + dx * cos - dy * sin))
            py = round(0x40 * (height - y + dx * sin + dy * cos))
            key = (font, size, self.dpi, glyph_index, matrix_key, px & 0x3F, py & 0x3F,
                   flags, antialiased)
            found = glyphs.get(key)
            if found is None:
                font.set_size(size, self.dpi)
                font._set_transform(matrix, [px & 0x3F, py & 0x3F])
                bitmap = font._render_glyph(glyph_index, flags, mode)
                buffer = np.array(bitmap.buffer, copy=True)
                if not antialiased:
                    buffer *= 0xFF
                found = glyphs[key] = (buffer, bitmap.left, bitmap.top)
            buffer, left, top = found
            # The bitmap of an outline moved by whole pixels moves by as many pixels.
            self._renderer.draw_text_image(
                buffer, left + (px >> 6), int(height) - (top + (py >> 6)) + buffer.shape[0], 0, gc)


def _height_metrics(prop: FontProperties, dpi: float) -> tuple[float, float, float] | tuple[
        None, None, None]:
    """As ``Text._get_layout`` reads them: OS/2 typographic metrics, else hhea's."""
    font: Any = get_font(fontManager._find_fonts_by_props(prop))
    for table_name, gap_key, ascent_key, descent_key in (
            ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
            ("hhea", "lineGap", "ascent", "descent")):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * prop.get_size_in_points() * dpi / 72
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None
