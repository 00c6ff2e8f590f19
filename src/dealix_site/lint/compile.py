"""Compile the policy's readable term families into regular expressions, once per run.

Terms are normalized with the same function as the text, then translated from the small
phrase language documented at the top of ``claims-policy.yml``. Every generated pattern is
linear: affix groups are bounded alternations of literals and gaps are bounded, lazy repeats
of ``\\S+`` separated by whitespace, so no input can make a pattern backtrack catastrophically.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import ahocorasick

from dealix_site.lint.normalize import normalize

if TYPE_CHECKING:
    # The compiled form is plain data, so a run that loads it from the cache never imports
    # pydantic; only compile_policy reads the validated models.
    from dealix_site.lint.policy import Category, MentionCues, NegationLang, Policy, Required, WordLists


class TermError(ValueError):
    """A term that does not compile; ``loc`` is its key path in the policy file."""

    def __init__(self, message: str, loc: tuple[str | int, ...] = ()):
        super().__init__(message)
        self.loc = loc


_ARABIC = re.compile(r"[\u0600-\u06ff]")
# Attached particles: و/ف, then a preposition ب ك ل, the article ال, or ل+ال written لل.
_PRE = r"(?:[وف]?(?:لل|[بكل]?ال|[بكلس])?)"
# Endings: gender/number (with the construct forms و/ي of -ون/-ين, as in منافسونا, and the
# accusative alef of tanween, as in اجتماعاً), then an attached pronoun, then the dialect
# negation ش (ما…ش). A feminine ending takes a pronoun as ت (ضمانة → ضمانتنا, "our guarantee").
_SUF = (r"(?:(?:ات|ين|ون|ان|يه|يات|ه|ي|و|ا|ها|هم|هما|هن|ك|كم|كن|نا|وا|تين|تان)?(?:ه|ها|هم|ك|كم|نا|ي)?"
        r"|ت(?:ه|ها|هم|هما|ك|كم|نا|ي))ش?")
# A word in ة (folded to ه) takes a pronoun with ت instead: صفقة → صفقتك، نتيجة → نتيجتنا; and
# its dual is written with ت too: صفقتين، ساعتين.
_FEM = r"ت(?:ين|ان|ه|ها|هم|هما|ك|كم|كن|نا|ي)ش?"


def _matching_tokens(text: str) -> list[str]:
    """A phrase's tokens without its guards (``!(…)``): a guard is a lookahead, so it adds no
    anchor, no required literal and no word to a match."""
    return [tok for tok in _split_top(text.strip(), " ") if not tok.startswith("!")]


def _feminine(tok: str) -> bool:
    """A plain Arabic word in ه that also inflects as …ت + pronoun."""
    # (_PLAIN already leaves out lexicon sets, groups and markers such as = and *.)
    return len(tok) >= 4 and tok.endswith("ه") and _PLAIN.fullmatch(tok) is not None \
        and _ARABIC.search(tok) is not None


# Verb family: و/ف, a future or dialect particle (س ح ب ه), the person prefix (ن ي ت ا).
_VPRE = r"(?:[وف]?[سحبه]?[نيتا])"
# (dialect writes an attached لـ with its pronoun onto the verb: نسحبلك، نجيبلكم)
_VSUF = r"(?:ون|ين|وا|ان|ي)?(?:ه|ها|هم|هما|هن|ك|كم|كما|كن|ني|نا|لك|لكم|له|لها|لهم|لي|لنا)?ش?"
_NUMBER_WORDS = (
    "واحد|واحده|اثنين|اثنان|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثمان|ثماني|ثمانيه|تسع|تسعه|"
    "عشر|عشره|عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين|مئه|ميه|مئات|الف|الاف|"
    "one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand"
)
# A number in words may be compound: أربع وعشرين.
NUMBER = rf"(?:\d+(?:[.,]\d+)?|(?:{_NUMBER_WORDS})(?:\s+و(?:{_NUMBER_WORDS}))?)"
_AR_B = r"(?<![\w])"
_AR_E = r"(?![\w])"
_LAT_B = r"(?<![a-z0-9_])"
# Inside a term, an English word may carry an attached Arabic particle or article, as Saudi copy
# writes them: «استغن عن الـSales team», بالـAI (the tatweel is gone after normalization). (A
# term's first word needs none: its match may start inside the word; see match.Regions.)
_LAT_ARTICLE = r"(?:(?:[وف]?(?:لل|[بكل]?ال|[بكلس])|[وف]) ?(?=[a-z0-9]))?"  # («الـ sales»: tatweel gone, a space)
_LAT_E = r"(?![a-z0-9_])"
_PLAIN = re.compile(r"[^\s()<>|*=…?:]+")
_WORDS = re.compile(r"[^\W]+(?:['-][^\W]+)*")  # a word as match.py finds them
# Gaps never cross quotation marks, so a match cannot run out of a quoted example.
# Gaps never cross quotation marks or clause punctuation, so a match stays inside one clause
# and cannot run out of a quoted example.
_GAP_WORD = r"[^\s«»\"“”،,;؛:.!?؟]+"
_GAP = {"…": rf"(?:\s+{_GAP_WORD}){{0,3}}?\s+", "……": rf"(?:\s+{_GAP_WORD}){{0,8}}?\s+"}


def normalize_term(term: str) -> str:
    """Normalize a term like the text, but keep '*' (prose normalization deletes it, because
    Markdown emphasis can split a word; in a term it means "any ending")."""
    return "*".join(normalize(part) for part in term.split("*"))


def _split_top(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside parentheses and angle brackets."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "(<":
            depth += 1
        elif ch in ")>":
            depth -= 1
            if depth < 0:
                raise TermError("unbalanced ')'")
        if depth == 0 and (ch == sep or (sep == " " and ch.isspace())):
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if depth != 0:
        raise TermError("unbalanced '('")
    parts.append("".join(cur))
    return [p for p in parts if p != ""] if sep == " " else parts


# Words too common in sales copy to be a useful anchor when the phrase has a better one.
# (A performance hint only: it never changes what matches.)
_COMMON = frozenset({
    "the", "its", "end", "of", "and", "to", "in", "on", "it", "ai", "a", "an", "is", "are", "your", "you",
    "for", "our", "for you",  # ("for you" is inside "for your reps")
    "sales", "team", "customers", "customer", "data", "approval", "pipeline", "list",
    "هذا", "اول", "من", "في", "على", "علي", "الي", "ما", "لا", "مبيعات", "المبيعات", "فريق", "عملاء", "العملاء",
    # (as normalized: «على» is «علي»; the team the product serves is named in most of its copy)
    "فريق المبيعات", "فريق مبيعات", "sales team",
    "عميل", "يوم", "اليوم", "رسايل", "الرسايل", "رساله", "متابعه", "موافق", "موافقه", "وافق", "تراجع",
    "بيانات", "اعد", "يعد", "تعد", "قبل", "ever", "never", "line", "every", "مناسب", "manager", "managers",
    # approval is the product's own subject: «وتعتمدها قبل الإرسال» is in most of its copy
    "تعتمدها", "يعتمدها", "تعتمد", "يعتمد", "اعتماد", "الاعتماد",
    # (and so is reviewing: «لتراجعها وتعتمدها»)
    "تراجعها", "راجعها", "نراجعها", "تراجعه", "راجعه",
    "عندك", "عندنا", "draft", "drafts", "مسوده", "مسودات", "المسودات", "review", "approve",
    # «الا» (إلا) is inside every word that starts with «الا» (الاجتماعات، الارقام).
    "الا",
    # The product's own name and the words copy uses for it are in nearly every sentence.
    "dealix", "النظام", "المنصه",
    # So are the words for what it does: send, follow up, message, the reps who approve.
    # («وافقت» is inside «موافقتك».)
    "ارسال", "الارسال", "ارسالها", "لعملاء", "موافقتك", "وافقت", "تنتظر", "follow-up", "follow-ups", "followup",
    "rep", "reps", "message", "messages", "email", "emails", "very",
    # "deal" is inside the product's name; «العمل» inside «العملاء»; «وقت» in «في الوقت المناسب».
    "deal", "deals", "وقت", "الوقت", "العمل", "عمل", "الشغل", "شغل",
    # «ويجهز مسودات الرسائل»: preparing drafts is what it does.
    "يجهز", "تجهز", "جاهز", "جاهزه",
})
_MAX_REQUIRED = 24  # literals in one required-token check (see required_anchors)
_MIN_ANCHOR = 3  # shorter literals (و، لك، غش) occur everywhere as substrings


def _longest_first(words: Iterable[str]) -> list[str]:
    """Distinct words, longest first (an alternation tries them in order), then in code-point
    order: the same policy compiles to the same pattern text in every process, whatever order
    a set iterates in, so a rebuild can reuse the programs of unchanged patterns."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def _selectivity(anchors: frozenset[str]) -> tuple[int, int, int]:
    weak = any(a in _COMMON or len(a) < _MIN_ANCHOR for a in anchors)
    return (-int(weak), min(map(len, anchors)), -len(anchors))


