"""Decide whether a candidate is a claim: negation (NegEx-style), questions answered "no",
and quoted mentions. Works on the light normalization, which keeps hamza so ألا ≠ إلا."""

from __future__ import annotations

import re

from dealix_site.lint.compile import CompiledNegation, CompiledPolicy
from dealix_site.lint.match import (
    Candidate,
    Sentences,
    line_of,
    row_cells,
    table_header,
    table_header_cells,
    table_intro,
)
from dealix_site.lint.normalize import LightView

# Words with their inner joiners (don't, pre-approved), never a dangling one: "non-" before
# "guaranteed" is the word "non".
_TOKEN = re.compile(r"\w+(?:['-]\w+)*")
# Marks that close a negation's scope ("لا تقلق، نضمن لك" is not negated): punctuation, dashes
# between clauses (— and –), brackets, arrows, and emoji (social copy separates clauses with them).
_MARKS = r"[,،;؛:.!?؟\n|()\[\]—–←→⇐⇒\u2600-\u27bf\U0001f300-\U0001faff]"
_CLAUSE_END = re.compile(_MARKS)
_LAST_CLAUSE_END = re.compile(rf".*{_MARKS}", re.S)  # greedy: up to the last one
_COMMA_NEXT = re.compile(r"\s*[,،]")
_CONDITION_CONJUNCT = re.compile(r"\s*(?:ولا|وبلا|وبدون|ودون|or|nor|and no|and without)(?:\s+\w+){1,3}(?=\s*[,،:])")
_EXCEPTIVE_REACH = 3  # tokens after the claim
# The last item of a comma-separated list ("does not negotiate, sign, or reply on its own"):
# the negation before the list covers every item.
_LIST_WORDS = 3
_LAST_ITEM_WORDS = 6
_CONDITION_REACH = 3  # extra words a negation reaches over to a claim opened by «بدون», "without"
_LIST_COMMA = re.compile(r"[,،]")
_DISJUNCTIONS = frozenset({"or", "nor", "او", "أو"})
_DISJUNCT_REACH = 3  # extra words a negation reaches over to the second half of "A or B"
_HEADING_WORDS = 6
_MANNER_REACH = 6  # extra content words a cue reaches over to a claim of manner ("on its own")
_NPI_REACH = 4  # extra content words a cue reaches over to an "any" right before the claim
_BEFORE = ("قبل", "before")
_DASH_LEAD = re.compile(r"\s*[—–:-]\s*")
# An example in brackets, open before the claim: «(مثل …», "(e.g. …", "(such as …".
_EXAMPLE_OPEN = re.compile(r"[(\[]\s*(?:مثل|مثلا|مثلاً|كـ|such as|e\.g\.|eg\.|for example|like)\s[^()\[\]\n]{0,80}$")
_POINTS_BACK = re.compile(
    r"\s*(?:و|ف)?(?:هذا|هذه|هذي|هاذا|ذلك)\s|\s*(?:and|but)?\s*(?:that's|that is|this is|which is|which)\s", re.I)
_OR_WORDS = "|".join(sorted(_DISJUNCTIONS))
# "or" right after the claim, and "or" anywhere inside it. (Searched, the pattern takes one \s, not
# \s+: a match over a run of spaces would try every split of the run, quadratic in its length.)
_OR_NEXT = re.compile(r"\s+(?:" + _OR_WORDS + r")\s")
_OR_INSIDE = re.compile(r"\s(?:" + _OR_WORDS + r")\s")
# A list going on after a comma ("…, or rent lists"); or after the rest of the claim's item
# (" contact lists, or pull numbers …").
_LIST_TAIL = r"[,،]\s*(?:(?:and|or|nor|و|او|أو)\s+)?\w"
_LIST_GOES_ON = re.compile(r"\s*" + _LIST_TAIL)
# A sentence cue that reports what someone promises, in a relative clause ("that promise you",
# «اللي تعدك»): what it reports is denied, not what is said of whoever promises it.
_REPORTS = re.compile(r"(?:that|who|which|اللي|الي|التي|الذي|الذين)\s", re.IGNORECASE)
_AFTER_COMMA = re.compile(r"[,،]\s*\w+\s*$")  # ", and" / «، و» right before the claim
_ITEM_GOES_ON = re.compile(r"[^,،.;؛!?؟\n]{0,40}" + _LIST_TAIL)


def _verbal_negation_before(before: str, end: int, neg: CompiledNegation, other: CompiledNegation) -> bool:
    """The clause that heads the list ends in a verb's negation ("We do not scrape")."""
    prev = _LAST_CLAUSE_END.match(before, 0, end)
    head = _TOKEN.findall(before, prev.end() if prev else 0, end)
    if len(head) < 2:
        return False  # a bare «لا،» / "No," answers a question; it heads no list
    for k in range(max(0, len(head) - 3), len(head)):
        if (_cue_length(head, k, neg) or _cue_length(head, k, other)) and not _is_nominal(head[k], neg, other):
            return True
    return False


def _clause_start(before: str, neg: CompiledNegation, other: CompiledNegation, after: str | None = None,
                  claim: str | None = None) -> int:
    """Where the clause holding the claim starts: after the last clause mark, unless the claim
    is the last item of a list (its part starts with "or"/"and"/"أو"), whose head and short
    earlier items are then part of the clause."""
    last = _LAST_CLAUSE_END.match(before)
    start = last.end() if last else 0
    tokens = _TOKEN.findall(before, start)
    # ("…, or rent lists", and "…, sell or rent lists" with no comma before the "or")
    # (and "…, books or replies on its own": the claim qualifies the whole list)
    # (and "…, company websites or social media to collect …": a longer last item holds its "or")
    short_item = len(tokens) <= _LIST_WORDS and any(t in neg.conjunctions or t in other.conjunctions for t in tokens)
    if short_item and start > 1 and not any(t in _DISJUNCTIONS for t in tokens):
        # ", and" after a lone clause opens a new one ("No setup needed, and results are
        # guaranteed", «ما نحتاج إعداد، و نضمن …»); a list joined by "and" has an item between
        # commas first ("We do not scrape, buy, and rent lists"). Under a negation a two-part
        # list takes "or".
        prev = _LAST_CLAUSE_END.match(before, 0, start - 1)
        prev_start = prev.end() if prev else 0
        short_item = prev_start > 0 and before[prev_start - 1] in ",،" \
            and len(_TOKEN.findall(before, prev_start, start - 1)) <= _LIST_WORDS
    long_item = len(tokens) <= _LAST_ITEM_WORDS and any(t in _DISJUNCTIONS for t in tokens[1:-1])
    last_item = bool(tokens) and (short_item or long_item)
    # A middle item ("We do not scrape, buy, or rent lists"): the claim opens its item and the
    # list goes on after it, under a verb's negation (not "No contracts, guaranteed results, …").
    # (Or the list ends with the claim or inside it: "It does not find, buy or collect contacts".)
    # (The item may hold one word before the claim, a verb that is not a new subject: "We never
    # scrape LinkedIn, buy contact lists, or …"; "We don't lie, we guarantee …" is a new clause.)
    goes_on = after is not None and (
        _LIST_GOES_ON.match(after) is not None or _OR_NEXT.match(after) is not None
        or (claim is not None and _OR_INSIDE.search(claim) is not None)
        or (not tokens and _ITEM_GOES_ON.match(after) is not None))  # "…, buy them, or …"
    subject = bool(tokens) and (tokens[0] in neg.subjects or tokens[0] in other.subjects)
    verb_item = (len(tokens) == 1 and not subject and after is not None
                 and (_ITEM_GOES_ON.match(after) is not None or _OR_NEXT.match(after) is not None))
    # (Or a verb and its object, when the list plainly goes on after the claim: "We don't scrape
    # LinkedIn, buy lists from brokers, or pull numbers …".)
    verb_item = verb_item or (len(tokens) == 2 and not subject and goes_on)
    middle_item = start > 0 and ((not tokens and goes_on) or verb_item) \
        and _verbal_negation_before(before, start - 1, neg, other)
    if not (start and before[start - 1] in ",،" and (last_item or middle_item)):
        return start
    while start and before[start - 1] in ",،":
        prev = _LAST_CLAUSE_END.match(before, 0, start - 1)
        prev_start = prev.end() if prev else 0
        item = _TOKEN.findall(before, prev_start, start - 1)
        start = prev_start
        # The list's head: the verb (and its negation) that governs the items. (An item of a
        # verb and its object may be longer: "…, buy lists from brokers, or pull numbers".)
        subject_led = bool(item) and (item[0] in neg.subjects or item[0] in other.subjects)
        if len(item) > _LIST_WORDS + 1 or (len(item) > _LIST_WORDS and subject_led):
            break
    return start
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_BREAKS = r"[,،;؛]"
_CLAUSE_BREAK = re.compile(_BREAKS)
# Items of a list: a comma between them, or "and"/"or" («و» is a prefix, and no sign of a list).
_LIST_MARK = re.compile(r"[,،]| (?:and|or) ")
_SUMMARY_REACH = 4  # words before a list's summing-up denial ("we built none of that")
_LAST_CLAUSE_BREAK = re.compile(rf".*{_BREAKS}", re.S)  # greedy: up to the last one
# An answer given after a reported question («وجوابي كان:», "my answer was:"), and a reply
# addressed to whoever asks («للي يسأل عن …:»).
_ANSWER_OPENER = re.compile(r"(?:وجوابي|جوابي|وردي|ردي|فقلت|وقلت|قلت له|قلت لهم|"
                            r"my answer|our answer|i said|i told (?:him|her|them))"
                            r"\s*(?:كان|was|is|هو)?\s*[:：]", re.IGNORECASE)
