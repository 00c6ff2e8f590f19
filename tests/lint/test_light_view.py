"""LightView must equal the eager light normalization, slice for slice."""

from hypothesis import given
from hypothesis import strategies as st

from dealix_site.lint.normalize import LightView, normalize

ALPHABET = st.sampled_from(list("ألا إلا نضمن ة ى ؤ ئ ـ\u064e\u0650\u200b\u202e\ufefb ﻧ guarantee\n .،?"))


@given(st.lists(ALPHABET, max_size=60).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_light_view_matches_eager_normalization(text: str, a: int, b: int) -> None:
    eager = normalize(text, "light")
    view = LightView(text, normalize(text))
    assert len(view) == len(eager)
    assert view[a:b] == eager[a:b]
    assert view[:] == eager
    if eager:
        i = a % len(eager)
        assert view[i] == eager[i]
        assert view[-1] == eager[-1]