def _closing(tok: str) -> int:
    """Index of the ')' that closes the '(' at index 0."""
    depth = 0
    for i, ch in enumerate(tok):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i
    raise TermError(f"{tok!r}: unbalanced '('")


@dataclass
class _Compiler:
    lexicon: Mapping[str, tuple[str, ...]]
    cache: dict[str, str] = field(default_factory=dict)
    stack: tuple[str, ...] = ()
    gap_stops: tuple[str, ...] = ()  # words a gap never skips over (negation words)

    @functools.cached_property
    def _gap_word(self) -> str:
        # "Dealix never sends on its own": a gap that swallowed "never" would hide the negation
        # inside the match, where the negation check never looks.
        stops = "|".join(re.escape(w) for w in _longest_first(self.gap_stops))
        return rf"(?!(?:{stops})(?![\w'-])){_GAP_WORD}"

    def gap(self, tok: str) -> str:
        if not self.gap_stops:
            return _GAP[tok]
        return rf"(?:\s+{self._gap_word}){{0,{3 if tok == '…' else 8}}}?\s+"

    def phrase(self, text: str) -> str:
        tokens = _split_top(text.strip(), " ")
        if not tokens:
            raise TermError("empty term")
        out: list[str] = []
        pending_gap: str | None = None
        for k, tok in enumerate(tokens):
            if tok in _GAP:
                if not out or pending_gap:
                    raise TermError("'…' must stand between two words")
                pending_gap = self.gap(tok)
                continue
            if tok.startswith("!"):
                # «=ضمن !(=لك|=لنا)»: the word before is not followed by one of these ("within"
                # is a trap, «ضمن لك» "guaranteed you" is not). A guard, not part of the match.
                if not out or out[-1] == "" or pending_gap or len(tok) == 1:
                    raise TermError(f"{tok!r}: '!' must follow a word directly")
                out.append(rf"(?!\s+{self.token(tok[1:])})")
                continue
            optional = tok.endswith("?") and len(tok) > 1
            body = self.token(tok[:-1] if optional else tok)
            if optional and pending_gap and out[-1] != "" and any(
                    not t.endswith("?") and t not in _GAP and not t.startswith("!") for t in tokens[k + 1 :]):
                # "A … (b)? C": the gap stands whether or not b does («السرية المهنية مضمونة»
                # against «(السريه) … (is)? (مضمونه)»); inside b's optional group it went with b.
                # (Only with a word still to come, which takes the space the gap leaves.)
                out.append(f"{pending_gap}(?:{_LAT_ARTICLE}{body}\\s+)?{_LAT_ARTICLE}")
                out.append("")  # the next token follows directly
                pending_gap = None
                continue
            sep = (pending_gap or r"\s+") + _LAT_ARTICLE
            pending_gap = None
            if not out:
                out.append(f"(?:{body}{sep})?" if optional else body)
                if optional:
                    out.append("")  # the next token follows directly
                continue
            if out[-1] == "":
                out[-1] = body if not optional else f"(?:{body}{sep})?"
                if optional:
                    out.append("")
                continue
            out.append(f"(?:{sep}{body})?" if optional else f"{sep}{body}")
        if pending_gap:
            raise TermError("'…' must stand between two words")
        return "".join(out)

    def token(self, tok: str) -> str:
        if tok.startswith("(") and _closing(tok) != len(tok) - 1:
            raise TermError(f"{tok!r}: put a space after a group's ')' (and before the next word or group)")
        if tok.startswith("(") and tok.endswith(")"):
            alts = [a.strip() for a in _split_top(tok[1:-1], "|")]
            if any(not a for a in alts):
                raise TermError(f"empty alternative in {tok!r}")
            return self.group(alts)
        if tok.startswith("<") and tok.endswith(">") and tok != "<number>":
            return self.lexicon_set(tok[1:-1])
        if "(" in tok or ")" in tok or "<" in tok.replace("<number>", "") or ">" in tok.replace("<number>", ""):
            raise TermError(f"{tok!r}: put a space between a word and a group")
        if tok.startswith("v:"):
            stem = tok[2:]
            if not stem or not _ARABIC.search(stem):
                raise TermError(f"{tok!r}: V: needs an Arabic past stem")
            return f"{_AR_B}{_VPRE}{re.escape(stem)}{_VSUF}{_AR_E}"
        if tok == "<number>":
            # A number may carry an attached Arabic particle: بـ٣٠، و١٠، ل5.
            # (It ends at a word's end: «الف» in «والفواتير» is not a thousand.)
            return rf"(?<![\w])(?:[وفبلك])?{NUMBER}(?![\w])"
        return self.word(tok)

    def group(self, alts: list[str]) -> str:
        # Plain words of one script share their affixes: one bracketed alternation instead of
        # repeating the affix groups per word keeps patterns small and quick to compile.
        plain_ar = [a for a in alts if _PLAIN.fullmatch(a) and _ARABIC.search(a)]
        plain_lat = [a for a in alts if _PLAIN.fullmatch(a) and not _ARABIC.search(a) and a[-1].isalpha()]
        rest = [a for a in alts if a not in plain_ar and a not in plain_lat]
        parts = []
        if plain_ar:
            words = "|".join(re.escape(w) for w in _longest_first(plain_ar))
            parts.append(f"{_AR_B}{_PRE}(?:{words}){_SUF}{_AR_E}")
            stems = _longest_first(w[:-1] for w in plain_ar if _feminine(w))
            if stems:
                parts.append(f"{_AR_B}{_PRE}(?:{'|'.join(map(re.escape, stems))}){_FEM}{_AR_E}")
        if plain_lat:
            words = "|".join(re.escape(w) for w in _longest_first(plain_lat))
            parts.append(f"{_LAT_B}(?:{words})(?:s|es)?{_LAT_E}")
        parts += [self.phrase(a) for a in rest]
        return "(?:" + "|".join(parts) + ")"

    def word(self, tok: str) -> str:
        exact = tok.startswith("=")
        if exact:
            tok = tok[1:]
        prefix = tok.endswith("*") and len(tok) > 1
        if prefix:
            tok = tok[:-1]
        if not tok or "*" in tok:
            raise TermError(f"{tok!r}: '*' is only allowed at the end of a word")
        lit = NUMBER.join(re.escape(part) for part in tok.split("<number>"))
        if _ARABIC.search(tok):
            if exact:  # (=ال* is any word that starts with ال itself, no particle before it)
                return f"{_AR_B}{lit}\\w*{_AR_E}" if prefix else f"{_AR_B}{lit}{_AR_E}"
            if prefix:
                return f"{_AR_B}{_PRE}{lit}\\w*{_AR_E}"
            if _feminine(tok):
                return f"{_AR_B}{_PRE}(?:{lit}{_SUF}|{re.escape(tok[:-1])}{_FEM}){_AR_E}"
            return f"{_AR_B}{_PRE}{lit}{_SUF}{_AR_E}"
        if prefix:
            return f"{_LAT_B}{lit}[\\w'-]*"
        if exact or not tok[-1].isalpha():
            return f"{_LAT_B}{lit}{_LAT_E}"
        return f"{_LAT_B}{lit}(?:s|es)?{_LAT_E}"

    # --- anchors: literal substrings one of which every match must contain -------------

    def phrase_anchors(self, text: str) -> frozenset[str] | None:
        """The most selective anchor set among the phrase's required tokens (None if no token
        has literal anchors, e.g. a bare number)."""
        return self.phrase_anchor_choice(text)[0]

    def phrase_anchor_choice(self, text: str) -> tuple[frozenset[str] | None, int]:
        """(anchors, leads): when the anchors come from the phrase's first token, ``leads`` is
        how many words that token spans, so a match starts at one of the ``leads`` words that
        end with the anchor's; 0 otherwise."""
        best: tuple[frozenset[str], int] | None = None
        fallback: tuple[frozenset[str], int] | None = None
        first = None
        tokens = _matching_tokens(text)
        for index, tok in enumerate(tokens):
            optional = tok.endswith("?") and len(tok) > 1
            if first is None and tok not in _GAP:
                first = -1 if optional else index
            if tok in _GAP or optional:
                continue
            anchors = self.token_anchors(tok)
            if anchors is None:
                continue
            if tok.startswith("<"):
                # A lexicon set (<outcome>, <competitor>) is broad by design: its words are the
                # commonest in sales copy, so it anchors a phrase only when nothing else can.
                if fallback is None or _selectivity(anchors) > _selectivity(fallback[0]):
                    fallback = (anchors, index)
                continue
            if best is None or _selectivity(anchors) > _selectivity(best[0]):
                best = (anchors, index)
        if best is None or (fallback is not None and _selectivity(best[0])[0] < 0 <= _selectivity(fallback[0])[0]):
            best = fallback
        if (best is None or _selectivity(best[0])[0] < 0) and len(tokens) == 2 and all(
            _PLAIN.fullmatch(t) for t in tokens
        ):
            # Two plain words whose single-word anchors are weak ("لا شك"): the pair itself is a
            # selective anchor (attached particles only go before the first word or after the last).
            return frozenset({" ".join(tokens)}), 1
        if best is None:
            return None, 0
        return best[0], self.token_words(tokens[best[1]]) if best[1] == first else 0

    # --- how many words a token spans (where a match can start, counted back from an anchor) ---

    def token_words(self, tok: str) -> int:
        if tok.startswith("(") and tok.endswith(")"):
            return max(self.phrase_words(a) for a in _split_top(tok[1:-1], "|"))
        if tok == "<number>":
            return 2  # 99.9 and 1,000 are two words to the word finder
        if tok.startswith("<") and tok.endswith(">"):
            return max(self.phrase_words(normalize_term(p)) for p in self.lexicon[tok[1:-1]])
        core = tok.lstrip("=").rstrip("*").replace("<number>", " 0.0 ")
        return max(1, len(_WORDS.findall(core)))

    def phrase_words(self, text: str) -> int:
        total = 0
        for tok in _matching_tokens(text):
            if tok in _GAP:
                total += 3 if tok == "…" else 8
            else:
                total += self.token_words(tok[:-1] if tok.endswith("?") and len(tok) > 1 else tok)
        return total

    def required_anchors(self, text: str) -> tuple[tuple[str, ...], ...]:
        """For each token every match must contain (not optional, not a gap), the literals one
        of which it contains; a window lacking any of them cannot hold a match. Very broad sets
        (a whole lexicon) are left out: checking them costs more than it saves."""
        out = []
        for tok in _matching_tokens(text):
            if tok in _GAP or (tok.endswith("?") and len(tok) > 1):
                continue
            anchors = self.token_anchors(tok)
            if anchors is not None and len(anchors) <= _MAX_REQUIRED:
                out.append(tuple(_longest_first(anchors)))
        return tuple(sorted(out, key=len))

    def token_anchors(self, tok: str) -> frozenset[str] | None:
        if tok.startswith("(") and tok.endswith(")"):
            sets = [self.phrase_anchors(a) for a in _split_top(tok[1:-1], "|")]
            if any(x is None for x in sets):
                return None
            return frozenset().union(*sets)  # type: ignore[arg-type]
        if tok == "<number>":
            return None
        if tok.startswith("<") and tok.endswith(">"):
            sets = [self.phrase_anchors(normalize_term(p)) for p in self.lexicon[tok[1:-1]]]
            if any(x is None for x in sets):
                return None
            return frozenset().union(*sets)  # type: ignore[arg-type]
        if tok.startswith("v:"):
            # Every form has a person prefix right before the stem: نضمن، يضمن، تضمن، اضمن.
            return frozenset(p + tok[2:] for p in "نيتا")
        core = tok.lstrip("=").rstrip("*")
        parts = [p for p in core.split("<number>") if p]
        if not parts:
            return None
        if core == tok and _feminine(core):
            return frozenset({core, core[:-1] + "ت"})  # صفقه also shows as صفقتك
        return frozenset({max(parts, key=len)})

    def lexicon_set(self, name: str) -> str:
        if name in self.cache:
            return self.cache[name]
        if name not in self.lexicon:
            raise TermError(f"<{name}> is not in the lexicon")
        if name in self.stack:
            raise TermError(f"<{name}> refers to itself")
        self.stack = (*self.stack, name)
        try:
            body = "(?:" + "|".join(self.phrase(normalize_term(p)) for p in self.lexicon[name]) + ")"
        finally:
            self.stack = self.stack[:-1]
        self.cache[name] = body
        return body


