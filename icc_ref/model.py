"""The records of the knowledge base and of an annotation: frozen dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal, TypeVar

from icc_ref.citation import parse_citation

Language = Literal["en", "fr", "ar", "es"]
LANGUAGES: tuple[Language, ...] = ("en", "fr", "ar", "es")

Method = Literal["exact", "fuzzy", "citation", "unrecorded"]  # unrecorded: cited, not in the base

CATEGORIES: tuple[str, ...] = (
    "institutions",
    "jurisdiction",
    "admissibility",
    "crimes",
    "principles",
    "investigation",
    "cooperation",
    "immunities",
    "confidentiality",
    "trial",
    "penalties",
    "appeal",
    "victims",
    "integrity",
    "membership",
    "instruments",
)

STAGES: tuple[str, ...] = (
    "general",
    "preliminary_examination",
    "investigation",
    "warrant_or_summons",
    "arrest_and_surrender",
    "confirmation_of_charges",
    "trial",
    "appeal",
    "reparations",
    "enforcement",
)


_T = TypeVar("_T")


def pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a frozen slotted dataclass as ``cls(*fields)``.

    The default goes through a per-object ``__setstate__`` written in Python; this loads the
    on-disk cache about twice as fast, which is most of a warm ``icc-ref lookup``.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]

    def __reduce__(self: Any) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, tuple(getattr(self, n) for n in names)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Division:
    """A Part of the Statute or a Chapter of the Rules."""

    number: str
    title: str


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Instrument:
    """A legal text: the Rome Statute, the Rules, the Regulations, the Elements of Crimes."""

    id: str
    name: str
    short_name: str
    unit: str
    edition: str
    url: str
    division: str = "Part"
    divisions: tuple[Division, ...] = ()
    adopted: str | None = None
    in_force: str | None = None

    def division_title(self, number: str | None) -> str | None:
        """The title of division ``number``, or None."""
        for div in self.divisions:
            if div.number == number:
                return div.title
        return None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Paragraph:
    """A numbered paragraph or lettered sub-paragraph, summarized in our own words."""

    number: str
    summary: str
    subparagraphs: tuple[Paragraph, ...] = ()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Provision:
    """An article, rule or regulation."""

    instrument: str
    number: str
    title: str | None
    url: str
    part: str | None = None
    summary: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    cross_references: tuple[str, ...] = ()
    deleted: str | None = None
    untitled: bool = False

    @property
    def citation(self) -> str:
        """The canonical citation of the whole provision, e.g. ``RS 58``."""
        return f"{self.instrument} {self.number}"

    def find(self, pinpoint: tuple[str, ...]) -> Paragraph | None:
        """The paragraph at ``pinpoint`` (e.g. ``("1", "b")``), or None when not recorded."""
        level: tuple[Paragraph, ...] = self.paragraphs
        found: Paragraph | None = None
        for label in pinpoint:
            found = next((p for p in level if p.number == label), None)
            if found is None:
                return None
            level = found.subparagraphs
        return found


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Alias:
    """One way of naming a concept in one language."""

    text: str
    lang: Language
    needs_context: bool = False
    exact: bool = False
    ambiguous: bool = False
    refers_back: bool = False  # "the Fund": linked only once the text has named the concept in full
    lookup_only: bool = False  # "The Hague": found by lookup and search, never linked in a text


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Clarification:
    """A common misreading of the law and what the provisions actually say."""

    misreading: str
    explanation: str
    provisions: tuple[str, ...]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Concept:
    """A legal idea readers meet in the news, tied to the provisions it rests on."""

    id: str
    name: str
    category: str
    stage: str
    summary: str
    aliases: tuple[Alias, ...]
    provisions: tuple[str, ...]
    related: tuple[str, ...] = ()
    clarifications: tuple[Clarification, ...] = ()
    narrows: str | None = None  # a specific kind of that concept: "Trial Chamber" of "Chambers"

    def names(self, lang: Language) -> tuple[str, ...]:
        """The alias texts in one language."""
        return tuple(a.text for a in self.aliases if a.lang == lang)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the input linked to a concept or to a provision.

    ``start``/``end`` are offsets into the decoded input string, so
    ``source[start:end] == text``.
    """

    start: int
    end: int
    text: str
    concept: str | None
    provisions: tuple[str, ...]
    score: float
    method: Method
    alias: str | None = field(default=None, compare=False)


@pickled_by_fields
@dataclass(frozen=True, slots=True, eq=False, repr=False)
class KnowledgeBase:
    """The validated, merged knowledge base: instruments, provisions and concepts by id.

    Compared and hashed by identity, so per-base caches can key on it.
    """

    instruments: dict[str, Instrument]
    provisions: dict[str, Provision]
    concepts: dict[str, Concept]
    notes: tuple[str, ...] = ()
    # language -> real words a letter or two from an alias word, never corrected into one alone
    known_words: dict[str, frozenset[str]] = field(default_factory=dict)

    def __repr__(self) -> str:  # the full repr runs to megabytes (and fills test reports)
        return (
            f"<KnowledgeBase: {len(self.instruments)} instruments, {len(self.provisions)} provisions, "
            f"{len(self.concepts)} concepts>"
        )

    def resolve(self, citation: str) -> tuple[Provision, Paragraph | None] | None:
        """The provision (and paragraph, for a pinpoint) a canonical citation names, or None."""
        cit = parse_citation(citation)
        provision = self.provisions.get(cit.provision)
        if provision is None:
            return None
        if not cit.pinpoint:
            return provision, None
        paragraph = provision.find(cit.pinpoint)
        return (provision, paragraph) if paragraph is not None else None

    def closest(self, citation: str) -> str | None:
        """The longest prefix of ``citation`` that resolves (``RS 58(9)`` -> ``RS 58``)."""
        cit = parse_citation(citation)
        if cit.provision not in self.provisions:
            return None
        pins = list(cit.pinpoint)
        while pins and self.provisions[cit.provision].find(tuple(pins)) is None:
            pins.pop()
        return cit.provision + "".join(f"({p})" for p in pins)

    def citing(self, provision: str) -> list[Concept]:
        """Concepts that cite ``provision`` (e.g. ``RS 58``) or one of its paragraphs."""
        return [
            c
            for c in self.concepts.values()
            if any(p == provision or p.startswith(provision + "(") for p in c.provisions)
        ]

    def title(self, citation: str) -> str:
        """A display title for a citation: ``RS 58(1) — Issuance by ...``."""
        provision = self.provisions.get(parse_citation(citation).provision)
        if provision is None:
            return citation
        if provision.deleted:
            return f"{citation} — (deleted)"
        return f"{citation} — {provision.title}" if provision.title else citation