# What to tell whoever asks, after a reported question: «… قل له إنها نصب», "… tell him we …".
_TELL = re.compile(r"(?<!\w)(?:(?:قل|قول|قولي|قولوا|قولو)\s+(?:له|لها|لهم)|قله|قلها|قلهم)(?!\w)"
                   r"|\btell (?:him|her|them)\b", re.IGNORECASE)
_TO_WHOEVER = re.compile(r"(?:للي|لمن|لكل من|لكل اللي|to anyone who|for anyone who|for those who|to those who)\s*$",
                         re.IGNORECASE)
# "There is nothing" right before a sentence cue that denies: the two negations affirm.
_NOTHING_BEFORE = re.compile(r"(?:ما فيه|ما في|مافي|مافيه|لا يوجد|ليس هناك|ما عاد فيه)\s+(?:[اأ]ي\s+)?"
                             r"(?:شي|شيء|حاجه|حاجة)\s*$")
_CUE_SCOPE_END = re.compile(r"[,،;؛:«»\"“”(]")
_NO_BEFORE = re.compile(r"(?<![\w'])no\s+$", re.IGNORECASE)
# What is said instead, after a denied saying: «ما نقول لكم "يمكن"، نقول لكم أكيد: …», "we don't
# say maybe, we say: …". The denial was of the first word, and the second saying affirms.
_SAID_INSTEAD = re.compile(r"[,،]\s*(?:بل\s+|but\s+)?(?:ن|و?نحن ن|احنا ن)قول(?:ها|لك|لكم)?(?!\w)"
                           r"|[,،]\s*(?:but\s+)?we say\b", re.IGNORECASE)
_ANSWER_NO = re.compile(r"(?:الجواب|والجواب|الإجابة|الاجابة|والإجابة|جوابنا|وجوابنا|ردنا|وردنا|short answer|the answer"
                        r"|our answer)\s*(?:الصريح|الصادق|المختصر|بصراحة|بصراحه|honestly)?\s*(?:is|هو)?\s*[:：]?\s*"
                        r"(?:لا|no|ما نعد|ما نضمن|ما نوعد|we don't|we do not|we can't)(?!\w)", re.IGNORECASE)
_POINTERS = frozenset({"شي", "شيء", "هذا", "وهذا", "هذي", "وهذي", "هذه", "وهذه", "وهو", "وهي", "this", "that", "which",
                       "something", "and"})
_EVER = frozenset({"ابدا", "ابداً", "أبدا", "أبداً", "نهائيا", "نهائياً", "اطلاقا", "إطلاقا", "اطلاقاً",
                   "ever", "at", "all"})
# The answer clause of a condition: «…، فـ…», "…, then …".
_APODOSIS = re.compile(r"[,،]\s*(?:ف[\u0600-\u06ff]|then\b)")
_QUOTES = re.compile(r"«[^»\n]{1,300}»|“[^”\n]{1,300}”|\"[^\"\n]{1,300}\"|(?<![\w])'[^'\n]{1,300}'(?![\w])")
# "ما نضمنه (لكل عميل) هو …": ما is a relative pronoun when a هو/هي/هم follows within the clause.
# (The clause ends at a colon too: «Dealix ما يشتغل لحاله: فريقك هو اللي يعتمد» is a denial.)
# «وهو ما نلتزم به», «وهذا ما يقدمه»: after a demonstrative, or «وهو» as formal copy links a
# clause, ما is "what". (Not after a bare «هو»: «هو ما يرسل» is dialect for "it doesn't send".)
# After a preposition or a conjunction of time or manner, ما is "what" or part of "before",
# "after", "like": «يتفوق على ما تقدمه الشركات المنافسة من منتجات رديئة» negates nothing.
_RELATIVE_BEFORE = frozenset({"وهو", "وهي", "هذا", "وهذا", "فهذا", "هذه", "وهذه", "ذلك", "وذلك", "هذي", "وهذي",
                              "على", "علي", "وعلى", "عن", "وعن", "من", "في", "الى", "إلى", "مثل", "زي", "قبل",
                              "بعد", "حسب", "كل",
                              # a superlative before ما: «ومن أبرز ما حققناه» ("the most notable of what")
                              "أبرز", "ابرز", "أهم", "اهم", "أفضل", "افضل", "أحسن", "احسن", "أكثر", "اكثر",
                              "أجمل", "اجمل", "بعض"})
# (Not past a dash: «Dealix ما يشتغل لحاله — هو يجهز الشغل» is a negation and a new clause.)
# (Nor past an emoji or a question or exclamation mark, which end a clause in social copy:
# «Dealix ما يقفل صفقات بنفسه 😅 اللي يقفل هو أنت».)
_NOT_IN_CLAUSE = "\\s:،,.؛;—–!?؟\u2600-\u27bf\U0001f300-\U0001faff-"
_RELATIVE_AFTER = re.compile(rf"^[^{_NOT_IN_CLAUSE}]*(?:\s+[^{_NOT_IN_CLAUSE}]+){{0,3}}?\s+(?:هو|هي|هم)\b")
# A short aside between commas does not break a negation's reach: "At no point does Dealix, or
# anyone on our team, send …", «لا يمكن لأي أداة، ومنها Dealix، أن تضمن», «لا نستطيع، بصراحة، أن نعدك».
# Only asides that widen the subject or the scope ("or anyone", "under any plan", «ومنها»), not
# list items or clauses ("…, and we guarantee"). Matched on the light view, where ى is ي.
_ASIDE = re.compile(r"(?:[,،]\s*(?:or any|or anyone|or anybody|nor|even|including|under|in any|at any|on any|"
                    r"or for any|or in any|or at any|or on any|and for any|for any|across any|"
                    r"and under|and in any|and on any|or under|honestly|frankly|to be honest|in our experience|"
                    r"بصراحه|بصراحة|بكل صراحه|بكل صراحة|من واقع|وتحت|وفي اي|وفي أي|سواء|whether in|whether it's|"
                    r"whatever|whichever|however|no matter|in a|in the|on a|at a|during|"
                    r"ومنها|ومنهم|بما في|بما فيها|بما فيهم|"
                    r"ولا حتي|حتي|وحتي|تحت|في اي|في أي|لا|مهما|ومهما|ولا يمكن|ولا أي|ولا اي|ولا في|ولا علي|"
                    r"ولا لعميل|ولا لاي|ولا لأي|ولا مره|ولا مرة|"
                    # "We do not, and will not, scrape …": the second negation is the aside
                    # (with an adverb in it too: "We don't, and frankly never will, pull …")
                    r"and (?:frankly |honestly )?(?:never will|won't)|"
                    r"and will not|and we will not|and we won't|and never have|and never did|"
                    r"and can't|and cannot|and contractually can't|and contractually cannot|and legally can't|"
                    r"ولن|ولا راح|ولا رح|not for|not even|not the|not our|"
                    r"and as a matter of policy|as a matter of policy|and by policy|and by design|"
                    # "We do not, and in our view no honest vendor can, guarantee …"
                    r"and in our view|and in my view|in our view|in my view|and in fairness|"
                    r"hidden or otherwise|or otherwise|"
                    r"ومن ضمنها|ومن ضمنهم|من ضمنها|من ضمنهم|"
                    # «ما راح نقول لك، مثل ما يقول غيرنا، إن …», "We won't say, as others do, that …"
                    r"مثل ما|زي ما|كما|as others|as some|as many|like others|like some|like many)\b"
                    # (Asides may follow one another: ", under any plan, in any market, or for any
                    # company size,"; and a short list may run on inside the last one: ", under any
                    # plan, add-on or custom contract,".)
                    r"[^,،.;؛!?؟\n]{0,90}){1,4}[,،](?:[^,،.;؛!?؟\n]{0,40}\s(?:or|and|nor|او|أو)\s[^,،.;؛!?؟\n]{0,30}[,،])?",
                    re.IGNORECASE)