class LazyPattern:
    """A regex compiled on first use: a run that never meets a term never pays for it.

    ``code`` is the regex engine's compiled program from the policy cache (see
    ``lint.cache``); with it, "compiling" is a table load instead of a parse.
    """

    __slots__ = ("_compiled", "_text", "code")

    def __init__(self, text: str | None, code: Any = None) -> None:
        # ``text`` may be None only with a stored program that holds it (see ``lint.cache``):
        # most of a run's patterns are never read, so their text stays on disk too.
        self._text = text
        self.code = code
        self._compiled: re.Pattern[str] | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.code.source()
        return self._text

    def get(self) -> re.Pattern[str]:
        if self._compiled is None:
            if self.code is not None:
                from dealix_site.lint.cache import pattern_from_code

                self._compiled = pattern_from_code(self.text, self.code)
            else:
                self._compiled = re.compile(self.text)
        return self._compiled

    def __getstate__(self) -> tuple[str, tuple[Any, ...] | None]:
        return self.text, self.code

    def __setstate__(self, state: tuple[str, tuple[Any, ...] | None]) -> None:
        self._text, self.code = state
        self._compiled = None


@dataclass(frozen=True)
class Bilingual:
    ar: str
    en: str


@dataclass(frozen=True)
class CategoryInfo:
    """What a finding reports about its category."""

    id: str
    severity: str
    name: Bilingual
    message: Bilingual
    suggestion: Bilingual
    asked_is_said: bool = False
    said_of_the_reported: bool = False


