"""Load and validate the claims policy (YAML). Errors name the file, the line and the key."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from dealix_site.errors import SourceError
from dealix_site.lint.cache import file_identity
from dealix_site.sources import YamlDoc, load_yaml, read_source, validate

if TYPE_CHECKING:
    from dealix_site.lint.compile import CompiledPolicy

CATEGORY_IDS = (
    "guaranteed-results",
    "scraping",
    "full-automation",
    "approval-bypass",
    "competitor-attack",
    "legal-financial-promise",
    "medical-language",
    "exaggerated-speed",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(_Strict):
    ar: str = Field(min_length=1)
    en: str = Field(min_length=1)


class AllOf(_Strict):
    """Every phrase must occur in one sentence; the finding covers the first."""

    all: tuple[str, ...] = Field(min_length=2)
    # Where else the other phrases may stand, because a reader takes them as the sentence's
    # subject: "table" (the column's header cell or the row's first cell of a Markdown table),
    # "question" (a short question just before: «Salesforce؟ معقد وغالي»), "previous" (the
    # sentence just before, in the same paragraph: "More meetings every month. That's a promise."
    # affirms the sentence it follows).
    also_in: tuple[Literal["table", "question", "previous"], ...] = ()


Term = str | AllOf


CategoryId = Literal[
    "guaranteed-results", "scraping", "full-automation", "approval-bypass", "competitor-attack",
    "legal-financial-promise", "medical-language", "exaggerated-speed",
]


class Category(_Strict):
    id: CategoryId  # an unknown id is reported at its own line
    severity: Literal["error", "warning"] = "error"
    name: Bilingual
    message: Bilingual
    suggestion: Bilingual
    terms: tuple[Term, ...] = Field(min_length=1)
    traps: tuple[str, ...] = ()
    # Regular expressions over the text AS WRITTEN (diacritics kept), matched from the start of
    # a finding, that make it not a claim: نضمّن … في ("we include … in") against نضمن.
    traps_as_written: tuple[str, ...] = ()
    # The words themselves are the offence (a disease, an insult): asked in a question with no
    # answer after it («هل فريقك ميت من الداخل؟») they are still said (see decide.negated).
    asked_is_said: bool = False
    # The words judge whoever a sentence reports («الشركات اللي تعدك بالملايين كلها نصابين»,
    # "agencies that promise you 100 meetings are lying"): a cue that reports someone's promise
    # denies the promise, not these words about them (see decide.negated).
    said_of_the_reported: bool = False

    @field_validator("traps_as_written")
    @classmethod
    def _regexes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            try:
                re.compile(item)
            except re.error as exc:
                raise ValueError(f"{item!r} is not a regular expression: {exc}") from None
        return value


class NegationLang(_Strict):
    window: int = Field(ge=1, le=12)
    cues: tuple[str, ...]
    multiword_cues: tuple[str, ...] = ()
    pseudo: tuple[str, ...] = ()
    terminators: tuple[str, ...] = ()
    exceptive: tuple[str, ...] = ()
    fillers: tuple[str, ...] = ()
    double: tuple[str, ...] = ()
    after_double: tuple[str, ...] = ()
    # Between a cue and the claim, words that negate it again: "has never once failed to book a
    # meeting within the hour" promises the hour.
    inner_double: tuple[str, ...] = ()
    # A verb's own negation: right after a sentence cue, it turns the cue into an affirmation
    # ("There's no way you won't …", «ما راح تلقى شركة ما …»; see decide._sentence_cue).
    verb_negations: tuple[str, ...] = ()
    max_words: int = Field(default=2, ge=0, le=8)
    sentence_cues: tuple[str, ...] = ()
    # "any" after a cue carries the negation over the whole noun phrase that follows it
    # ("لن تجد في Dealix أي خاصية لإرسال الرسائل دون مراجعة").
    quantifiers: tuple[str, ...] = ()
    # Words after the claim, in its clause, that deny it ("الـ scraping ممنوع عندنا").
    after_cues: tuple[str, ...] = ()
    # Words of a clause pointing back at a reported claim that say it is so ("You may have heard
    # that Dealix guarantees …, and that's exactly what you get"): then it is not a mention.
    affirmations: tuple[str, ...] = ()
    # Words that join two clauses: a negation in one does not double a negation in the other
    # ("Sales is not a disease and Dealix is not a cure").
    conjunctions: tuple[str, ...] = ()
    # Words that open a condition: put first and followed by a negated consequence, the claim
    # says what does NOT happen ("Without your approval, nothing is sent").
    conditions: tuple[str, ...] = ()
    # In such a consequence, words that say nothing happens ("a draft is just a draft").
    inert: tuple[str, ...] = ()
    # Words that open a question ("هل", "can"): with a quantifier ("any") before the claim, the
    # question asks about tools in general ("Can any tool close deals while you sleep?").
    interrogatives: tuple[str, ...] = ()
    # What opens the answer to a question and says "no" («لا», «ما عندنا», "it depends"): a
    # claim asked about in a question answered this way is not made ("Can Dealix …? No.").
    answers_no: tuple[str, ...] = ()
    # What opens the answer to a question and says "yes" ("Yes,", «أكيد»): the question's claim
    # is made.
    answers_yes: tuple[str, ...] = ()
    # Claims that only say how the verb is done ("on its own", «لحاله»): a negation of the verb
    # reaches them over an object of any length ("Dealix never moves a draft past this state on
    # its own").
    manner: tuple[str, ...] = ()
    # Words that open a conditional clause ("if", «إذا»): a sentence cue inside one ("If the
    # customer has no list, we buy one") stays in it, past the comma.
    conditionals: tuple[str, ...] = ()
    # What opens the sentence after a claim and denies it, looking back ("We don't make them.",
    # «Dealix ليس كذلك»): the claim was someone else's.
    next_denials: tuple[str, ...] = ()
    # Words that may stand between an answer's «لا» / "no" and the negation it opens: «لا والله ما
    # يبيع عنك», "No, honestly, we never scrape" is one denial, not two negations that affirm.
    interjections: tuple[str, ...] = ()
    # What, in a line that introduces a list and ends in a colon, denies the items under it
    # ("The following are not permitted:", «ممنوع تماماً:»).
    list_denials: tuple[str, ...] = ()
    # What, after a colon that closes a list, denies every item of it as a whole ("Auto-send,
    # scraped lists, promised revenue: you won't find any of that in Dealix", «…: ولا شي منها»).
    list_summaries: tuple[str, ...] = ()
    # How a question opens that asserts rather than asks («هل تعلم أن», «وش رايك نجمع لك», "did
    # you know"): it makes its claim even with no answer after it (see decide.negated).
    assertive_questions: tuple[str, ...] = ()
    # Verbs of saying and promising: after a negation of one of them, a second negation limits
    # what is not said, it does not cancel the first («ما نعدك بأرقام ما نقدر نضمنها», "we don't
    # promise numbers we can't guarantee"); «ما فيه رسالة ما يرسلها النظام» still affirms.
    restricting_verbs: tuple[str, ...] = ()
    # Words that open a new clause with its own subject ("and we", «ونحن»): a negation before
    # them does not reach a claim after them ("We never scrape, and we guarantee results").
    clause_openers: tuple[str, ...] = ()
    # Words a gap (…) in a term never skips over: "Dealix never sends on its own" must not
    # match "Dealix …… send* … on its own" with the negation hidden inside the match.
    gap_stops: tuple[str, ...] = ()
    # Subjects ("we", «احنا», "Dealix"): one of them before the claim opens a clause of its own,
    # it is not the verb of a list's item ("We don't lie, we guarantee …").
    subjects: tuple[str, ...] = ()
    # Negations that govern a noun, not a verb: "No contracts, guaranteed results" lists two
    # things, it denies neither.
    nominal_cues: tuple[str, ...] = ()


class Negation(_Strict):
    ar: NegationLang
    en: NegationLang


class WordLists(_Strict):
    ar: tuple[str, ...] = ()
    en: tuple[str, ...] = ()


class MentionCues(_Strict):
    ar: tuple[str, ...]
    en: tuple[str, ...]
    # Titles of documents about wording (a style guide, a claims review): in them, a quoted
    # phrase, a list item or a table cell is an example, not copy.
    titles: WordLists = WordLists()
    # Titles of incident reports and post-mortems: in them a quoted phrase is what was said or
    # sent, reported; their lists and tables are the team's own (a remediation step is a claim).
    incidents: WordLists = WordLists()
    # A table column headed by one of these alone lists what not to do ("| Do | Don't |").
    columns: WordLists = WordLists()
    # Words that cite the quoted word after them as a word («كلمة «فوري»», "the term 'instant'").
    cited: WordLists = WordLists()
    # Words that may title a numbered step ("## Step 2: Diagnose", «## الخطوة ٣: التشخيص»): a
    # step named by the word alone claims nothing.
    steps: WordLists = WordLists()
    # Speaker labels of a transcript or a Q&A ("العميل:", "Prospect:", "Q:"): in a text that also
    # has lines of ours ("المندوب:", "Rep:", "A:"), the customer's lines are theirs, not our copy.
    customer_labels: WordLists = WordLists()
    team_labels: WordLists = WordLists()
    # What introduces a line of our own, ending in a colon ("Use this line:", «الرد المعتمد:»): the
    # quote under it is our script, copy we say, however the lines around it read.
    scripts: WordLists = WordLists()


class Required(_Strict):
    id: str
    paths: tuple[str, ...] = Field(min_length=1)
    message: Bilingual
    terms: tuple[str, ...] = ()
    from_catalog: Literal["bundles", "modes"] | None = None
    from_policy: Literal["category-ids"] | None = None
    must_exist: bool = False
    forbid_categories: tuple[str, ...] = ()  # claims here fail even under a suppression comment

    @model_validator(mode="after")
    def _does_something(self) -> Required:
        if not (self.terms or self.from_catalog or self.from_policy or self.must_exist or self.forbid_categories):
            raise ValueError("a required rule needs terms, from_catalog, from_policy, must_exist or "
                             "forbid_categories")
        return self


class Policy(_Strict):
    version: Literal[1]
    lexicon: dict[str, tuple[str, ...]] = {}
    categories: tuple[Category, ...]
    negation: Negation
    mention_cues: MentionCues
    required: tuple[Required, ...] = ()

    @field_validator("categories")
    @classmethod
    def _exact_categories(cls, value: tuple[Category, ...]) -> tuple[Category, ...]:
        ids = [c.id for c in value]
        missing = [i for i in CATEGORY_IDS if i not in ids]
        if missing:
            raise ValueError(f"missing categories: {', '.join(missing)}")
        if len(ids) != len(set(ids)):
            raise ValueError("a category id appears twice")
        return value

    @model_validator(mode="after")
    def _forbid_categories_known(self) -> Policy:
        for rule in self.required:
            for cat in rule.forbid_categories:
                if cat not in CATEGORY_IDS:
                    raise ValueError(f"required {rule.id}: unknown category {cat!r}")
        return self

    def category(self, cid: str) -> Category:
        for c in self.categories:
            if c.id == cid:
                return c
        raise KeyError(cid)


def load_policy(path: Path) -> Policy:
    """Read and validate the policy; raises SourceError naming file, line and key."""
    return _load(path)[0]


def _load(path: Path) -> tuple[Policy, YamlDoc]:
    return _load_cached(*file_identity(path))


@functools.lru_cache(maxsize=4)
def _load_cached(path: Path, _mtime: int, _size: int) -> tuple[Policy, YamlDoc]:
    doc = load_yaml(read_source(path), path)
    if not isinstance(doc.data, dict):
        raise SourceError(path, "the policy must be a YAML mapping", 1)
    return validate(Policy, doc, path), doc


def load_compiled(path: Path) -> CompiledPolicy:
    """The compiled policy (from the on-disk cache when the file is unchanged)."""
    from dealix_site.lint.cache import load_compiled as cached

    return cached(path)


def compile_validated(path: Path) -> CompiledPolicy:
    """Load, validate and compile; a term that does not compile is reported at its line."""
    from dealix_site.lint.compile import TermError, compile_policy

    policy, doc = _load_cached(*file_identity(path))
    try:
        return compile_policy(policy)
    except TermError as exc:
        key = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in exc.loc).replace(".[", "[")
        raise SourceError(path, str(exc), doc.line_of(exc.loc), key=key or None) from None