def _is_nominal(tok: str, neg: CompiledNegation, other: CompiledNegation) -> bool:
    """A negation that governs a noun ("without", «بدون»), not a verb."""
    return tok in neg.nominal_cues or tok in other.nominal_cues


def _nominal(tok: str, neg: CompiledNegation, other: CompiledNegation) -> bool:
    """The same, with its conjunction too («وبدون»)."""
    return _is_nominal(tok, neg, other) or (tok[:1] in ("و", "ف") and _is_nominal(tok[1:], neg, other))


def _cue_length(tokens: list[str], i: int, neg: CompiledNegation) -> int:
    """Length of a negation cue ending at token ``i`` (0 if none)."""
    tok = tokens[i]
    if tok in neg.multiword_last:  # most words end no multiword cue: skip building the tuples
        for n in (4, 3, 2):
            if i - n + 1 >= 0 and tuple(tokens[i - n + 1 : i + 1]) in neg.multiword_cues:
                return n
    if tok in neg.cues:
        return 1
    # An Arabic cue may carry the conjunction و or ف («ولسنا», «فليس»).
    if len(tok) > 3 and tok[0] in "وف" and tok[1:] in neg.cues and _ARABIC.match(tok):
        return 1
    if tok.endswith("n't") and "n't" in neg.cues:
        return 1
    return 0


def _covers(tokens: list[str], at: int, neg: CompiledNegation, other: CompiledNegation) -> bool:
    """True if one of the pseudo-negations covers token ``at`` ("لا شك" at لا, "اول ما" at ما)."""
    for index in (neg.pseudo_index, other.pseudo_index):
        for p, k in index.get(tokens[at], ()):  # only the phrases holding this very word
            start = at - k
            if start >= 0 and tuple(tokens[start : start + len(p)]) == p:
                return True
    return False