@dataclass(frozen=True)
class RequiredRule:
    id: str
    paths: tuple[str, ...]
    message: Bilingual
    terms: tuple[str, ...] = ()
    from_catalog: str | None = None
    from_policy: str | None = None
    must_exist: bool = False
    forbid_categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompiledTerm:
    source: str
    category: int  # index into CompiledPolicy.categories
    primary: LazyPattern
    others: tuple[LazyPattern, ...] = ()  # for {all: [...]}: must occur in the same sentence
    # The anchor is in the first token, which spans up to this many words: matches are tried only
    # at the starts of those words (0: the term is searched in windows around its anchors).
    leads: int = 0
    # Per required token, literals one of which a match contains (see _Compiler.required_anchors).
    required: tuple[tuple[str, ...], ...] = ()
    also_in: tuple[str, ...] = ()  # see AllOf.also_in


@dataclass(frozen=True)
class CompiledCategory:
    category: CategoryInfo
    terms: tuple[CompiledTerm, ...]
    traps: LazyPattern | None  # the traps without a literal anchor, as one alternation: run everywhere
    unanchored: tuple[int, ...] = ()  # indexes of terms without a literal anchor: run everywhere
    as_written: LazyPattern | None = None  # traps over the original text (see Category.traps_as_written)
    # The traps with a literal anchor, each on its own: one runs only over a sentence that holds
    # one of its anchors (see CompiledPolicy.trap_anchors).
    anchored_traps: tuple[LazyPattern, ...] = ()


@dataclass(frozen=True)
class CompiledNegation:
    window: int
    cues: frozenset[str]
    multiword_cues: frozenset[tuple[str, ...]]
    pseudo: tuple[tuple[str, ...], ...]
    terminators: frozenset[str]
    exceptive: frozenset[str]
    fillers: frozenset[str]
    double: tuple[tuple[str, ...], ...]
    after_double: frozenset[str]
    max_words: int
    sentence_cues: tuple[str, ...]
    quantifiers: frozenset[str] = frozenset()
    after_cues: tuple[str, ...] = ()
    affirmations: tuple[str, ...] = ()
    conjunctions: frozenset[str] = frozenset()
    conditions: tuple[str, ...] = ()
    inert: frozenset[str] = frozenset()
    interrogatives: frozenset[str] = frozenset()
    clause_openers: tuple[tuple[str, ...], ...] = ()
    answers_no: tuple[str, ...] = ()
    list_denials: tuple[str, ...] = ()
    list_summaries: tuple[str, ...] = ()
    subjects: frozenset[str] = frozenset()
    nominal_cues: frozenset[str] = frozenset()
    inner_double: tuple[tuple[str, ...], ...] = ()
    verb_negations: frozenset[str] = frozenset()
    next_denials: tuple[str, ...] = ()
    answers_yes: tuple[str, ...] = ()
    interjections: frozenset[str] = frozenset()
    manner: frozenset[str] = frozenset()
    conditionals: tuple[str, ...] = ()
    assertive_questions: tuple[tuple[str, ...], ...] = ()
    restricting_verbs: frozenset[str] = frozenset()
    # word -> (pseudo phrase, index of the word in it): a cue is checked only against the
    # phrases that hold it
    pseudo_index: dict[str, tuple[tuple[tuple[str, ...], int], ...]] = field(
        init=False, repr=False, compare=False)
    multiword_last: frozenset[str] = field(init=False, repr=False, compare=False)  # last words of multiword cues

    def __post_init__(self) -> None:
        object.__setattr__(self, "multiword_last", frozenset(c[-1] for c in self.multiword_cues))
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for p in self.pseudo:
            for k, word in enumerate(p):
                index.setdefault(word, []).append((p, k))
            # An Arabic phrase may open with the conjunction و or ف («وإذا ما عندك وقت …»); the
            # variant covers the later words only (a cue that is itself «و…» is judged as a cue).
            if len(p) > 1 and _ARABIC.search(p[0]):
                for conj in ("و", "ف"):
                    variant = (conj + p[0], *p[1:])
                    for k in range(1, len(p)):
                        index.setdefault(p[k], []).append((variant, k))
        object.__setattr__(self, "pseudo_index", {w: tuple(v) for w, v in index.items()})