def _ends_with(tokens: list[str], end: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the first of the phrases that ends at ``end`` (0 if none does)."""
    return next((len(p) for p in phrases if p and end - len(p) >= 0 and tuple(tokens[end - len(p) : end]) == p), 0)


def _affirming_double(tokens: list[str], end: int, neg: CompiledNegation, other: CompiledNegation) -> bool:
    """A word like "impossible" ends at ``end``, before a negation: "impossible not to close"
    affirms. Not when it is negated itself: "Not impossible, not guaranteed" denies both."""
    start = end - _ends_with(tokens, end, neg.double + other.double)
    before = start - 1
    negated_itself = before >= 0 and bool(_cue_length(tokens, before, neg) or _cue_length(tokens, before, other))
    return start < end and not negated_itself


def _holds_phrase(tokens: list[str], start: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of the phrases occurs in ``tokens[start:]``."""
    return any(tuple(tokens[k : k + len(p)]) == p for p in phrases if p
               for k in range(start, len(tokens) - len(p) + 1) if tokens[k] == p[0])


_COORDINATED = ("و", "ف")


def _earlier_cue(tokens: list[str], cue_at: int, neg: CompiledNegation, other: CompiledNegation) -> bool:
    """Another, non-coordinated negation earlier in the clause with words in between."""
    if tokens[cue_at].startswith(_COORDINATED) or tokens[cue_at] in ("nor", "or"):
        return False
    for j in range(cue_at - 1, -1, -1):
        if tokens[j] in neg.conjunctions or tokens[j] in other.conjunctions:
            return False  # "Sales is not a disease and Dealix is not a cure": two clauses
        if j == cue_at - 1:
            continue  # right before the cue it would be one cue ("ما لا")
        if all(t in neg.interjections or t in other.interjections or t in neg.subjects or t in other.subjects
               for t in tokens[j + 1 : cue_at]) and not _ends_with(tokens, j + 1, neg.double + other.double):
            continue  # «لا والله ما …», "No, honestly, we never …": an answer, then its denial
        n = _cue_length(tokens, j, neg) or _cue_length(tokens, j, other)
        if n == 1 and _is_nominal(tokens[j], neg, other) and _ARABIC.match(tokens[j]):
            # «عدم الرد على الطلب ما يعتبر موافقة»: the first negates a noun, not the verb. (Not
            # "There's no CRM that isn't …": an English "no" there denies that one exists.)
            continue
        if n and any(t in neg.restricting_verbs or t in other.restricting_verbs for t in tokens[j + 1 : j + 3]):
            return False  # «ما نعدك بأرقام ما نقدر نضمنها»: the second negation limits what is not promised
        if n and not _covers(tokens, j - n + 1, neg, other):
            # «وإذا ما وافقت ما يطلع شيء»: the first negation is the condition's own, the
            # second the consequence's; they do not cancel out.
            opener = tokens[j - n] if j - n >= 0 else ""
            return opener.lstrip("وف") not in neg.conditionals and opener not in other.conditionals
    return False


def _opens_with_cue(words: list[str], neg: CompiledNegation, other: CompiledNegation) -> bool:
    """The words start with a negation cue (one word, or a phrase ending within the first four)."""
    return any(_cue_length(words, k, neg) == k + 1 or _cue_length(words, k, other) == k + 1
               for k in range(min(4, len(words))))


def _opens_clause(tokens: list[str], i: int, neg: CompiledNegation) -> bool:
    return any(tuple(tokens[i : i + len(o)]) == o for o in neg.clause_openers if o[0] == tokens[i])


_CROSSES = "✗✘❌🚫⛔"
_TICKS = ("✅", "✔", "☑", "✓")
_CROSS_LEAD = re.compile(rf"[ \t>]*(?:[-*+]|\d+[.)])?[ \t*_]*[{_CROSSES}]")
# At the end, only the plain crosses of a feature list: ❌ and 🚫 after words are as often an
# exclamation («منافسينا نصابين ❌») as a status.
_CROSS_TAIL = re.compile(r"[^|✗✘❌🚫⛔\n]{0,40}?[✗✘][ \t*_]*$")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _question_words(text: str, lead: str, start: int, end: int, policy: CompiledPolicy) -> tuple[list[str], bool]:
    """The words a question opens with (``lead`` is the light text from ``start`` to ``end``),
    after its asker's label when one opens it («س:», "Q:", and a label that says who asks: «سؤال
    من جمهور الويبينار: هل …؟»), and whether a label did. (The label is matched on the folded text,
    where «سؤال» is «سوال».)"""
    words = [w for w in _TOKEN.findall(lead) if not w.isdigit()]
    first = _TOKEN.search(text, start, end)
    if not words or first is None or not policy.customer_line.match(first.group() + ":"):
        return words, False
    colon = lead.find(":")
    return (words[1:] if colon < 0 else [w for w in _TOKEN.findall(lead, colon + 1) if not w.isdigit()]), True


def _asks(words: list[str], neg: CompiledNegation, other: CompiledNegation) -> bool:
    return bool(words) and (words[0] in neg.interrogatives or words[0] in other.interrogatives)


def _plainly_asks(words: list[str], cand: Candidate, policy: CompiledPolicy, neg: CompiledNegation,
                  other: CompiledNegation) -> bool:
    """The words open a question that asks rather than claims: not one that opens the way a claim
    does («هل تعلم أن …», «وش رايك نجمع لك …»), nor one about words that are the offence however
    they are asked (a disease, an insult: asked_is_said)."""
    return _asks(words, neg, other) and not policy.category(cand.category).category.asked_is_said and not any(
        tuple(words[: len(o)]) == o for o in neg.assertive_questions + other.assertive_questions)


def _sentence_cue(before: str, policy: CompiledPolicy) -> re.Match[str] | None:
    """The sentence cue in ``before`` (the sentence up to the claim) whose denial reaches the
    claim, if there is one: not a cue whose scope ends before it."""
    cue = policy.sentence_cues.search(before)
    if cue is None:
        return None
    if (policy.conditional.search(before, 0, cue.start()) or cue.group().startswith(_BEFORE)) \
            and _LIST_COMMA.search(before, cue.end()):
        # "If the customer has no list, we buy one": the cue is the condition's, not ours; so is
        # a cue that opens a clause of time («قبل ما تشتري أي أداة، نكتب لك الوصفة»).
        return None
    if _NO_BEFORE.search(before, max(0, cue.start() - 6), cue.start()):
        return None  # "No question about it: …" is "certainly", not a question reported
    if _NOTHING_BEFORE.search(before, 0, cue.start()):
        return None  # «ما فيه شي ما يقدر Dealix يسويه …»: nothing it cannot do is all it can do
    stop = _CUE_SCOPE_END.search(before, cue.end())
    scope = _TOKEN.findall(before, cue.end(), stop.start() if stop else len(before))
    ar, en = policy.negation["ar"].verb_negations, policy.negation["en"].verb_negations
    # (Or the claim's own verb, negated right before it, further on: «ما راح تلقى ريال صرفته على
    # Dealix ما رجع لك بأرباح».)
    own_verb_negated = stop is None and len(scope) > 2 and (scope[-1] in ar or scope[-1] in en)
    if any(t in ar or t in en for t in scope[1:4]) or own_verb_negated:
        # "There's no way you won't see revenue before …", «ما راح تلقى شركة ما غطى الاشتراك
        # تكاليفه»: a verb's own negation right after the cue, and two negations affirm. (Not a
        # "nor" after a comma, «ليس من سياستنا، ولا …», nor a quoted phrase, «يحظر استخدام «لن …»»,
        # nor the word right after the cue, where ما is "what": «ليس صحيحاً ما يتداوله البعض».)
        return None
    if _SAID_INSTEAD.search(before, cue.end()):
        return None  # «ما نقول لكم "يمكن"، نقول لكم أكيد: …»: what is said instead is said
    if _TELL.search(before, cue.end()):
        return None  # «إذا سألك الزائر عن المنافسين قل له إنها نصب»: what we tell him is said
    if _ANSWER_OPENER.search(before, cue.end()) \
            or (_TO_WHOEVER.search(before, 0, cue.start()) and ":" in before[cue.end() :]):
        # The question is reported, and then answered: «سألني أحد الحضور عن المخاطرة، وجوابي كان:
        # …», «للي يسأل عن مصدر الـ leads: نجمعها …». The answer is said.
        return None
    return cue


def negated(light: str | LightView, cand: Candidate, policy: CompiledPolicy, sentences: Sentences) -> bool:
    # The script of the claim decides the language (the folded text has the same letters' script).
    lang = "ar" if _ARABIC.search(sentences.text, cand.start, cand.end) else "en"
    neg = policy.negation[lang]
    other = policy.negation["en" if lang == "ar" else "ar"]
    s_start, s_end = cand.sentence
    if cand.affirms is not None and _negates(light[cand.affirms[0] : cand.affirms[1]], policy):
        return True  # what it affirms is denied: the promise is about something else
    before = light[s_start : cand.start]

    # "ليس صحيحاً أن …", "it's a myth that …": the whole rest of the sentence is denied, up to a
    # "but" («لا نقول إن الزيادة ممكنة فحسب، بل نؤكد أنها حتمية» affirms what follows بل).
    text = sentences.text
    question = s_end < len(text) and text[s_end] in "?؟"
    cue = _sentence_cue(before, policy)
    denied = cue is not None and not any(t in neg.terminators or t in other.terminators
                                         for t in _TOKEN.findall(before, cue.end()))
    if denied and policy.conditional.match(cue.group()) \
            and _APODOSIS.search(light[s_start : cand.start + 2], cue.end()):
        # «إذا لاحظت تأخر الردود، فجرعة يومية … كفيلة بالشفاء»: the cue's condition ends at the
        # comma; what follows «، ف…» / ", then" is said.
        denied = False
    if denied and _affirmed(light[cand.end : s_end], policy):
        denied = False  # "You may have heard that …, and that's exactly what you get"
    if denied and _REPORTS.match(cue.group()) and policy.category(cand.category).category.said_of_the_reported:
        denied = False  # «الشركات اللي تعدك بالملايين كلها نصابين»: the insult is about who promises
    if denied and not question:
        return True
    nxt = sentences.next_after(s_end) if s_end < len(text) else None
    if question and nxt is not None and nxt[1] < len(text) and text[nxt[1]] in "?؟" \
            and text.find("\n", s_end, nxt[0]) < 0 \
            and (_ARABIC.search(text, s_start, s_end) is None) != (_ARABIC.search(text, *nxt) is None):
        # The same question in the other language on the same line («هل النتائج مضمونة؟ · Are
        # results guaranteed?»): the answer is the sentence after both.
        nxt = sentences.next_after(nxt[1])
    # A question the next sentence answers for us ("Is there a tool that closes deals on its
    # own? Ours does.") makes the claim, however it is asked.
    yes = question and nxt is not None and policy.answer_yes.match(light[nxt[0] : nxt[1]]) is not None
    if denied and not yes:
        return True

    line_start, line_end = line_of(text, cand.start)
    if question:
        # A question answered "no" in the next sentence: "Can Dealix message …? No.", or after
        # a label there: «سؤال جاني كثير، والجواب: لا»; "Preview: Short answer: no."
        if nxt and (policy.answer_no.match(light[nxt[0] : nxt[1]]) or _ANSWER_NO.search(light[nxt[0] : nxt[1]])):
            return True
        # Or answered by denying the same words: "Is there a guarantee? There's a cancellation
        # window, not a results guarantee." (Not when the answer is itself a question.)
        if nxt and not yes and not (nxt[1] < len(text) and text[nxt[1]] in "?؟"):
            said = text[cand.start : cand.end]
            at = text.find(said, nxt[0], nxt[1])
            if at >= 0 and negated(light, Candidate(at, at + len(said), cand.category, nxt), policy, sentences):
                return True
        # "Can any tool close deals while you sleep?": a question about any tool asserts nothing
        # (unless the answer says we do).
        words = _TOKEN.findall(before)
        # ("Can a tool really close deals on its own?" asks about tools in general too.)
        if words and not yes and (words[0] in neg.interrogatives or words[0] in other.interrogatives) and (any(
                w in neg.quantifiers or w in other.quantifiers for w in words) or words[1:2] in (["a"], ["an"])
                or (len(words) > 1 and words[1] in _GENERIC)):
            return True
        # A question its own label presents, whatever follows it on the line: «سؤال الحلقة: هل
        # فعلاً الأتمتة الكاملة تنفع …؟ نناقشها مع …», "Question for sales leaders: how …?"
        if not yes and ":" in before:
            asked, labelled = _question_words(text, before, s_start, cand.start, policy)
            if labelled and _plainly_asks(asked, cand, policy, neg, other):
                return True
        # A question on a line of its own, as a heading or with its answer under it, asks: a FAQ
        # ("## هل يرسل Dealix رسائل جماعية؟", "**Can it replace some of our sales reps?**"),
        # unless the answer says yes.
        heading = _HEADING.match(text, line_start)
        answer = _next_line(text, s_end)
        # (Or with nothing after it at all: a reader's question in an FAQ or a form, asked of the
        # product, "Will this replace my SDRs?".)
        if (heading is not None or answer is not None or nxt is None) \
                and _alone_on_line(text, line_start, s_start, s_end) \
                and not (answer and policy.answer_yes.match(light[answer[0] : answer[1]])):
            start = heading.end() if heading else line_start
            words, _ = _question_words(text, light[start : cand.start], start, cand.start, policy)
            if heading is not None or answer is not None:
                if not words or _asks(words, neg, other):
                    return True
            # Alone, with nothing after it, only a plain question asks: "Why hire five SDRs
            # when …?", a bare «عمليات جراحية؟», «هل تعلم أن …» and «وش رايك نجمع لك …» claim,
            # and so does a disease or an insult however it is asked (asked_is_said).
            elif _plainly_asks(words, cand, policy, neg, other):
                return True
    # The next sentence denies it, looking back ("No doubt you've heard promises of autopilot
    # sales. We don't make them.", «نسمع: "نبي نظام يشتغل لحاله". Dealix ليس كذلك»).
    if nxt and policy.next_denial.match(light[nxt[0] : nxt[1]]):
        return True

    after = light[cand.end : s_end]
    after_clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    # "الـ scraping ممنوع عندنا", "scraping is banned here": denied after the fact, also past a
    # dash or colon («الوعد بنتيجة — ممنوع», "Guaranteed results: not allowed").
    dash = _DASH_LEAD.match(after)
    told = _CLAUSE_END.split(after[dash.end() :], maxsplit=1)[0] if dash else ""
    if policy.after_cue.search(after_clause) or (told and policy.after_cue.search(told)):
        return True
    # The next clause points back at it and denies it: "…, and that's not true", «…، وهذا مب
    # صحيح»; the denial is all that clause says.
    pointing = _pointing_clause(after)
    if pointing is not None:
        said, pointer_end = pointing
        denial = policy.after_cue.search(said)
        # (Right after the pointer: «وهذا ممنوع عليك تسويه بدوننا» says something else.)
        if denial is not None and len(_TOKEN.findall(said, pointer_end, max(pointer_end, denial.start()))) <= 1 \
                and len(_TOKEN.findall(said, denial.end())) <= 2:
            return True
    # A sentence whose last short clause denies what its first clause names: «جمع الأرقام من قوقل
    # ماب، لأنه يخالف النظام، شي ما نسويه أبداً», "Auto-send without review, the thing buyers ask
    # for, is something we never do".
    sentence = light[s_start:s_end]
    first_break = _CLAUSE_BREAK.search(sentence)  # (one search; the last break only when needed)
    if first_break is not None and cand.end - s_start <= first_break.start():
        last = sentence[_LAST_CLAUSE_BREAK.match(sentence).end() :]
        words = _TOKEN.findall(last)
        # (It points back: «شي ما نسويه», «هذي بالضبط اللي … ما يسويها», "something we never do";
        # «…، لا تصدقهم» after an insult tells the reader not to believe the rivals.)
        denial = policy.after_cue.search(last) if len(words) <= 8 and words[:1] and words[0] in _POINTERS else None
        # (The denial ends the sentence: «وهذا شي ما نسويه لغيرك» says it is exclusive.)
        if denial is not None and all(t in _EVER for t in _TOKEN.findall(last, denial.end())):
            return True
    # A list closed by a colon and denied as a whole after it: "Auto-send, scraped lists,
    # promised revenue: you won't find any of that in Dealix", «ضمان النتائج، القوائم المشتراة:
    # ولا شي منها عندنا». (The claim is one of the items: the colon comes after it and a list mark
    # before the colon; the denial opens what follows, "Auto-send, …: we built none of that" too.)
    colon = sentence.find(":", cand.end - s_start)
    if colon >= 0 and _LIST_MARK.search(sentence, 0, colon) is not None:
        summary = policy.list_summary.search(sentence, colon + 1)
        if summary is not None and len(_TOKEN.findall(sentence, colon + 1, summary.start())) <= _SUMMARY_REACH:
            return True
    # A label whose value is none: "**Guaranteed:** nothing.", «مضمون: لا شيء».
    if dash is not None and ":" in after[: dash.end()] and _strip_value(told) in _NONE:
        return True
    # A line that only names it, answered "no" by the next one, like a question: "Auto-send" /
    # "Not available.", «إرسال تلقائي» / «غير متاح».
    # (The answer is the whole next sentence: "No opportunities yet." under an image says no more.)
    if (not question and nxt is not None and _alone_on_line(text, line_start, s_start, s_end)
            and len(_TOKEN.findall(light[s_start:s_end])) <= _HEADING_WORDS):
        said = light[nxt[0] : nxt[1]]
        no = policy.answer_no.match(said)
        if no is not None and not _TOKEN.search(said, no.end()):
            return True
    # A table row whose other cell denies it: «| قوائم مشتراة | ❌ | ممنوع، ولا نرفعها |».
    # (Or a count of none: «| رسائل أُرسلت بدون اعتماد | ٠ |», "| Sent without approval | zero |".)
    for a, b in row_cells(text, cand.start):
        cell = light[a:b].strip(" *_❌✗✘🚫⛔")
        if not a <= cand.start < b and (policy.list_denial.match(cell) or cell in _NONE):
            return True

    # A cross marks it as not offered: a line or list item that opens with one («✗ استخراج
    # الأرقام من القروبات»), or the claim's own cell or line ending in one ("Auto-send ✗").
    cell_end = text.find("|", cand.end, line_end)
    # (Not past a tick: "❌ «…» ✅ «…»" on one line, as a paragraph's two lines are joined.)
    if (_CROSS_LEAD.match(text, line_start) and not any(t in text[line_start : cand.start] for t in _TICKS)) \
            or _CROSS_TAIL.match(text, cand.end, cell_end if cell_end >= 0 else line_end):
        return True

    # An item of a list whose introduction denies it ("The following are not permitted:",
    # «ما نسوي التالي:»).
    intro = _list_intro(text, cand.start)
    if intro is not None:
        intro_text = light[intro[0] : intro[1]].rstrip(" *_#>")
        # (An introduction ends in a colon, or is a heading-like line of a few words: «ما لا نفعله»;
        # a heading itself may be longer, in two languages: "## Terms we don't use | مصطلحات …".)
        limit = _HEADING_WORDS * 2 if _HEADING.match(text, intro[0]) else _HEADING_WORDS
        if (intro_text.endswith((":", "：")) or len(_TOKEN.findall(intro_text)) <= limit) \
                and policy.list_denial.search(intro_text):
            return True

    # A line labelled with a denial: "- ممنوع: «نضمن لك …»", "**Not allowed:** guaranteed results".
    label = _DENIAL_LABEL.match(light[line_start : cand.start])
    if label is not None and policy.list_denial.fullmatch(_NUMBERING.sub("", label.group(1)).strip(" *_")):
        return True

    # A gloss in brackets belongs to the word before it: «لا نستخدم الكشط (scraping)»; so does
    # an example of it: «لا استعارات طبية (مثل وصف المنتج بأنه دواء)», "no hype (e.g. …)".
    if before.rstrip().endswith(("(", "[")):
        before = before.rstrip()[:-1]
    else:
        example = _EXAMPLE_OPEN.search(before)
        if example is not None:
            before = before[: example.start()]
    # A struck-through negation is withdrawn ("We ~~never~~ guarantee results").
    plain = _ASIDE.sub(_blank, _STRUCK.sub(_blank, before) if "~~" in before else before)
    if " / " in plain:  # a slash between spaces parts a gloss from its translation ("Not a data
        # provider / ليس مزود بيانات"): the words before it belong to the other language
        cut = plain.rindex(" / ") + 3
        plain = " " * cut + plain[cut:]
    if "(" in plain or "—" in plain or "–" in plain:  # an aside in brackets or dashes: "At no point
        # (not even on Enterprise) does Dealix send", "At no point — not in production — does …"
        plain = _BRACKETED.sub(_blank, plain)
    claim = light[cand.start : cand.end]  # (a slice of the light view costs a mapping: take it once)
    opens_with_condition = claim.startswith(neg.conditions + other.conditions)
    clause = _clause_start(plain, neg, other, after, claim)
    if _LIST_COMMA.search(plain, clause):
        # The clause runs back over a list to its head ("It never sends, books or replies on its
        # own"): each item fills one place, so it counts as one word (its last), unless it holds
        # a negation of its own ("…, without warranties or guarantees") or opens a clause of its
        # own ("…, and we guarantee").
        head, *items = _LIST_COMMA.split(plain[clause:])
        tokens = _TOKEN.findall(head)
        for item in items:
            words = _TOKEN.findall(item)
            own = any(_cue_length(words, k, neg) or _cue_length(words, k, other) or _opens_clause(words, k, neg)
                      or _opens_clause(words, k, other) for k in range(len(words)))
            tokens += words if own else words[-1:]
    else:
        tokens = _TOKEN.findall(plain, clause)
    # "Without your approval, nothing is sent": a condition put first, whose consequence is
    # negated, describes what does NOT happen (with or without the comma: «بدون اعتمادك ما تطلع
    # أي رسالة»).
    # (Its consequence is negated by a verb: "and without any commitment" is a second condition.)
    # (A second condition joined to the first goes with it: «بدون موافقات ولا انتظار، رسائلك تطلع»
    # says what happens without both, and its «ولا» negates nothing after the comma or colon.)
    conjunct = _CONDITION_CONJUNCT.match(after) if opens_with_condition else None
    consequence = after[conjunct.end() :] if conjunct else after
    rest = [t for t in _TOKEN.findall(consequence) if not _nominal(t, neg, other)]
    while rest and (rest[0] in neg.subjects or rest[0] in other.subjects):
        rest = rest[1:]  # «بدون موافقتك النظام ما يرسل شي»: the consequence's subject, then its negation
    if (opens_with_condition
            and (_COMMA_NEXT.match(consequence) or _opens_with_cue(rest, neg, other))
            and not [t for t in tokens if t not in neg.fillers and t not in other.fillers]
            and any(_cue_length(rest, k, neg) or _cue_length(rest, k, other) or rest[k] in neg.inert
                    or rest[k] in other.inert for k in range(len(rest)))):
        return True  # "… nothing is sent", "… a draft is just a draft", «… تبقى مسودة»

    # Content words between the cue and the claim: the cue negates the verb that governs the
    # claim ("لا نجمع البيانات بالكشط", "we never send messages without approval").
    allowed_words = neg.max_words
    if opens_with_condition:
        # "Without …" qualifies the whole verb phrase before it, and a negation of that verb
        # denies the act done without approval: «ما نمسح بطاقات الزوار بدون إذنهم».
        allowed_words += _CONDITION_REACH
    bare_claim = claim.strip()
    if bare_claim in neg.manner or bare_claim in other.manner:
        allowed_words += _MANNER_REACH  # "never moves a draft past this state on its own"
    if tokens and (tokens[-1] in neg.quantifiers or tokens[-1] in other.quantifiers):
        # "any" right before the claim lives only under a negation ("… or rent them from any
        # broker"): the cue reaches it over a longer verb phrase.
        allowed_words += _NPI_REACH
    if tokens and (tokens[-1] in _DISJUNCTIONS or (tokens[-2:-1] and tokens[-2] in _DISJUNCTIONS)):
        # "NEG A or B": B is denied with A, however many words A takes («ولا يُعد استخدامها
        # ضماناً للامتثال أو إعفاءً من المسؤولية»).
        allowed_words += _DISJUNCT_REACH

    if tokens and (tokens[-1] in neg.conjunctions or tokens[-1] in other.conjunctions) \
            and _AFTER_COMMA.search(plain) and _opens_with_cue(_TOKEN.findall(claim), neg, other):
        # "Not a single follow-up goes unsent, and no one on your team has to lift a finger": a
        # claim made with its own negation opens a clause of its own after ", and". (Not an item
        # of a list: "bans phrases like X and «بلا مخاطر»", «سكوت العميل أو عدم رده».)
        return False

    words = 0
    walked = 0
    i = len(tokens) - 1
    quantifier = max((k for k, t in enumerate(tokens) if t in neg.quantifiers or t in other.quantifiers), default=-1)
    subject_seen = False
    while i >= 0 and walked < neg.window + allowed_words:
        tok = tokens[i]
        if tok in neg.terminators or tok in other.terminators:
            return False
        if _opens_clause(tokens, i, neg) or _opens_clause(tokens, i, other):
            return False  # "We never scrape, and we guarantee results": a new clause
        if tok in neg.quantifiers or tok in other.quantifiers:
            # "لن تجد أي خاصية لإرسال الرسائل دون مراجعة": the cue reaches past "any" to the
            # end of its noun phrase, so the words after it do not count.
            words = walked = 0
            i -= 1
            continue
        if tok in neg.subjects or tok in other.subjects:
            subject_seen = True
        n = _cue_length(tokens, i, neg) or _cue_length(tokens, i, other)
        if n:
            cue_at = i - n + 1
            if subject_seen and " ".join(tokens[cue_at : i + 1]) + " " in neg.conditions + other.conditions:
                # «بدون رد منك النظام يرسلها من نفسه»: "without …" ends at the subject of the
                # clause that holds the claim; it does not negate that clause.
                return False
            if _covers(tokens, cue_at, neg, other):
                i = cue_at - 1  # not a negation here ("اول ما تجهز"): keep looking further back
                walked += 1
                continue
            sworn = cue_at
            while sworn and (tokens[sworn - 1] in neg.interjections or tokens[sworn - 1] in other.interjections):
                sworn -= 1
            if _affirming_double(tokens, sworn, neg, other):
                return False  # "مستحيل ما تسترد …" affirms (so does «مستحيل والله ما …»)
            if _holds_phrase(tokens, cue_at + n, neg.inner_double + other.inner_double):
                return False  # "never once failed to book …" affirms
            if tokens[cue_at] == "ما" and (_RELATIVE_AFTER.match(after)
                                           or (cue_at > 0 and tokens[cue_at - 1] in _RELATIVE_BEFORE)):
                return False  # "ما نضمنه هو الربح", «وهو ما نلتزم بتحقيقه»: ما is a relative pronoun
            after_words = _TOKEN.findall(after_clause)
            # ("We never scrape …, and we don't sell lists": the second negation is its own clause.)
            for k in range(len(after_words)):
                if _opens_clause(after_words, k, neg) or _opens_clause(after_words, k, other):
                    del after_words[k:]
                    break
            after_tokens = set(after_words)
            # The exception follows the claim closely ("لا نضمن لك إلا الربح"); a «غير» further on
            # negates an adjective («من مصادر غير معروفة»).
            if any(w in neg.exceptive or w in other.exceptive for w in _exceptives(after_words[:_EXCEPTIVE_REACH + 1])):
                return False  # "لا نضمن لك إلا الربح" means "we guarantee only profit"
            doubled = after_tokens & (neg.after_double | other.after_double)
            if doubled and _is_nominal(tokens[cue_at + n - 1], neg, other):
                # "no listing our spider can't mine": two negations affirm (a verb's negation
                # with a restriction after it denies: "Don't buy lists you can't trace back").
                return False
            # A cue that opens a list item repeats the negation, it does not double it
            # («لا وعود بنتائج، لا جمع بيانات», "no promises, no scraping").
            comma = max(plain.rfind(","), plain.rfind("،"))
            if comma >= 0 and _TOKEN.findall(plain, comma)[:1] == [tokens[cue_at]]:
                return True
            # "ما فيه رسالة ما يرسلها النظام": two negations affirm
            return not _earlier_cue(tokens, cue_at, neg, other)
        walked += 1
        if tok not in neg.fillers and tok not in other.fillers:
            words += 1
            if words > allowed_words:
                if 0 <= quantifier < i:
                    i, words, walked, quantifier = quantifier, 0, 0, -1  # look on from the "any"
                    continue
                return False
        i -= 1
    return False


_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+")


def _next_line(norm: str, pos: int) -> tuple[int, int] | None:
    """The first non-blank line after the line holding ``pos``."""
    end = norm.find("\n", pos)
    return _non_blank(norm, end + 1, 1) if end >= 0 else None


def _alone_on_line(text: str, line_start: int, s_start: int, s_end: int) -> bool:
    """The sentence is its line (markup aside: the emphasis around a bold line is blanked)."""
    line_end = text.find("\n", s_end)
    if line_end < 0:
        line_end = len(text)
    return not text[line_start:s_start].strip(" \t>*_#-") and not text[s_end + 1 : line_end].strip(" \t*_")


# A sentence end inside a quote (the claim is said before the quote's closing question).
_STOP_BEFORE_END = re.compile(r"[.!?؟](?=\s)")
# A table cell that counts none of something.
_NONE = frozenset({"0", "٠", "zero", "صفر", "none", "nothing", "لا شيء", "لا شي", "ولا شي", "ولا شيء"})


# "Can software really guarantee you sales?": a question about a kind of product in general.
_GENERIC = frozenset({"software", "ai", "technology", "tech", "automation", "tools", "bots", "platforms", "apps"})
_WHEN = frozenset({"بعد", "لما", "اذا", "إذا", "عند", "عندما", "after", "once", "when", "if", "until"})


def _exceptives(words: list[str]) -> list[str]:
    """The exceptive words among the first words after a claim. «غير» before an indefinite
    word after a noun negates that word («بطرق غير نظامية», "by unlawful means"); before a
    definite one, or right after the claim, it excepts («ما نضمن لك غير الربح»)."""
    out = []
    for k, w in enumerate(words[:_EXCEPTIVE_REACH]):
        if w == "غير" and k > 0 and k + 1 < len(words) and not words[k + 1].startswith(("ال", "لل")):
            continue
        if k + 1 < len(words) and words[k + 1] in _WHEN:
            continue  # «لا تنرسل باسمك إلا بعد ما تضغط إرسال»: "only after" sets a condition, not an exception
        out.append(w)
    return out


def _strip_value(value: str) -> str:
    """A label's value as a word: "**nothing.**" is nothing."""
    return value.strip(" *_.!؛;،,").strip()
_NUMBERING = re.compile(r"[\s.#\d]+$")  # «الخرافة ١:» is the label «الخرافة»
# A line's label: "- ممنوع:", "**Not allowed:**", "3. Don't:" (the label is group 1).
_DENIAL_LABEL = re.compile(r"[ \t>*_#-]*(?:\d+[.)][ \t]*)?[*_]*([^:：\n*_]{1,40})[*_]*[ \t]*[:：]")


# Struck-through text (~~…~~ in Markdown; <del>, <s>, <strike> in HTML read the same way) is
# shown as withdrawn: an example of what not to write.
_STRUCK = re.compile(r"~~[^~\n]{1,300}~~")
_BRACKETED = re.compile(r"\([^()\n]{0,160}\)|[—–][^—–\n]{0,120}[—–]")


def _pointing_clause(after: str) -> tuple[str, int] | None:
    """The clause right after the claim's, when it opens by pointing back at it («وهذا …»,
    "and that's …"): its text and where the pointer ends."""
    parts = _CLAUSE_END.split(after, maxsplit=2)
    back = _POINTS_BACK.match(parts[1]) if len(parts) > 1 else None
    return (parts[1], back.end()) if back is not None else None


def _affirmed(after: str, policy: CompiledPolicy) -> bool:
    """The clause after the claim points back at it and says it is so: "…, and that's exactly
    what our customers get", «…، وهذا وصف دقيق تماماً» (not when it denies it: «وهذا غير دقيق»)."""
    pointing = _pointing_clause(after)
    if pointing is None:
        return False
    said = pointing[0][pointing[1] :]
    return policy.affirmation.search(said) is not None and policy.after_cue.search(said) is None


def mentioned(norm: str, light: str | LightView, cand: Candidate, policy: CompiledPolicy) -> bool:
    """A claim quoted as an example of what not to write, in a sentence that says so, unless the
    clause after it says it is so. (That clause is read last: most claims are no mention, and
    reading the light view costs a mapping.)"""
    return _mentioned(norm, light, cand, policy) and not _affirmed(light[cand.end : cand.sentence[1]], policy)


def _mentioned(norm: str, light: str | LightView, cand: Candidate, policy: CompiledPolicy) -> bool:
    line = line_of(norm, cand.start)
    if norm.find("~~", *line) >= 0:  # (the line only: a whole-text test per candidate is quadratic)
        for m in _STRUCK.finditer(norm, *line):
            if m.start() < cand.start and cand.end <= m.end():
                return True
    # A transcript's customer line ("العميل: تضمنون لنا صفقات؟") is the customer's words, when
    # lines of ours answer near it.
    if policy.customer_line.match(norm, line[0]) and policy.team_line.search(
            norm, max(0, line[0] - _TRANSCRIPT_REACH), line[1] + _TRANSCRIPT_REACH):
        # (Unless our answer says yes: "Q: Do you guarantee results? A: Yes, …".)
        answer = _next_line(norm, line[1])
        label = policy.team_line.match(norm, answer[0], answer[1]) if answer else None
        if answer is None or not policy.answer_yes.match(light[label.end() if label else answer[0] : answer[1]]):
            return True
    # A word cited as a word, quotes or not: «كلمة scrape هنا تعني …», "the term autopilot".
    if policy.cited.search(light[max(0, cand.start - _CITED_REACH) : cand.start]):
        return True
    s_start, s_end = cand.sentence
    # A numbered section of a procedure titled by the word alone («## ٣. التشخيص», "## Step 2:
    # Diagnose") names a step, it claims nothing.
    title = policy.numbered_heading.match(norm, *line)
    if title is not None and norm[title.end() : line[1]].strip(" .:") == norm[cand.start : cand.end]:
        return True
    # A quoted example may hold its own full stop ('We cure your pipeline.'): look one sentence
    # either side for the quotation marks.
    wide_start = max(0, norm.rfind("\n", 0, max(0, s_start - 1)) + 1, s_start - 300)
    wide_end = min(len(norm), s_end + 300)
    nl = norm.find("\n", s_end + 1)
    if nl >= 0:
        wide_end = min(wide_end, nl)
    for q in _QUOTES.finditer(norm, wide_start, wide_end):
        if q.start() <= cand.start < q.end():
            if norm[q.start() : q.end() - 1].rstrip().endswith(("?", "؟")) \
                    and not _STOP_BEFORE_END.search(norm, cand.end, q.end() - 1):
                # A question quoted, asked by someone: «تضمنون لنا نتائج؟» (the claim in the
                # question itself, not in a sentence before it: "… closed deals by tomorrow.
                # Shall I send the link?" is said, not asked).
                return True
            one_word = len(_TOKEN.findall(norm, q.start(), q.end())) == 1
            if one_word and (policy.cited.search(light[max(0, q.start() - 12) : q.start()]) or sum(
                    len(_TOKEN.findall(norm, *o.span())) == 1 for o in _QUOTES.finditer(norm, s_start, s_end)) > 1):
                # Words cited as words: after "the word" («كلمة «فوري» مقبولة لما …»), or next to each
                # other («ضمن» و«يتضمن» و«نضمن», «مضمون» بمعنى «محتوى»). One word in quotes alone
                # is emphasis: Deals are "guaranteed".
                return True
            if _introduced_as_script(norm, light, q.start(), policy):
                return False
            if norm[norm.rfind("\n", 0, q.start()) + 1 : q.start()].rstrip(" \t*_:\ufe0f").endswith(_TICKS):
                return False  # "✅ «…»": the version marked right is copy, whatever the ❌ line says
            outside = light[wide_start : q.start()] + " " + light[q.end() : wide_end]
            if not _ANY_WORD.search(outside):
                # A quote alone on its line ("> «…»", "> ❌ «…»"): the lines around it say what
                # it is, and so does a mark beside it.
                outside += " " + " ".join(light[a:b] for a, b in _lines_around(norm, q.start()))
            if policy.mention_cues.get().search(outside) or _denied_in_row(norm, light, q.start(), policy):
                return True
            break
    header = table_header(norm, cand.start)
    if header is not None and (policy.mention_cues.get().search(norm[header[0] : header[1]])
                               or policy.dont_column.fullmatch(light[header[0] : header[1]].strip(" *_"))):
        return True
    if header is not None:
        # "| Banned phrase | Why |": a table whose rows are named by phrases not to write; every
        # cell of a row is about its phrase ("implies scraping").
        first = table_header_cells(norm, cand.start)[:1]
        if first and policy.dont_column.fullmatch(light[first[0][0] : first[0][1]].strip(" *_")):
            return True
    lead = table_intro(norm, cand.start) if header is not None else None
    if lead is not None and policy.mention_cues.get().search(light[lead[0] : lead[1]]):
        return True  # "Examples of customer wording we would not publish:" above the table
    intro = _list_intro(norm, cand.start)
    if intro is not None and _QUOTES.search(norm, *line) is not None and policy.mention_cues.get().search(
            light[intro[0] : intro[1]]):
        return True
    # A document about wording (a style guide, a claims review): its quoted phrases, list items
    # and table cells are examples.
    title = _title(norm)
    if policy.wording_title.search(title):
        return (intro is not None or header is not None or bool(row_cells(norm, cand.start))
                or _HEADING.match(norm, line[0]) is not None  # a section named after the word
                or _quoted(norm, line, cand.start))
    # An incident report quotes what was said or sent, and its title names what went wrong
    # ("# Post-mortem: Unreviewed template reached customers"); its own steps are still the team's.
    return policy.incident_title.search(title) is not None and (
        _quoted(norm, line, cand.start) or policy.incident_title.search(norm, *line) is not None)


def _quoted(norm: str, line: tuple[int, int], pos: int) -> bool:
    # (Only asked when the title decides: a long line's quotes are not scanned for every claim.)
    return any(q.start() <= pos < q.end() for q in _QUOTES.finditer(norm, *line))


_TITLE_LINES = 2
_CITED_REACH = 16  # characters before a word to look for "the word", «كلمة»
_TRANSCRIPT_REACH = 2000  # characters either side of a customer's line to look for our answer
_TITLE_CHARS = 300


def _title(norm: str) -> str:
    """The first lines of a text: a Markdown title (front matter, then the first heading) or an
    HTML page's <title> and first heading."""
    lines: list[str] = []
    pos = 0
    while pos < len(norm) and len(lines) < _TITLE_LINES:
        end = norm.find("\n", pos)
        end = len(norm) if end < 0 else end
        if norm[pos:end].strip():
            # (A title is short; bounding it keeps this per-candidate check independent of how
            # long a one-line file is.)
            lines.append(norm[pos : min(end, pos + _TITLE_CHARS)])
        pos = end + 1
    return " ".join(lines)


_ANY_WORD = re.compile(r"[^\W\d_]")


def _introduced_as_script(norm: str, light: str | LightView, pos: int, policy: CompiledPolicy) -> bool:
    """The quote at ``pos`` is our own script, copy we say: introduced by a line ending in a
    colon ("Use this line:", «الرد المعتمد:»), or under a list intro or a section heading that
    names it («## عبارات جاهزة», "## Recommended response"); not under "Don't say:", «لا تقل:».
    (The list intro and the section are looked up only when the line before does not say.)"""
    opener = _intro(norm, light, pos)
    if opener.endswith((":", "：")) and _names_script(opener, policy):
        return True
    for find in (_list_intro, _section):
        span = find(norm, pos)
        if span is not None and _names_script(light[span[0] : span[1]], policy):
            return True
    return False


def _names_script(text: str, policy: CompiledPolicy) -> bool:
    return policy.script_intro.search(text) is not None and not _negates(text, policy)


def _negates(text: str, policy: CompiledPolicy) -> bool:
    """The text holds a negation cue of either language, or a list denial ("avoid", «ممنوع»)."""
    words = _TOKEN.findall(text)
    ar, en = policy.negation["ar"], policy.negation["en"]
    return any(_cue_length(words, k, ar) or _cue_length(words, k, en) for k in range(len(words))) \
        or policy.list_denial.search(text) is not None


def _intro(norm: str, light: str | LightView, pos: int) -> str:
    """What introduces the quote at ``pos``: its line up to it, or, when the quote opens its line
    (markup aside: "> «…»"), the nearest non-blank line before."""
    start = norm.rfind("\n", 0, pos) + 1
    text = light[start:pos].strip(" \t>*_-")
    if not text:
        above = _non_blank(norm, start - 2, -1) if start >= 2 else None
        text = light[above[0] : above[1]] if above else ""
    return text.rstrip(" \t*_")


def _lines_around(norm: str, pos: int) -> list[tuple[int, int]]:
    """The nearest non-blank line before and after the line holding ``pos``."""
    start, end = line_of(norm, pos)
    return [span for span in (_non_blank(norm, start - 1, -1), _non_blank(norm, end + 1, 1)) if span]


def _non_blank(norm: str, at: int, step: int) -> tuple[int, int] | None:
    """The first non-blank line from the line holding ``at`` on, walking by ``step`` (±1)."""
    while 0 <= at < len(norm):
        a, b = line_of(norm, at)
        if norm[a:b].strip():
            return a, b
        at = a - 1 if step < 0 else b + 1
    return None


def _denied_in_row(norm: str, light: str | LightView, pos: int, policy: CompiledPolicy) -> bool:
    """A quoted phrase in a table row whose other cell opens with a negation: a glossary of
    terms not to use («الطيار الآلي» | النظام لا يعمل دون إنسان)."""
    for a, b in row_cells(norm, pos):
        if a <= pos < b:
            continue
        # A verb's negation ("لا نبيع", "we never"), not a priced cell's "no fee" or «ولا ريال».
        head = _TOKEN.findall(light[a:b])[:3]
        if any(t in n.cues and t not in policy.nominal_cues and t != "ولا"
               for t in head for n in policy.negation.values()):
            return True
    return False


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•]|\d+[.)])[ \t]")


_SECTION_REACH = 1500  # characters back to look for the heading of the section holding a quote
_SECTION_HEADING = re.compile(rf"(?m)^{_HEADING.pattern}\S[^\n]*")  # a whole heading line


def _section(norm: str, pos: int) -> tuple[int, int] | None:
    """The nearest Markdown heading above ``pos`` (within reach): what the section is."""
    last = None
    for m in _SECTION_HEADING.finditer(norm, max(0, pos - _SECTION_REACH), pos):
        last = m
    return last.span() if last is not None and last.end() < pos else None


def _list_intro(norm: str, pos: int) -> tuple[int, int] | None:
    """The line that introduces the list holding ``pos`` ("لا تستخدم أياً من العبارات التالية:"),
    when ``pos`` is in a list item: quoted items under it are examples, like a quoted example
    in a sentence that says not to write it."""
    start, _ = line_of(norm, pos)
    if not _LIST_ITEM.match(norm, start):
        return None
    for _ in range(200):
        if start == 0:
            return None
        start, end = line_of(norm, start - 1)
        if not _LIST_ITEM.match(norm, start) and norm[start:end].strip():
            return start, end
    return None