@dataclass(frozen=True)
class CompiledPolicy:
    categories: tuple[CompiledCategory, ...]
    negation: dict[str, CompiledNegation]
    mention_cues: LazyPattern
    lexicon: dict[str, tuple[str, ...]]  # for compile_phrase (required-term rules)
    required: tuple[RequiredRule, ...] = ()
    # anchor literal -> (category, term) indexes whose patterns need it: a term's pattern runs
    # only around the places where one of its anchors occurs
    anchors: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)
    automaton: ahocorasick.Automaton | None = None
    # anchor literal -> (category, index into its anchored_traps) of the traps that need it
    trap_anchors: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)
    # MentionCues' word lists, both languages together: "titles" (of documents about wording,
    # normalized), "columns", "cited" (light) and "steps" (normalized).
    wording: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Every term in policy order: the automaton's payloads index into this.
    terms: tuple[CompiledTerm, ...] = field(init=False, repr=False, compare=False)
    unanchored: frozenset[int] = field(init=False, repr=False, compare=False)  # indexes into terms
    # Either language's sentence-denial cues ("ليس صحيحاً أن", "it's a myth that"), as one search.
    sentence_cues: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # Either language's "no" answers, at the start of the sentence after a question; a speaker
    # label of a script or FAQ ("A:", "Rep:", «المندوب:», «ج:») and an opening quote may come first.
    answer_no: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # Either language's list denials, as whole words ("not permitted", «ممنوع»).
    list_denial: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # Either language's list summaries (see NegationLang.list_summaries), as whole words.
    list_summary: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # The titles of documents about wording, as whole words.
    wording_title: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # The titles of incident reports and post-mortems, as whole words.
    incident_title: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # The answer to a question, opening with "yes" (see NegationLang.answers_yes).
    answer_yes: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # The sentence after a claim, opening with a denial of it (see NegationLang.next_denials).
    next_denial: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # A "Don't" column's header, whole.
    dont_column: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # A word that cites the word quoted right after it, searched at the end of the text before.
    cited: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # What introduces a line of our own (see MentionCues.scripts), as whole words.
    script_intro: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # A numbered heading and its step word: what follows it is the step's name.
    numbered_heading: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # A line spoken by the customer, and one spoken by us, in a transcript (labels at the start).
    customer_line: re.Pattern[str] = field(init=False, repr=False, compare=False)
    team_line: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # Either language's after-cues, as one search (a substring test, like ``in``).
    after_cue: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # Either language's affirmations, the same way.
    affirmation: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # Either language's words that open a conditional clause, as whole words.
    conditional: re.Pattern[str] = field(init=False, repr=False, compare=False)
    # Either language's subjects and noun-governing negations.
    subjects: frozenset[str] = field(init=False, repr=False, compare=False)
    nominal_cues: frozenset[str] = field(init=False, repr=False, compare=False)
    # The engine programs of the patterns built below, as the policy cache stored them
    # (attribute -> (pattern text, program)); a stored program is used only for the same text.
    programs: dict[str, tuple[str, Any]] = field(default_factory=dict, repr=False, compare=False)
    # The patterns built below, by attribute, so the cache can store their programs.
    derived: dict[str, LazyPattern] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        def both(name: str) -> set[str]:
            return {w for n in self.negation.values() for w in getattr(n, name)}

        derived: dict[str, LazyPattern] = {}
        object.__setattr__(self, "derived", derived)

        def pattern(attr: str, text: str) -> None:
            # Built from its program when the cache has one: parsing and code generation in
            # Python would be most of a small run's start-up.
            stored = self.programs.get(attr)
            derived[attr] = LazyPattern(text, stored[1] if stored and stored[0] == text else None)
            object.__setattr__(self, attr, derived[attr].get())

        # A cue starts a word (with و or ف before it): «طلب منا» "asked us" is not inside «تطلب
        # منا» "you may ask us for".
        pattern("sentence_cues", phrases_pattern(both("sentence_cues"), (r"(?<!\w)[وف]?", "")))
        pattern("list_denial", phrases_pattern(both("list_denials"), _WHOLE_WORD_NOT_HYPHENATED))
        pattern("list_summary", phrases_pattern(both("list_summaries"), _WHOLE_WORD))
        words = {key: ta_marbuta_variants(tuple(value)) for key, value in self.wording.items()}
        pattern("wording_title", phrases_pattern(set(words.get("titles", ())), _WHOLE_WORD))
        pattern("incident_title", phrases_pattern(set(words.get("incidents", ())), _WHOLE_WORD))
        pattern("dont_column", phrases_pattern(set(words.get("columns", ()))))
        pattern("cited", phrases_pattern(set(words.get("cited", ())), (r"(?<!\w)", r"\s*$")))
        pattern("script_intro", phrases_pattern(set(words.get("scripts", ())), _WHOLE_WORD))
        steps = phrases_pattern(set(words.get("steps", ())))
        pattern("numbered_heading",
             rf"[ \t]*#{{1,6}}[ \t]+(?:{steps}[ \t]*)?\d+[.):]?[ \t]*[:.)-]?[ \t]*")
        pattern("after_cue", phrases_pattern(both("after_cues")))
        pattern("affirmation", phrases_pattern(both("affirmations")))
        pattern("conditional", phrases_pattern(both("conditionals"), _WHOLE_WORD))
        label = (r"^[ \t>*_#-]*", r"[ \t*_]*[:：]")
        for attr, key in (("customer_line", "customer_labels"), ("team_line", "team_labels")):
            pattern(attr, "(?m)" + phrases_pattern(set(words.get(key, ())), label))
        object.__setattr__(self, "subjects", frozenset(both("subjects")))
        object.__setattr__(self, "nominal_cues", frozenset(both("nominal_cues")))
        # (Emoji and other symbols may open it too: "🙅 No.", "✋ لا".)
        opening = r"^\s*(?:[^\W\d][\w ]{0,18}?\s*[:：/-]\s*)?[^\w\s]{0,6}\s*"
        # Phrases that open a sentence (after a speaker label or a quote).
        # (A "yes" is not followed by an apostrophe: "Dealix can't" is no yes.)
        for attr, key, end in (("answer_no", "answers_no", r"\b"), ("answer_yes", "answers_yes", r"(?![\w'])"),
                               ("next_denial", "next_denials", r"(?!\w)")):
            pattern(attr, phrases_pattern(both(key), (opening, end)))
        flat = flat_terms(self.categories)
        object.__setattr__(self, "terms", tuple(t for _, t in flat))
        object.__setattr__(self, "unanchored", frozenset(
            i for i, (ti, t) in enumerate(flat) if ti in self.categories[t.category].unanchored))

    def category(self, cid: str) -> CompiledCategory:
        for c in self.categories:
            if c.category.id == cid:
                return c
        raise KeyError(cid)

    def patterns(self) -> list[LazyPattern]:
        """Every regex of the policy, in a fixed order."""
        out = [self.mention_cues]
        for cat in self.categories:
            for term in cat.terms:
                out += [term.primary, *term.others]
            if cat.traps is not None:
                out.append(cat.traps)
            out += cat.anchored_traps
            if cat.as_written is not None:
                out.append(cat.as_written)
        return out + list(self.derived.values())


_FINAL_HA = re.compile(r"ه(?=\s|$)")


def ta_marbuta_variants(items: tuple[str, ...]) -> tuple[str, ...]:
    """The items, and each one written with ة where it ends a word in ه: cues are compared on
    the light level, which keeps ة (the fold level folds it), so «لا محاله» as written in the
    policy must also match «لا محالة» as written in copy."""
    out = list(items)
    for item in items:
        variant = _FINAL_HA.sub("ة", item)
        if variant != item and variant not in out:
            out.append(variant)
    return tuple(out)


def _light_words(items: tuple[str, ...]) -> list[tuple[str, ...]]:
    # Negation words are compared on the light level (hamza kept) token by token.
    return [tuple(normalize(i, "light").split()) for i in items]


def _negation(lang: NegationLang) -> CompiledNegation:
    lang = lang.model_copy(update={name: ta_marbuta_variants(value) for name, value in lang
                                   if isinstance(value, tuple) and all(isinstance(v, str) for v in value)})
    single = {w[0] for w in _light_words(lang.cues) if len(w) == 1}
    multi = {w for w in _light_words(lang.cues + lang.multiword_cues) if len(w) > 1}
    return CompiledNegation(
        window=lang.window,
        cues=frozenset(single),
        multiword_cues=frozenset(multi),
        pseudo=tuple(_light_words(lang.pseudo)),
        terminators=frozenset(" ".join(w) for w in _light_words(lang.terminators)),
        exceptive=frozenset(" ".join(w) for w in _light_words(lang.exceptive)),
        fillers=frozenset(" ".join(w) for w in _light_words(lang.fillers)),
        double=tuple(_light_words(lang.double)),
        after_double=frozenset(normalize(w, "light") for w in lang.after_double),
        max_words=lang.max_words,
        sentence_cues=tuple(normalize(c, "light") for c in lang.sentence_cues),
        quantifiers=frozenset(normalize(w, "light") for w in lang.quantifiers),
        after_cues=tuple(normalize(c, "light") for c in lang.after_cues),
        affirmations=tuple(normalize(c, "light") for c in lang.affirmations),
        conjunctions=frozenset(normalize(w, "light") for w in lang.conjunctions),
        conditions=tuple(normalize(w, "light") + " " for w in lang.conditions),
        inert=frozenset(normalize(w, "light") for w in lang.inert),
        interrogatives=frozenset(normalize(w, "light") for w in lang.interrogatives),
        clause_openers=tuple(_light_words(lang.clause_openers)),
        answers_no=tuple(normalize(w, "light") for w in lang.answers_no),
        list_denials=tuple(normalize(w, "light") for w in lang.list_denials),
        list_summaries=tuple(normalize(w, "light") for w in lang.list_summaries),
        subjects=frozenset(normalize(w, "light") for w in lang.subjects),
        nominal_cues=frozenset(normalize(w, "light") for w in lang.nominal_cues),
        inner_double=tuple(_light_words(lang.inner_double)),
        verb_negations=frozenset(normalize(w, "light") for w in lang.verb_negations),
        next_denials=tuple(normalize(w, "light") for w in lang.next_denials),
        answers_yes=tuple(normalize(w, "light") for w in lang.answers_yes),
        interjections=frozenset(w for i in lang.interjections for w in normalize(i, "light").split()),
        manner=frozenset(normalize(w, "light") for w in lang.manner),
        conditionals=tuple(normalize(w, "light") for w in lang.conditionals),
        assertive_questions=tuple(_light_words(lang.assertive_questions)),
        restricting_verbs=frozenset(normalize(w, "light") for w in lang.restricting_verbs),
    )


def compile_term(compiler: _Compiler, term: str) -> str:
    try:
        return compiler.phrase(normalize_term(term))
    except TermError as exc:
        raise TermError(f"{term!r}: {exc}") from None


def _bilingual(b: Any) -> Bilingual:
    return Bilingual(b.ar, b.en)


def _category_info(cat: Category) -> CategoryInfo:
    return CategoryInfo(cat.id, cat.severity, _bilingual(cat.name), _bilingual(cat.message),
                        _bilingual(cat.suggestion), cat.asked_is_said, cat.said_of_the_reported)


def _required(rule: Required) -> RequiredRule:
    return RequiredRule(rule.id, rule.paths, _bilingual(rule.message), rule.terms, rule.from_catalog,
                        rule.from_policy, rule.must_exist, rule.forbid_categories)


_WHOLE_WORD = (r"(?<!\w)", r"(?!\w)")
# A word of its own, not the end of a hyphenated one: "off" is not in "kick-off" or "sign-off".
_WHOLE_WORD_NOT_HYPHENATED = (r"(?<![\w-])", r"(?![\w-])")


def phrases_pattern(phrases: set[str], around: tuple[str, str] = ("", "")) -> str:
    """One alternation of literal phrases, longest first (so "ما فيه" wins over "ما"), between
    ``around``; a pattern that never matches when there are none."""
    if not phrases:
        return "(?!)"
    ordered = sorted(phrases, key=lambda p: (-len(p), p))  # (ties in a fixed order: the cache keys on the text)
    return around[0] + "(?:" + "|".join(map(re.escape, ordered)) + ")" + around[1]


def mention_pattern(cues: list[str]) -> str:
    # (An Arabic cue may carry the conjunction و or ف: «ونتجنبها».)
    return phrases_pattern({normalize(c, "light") for c in ta_marbuta_variants(tuple(cues))},
                           (r"(?<!\w)[وف]?", r"(?!\w)"))


def compile_policy(policy: Policy) -> CompiledPolicy:
    """Raises TermError naming the category and the term that does not compile."""
    compiler = _Compiler(policy.lexicon, gap_stops=tuple(
        normalize(w) for lang in (policy.negation.ar, policy.negation.en) for w in lang.gap_stops))
    cats = []
    anchors: dict[str, set[tuple[int, int]]] = {}
    trap_anchors: dict[str, set[tuple[int, int]]] = {}
    for ci, cat in enumerate(policy.categories):
        terms: list[CompiledTerm] = []
        unanchored: list[int] = []
        for ti, term in enumerate(cat.terms):
            try:
                phrases = (term,) if isinstance(term, str) else term.all
                patterns = [LazyPattern(compile_term(compiler, t)) for t in phrases]
                found, leads = compiler.phrase_anchor_choice(normalize_term(phrases[0]))
                terms.append(CompiledTerm(" + ".join(phrases), ci, patterns[0], tuple(patterns[1:]), leads,
                                          compiler.required_anchors(normalize_term(phrases[0])),
                                          () if isinstance(term, str) else term.also_in))
                if found is None:
                    unanchored.append(ti)
                for a in found or ():
                    anchors.setdefault(a, set()).add((ci, ti))
            except TermError as exc:
                raise TermError(str(exc), ("categories", ci, "terms", ti)) from None
        traps = []
        anchored: list[LazyPattern] = []
        for ti, trap in enumerate(cat.traps):
            try:
                pattern = compile_term(compiler, trap)
                found = compiler.phrase_anchors(normalize_term(trap))
            except TermError as exc:
                raise TermError(str(exc), ("categories", ci, "traps", ti)) from None
            if found is None:
                traps.append(pattern)
                continue
            for a in found:
                trap_anchors.setdefault(a, set()).add((ci, len(anchored)))
            anchored.append(LazyPattern(pattern))
        cats.append(
            CompiledCategory(
                _category_info(cat),
                tuple(terms),
                LazyPattern("|".join(f"(?:{p})" for p in traps)) if traps else None,
                tuple(unanchored),
                LazyPattern("|".join(f"(?:{p})" for p in cat.traps_as_written)) if cat.traps_as_written else None,
                tuple(anchored),
            )
        )
    frozen_anchors = {a: frozenset(c) for a, c in anchors.items()}
    frozen_traps = {a: frozenset(c) for a, c in trap_anchors.items()}
    return CompiledPolicy(
        tuple(cats),
        {"ar": _negation(policy.negation.ar), "en": _negation(policy.negation.en)},
        LazyPattern(mention_pattern([*policy.mention_cues.ar, *policy.mention_cues.en])),
        {k: tuple(v) for k, v in policy.lexicon.items()},
        tuple(_required(r) for r in policy.required),
        frozen_anchors,
        build_automaton(frozen_anchors, tuple(cats), frozen_traps),
        frozen_traps,
        _wording(policy.mention_cues),
    )


def _wording(cues: MentionCues) -> dict[str, tuple[str, ...]]:
    def both(lists: WordLists, level: str) -> tuple[str, ...]:
        return tuple(normalize(w, level) for w in (*lists.ar, *lists.en))

    return {"titles": both(cues.titles, "fold"), "incidents": both(cues.incidents, "fold"),
            "columns": both(cues.columns, "light"),
            "cited": both(cues.cited, "light"), "steps": both(cues.steps, "fold"),
            "customer_labels": both(cues.customer_labels, "fold"), "team_labels": both(cues.team_labels, "fold"),
            "scripts": both(cues.scripts, "light")}


def build_automaton(anchors: Mapping[str, frozenset[tuple[int, int]]],
                    categories: tuple[CompiledCategory, ...],
                    trap_anchors: Mapping[str, frozenset[tuple[int, int]]]) -> ahocorasick.Automaton:
    """Every anchor literal, found in one pass over the text (pyahocorasick: ~160 MB/s here,
    against ~8 MB/s for one regex alternation of the same literals). Each carries its length and
    (the words a leading token spans, the terms it leads) groups, the other terms it anchors, as
    flat indexes (see :func:`flat_terms`), and the (category, trap) pairs it anchors."""
    return automaton_of(automaton_entries(anchors, categories, trap_anchors))


AutomatonEntry = tuple[str, tuple[int, tuple[tuple[int, tuple[int, ...]], ...], tuple[int, ...],
                                  tuple[tuple[int, int], ...]]]


def automaton_entries(anchors: Mapping[str, frozenset[tuple[int, int]]],
                      categories: tuple[CompiledCategory, ...],
                      trap_anchors: Mapping[str, frozenset[tuple[int, int]]]) -> list[AutomatonEntry]:
    """The automaton's words with their payloads: plain data, kept in the policy cache (working
    them out takes 60 ms of Python; loading them into the automaton, 4 ms of C)."""
    index = {(t.category, ti): i for i, (ti, t) in enumerate(flat_terms(categories))}
    entries: list[AutomatonEntry] = []
    for literal in sorted(anchors.keys() | trap_anchors.keys()):
        keys = sorted(anchors.get(literal, ()))
        by_words: dict[int, list[int]] = {}
        for k in keys:
            if categories[k[0]].terms[k[1]].leads:
                by_words.setdefault(categories[k[0]].terms[k[1]].leads, []).append(index[k])
        leads = tuple((n, tuple(ts)) for n, ts in sorted(by_words.items()))
        others = tuple(index[k] for k in keys if not categories[k[0]].terms[k[1]].leads)
        entries.append((literal, (len(literal), leads, others, tuple(sorted(trap_anchors.get(literal, ()))))))
    return entries


def automaton_of(entries: list[AutomatonEntry]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for literal, payload in entries:
        auto.add_word(literal, payload)
    auto.make_automaton()
    return auto


def flat_terms(categories: tuple[CompiledCategory, ...]) -> list[tuple[int, CompiledTerm]]:
    """(index in its category, term) for every term of every category, in policy order."""
    return [(ti, t) for c in categories for ti, t in enumerate(c.terms)]


class _HasLexicon(Protocol):
    @property
    def lexicon(self) -> Mapping[str, tuple[str, ...]]: ...


def compile_phrase(policy: _HasLexicon, term: str) -> re.Pattern[str]:
    """One term in the policy's language (used by required-term rules)."""
    return re.compile(compile_term(_Compiler(policy.lexicon), term))


def validate_patterns(compiled: CompiledPolicy) -> None:
    """Compile every lazy pattern now (used by tests and the policy cache)."""
    for pattern in compiled.patterns():
        pattern.get()
