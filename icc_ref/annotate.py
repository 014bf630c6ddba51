"""Turn candidate matches into the final, non-overlapping mentions of a text.

The overlap and context policy lives here and only here:

* **score** — fuzzy candidates below ``min_score`` (default 80) are dropped; exact and
  citation matches score 100.
* **context** — an alias marked ``needs_context`` ("court", "chamber", "surrender",
  "confidential", "member states", "charges", "warrants" ...) is kept only when

  1. its paragraph, one of the two before or after it, or any within 600 characters (a news
     site's one-sentence paragraphs), holds an unconditional mention:
     a citation or an alias that needs no context ("ICC", "Rome Statute", "Pre-Trial
     Chamber" ...), matched as a phrase rather than loosely — "the court adjourned" in a
     story about a local trial stays plain. Only a term written as it is gives context: a
     fuzzy match (a misspelling, another word order, words inserted: "a warrant for the
     immediate arrest") needs it even for an alias that otherwise needs none. A paragraph
     that opens on another story (:data:`TOPIC_CHANGE`: "Separately, ...", "En otro caso,
     ...", "Meanwhile, ..."), or whose first words name a parliament or a court, judge or
     prosecutor tied to a State ("In Talvia's capital, a district court ...",
     :func:`_opens_on_another_body`), must hold it itself, and does not count toward the
     reach of the paragraphs around it (a national interlude does not cut an ICC story);
  2. the word just before it or the first content word after it, in its sentence, does not
     tie it to another institution or event (:data:`FOREIGN_QUALIFIERS`: "the
     constitutional court", "la Cour suprême", "national charges"); a concept's own
     qualifiers (:data:`CONCEPT_QUALIFIERS`) are looked for one content word further ("the
     garrison's surrender", "surrender their service weapons");
  3. it is not a verb that shares its word key (:data:`VERB_FORMS`: "jugé" is not "juges",
     also inside a fuzzy match; "la CPI juge" has no determiner), nor an Arabic one-word
     "محكمة" or back-reference without the article (a court, not the Court), nor followed by
     a word showing its everyday sense (:data:`EVERYDAY_NEXT`: "an appeal for calm";
     "warrants" as a verb), nor jurisdiction a State exercises, and, for "the court", not
     the possessor of the term after it ("the court's judges");
  4. its sentence names no national body near it (:func:`_national_bodies`: "the national
     Supreme Court", "a domestic trial", "the public prosecutor", "A Velmoran judge", "the
     Brisk Court of Appeal") unless the sentence has a term of its own; admissibility terms
     are exempt (:data:`_ABOUT_NATIONAL_PROCEEDINGS`).

* **sentence readings** — some general terms take the concept their sentence names
  (:data:`SENTENCE_CUES`: a deferral beside article 16 is the Council's), a negation before a
  State Party makes a State not party (:data:`NEGATED_READINGS`), and "the accused" is read
  by the right, presence or presumption its sentence speaks of, or not linked
  (:data:`CUED_ALIASES`).

  Every mention that passes is reported and linked, repeats included: counts per concept
  feed media monitoring, and a reader may start anywhere. (Linking a context word only
  once per text was tried: it raised precision on one labelled set and cut recall on a
  held-out one by more; see the README.)
* **back-references** — an alias marked ``refers_back`` ("the Fund", "the hearing", "le
  traité") is kept only after a full mention of its concept earlier in the text, and needs no
  other context; shared by several concepts, it refers to the one named last
  (:func:`named_before`).
* **extension** — a match inside a longer match of the same concept gives way to it,
  unless a match of another concept beats the longer one.
* **phrases** — a fuzzy match may not take the modifier of an exact phrase away from its
  head (the first words in English, the last in French, Spanish and Arabic): in "withdraw
  the ICC warrant", "ICC warrant" is a phrase, so "withdraw the ICC" (leaving the Court) is
  no reading; "impugnará la competencia de la Corte" keeps its challenge, which takes the
  head "competencia".
* **overlap** — candidates are taken greedily by weight (characters covered x score / 100,
  so a longer phrase beats the words inside it: "Chamber of Appeals" over "Appeals");
  loose bag matches, those with a non-function word inside ("ICC *issued* a warrant"),
  come only after all others, so "warrant of arrest" written out exactly is never
  swallowed by a looser reading of the words around it. A candidate that overlaps one
  already taken is dropped.
* **names** — the Court's or the Statute's full name at the end of a phrase becomes a mention
  of its own ("[handed over] to the [ICC]"; :func:`split_off_names`).
* **back-references** — a context word of a general concept ("the Chamber", "la Sala",
  "الدائرة", "appeal") links to the specific concept the text has named that ``narrows`` it
  ("Trial Chamber V ... the Chamber ruled" -> Trial Chamber): of several, the one named most
  often so far; see :func:`resolve_back_references`.
* **language** — with ``lang="auto"`` each paragraph's language is detected separately;
  single-word aliases fire only in their own language, phrases in any.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from unicodedata import normalize

from icc_ref.aliasindex import NAME_CONCEPTS, Entry
from icc_ref.citation import parse_citation
from icc_ref.language import detect_language_of_words
from icc_ref.matcher import NEGATIONS, STOPWORDS, Candidate, Index, Languages, find_candidates, record_number
from icc_ref.model import KnowledgeBase, Language, Mention
from icc_ref.normalize import Scan, keys, paragraphs, scan

DEFAULT_MIN_SCORE = 80.0
MAX_SPAN = 400  # no alias, bag or citation mention is longer than this many characters
_WORDS = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Annotation:
    """The mentions found in one text, sorted and non-overlapping."""

    source: str
    language: Language
    mentions: tuple[Mention, ...]
    languages: tuple[Language, ...] = ()  # per paragraph, in order
    # citations of the Court's instruments that the knowledge base does not record ("regulation
    # 54 of the Regulations of the Court"): not linked, listed (method "unrecorded")
    unrecorded: tuple[Mention, ...] = ()


CONTEXT_REACH = 2  # paragraphs before and after that can supply the context
HEADLINE_CHARS = 160
CONTEXT_CHARS = 600  # ... or any paragraph this close: a news site's one-sentence paragraphs
# A paragraph that opens by announcing another story ("Separately, a district court ...")
# borrows no context from its neighbours; it may still have its own.
TOPIC_CHANGE = re.compile(
    r"[\s#>*_-]*(?:separately|meanwhile"
    r"|in (?:a|an) (?:separate|unrelated) (?:case|development|matter|ruling|story)|in other news"
    r"|dans une affaire (?:distincte|séparée)|dans une autre affaire|dans un autre dossier"
    r"|par ailleurs|parallèlement"
    r"|en otro orden de cosas|en un caso (?:separado|distinto)|en otro caso|en un asunto distinto"
    r"|paralelamente|en paralelo|por otra parte|por otro lado|en un caso aparte|mientras tanto|entretanto"
    r"|at home,|au niveau national|a nivel nacional|أما على (?:المستوى|الصعيد) الوطني"
    # "Something similar played out, on a smaller stage, at the University of Port Selin"
    r"|something similar (?:played out|happened|unfolded|occurred)"
    # "Al margen del procedimiento ante la Corte, la evasión ha abierto una investigación penal"
    r"|al margen del? (?:procedimiento|proceso|caso)|en marge de la procédure|en marge du procès"
    r"|و?في سياق (?:منفصل|آخر)|و?في قضية (?:منفصلة|أخرى)|و?على صعيد آخر|و?من جهة أخرى)\b",
    re.IGNORECASE,
)
# ... or says, early on, that what follows is unrelated: "En Ciudad Meridia, y sin relación con
# el caso, el Tribunal Constitucional ..."
_UNRELATED = re.compile(
    r"\b(?:unrelated to|(?:sin|ninguna) relación con|sin vínculo con|sans (?:aucun )?(?:lien|rapport) avec"
    r"|n'a rien à voir avec|nothing to do with|n['’](?:est|était) pas concernée? par)"
    r"|لا علاقة له(?:ا|م)? ب",
    re.IGNORECASE,
)
UNRELATED_CHARS = 120
# ... or sits under a heading that announces an aside: "## Un paréntesis: los tribunales
# nacionales", "## Otra tribuna, otras reglas", "## 6. Comparaison avec la procédure nationale"
_ASIDE_HEADING = re.compile(
    r"\b(?:paréntesis|parenthèse|an aside|digression|a detour|un détour|un desvío|otra tribuna|autre tribune"
    r"|another forum"
    r"|separate note|side note|sidebar|nota aparte|note à part|encadré|recuadro|la justicia nacional"
    r"|la justice nationale|national courts|tribunales nacionales|juridictions nationales)\b"
    r"|استطراد|القضاء الوطني|المحاكم الوطنية",
    re.IGNORECASE,
)
_ATX_HEADING = re.compile(r"#{1,6}[ \t][^\n]*")  # a Markdown heading's line (not a "#hashtag")
# Words next to a context-dependent term that show it is about another institution or event:
# "the constitutional court", "a military surrender", "national charges", "la Cour suprême".
FOREIGN_QUALIFIERS: frozenset[str] = frozenset(
    keys(
        "national domestic local district constitutional supreme military civil regional federal "
        "municipal own high family provincial county magistrate magistrates phone bill bank banking "
        "university universitaire universitario universitaria "
        "nationale nationales nationaux constitutionnelle militaire suprême locale interne internes "
        "appel cassation bancaires copropriété "
        # a federation's or an arbitral body's: "le procureur disciplinaire", "les juges fédéraux"
        "fédéral fédérale fédéraux fédérales disciplinaire disciplinaires arbitral arbitrale arbitraux "
        "federales disciplinario disciplinaria disciplinarios arbitrales disciplinary arbitral "
        "supremo suprema constitucional nacional nacionales militar interno internos bancarios "
        "general generale générale legislative législative legislativa administrative administratif "
        "administrativo administrativa الإدارية "
        "european européen européenne europeo europea "
        "العليا الدستورية الوطنية المحلية العسكرية الوطني الأوروبية الأوروبي"
    )
)
# Words that tie one concept only to something else: a surrender of troops or weapons, or the
# delivery (تسليم) of aid, is not a surrender to the Court, and a ruling "ratified" on appeal is
# not a ratification; but "rape as a weapon of war" and
# "the commander's troops" are the crimes and the liability the Statute is about.
CONCEPT_QUALIFIERS: dict[str, frozenset[str]] = {
    "surrender": frozenset(
        keys(
            "army troops rebels garrison division weapons arms passport passports passeport pasaporte "
            "music moral "
            "المساعدات الإغاثة الأسلحة السلاح جواز"
        )
    ),
    # a member of parliament's immunity is national law's, not a head of State's, and so is
    # its lifting ("رفع الحصانة البرلمانية", "la levée de l'immunité parlementaire"); the body's
    # immunity is no one's ("herd immunity", "vaccine immunity", "immunity to the virus")
    **{
        c: frozenset(
            keys(
                "parliamentary parlementaire parlamentaria البرلمانية herd vaccine natural acquired innate "
                "virus infection disease collective colectiva criticism scrutiny parking exchange "
                "médical médicale médico médica vaccinale misinformation disinformation propaganda "
                "rebaño troupeau"
            )
        )
        for c in ("head_of_state_immunity", "waiver_of_immunity")
    },
    # a courtyard: "la cour de l'ancien palais"
    "international_criminal_court": frozenset(
        keys(
            "palace palais palacio قصر school école escuela récréation ferme farm "
            "king rey roi reine reina royal faire fait faisons font faisait التأديبية disciplinary "
            # the court of public opinion, a building's courtyard, an exam board
            "opinion bâtiment immeuble examen "
            # "la cour de l'ambassade": an embassy's courtyard
            "ambassade embajada promenade"
        )
    ),
    # an appeal for help: "a radio appeal", "un appel humanitaire", "appeal to supporters for donations";
    # the appeal of an idea, its attraction: "the real appeal of that reasoning", "the appeal of
    # a summer blockbuster"
    **{
        c: frozenset(
            keys(
                "radio televised humanitarian humanitaire humanitario إنساني supporters donations donors "
                "fundraising volunteers calm restraint real obvious broad popular mass wide emotional "
                "intuitive enduring visual superficial electoral argument reasoning idea blockbuster film "
                "movie notion little المحادثات المفاوضات الحوار المباحثات نادي الرحلات الدراسة لجنة البث "
                # "استئناف رحلاتها", "استئناف العمل": a resumption
                "رحلاتها رحلاتهم العمل عملها أعمالها نشاطها الملاحة الإنتاج الإمدادات العلاقات الدروس "
                "النقاش الحلقة البرنامج تدريباته تدريباتها تدريباتهم التدريبات المباريات مبارياته الدوري"
            )
        )
        for c in ("appeal", "appeal_against_judgment")
    },
    # a room of a house, or of a press centre: "la sala de su casa", "la sala de prensa"
    **{
        c: frozenset(
            keys(
                "casa hogar apartamento piso maison appartement house home flat colegio prensa conferencias "
                "espera estar reuniones cine teatro hotel hôtel máquinas embarque lectura estudio profesores "
                "audiencias الشبهات انتخابية الانتخابية "
                "الضوء الفقر العنف"  # "دائرة الضوء": the spotlight; a circle of poverty, of violence
            )
        )
        for c in ("chambers", "trial_chamber", "pre_trial_chamber", "appeals_chamber")
    },
    # a sentence of a text: "a single sentence of the judgment", "one sentence in paragraph 212",
    # "read the sentence slowly"
    "sentencing": frozenset(
        keys(
            "single verb careless paragraph slowly aloud opening closing speech teacher letter novel "
            "suspended clause clauses filing filings section second third last each spokesperson spokesman "
            "spokeswoman journalist journalists favourite favorite description caption blurb essay grammar "
            "sheet unfinished interpreter interpreters"
        )
    ),
    # a breach of courtesy, a closed session of a summit
    "grave_breaches": frozenset(keys("courtesy protocol etiquette trust contract")),
    "closed_session": frozenset(keys("summit cabinet board delegates قمة قمتها القمة")),
    # fees and bills: "cover charges", "connection charges", "charges de fonctionnement"
    "charges": frozenset(
        keys(
            "cover connection electricity utility service delivery roaming fees fonctionnement locatives "
            "sociales luz agua teléfono الكهرباء port harbour disciplinary battery phone overnight personnel "
            "local loyer travail mentale émotionnelle lourde financière fully laptop laptops headphones "
            "earbuds appartement logement immeuble enormous symbolic"
        )
    ),
    # an arbitrator's disqualification: "la récusation d'un arbitre" (a sports tribunal's)
    "disqualification_of_judges": frozenset(keys("arbitre arbitres arbitrator arbitrators árbitro árbitros")),
    # a land or company registry, a ministry's budget, an indicator light ("témoin lumineux")
    "registry": frozenset(
        keys(
            "land property company companies business civil commercial vehicle gift wedding "
            # a transplant, a graft: "une greffe de rein", "un atelier de greffe des rosiers"
            "rein reins organe organes moelle foie cœur coeur cornée peau poumon poumons pancréas "
            "rosiers arbres plantes pommiers poiriers cerisiers "
            "fruitiers vignes tomates légumes"
        )
    ),
    "financing_of_the_court": frozenset(
        keys("ministry municipal household للأمم الأمم fatigue deficit deficits")
    ),
    "arrears_in_contributions": frozenset(keys("العدالة")),  # "العدالة المتأخرة": justice delayed
    "witness": frozenset(keys("lumineux lumineuse")),
    # a parliamentary bill's amendments, not the Statute's
    "amendments": frozenset(keys("bill clause clauses")),
    # the victims of an accident or a disaster
    "victim": frozenset(keys("accident crash earthquake flood الحادث حادث حوادث الطرق الزلزال الفيضانات")),
    # a journalist's confidential source, not a filing's classification
    "classification_of_filings": frozenset(
        keys(
            "tip tips source sources informant informants interview briefing memo conversation contract "
            "contracts supplier merger mergers hotline hotlines helpline"
        )
    ),
    # a judge's expertise: "une compétence reconnue en droit pénal" (article 36(3)(b))
    # ... or a skill: "la compétence linguistique d'un interprète"
    "preconditions_to_jurisdiction": frozenset(
        keys(
            "reconnue reconnues linguistique linguistiques professionnelle professionnelles technique "
            "techniques"
        )
    ),
    # a witness summoned, not a suspect's summons to appear (article 58(7)): "summoned as witnesses"
    "summons_to_appear": frozenset(keys("witness witnesses témoin témoins testigo testigos")),
    # the admissibility of evidence (article 69(4)), not of a case: "a contesté la recevabilité de
    # certaines déclarations"
    **dict.fromkeys(
        ("challenge_to_jurisdiction_or_admissibility", "admissibility"),
        frozenset(
            keys(
                "déclarations déclaration preuve preuves témoignage témoignages pièces declaraciones "
                "declaración pruebas prueba testimonio testimonios statements statement evidence testimony"
            )
        ),
    ),
    # a term of office: "dont le mandat expire en juin", "un mandat présidentiel"
    # ... "le mandat du maire", "dont le mandat s'achève en mai", "un mandat de neuf ans"; a
    # mission's: "le renouvellement du mandat de la mission de paix"
    "arrest_warrant": frozenset(
        keys(
            "expire présidentiel électoral parlementaire renouvelable maire achève termine ans années "
            "mission missions opération opérations paix "
            # "la orden del día": an agenda; "le mandat de dépôt", "le mandat d'amener": a State's
            # committal and bring-in orders
            "día dépôt amener"
        )
    ),
    # Spanish "ratificar" also means to uphold: "la Sala ratificó la condena"
    "signature_and_ratification": frozenset(
        keys("condena condenas sentencia pena fallo decisión acusación absolución resolución cargos orden")
    ),
}

# ... and words that do so as the next content word only: the members "of the Security
# Council", "de l'Union européenne" are no States Parties ("member states and the Council" are)
CONCEPT_NEXT_QUALIFIERS: dict[str, frozenset[str]] = {
    # "une expérience du procès pénal": criminal trials at large (a candidate's experience)
    "trial": frozenset(keys("pénal pénaux")),
    # "ميزانية الأسرة": a household's budget
    "financing_of_the_court": frozenset(keys("الأسرة العائلة المنزل household")),
    # "la audiencia de su medio", "l'audience de l'émission": a news outlet's audience
    "confirmation_of_charges": frozenset(
        keys(
            "medio programa emisora canal periódico diario émission chaîne télévisée retransmission "
            "retransmisión transmisión emisión"
        )
    ),
    # "the bureau de change": a money changer
    "bureau_of_the_assembly": frozenset(keys("change")),
    # "la réparation du toit": a repair
    "reparations": frozenset(keys("toit toits maison vélo montre téléphone route pont")),
    # "اختصاصه في طب العيون": a doctor's speciality; "من اختصاص الدائرة التمهيدية": a Chamber's
    # power
    "preconditions_to_jurisdiction": frozenset(keys("طب الدائرة دائرة")),
    # "la orden de entrega firmada por el Gobierno": a State's surrender order (article 59(7))
    "arrest_warrant": frozenset(keys("entrega")),
    # "les modalités ont été arrêtées d'un commun accord": agreed on, not arrested
    "arrest_in_custodial_state": frozenset(keys("commun")),
    # "la greffière d'audience": a court officer of the Registry, not the Registrar
    "registrar": frozenset(keys("audience")),
    # "la Secretaría de Estado", "la Secretaría de la Asamblea" (the Assembly's secretariat)
    # ... "le greffe de la prison", "le greffe de la maison d'arrêt": a prison's records office
    "registry": frozenset(
        keys("estado asamblea seguridad hacienda gobierno comercio economía naciones onu prison maison")
    ),
    # the languages of another organisation: "the official languages of the United Nations"
    "official_languages": frozenset(
        keys("united nations naciones unidas unies onu union unión européenne europea الأمم المتحدة")
    ),
    # "المعاهدة الثنائية", "le traité bilatéral", "el tratado de extradición": another treaty
    "rome_statute": frozenset(
        keys("الثنائية الثنائي bilatéral bilatérale bilateral extradition extradición")
    ),
    "state_party": frozenset(
        keys(
            "council conseil consejo مجلس union unión الاتحاد league ligue liga جامعة oea oas organización "
            "opec أوبك منظمة convention convención covenant pacte اتفاقية التكتلات التكتل تكتل bloc blocs "
            "bloque bloques"
        )
    ),
    # "charge the recorder": a battery
    "charges": frozenset(keys("recorder recorders")),
    # "المساعدة القانونية المتبادلة": mutual legal assistance between States, not legal aid
    "rights_of_the_accused": frozenset(keys("المتبادلة")),
    # "يلتزم الصمت المتحدث باسم الحكومة": a spokesman keeps silent
    "rights_during_investigation": frozenset(keys("المتحدث المتحدثة الناطق الناطقة الحكومة الوزارة الوزير")),
}

# ... and words that do so right before it: "African Union member states"
CONCEPT_PREV_QUALIFIERS: dict[str, frozenset[str]] = {
    "state_party": frozenset(keys("union league")),
    # "the university registrar who handles your enrolment"
    "registrar": frozenset(keys("university school college hospital company land")),
    # "يعانون الوحدة", "الشعور بالوحدة": loneliness, not the Victims and Witnesses Unit
    "victims_and_witnesses_unit": frozenset(keys("يعانون يعاني تعاني يعانين الشعور شعور")),
    # a verb: "the service should budget for visits"; "الوقت الذي قضاه" (the time he spent), whose
    # last letter folds as the judges' (قضاة) does
    "financing_of_the_court": frozenset(
        keys("should must would could will can may to justice health education defence defense police prison")
    ),
    # ... and "the investigating judge", a national one: the Court has none
    "judges": frozenset(keys("الذي التي investigating examining competent")),
    # the victims of a fraud, a scam, a burglary: "fraud victims who want their day in court"
    "victim": frozenset(
        keys("fraud scam burglary theft robbery phishing cyber traffic road fire storm hurricane")
    ),
    # a company's securities: "your share warrants", "stock warrants"
    "arrest_warrant": frozenset(keys("share shares stock subscription")),
    # "commercially confidential data", "log it in your matter registry"
    "classification_of_filings": frozenset(keys("commercially")),
    "registry": frozenset(keys("matter")),
    # "the education trust fund her husband set up": a family's
    "trust_fund_for_victims": frozenset(
        keys(
            "education family private pension charitable college investment sovereign university scholarship"
        )
    ),
    # "its Office of the State Prosecutor", "the Public Prosecutor": a national service
    **{
        c: frozenset(keys("state public district military"))
        for c in ("prosecutor", "office_of_the_prosecutor")
    },
    # "Our winter appeal funds the clinic": a call for donations
    "appeal": frozenset(
        keys("winter summer christmas annual fundraising emergency charity holiday spring autumn")
    ),
}

COURT = "international_criminal_court"

# Names of other bodies and things that begin with the last word of a context term: "la Cour"
# in "la Cour internationale de justice", "la Chambre" in "la Chambre des représentants",
# "statut" in "statut de réfugié". A term followed by the rest of such a name is not linked.
_OTHER_BODY_NAMES = (
    "court of justice|cour internationale de justice|cour de justice|cour européenne|cour interaméricaine|"
    "cour africaine|corte internacional de justicia|corte de justicia|corte europea|corte interamericana|"
    "corte africana|محكمة العدل|المحكمة الأوروبية|المحكمة الأفريقية|"
    "chamber of commerce|chambre de commerce|chambre des représentants|chambre des députés|"
    "chambre des communes|chambre des lords|chambre haute|chambre basse|cámara de comercio|"
    "chambre d'agriculture|chambre des métiers|chambre de métiers|chambre régionale|chambre des notaires|"
    "chambre d'hôtes|chambre d'hôte|chambre d'amis|chambre d'hôtel|chambre froide|chambre à coucher|"
    "statut du personnel|estatuto del personal|statut de réfugié|statut d'observateur|"
    "statut d'état observateur|statut de victime|statut spécial|"
    "statut d'autonomie|estatuto de refugiado|estatuto de autonomía|estatuto de observador|"
    # national courts and judges of the French and Arabic systems
    "cour d'assises|cour d'appel|cour de cassation|juge d'instruction|juge des libertés|juge des enfants|"
    "chambre d'accusation|chambre de l'instruction|chambre correctionnelle|arrêt européen|réparation pénale|"
    "محكمة الجنايات|محكمة الاستئناف|محكمة النقض|محكمة الجنح|محكمة أمن الدولة|قاضي التحقيق|"
    # and of the English and Spanish ones
    "court of appeal|court of appeals|court of first instance|prosecutor general|procureur général|"
    "sala penal|sala de lo penal|cámara de apelaciones|cámara federal|juez de garantías|juez de instrucción|"
    "jueces de instrucción|"
    "juez federal|tribunal superior|corte superior|cour supérieure|"
    # and what an appeal, not a case, may be: "Admissibility of the appeal"
    "admissibility of the appeal|recevabilité de l'appel|admisibilidad del recurso|"
    "admisibilidad de la apelación|"
    # ... or evidence (article 69(4)), not a case (article 17)
    "admissibility of evidence|admissibility of the evidence|recevabilité des preuves|"
    "admissibility of a record|admissibility of the record|admissibility of a statement|"
    "admissibility of the statement|admissibility of the testimony|"
    "recevabilité des éléments de preuve|admisibilidad de la prueba|admisibilidad de las pruebas|"
    "مقبولية الأدلة|"
    # a record of a meeting, a sports tribunal
    "procès-verbal|procès-verbaux|المحكمة الرياضية|محكمة التحكيم الرياضي|"
    # a court of cassation; the judges who oversee prisons and parole at home
    "comité de apelación|comité d'appel|comisión de apelación|appeals committee|appeal committee|"
    "appeals board|appeal board|دائرة النقض|"
    "tribunal arbitral du sport|court of arbitration for sport|tribunal arbitral del deporte|"
    "european court of human rights|european court of justice|inter-american court|"
    "محكمة التمييز|المحكمة الإدارية|juez de vigilancia penitenciaria|juge de l'application des peines|"
    "juez de ejecución penal|secretario general|secrétaire général|presidencia de la república|"
    "présidence de la république|presidencia del gobierno|"
    "tribunal de arbitraje deportivo|court of human rights|cour des droits de l'homme|"
    "corte de derechos humanos|tribunal de derechos humanos|محكمة حقوق الإنسان|"
    # the European courts by their seats: "la Cour de Strasbourg"
    "cour de strasbourg|cour de luxembourg|corte de estrasburgo|corte de luxemburgo|"
    "tribunal de estrasburgo|strasbourg court|luxembourg court|محكمة ستراسبورغ|"
    # courts for young people, families and lesser offences
    "youth court|juvenile court|family court|crown court|county court|tribunal correctionnel|"
    "tribunal de police|tribunal pour enfants|tribunal de menores"
)
OTHER_BODIES: dict[str, list[tuple[str, ...]]] = {}
# ... and the same names by a later word, for a term inside one: "Appeal" in "the Brisk Court of
# Appeal", "Apelaciones" in "la Cámara de Apelaciones": word -> (the words before, from it on)
OTHER_BODY_TAILS: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
_NOT_A_BODY = frozenset(keys("admissibility recevabilité admisibilidad مقبولية"))  # "of the appeal" is one
for _name in _OTHER_BODY_NAMES.split("|"):
    _ks = keys(_name)
    OTHER_BODIES.setdefault(_ks[0], []).append(_ks)
    for _p in range(1, len(_ks)):
        if _ks[_p] not in STOPWORDS and _ks[0] not in _NOT_A_BODY:
            OTHER_BODY_TAILS.setdefault(_ks[_p], []).append((_ks[:_p], _ks[_p:]))

# the word after each name's first word, and before each of its later ones: one set look-up
# rules most terms out before the names are compared (every name has two words or more)
_SECOND_WORDS = {first: frozenset(n[1] for n in names) for first, names in OTHER_BODIES.items()}
_WORDS_BEFORE = {word: frozenset(h[-1] for h, _ in tails) for word, tails in OTHER_BODY_TAILS.items()}

# Verbs that share a word key with a one-word alias: "judged" and "jugé" (tried) fold to the
# keys of "judges" and "juges", yet they name an act, not the Court's judges; "chargée du
# procès" is in charge of the trial, not charged.
VERB_FORMS: dict[str, frozenset[str]] = {
    "judges": frozenset({"judged", "judging", "jugé", "jugés", "jugée", "jugées"}),
    "charges": frozenset({"chargé", "chargée", "chargés", "chargées"}),
    "witness": frozenset({"witnessed", "witnessing"}),  # "we have witnessed a change"
    # "un gouvernement accuse le Bureau du Procureur": the verb, not "l'accusé"
    "rights_of_the_accused": frozenset({"accuse", "accusent", "accusait", "accusaient", "accusera"}),
}


# real words a fuzzy match reads as an alias word one letter away, where they complete its
# phrase: "المقبلة" (next) is not "مقبولة" (admissible)
_READ_AS_ANOTHER_WORD: dict[str, frozenset[str]] = {
    "admissibility": frozenset({"المقبلة", "المقبل", "مقبلة", "والمقبلة"}),
    # "Cours de droit international pénal" (a university course) is no "Cour pénale internationale"
    COURT: frozenset({"Cours", "cours", "COURS"}),
}


def _word_before(text: str, pos: int) -> str:
    """The word that ends just before ``pos`` (lowercased), or "" at the start of the text."""
    before = _WORDS.findall(text, max(0, pos - 12), pos)
    return before[-1].lower() if before else ""


def _arabic_definite(text: str) -> bool:
    """True when a word of ``text`` carries the Arabic article, after one-letter prefixes
    (المحكمة, بالمحكمة, للمحكمة): "the Court", not "a court"."""
    return any(w.lstrip("وفبك").startswith(("ال", "لل")) for w in text.split())


# "المحكمة التجارية", "المحكمة العليا", "المحكمة العسكرية": a court of a kind, not the Court
_ARABIC_COURT_KIND = re.compile(
    "\\s+(?:ال)?(?:تجارية|عليا|دستورية|عسكرية|إدارية|ادارية|مدنية|ابتدائية|شرعية|اتحادية|جزائية|وطنية"
    "|محلية|إقليمية|اقليمية|أوروبية|اوروبية|أفريقية|افريقية|استئنافية)\\b"
)
# what a verb "juge" takes after it: "la Chambre le juge inapte", "qu'elle juge nécessaire"
_JUDGED_AS = re.compile(
    r" (?:inaptes?|aptes?|coupables?|recevables?|irrecevables?|nécessaires?|utiles?|opportune?s?|fondée?s?"
    r"|appropriée?s?|pertinente?s?|souhaitables?|indispensables?|bon|bonne|justifiée?s?"
    r"|crédibles?|suffisante?s?|prématurée?s?)\b",
    re.IGNORECASE,
)
_FRENCH_SUBJECTS = frozenset("il elle on ils elles qui".split())  # before a verb: "si elle enquête"
# ... and with an object pronoun: "si elle la juge excessive"
_SUBJECT_AND_OBJECT = re.compile(
    rf"\b(?:{'|'.join(sorted(_FRENCH_SUBJECTS))}) (?:le|la|les|l['’]) ?$", re.IGNORECASE
)
_FRENCH_DETERMINERS = frozenset(
    "le la un une du au ce cette chaque son sa leur notre votre quel quelle tout seul premier l d".split()
)
_SPANISH_DETERMINERS = frozenset("el la un una del al este esta ese esa su cada nuevo nueva".split())
# French and Spanish names of a judge or prosecutor, written in lower case: without a determiner
# before them ("comme juge, procureur, avocat", "trabajó como fiscal y juez") a profession
_PROFESSIONS = frozenset("procureur fiscal juez jueza magistrado magistrada".split())
_DETERMINERS = _FRENCH_DETERMINERS | _SPANISH_DETERMINERS


def _a_profession(text: str, c: Candidate) -> bool:
    """True when ``c`` is one of :data:`_PROFESSIONS` named without a determiner, or an English
    one in a career ("experience as judge, prosecutor, advocate")."""
    if c.words != 1:
        return False
    written = text[c.start : c.end]
    if written in _PROFESSIONS:
        return _word_before(text, c.start) not in _DETERMINERS
    if written not in ("judge", "prosecutor") or _OF_THE_COURT_AFTER.match(text, c.end):
        return False  # "served as prosecutor of the International Criminal Court": the Court's own
    career = _A_CAREER_AS.search(text, max(0, c.start - 80), c.start)
    # ... in a list of them: "experience as judge, prosecutor, advocate or in other similar capacity"
    return career is not None and (
        career.group("listed") is not None or _A_LIST_GOES_ON.match(text, c.end) is not None
    )


_A_CAREER_AS = re.compile(
    r"\b(?:experience|career|background|worked|working|served|capacity)\b[^.;:]{0,40}"
    r"\bas (?P<listed>(?:[a-z-]+, )+)?$"
)
_A_LIST_GOES_ON = re.compile(r"(?:,\s*[a-z]| or | and )")
_OF_THE_COURT_AFTER = re.compile(
    r" (?:of|at|in|with|for) (?:the )?(?:ICC|International Criminal Court|Court)\b"
)


# One-word aliases that the next word shows are meant in their everyday sense: "an appeal for
# calm", "appealed for restraint" ask for something; they are not appeals against a judgment.
EVERYDAY_NEXT: dict[str, frozenset[str]] = {
    # "Senior Appeals Counsel": a post; "an appeal voters have heard": a plea
    "appeal": frozenset({"for", "among", "counsel", "voters"}),
    # a civil registry: "married at the registry office"
    "Registry": frozenset({"office", "offices"}),
    # a career: "six years in the prison service"
    "years in prison": frozenset({"service"}),
    # a clinic's, not a victim's: "interim release to a rehabilitation clinic"
    "rehabilitation": frozenset({"clinic", "clinics", "hospital", "ward", "wards"}),
    # "new trial activity" in a budget: more trials, not a retrial
    "new trial": frozenset({"activity", "activities", "capacity"}),
    # tax evasion: "la evasión fiscal", "l'évasion fiscale"
    **{a: frozenset({"fiscal", "fiscale", "tributaria", "impositiva"}) for a in ("evasión", "évasion")},
    # "la audiencia televisiva": the viewers; "a legal aid clinic": a local service
    **{a: frozenset({"televisiva", "radiofónica", "récord"}) for a in ("audiencia", "la audiencia")},
    "legal aid": frozenset(
        {
            "clinic",
            "clinics",
            "centre",
            "center",
            "society",
            "office",
            "lawyers",
            "charity",
            "network",
            "collective",
            "association",
            "foundation",
            "project",
            "agency",
            "board",
            "service",
            "services",
        }
    ),
    # a country's statute book; a national law named after extradition ("the Extradition Act")
    **{a: frozenset({"book", "books"}) for a in ("statute", "Statute")},
    **{
        a: frozenset({"act", "acts", "law", "laws", "bill", "ordinance", "treaty", "treaties"})
        for a in ("extradition", "Extradition")
    },
    # "لاستئناف ترتيبات السفر": to resume something, not an appeal
    "الاستئناف": frozenset(
        {
            "ترتيبات",
            "الرحلات",
            "الرحلة",
            "العمل",
            "المفاوضات",
            "المحادثات",
            "الدراسة",
            "الحوار",
            "النشاط",
            "توزيع",
            "التوزيع",
        }
    ),
    # the United Nations' regular budget, not the Court's: "la ONU para su presupuesto ordinario"
    "presupuesto": frozenset({"ordinario"}),
    # posts, not charges: "los cargos públicos", "los cargos directivos"
    "los cargos": frozenset(
        {
            "públicos",
            "directivos",
            "electos",
            "políticos",
            "diplomáticos",
            "vacantes",
            "ejecutivos",
            "técnicos",
        }
    ),
    # a sports federation's: "los jueces deportivos", "les juges sportifs"
    **{a: frozenset({"deportivos", "deportivas", "sportifs", "sportives"}) for a in ("jueces", "juges")},
    # a memorandum or a written submission, not a warrant: "المذكرات المكتوبة" (rule 121(9)),
    # "المذكرة الدبلوماسية", "مذكرة التفاهم"
    "المذكرة": frozenset(
        {
            "المكتوبة",
            "مكتوبة",
            "الختامية",
            "الدبلوماسية",
            "التفسيرية",
            "الإيضاحية",
            "الشفوية",
            "التفاهم",
            "تفاهم",
        }
    ),
    # a job in a courtroom, not the Court: "the court officer showed the witness out"
    **{
        a: frozenset({"officer", "officers", "usher", "ushers", "clerk", "clerks", "reporter", "reporters"})
        for a in ("the court", "the Court", "court")
    },
}


# Acronyms the Court shares with others, and words that give the other one away in the same
# paragraph: the International Cricket Council ("the ICC's T20 World Cup"), Brazil's
# parliamentary inquiries ("a CPI do Senado").
ACRONYM_DECOYS: dict[str, frozenset[str]] = {
    "ICC": frozenset(keys("cricket t20 odi wicket wickets batsman batter bowler innings ipl bcci")),
    # ("do", of the, is Portuguese only; not "senado", "câmara": Spanish writes "el Senado", "la Cámara")
    "CPI": frozenset(keys("do deputados deputado inquérito comissão cpmi relatório investigação")),
}
_DECOY_WORDS: frozenset[str] = frozenset().union(*ACRONYM_DECOYS.values())
# Every word that may tie a concept's term to something else: the quick test of _foreign
_QUALIFIERS_OF: dict[str, frozenset[str]] = {
    c: FOREIGN_QUALIFIERS.union(
        CONCEPT_QUALIFIERS.get(c, ()), CONCEPT_NEXT_QUALIFIERS.get(c, ()), CONCEPT_PREV_QUALIFIERS.get(c, ())
    )
    for c in {*CONCEPT_QUALIFIERS, *CONCEPT_NEXT_QUALIFIERS, *CONCEPT_PREV_QUALIFIERS}
}

# Of those, the ones that qualify a following noun in English and a preceding one in French and
# Spanish ("the General Assembly", "l'Assemblée générale", "la Asamblea General"): after an
# English term they say nothing about it ("the Prosecutor, over a family link").
QUALIFIERS_BEFORE_IN_ENGLISH: frozenset[str] = frozenset(
    keys(
        "general legislative national domestic local district constitutional supreme military civil "
        "regional federal municipal own high family provincial county european administrative"
    )
)


def _read(text: str, lang: Language | str) -> tuple[list[tuple[int, int]], list[Language], Scan]:
    """The paragraphs of ``text``, the language of each (``lang``, or detected for "auto"), and
    its words."""
    spans = paragraphs(text) or [(0, len(text))]
    words = scan(text)
    if lang == "auto":
        langs: list[Language] = [detect_language_of_words(words.keys, words.starts, s, e) for s, e in spans]
    else:
        langs = [lang] * len(spans)  # type: ignore[list-item]
    return spans, langs, words


def match_only(text: str, kb: KnowledgeBase, index: Index, lang: Language | str = "auto") -> list[Candidate]:
    """The matching stage of :func:`annotate_text` alone: every candidate its words, exact and
    fuzzy matching and citations give, before any rule of context, sense or overlap is applied.
    The benchmark times it apart, to show what the matching costs and what the rules do."""
    spans, langs, words = _read(text, lang)
    starts = [s for s, _ in spans]
    return list(find_candidates(text, index, kb, Languages(starts, langs), words, set(words.keys)))


def annotate_text(
    text: str,
    kb: KnowledgeBase,
    index: Index,
    lang: Language | str = "auto",
    min_score: float | None = None,
) -> Annotation:
    """Find the mentions of ``text``; offsets are into ``text`` itself."""
    floor = DEFAULT_MIN_SCORE if min_score is None else min_score
    spans, langs, words = _read(text, lang)
    starts = [s for s, _ in spans]
    per_para: list[list[Candidate]] = [[] for _ in spans]
    distinct = set(words.keys)
    unrecorded: list[Mention] = []
    for cand in find_candidates(text, index, kb, Languages(starts, langs), words, distinct):
        if cand.method == "unrecorded":
            unrecorded.append(cand.mention(text))
        elif cand.score >= floor:
            per_para[(bisect_right(starts, cand.start) or 1) - 1].append(cand)
    if not OTHER_BODY_TAILS.keys().isdisjoint(distinct):
        # even a term standing alone may not start inside another body's name: "Appeal's judgment"
        # of "the Court of Appeal's judgment"
        per_para = [_without_starts_inside_bodies(cands, words) for cands in per_para]
    if _THAT_COURT_KEYS.issubset(distinct) or not _THAT_COURT_WORDS.isdisjoint(distinct):
        # ... nor be that of a court pointed at: "the Appeal Chamber of that court"
        per_para = [_without_that_courts(cands, text) for cands in per_para]
    if _ACT in distinct:  # ... nor the Court's name in a law's: "International Criminal Court Act"
        per_para = [
            [c for c in cands if not (c.concept == COURT and _AN_ACTS_NAME.match(text, c.end))]
            for cands in per_para
        ]
    if _CRIMINAL_AR in distinct or _FISCAL in distinct:  # ... nor a term's words that are adjectives
        per_para = [[c for c in cands if not _qualifies_a_noun(text, c)] for cands in per_para]
    if not _DECOY_WORDS.isdisjoint(distinct):  # rare: look closer, paragraph by paragraph
        per_para = [
            _without_decoyed_acronyms(cands, words, span) for cands, span in zip(per_para, spans, strict=True)
        ]
    # what gives a paragraph its ICC context: a term that needs none, written as it is (a fuzzy
    # match, "a warrant for the immediate arrest", "the prosecutor's office", is too weak to
    # vouch for the rest, or for itself)
    anchored = [any(map(_stands_alone, cands)) for cands in per_para]
    disowning = not _DISOWNING_KEYS.isdisjoint(distinct)
    if disowning or not _CONTRAST_KEYS.isdisjoint(distinct):
        # ... but not the Court's name in words that say the story is not the Court's
        anchored = [
            a and _anchors(cands, text, span, disowning)
            for a, cands, span in zip(anchored, per_para, spans, strict=True)
        ]
    back = any(map(_REFERS_BACK, chain.from_iterable(per_para)))
    chosen: list[Candidate] = []
    named: dict[str, int] = {}  # concept -> start of its last full mention so far
    articles: dict[str, int] = {}  # article or rule cited ("RS 19") -> start of its last citation
    bodies = _national_bodies(words, distinct, text)  # the words naming a national body ...
    courts = []  # ... or another court: by its known name, or a name in capitals
    if not _COURT_NAMES.keys().isdisjoint(distinct):
        courts += _other_courts(words, distinct)
    if _TRIBUNAL in distinct:
        courts += _named_tribunals(text, words)
    if _COURT in distinct:
        courts += _named_courts(text, words)
    if courts:
        bodies = sorted({*bodies, *courts})
    asides: dict[int, bool] = {}
    negations = not _NEGATION_KEYS.isdisjoint(distinct)  # no negation word: no negated reading
    under_aside = _under_aside_headings(text, spans, anchored) if "#" in text else frozenset()

    def aside(j: int) -> bool:
        """True when paragraph ``j`` tells another story: no term of its own standing alone,
        and an opening such as "Separately" or one that names a national body."""
        if j not in asides:
            opening = spans[j][0]
            asides[j] = not anchored[j] and (
                j in under_aside
                or TOPIC_CHANGE.match(text, opening) is not None
                or _UNRELATED.search(text, opening, min(spans[j][1], opening + UNRELATED_CHARS)) is not None
                or _opens_on_another_body(words, opening)
                or _DISOWNS_THE_COURT.search(text, opening, spans[j][1]) is not None
                or _closing_contrast(text, spans[j]) <= spans[j][1]
            )
        return asides[j]

    def passed_over(j: int) -> bool:
        """True when paragraph ``j`` does not count in the reach of context: another story, or
        a Markdown heading with no term of its own ("## The Assembly")."""
        return aside(j) or (not anchored[j] and text.startswith("#", spans[j][0]))

    # a headline (a short first paragraph that is no sentence) naming the Court makes the whole
    # text its story, as far as no paragraph tells another
    headline = (
        len(spans) > 1
        and anchored[0]
        and spans[0][1] - spans[0][0] <= HEADLINE_CHARS
        and not text[spans[0][0] : spans[0][1]].rstrip().endswith(".")
    )
    # a thematic break ("---", "***") between two stories of a digest: context does not cross it
    section = _sections(text, spans) if ("---" in text or "***" in text or "___" in text) else None
    for i, cands in enumerate(per_para):
        if not cands:
            continue
        other_story = not anchored[i] and aside(i)
        near = anchored[i] or (
            not other_story
            and (
                (headline and (section is None or section[i] == 0))
                or _anchored_near(i, anchored, spans, passed_over, section)
            )
        )
        present = set(map(_CONCEPT, cands))  # a superset of the usable ones': gates the rare rules
        # a national story that raises complementarity raises the Court's law: "... which may
        # later raise the question of the principle of complementarity"
        about = (
            _ABOUT_THE_STORY
            if other_story
            and not _ABOUT_THE_STORY.isdisjoint(present)
            and _anchored_near(i, anchored, spans, passed_over, section)
            else frozenset()
        )
        usable = [
            c
            for c in cands
            if (
                _stands_alone(c)
                or (
                    (near or (c.refers_back and not other_story) or c.concept in about)
                    and not _foreign(words, c)
                    and not _other_sense(text, c, words)
                )
            )
            and not _a_court_going_on(text, c, words)
        ]
        if disowning and (cut := _disowned_until(cands, text, spans[i])) > 0:
            # "... ولا علاقة لها بقواعد المحكمة الجنائية الدولية" (none of the rules of the Court): a term
            # standing alone there is the other body's, up to the end of the sentence that says so;
            # only the Court's name and citations stay
            usable = [
                c
                for c in usable
                if c.start >= cut or c.method == "citation" or c.concept in _THE_COURT_AND_ITS_LAW
            ]
        if not _OF_BODIES_CONCEPTS.isdisjoint(present):  # even a term standing alone
            # first: a term of another body must not keep its sentence's terms
            usable = _without_terms_of_other_bodies(usable, text)
        here = bodies
        if not _MAY_NAME_A_BODY.isdisjoint(present):
            # "A Velmoran judge held a hearing", "the Brisk Court of Appeal quashed ..."
            if of_a_state := _of_a_state(cands, text, words):
                here = sorted(bodies + of_a_state)
        if here:
            usable = _without_national_sentences(usable, text, words, here, spans[i])
        if negations and not _NEGATABLE.isdisjoint(present):
            usable = _negations_read(usable, words, index, text)
        if not _CUED_CONCEPTS.isdisjoint(present):
            usable = _without_uncued(usable, words, index)
        usable = _without_possessive_court(usable, text)
        usable = _names_split_where_crossed(usable, text, words, kb, index)
        if not _CHAMBER_CONCEPTS.isdisjoint(present):
            usable = _cut_before_chamber_names(usable, text, words, index)
        if not present.isdisjoint(index.narrows.values()):  # a general concept ("chambers") is here
            usable = _without_general_crossing(usable, index)
        if back:  # the text has back-references: keep those whose concept it has named
            usable = named_before(usable, named, words, text, articles)
        picked = select(usable)
        if not _READ_AGAIN.isdisjoint(map(_CONCEPT, picked)):  # rare: a term its words make specific
            picked = _read_again(picked, text, words, index)
        if _OFFICE in present:  # "her office": the Prosecutor's, when the Prosecutor was named last
            picked = _offices_of_the_prosecutor(picked, chosen, words, text)
        chosen.extend(picked)
        if back:
            named.update((c.concept, c.start) for c in picked if c.concept is not None and not c.refers_back)
            articles.update((a, c.start) for c in picked if c.concept is None for a in _articles_cited(c))
    mentions = resolve_back_references(split_off_names(chosen, text, words, kb, index), index, text)
    sizes: dict[Language, int] = {}
    for (s, e), lg in zip(spans, langs, strict=True):
        sizes[lg] = sizes.get(lg, 0) + e - s
    main: Language = max(sizes, key=lambda k: sizes[k]) if sizes else "en"
    return Annotation(text, main, tuple(mentions), tuple(langs), tuple(unrecorded))


# The general "referral" (the trigger mechanisms of article 13) made specific by the sentence it
# is in: referred *to* the Assembly or the Council, it is the referral of a failure to cooperate
# (article 87(7)); with the Council named otherwise, the Council's referral; with a State Party,
# a State's referral (the nearer of the two when both are named).
REFERRAL = "exercise_of_jurisdiction"
_REFERRAL_CUES: tuple[tuple[str, str], ...] = (
    ("security_council", "security_council_referral"),
    ("state_party", "state_party_referral"),
    # ... or the article on it cited there: "A referral under article 13(b)", "under article 14"
    ("RS 13(b)", "security_council_referral"),
    ("RS 13(a)", "state_party_referral"),
    ("RS 14", "state_party_referral"),
)
_REFERRED_TO = ("assembly_of_states_parties", "security_council")
_OFFICIAL_CAPACITY_CUES = tuple(
    (cue, "irrelevance_of_official_capacity")
    for cue in ("RS 27", "head_of_state_immunity", "irrelevance_of_official_capacity")
)
_TO = frozenset(keys("to à a al au إلى الى"))
_MATTER = frozenset(keys("matter asunto cuestión question affaire المسألة"))  # "of the matter" is no distance


# Other general terms read by their sentence, by (concept, alias); an alias of "" stands for any
# of the concept's. A cue is a concept named in the sentence or an article cited there ("RS
# 16"): voluntary contributions named with the Trust Fund are the Fund's resources (article
# 79), not the Court's financing; a deferral beside the Security Council or article 16 is the
# Council's, beside article 18 the State's.
_OFFENCE_CUES = ("RS 70", "RPE 162", "RPE 163", "RPE 165", "offences_against_administration_of_justice")
_DEFERRAL_CUES = (
    ("security_council", "security_council_deferral"),
    ("RS 16", "security_council_deferral"),
    ("RS 18", "preliminary_ruling_on_admissibility"),
)


def _cued(
    concept: str, aliases: tuple[str, ...], *cues: tuple[str, str]
) -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """Entries of :data:`SENTENCE_CUES`: ``concept`` named by any of ``aliases``, read by ``cues``."""
    return {(concept, a): cues for a in aliases}


_APPEALS = ("appeal", "appeal_against_judgment", "appeal_proceedings", "appeals_chamber")
# ... and cues that keep a term its own concept, whatever else its sentence names: article 32
# cited beside its title, in an appeal or not
_KEPT_BY: dict[str, tuple[tuple[str, str], ...]] = {
    "mistake_of_fact_or_law": (("RS 32", "mistake_of_fact_or_law"), ("RS 31", "mistake_of_fact_or_law")),
}
_EVERY_120_DAYS = ("every 120 days", "tous les 120 jours", "cada 120 días", "كل 120 يوما")
# the amendments named in a sentence, by their concept or article ("ratified the Kampala amendments")
_AMENDMENT_CUES = (
    ("amendments", "amendments"),
    ("RS 121", "amendments"),
    ("jurisdiction_over_aggression", "amendments"),
)
SENTENCE_CUES: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    **_cued(
        "financing_of_the_court",
        ("voluntary contributions", "contributions volontaires", "contribuciones voluntarias"),
        ("trust_fund_for_victims", "trust_fund_for_victims"),
    ),
    **{(c, ""): _DEFERRAL_CUES for c in ("deferral", "preliminary_ruling_on_admissibility")},
    # a ratification of the amendments is article 121's, not the Statute's (article 125)
    ("signature_and_ratification", ""): _AMENDMENT_CUES,
    # ... and an entry into force beside the amendments is theirs (article 121(4), (5)), not the
    # Statute's (article 126)
    ("entry_into_force", ""): _AMENDMENT_CUES,
    # admissibility beside article 69 is the evidence's (article 69(4)), not a case's (article 17)
    ("admissibility", ""): (("RS 69", "evidence"),),
    # "error de hecho o error de derecho" beside article 81 or an appeal is a ground of appeal
    # (article 81(1)), not the defence of article 32, whose Spanish title it also is
    **_cued(
        "mistake_of_fact_or_law",
        ("error de hecho o error de derecho", "erreur de fait ou erreur de droit"),
        *((cue, "appeal_against_judgment") for cue in ("RS 81", *_APPEALS)),
    ),
    # disclosure beside article 87 is the requested State's, of the request it keeps confidential
    # (article 87(3)); beside article 72 or 93, a State's of its national security information
    ("disclosure", ""): (
        ("RS 87", "confidentiality"),
        ("RS 72", "national_security_information"),
        ("RS 93", "national_security_information"),
    ),
    # legal aid named with the victims is their legal representation's (rule 90(5))
    **_cued(
        "rights_of_the_accused",
        ("legal aid", "aide juridictionnelle", "asistencia jurídica gratuita"),
        ("victim", "legal_representation_of_victims"),
        ("victim_participation", "legal_representation_of_victims"),
        ("legal_representation_of_victims", "legal_representation_of_victims"),
    ),
    # a convicted person's cooperation with the Court is a mitigating circumstance (rule 145)
    ("duty_to_cooperate", ""): (
        ("sentencing", "sentencing"),
        ("RPE 145", "sentencing"),
        ("RS 78", "sentencing"),
        # ... and, beside article 110, a ground for reducing the sentence (article 110(4)(a))
        ("RS 110", "review_of_sentence_reduction"),
        ("RPE 223", "review_of_sentence_reduction"),
        ("review_of_sentence_reduction", "review_of_sentence_reduction"),
    ),
    # the bilateral arrangements an escaped person's surrender may rest on are article 111's
    **_cued(
        "article_98_agreements",
        ("bilateral agreement", "acuerdo bilateral", "bilateral deal"),
        ("RS 111", "escape"),
        ("escape", "escape"),
    ),
    # a risk of flight argued against interim release is a ground for detention
    **_cued(
        "arrest_warrant",
        ("flight risk", "risque de fuite", "riesgo de fuga", "خطر الفرار"),
        ("interim_release", "interim_release"),
        ("RS 60", "interim_release"),
    ),
    # a risk to witnesses argued against interim release is a ground for detention (articles
    # 58(1)(b)(ii) and 60(2)), not an offence against the administration of justice
    ("offences_against_administration_of_justice", ""): (
        ("interim_release", "interim_release"),
        ("RS 60", "interim_release"),
        ("RS 58", "arrest_warrant"),
    ),
    # an investigation suspended while a State's challenge is decided is article 19(7)'s
    **_cued(
        "deferral",
        (
            "suspendre l'enquête",
            "suspendre les poursuites",
            "suspender la investigación",
            "suspender las actuaciones",
        ),
        ("challenge_to_jurisdiction_or_admissibility", "challenge_to_jurisdiction_or_admissibility"),
        ("RS 19", "challenge_to_jurisdiction_or_admissibility"),
        *_DEFERRAL_CUES,
    ),
    # the penalties of an offence against the administration of justice are article 70's,
    # and so is the investigation the Prosecutor opens into one on her own initiative (rule 165)
    **{
        (c, ""): tuple((cue, "offences_against_administration_of_justice") for cue in _OFFENCE_CUES)
        for c in ("applicable_penalties", "proprio_motu_investigation")
    },
    # the Arabic Statute gives article 53(1)(c)'s "substantial reasons to believe" and article
    # 61(7)'s "substantial grounds to believe" the same words: beside the interests of justice,
    # they are the former's
    **_cued(
        "confirmation_of_charges",
        ("أسباب جوهرية تدعو للاعتقاد", "أسباب جوهرية"),
        ("interests_of_justice", "interests_of_justice"),
    ),
    # a solemn undertaking given by a witness is the one before testifying (rule 66), not the
    # one officials give on taking office (article 45)
    **_cued(
        "solemn_undertaking",
        ("solemn undertaking", "engagement solennel", "promesa solemne", "التعهد الرسمي"),
        ("witness", "witness_solemn_undertaking"),
        ("RPE 66", "witness_solemn_undertaking"),
    ),
    # "judgment" is the trial judgment unless the Appeals Chamber is the nearer author: "in its
    # judgment, the Appeals Chamber held"; "the Appeals Chamber reversed the Trial Chamber's
    # judgment" keeps the trial judgment
    **_cued(
        "trial_judgment",
        ("judgment", "jugement"),
        ("appeals_chamber", "appeal_proceedings"),
        ("RS 83", "appeal_proceedings"),
        ("trial_chamber", "trial_judgment"),
        ("RS 74", "trial_judgment"),
    ),
    # "sentence" where its sentence is about serving it (Part 10) is the sentence's enforcement,
    # or the review of its reduction: "under article 103(1), a sentence of imprisonment is
    # served in a State designated by the Court"
    ("sentencing", "sentencing"): (
        ("enforcement_of_sentences", "enforcement_of_sentences"),
        *((f"RS {n}", "enforcement_of_sentences") for n in (103, 104, 105, 106, 107)),
        ("review_of_sentence_reduction", "review_of_sentence_reduction"),
        ("RS 110", "review_of_sentence_reduction"),
    ),
    # ... and so is a hearing held with the sentenced person on its reduction (rule 224(1))
    ("sentencing", "sentencing hearing"): (
        ("review_of_sentence_reduction", "review_of_sentence_reduction"),
        ("RS 110", "review_of_sentence_reduction"),
        ("RPE 224", "review_of_sentence_reduction"),
    ),
    # "under seal" beside a warrant of arrest is the sealed warrant's (regulation 23 bis with
    # article 58): "las órdenes de detención, que se mantienen bajo sello"
    **_cued(
        "classification_of_filings",
        ("under seal", "sous scellés", "bajo sello"),
        ("arrest_warrant", "warrant_under_seal"),
        ("RS 58", "warrant_under_seal"),
        ("RS 106", "enforcement_of_sentences"),
        ("enforcement_of_sentences", "enforcement_of_sentences"),
    ),
    # a sentenced person's communications with the Court, "unimpeded and confidential" (article
    # 106(3)), are about the sentence's enforcement, not about a filing's classification; what a
    # requested State keeps "confidential" beside article 87 is the request (article 87(3))
    **{
        (c, ""): (
            ("RS 106", "enforcement_of_sentences"),
            ("enforcement_of_sentences", "enforcement_of_sentences"),
            ("RS 87", "confidentiality"),
        )
        for c in ("classification_of_filings", "confidentiality")
    },
    # the review every 120 days of an accused found unfit to stand trial (rule 135(4)) is not
    # the review of detention (rule 118(2))
    **_cued(
        "interim_release",
        _EVERY_120_DAYS,
        ("RPE 135", "fitness_to_stand_trial"),
        ("fitness_to_stand_trial", "fitness_to_stand_trial"),
    ),
    # a change of circumstances that may reduce a sentence (article 110(4)(c), rule 224(3)) is
    # the review's, not interim release's (article 60(3))
    **_cued(
        "interim_release",
        ("changed circumstances", "cambio de circunstancias", "évolution des circonstances"),
        ("RS 110", "review_of_sentence_reduction"),
        ("RPE 223", "review_of_sentence_reduction"),
        ("RPE 224", "review_of_sentence_reduction"),
        ("review_of_sentence_reduction", "review_of_sentence_reduction"),
    ),
    # a conditional release is interim release (rule 119's title) unless its sentence is about
    # a sentence being served: then it is early release, article 110's
    **_cued(
        "interim_release",
        ("libertad condicional", "الإفراج المشروط", "conditional release"),
        ("RS 110", "review_of_sentence_reduction"),
        ("review_of_sentence_reduction", "review_of_sentence_reduction"),
        ("enforcement_of_sentences", "review_of_sentence_reduction"),
        ("sentencing", "review_of_sentence_reduction"),
    ),
    # conditions restricting liberty set on release (rule 119(1)) are interim release's; on a
    # summons (article 58(7)), the summons'
    **_cued(
        "summons_to_appear",
        (
            "conditions restricting liberty",
            "conditions restrictives de liberté",
            "condiciones restrictivas de la libertad",
        ),
        ("RPE 119", "interim_release"),
        ("RS 60", "interim_release"),
        ("interim_release", "interim_release"),
    ),
    # no "ground for reduction of sentence" in official capacity (article 27(1)) is about fixing
    # the sentence, not about reviewing it once served (article 110)
    **_cued(
        "review_of_sentence_reduction",
        ("reduction of sentence", "réduction de peine", "تخفيف العقوبة", "reducción de la pena"),
        ("RS 27", "irrelevance_of_official_capacity"),
        ("irrelevance_of_official_capacity", "irrelevance_of_official_capacity"),
    ),
    # compensation claimed under article 85 is the arrested or convicted person's, not the victims'
    **_cued(
        "reparations",
        ("indemnisation", "indemnización"),
        ("RS 85", "compensation_for_wrongful_arrest"),
        ("RPE 173", "compensation_for_wrongful_arrest"),
        ("compensation_for_wrongful_arrest", "compensation_for_wrongful_arrest"),
    ),
    # a withdrawal beside the charges is theirs (article 61(9)), not a State's from the Statute
    ("withdrawal", "withdrawal"): (("charges", "amendment_of_charges"), ("RS 61", "amendment_of_charges")),
    # ... and so is an amendment
    **_cued(
        "amendments",
        ("amendment", "amendments", "amendements", "enmienda", "enmiendas"),
        ("charges", "amendment_of_charges"),
        ("RS 61", "amendment_of_charges"),
    ),
    # ... and an investigation opened under article 15 is the Prosecutor's own initiative
    ("initiation_of_investigation", ""): (
        *((cue, "offences_against_administration_of_justice") for cue in _OFFENCE_CUES),
        ("RS 15", "proprio_motu_investigation"),
        ("proprio_motu_investigation", "proprio_motu_investigation"),
    ),
}


# A person-naming term in the plural names the office's staff, not the office-holder:
# "Prosecutors told the judges" are lawyers of the Office of the Prosecutor.
PLURAL_READINGS: dict[str, tuple[frozenset[str], str]] = {
    "prosecutor": (frozenset({"prosecutors", "procureurs", "fiscales"}), "office_of_the_prosecutor"),
}


# jurisdiction contested, questioned or decided on is article 19's, not article 12's: "contest the
# ICC's jurisdiction", "decisions on jurisdiction or admissibility", "a question of jurisdiction",
# "impugnar la competencia", "contester la compétence", "الطعن في اختصاص"
_PRECONDITIONS = "preconditions_to_jurisdiction"
_CONTESTED = re.compile(
    r"(?:\b(?:challeng\w*|contest\w*|disput\w*|question(?:s|ed|ing)?(?: of)?|decisions? on|rulings? on"
    r"|impugn\w*|cuestiones? de|exceptions? d['’]incompétence)"
    r"(?: (?:the|its|la|sa|su|le|el|ICC['’]s|Court['’]s|CPI))?"
    r"(?: (?:Court['’]s|ICC['’]s|de la Cour|de la Corte))?"
    r"|(?:الطعن|يطعن|تطعن|طعن|الدفع)\s+(?:في|بعدم)\s+)\s*\Z",
    re.IGNORECASE,
)
_READ_AGAIN = frozenset({REFERRAL, _PRECONDITIONS, *(c for c, _ in SENTENCE_CUES), *PLURAL_READINGS})
_CONCEPT = itemgetter(Candidate._fields.index("concept"))
_START = itemgetter(Candidate._fields.index("start"))
_REFERS_BACK = itemgetter(Candidate._fields.index("refers_back"))


# "her office", "son bureau", "su oficina": the Office of the Prosecutor where the person last named
# before it, in its sentence or the two before, is the Court's Prosecutor (a link kept); with
# another person between ("the minister ... his office") or none, no link. Not in Arabic, where
# the pronoun is a suffix the matcher folds away ("مكتبها" is "المكتب")
_OFFICE = "office_of_the_prosecutor"
HIS_OR_HER_OFFICE = frozenset({"her office", "his office", "son bureau", "su oficina", "su despacho"})
_PROSECUTORS = frozenset({"prosecutor", "deputy_prosecutor"})
_OTHER_PERSONS = frozenset(
    keys(
        "minister president judge registrar spokesperson spokesman spokeswoman lawyer counsel "
        "ambassador director governor mayor chief head officer official ministre président "
        "présidente juge greffier greffière avocat avocate ambassadeur ambassadrice directeur "
        "directrice ministro ministra presidente juez jueza secretario secretaria abogado abogada "
        "embajador embajadora director directora portavoz وزير وزيرة رئيس رئيسة القاضي القاضية "
        "المسجل مسجل محامي محامية سفير سفيرة مدير مديرة المتحدث المتحدثة"
    )
)
_OFFICE_REACH = 2  # sentences back


def _a_plural(word: str) -> bool:
    """True when ``word`` is written as a plural of a Latin-script title ("judges", "ministres",
    "jueces"): an s its key has dropped."""
    return word[-1:] in "sS" and len(word) > 3


def _offices_of_the_prosecutor(
    picked: list[Candidate], chosen: list[Candidate], words: Scan, text: str
) -> list[Candidate]:
    """``picked`` without each "her office" (:data:`HIS_OR_HER_OFFICE`) that is not the
    Prosecutor's: kept only where the last mention of the Prosecutor before it, among this
    paragraph's and the earlier ones', is at most :data:`_OFFICE_REACH` sentences back, with no
    other person's title (:data:`_OTHER_PERSONS`) between them; in the singular, as one person's
    office is ("the public has a right to know what the judges decided. She said her office")"""
    out = []
    for k, c in enumerate(picked):
        if c.concept == _OFFICE and c.alias in HIS_OR_HER_OFFICE and c.word >= 0:
            before = next(
                (o for o in chain(reversed(picked[:k]), reversed(chosen)) if o.concept in _PROSECUTORS), None
            )
            if before is None or before.word < 0:
                continue
            p = before.word + before.words
            if words.sentence(c.word) - words.sentence(before.word) > _OFFICE_REACH:
                continue
            if any(
                words.keys[j] in _OTHER_PERSONS and not _a_plural(text[words.starts[j] : words.ends[j]])
                for j in range(p, c.word)
            ):
                continue
        out.append(c)
    return out


def _read_again(picked: list[Candidate], text: str, words: Scan, index: Index) -> list[Candidate]:
    """``picked`` (one paragraph's, sorted) with each context-dependent general referral read
    as the specific one its sentence names (:data:`_REFERRAL_CUES`), the terms of
    :data:`SENTENCE_CUES` likewise, and a term of :data:`PLURAL_READINGS` in the plural as
    its office."""
    out = []
    by_sentence: dict[int, list[Candidate]] = {}  # the candidates of each sentence, once needed

    def in_its_sentence(c: Candidate) -> list[Candidate]:
        """The candidates of ``c``'s sentence: what a cue is looked for in (not the paragraph's
        every candidate for each cued term, which was quadratic in a long paragraph)."""
        if not by_sentence:
            for o in picked:
                by_sentence.setdefault(words.sentence(_first_word(words, o)), []).append(o)
        return by_sentence.get(words.sentence(c.word), [])

    for k, c in enumerate(picked):
        specific = None
        if c.word >= 0 and c.concept is not None:
            if c.concept == REFERRAL:
                # "immunities ... shall not bar the Court from exercising its jurisdiction": the
                # words of article 27(2), official capacity's, not the trigger mechanisms'
                if _JURISDICTION.search(c.alias or ""):
                    specific = _cue(in_its_sentence(c), c, words, _OFFICIAL_CAPACITY_CUES)
                if specific is None and c.needs_context and c.alias not in _SITUATION_NAMES:
                    specific = _referral_cue(picked, k, words, in_its_sentence(c), text)  # (not a situation)
            elif (cues := SENTENCE_CUES.get((c.concept, c.alias or ""))) is not None:
                specific = _cue(in_its_sentence(c), c, words, cues)  # named with its alias: whatever its kind
                if specific is not None and _cue(in_its_sentence(c), c, words, _KEPT_BY.get(c.concept, ())):
                    specific = None  # "... el error de hecho o error de derecho del artículo 32": its own
                if specific is None and c.alias in _EVERY_120_DAYS:
                    specific = _adjourned_trial(c, words)
            elif c.needs_context:
                specific = _cue(in_its_sentence(c), c, words, SENTENCE_CUES.get((c.concept, ""), ()))
        if (
            c.concept == _PRECONDITIONS
            and c.words == 1
            and _CONTESTED.search(text, max(0, c.start - 40), c.start)
        ):
            specific = "challenge_to_jurisdiction_or_admissibility"  # "contest the ICC's jurisdiction"
        plural = PLURAL_READINGS.get(c.concept or "")
        if specific is None and plural is not None and c.words == 1:
            if text[c.start : c.end].lower() in plural[0]:
                specific = plural[1]
        if specific is not None and specific != c.concept and specific in index.primary:
            c = c._replace(concept=specific, provisions=index.primary[specific])
        out.append(c)
    return out


# ... and a review every 120 days in a sentence that adjourns the trial is rule 135(4)'s
_ADJOURN_KEYS = frozenset(
    keys(
        "adjourn adjourned adjourning ajourner ajourné ajournée ajourne suspender suspende suspendido "
        "aplazar aplaza aplazará aplazado aplazada aplazó aplazamiento تأجيل"
    )
)


def _adjourned_trial(c: Candidate, words: Scan) -> str | None:
    a, b = words.sentence_bounds(c.word)
    return None if _ADJOURN_KEYS.isdisjoint(words.keys[a:b]) else "fitness_to_stand_trial"


def _cue(picked: list[Candidate], c: Candidate, words: Scan, cues: tuple[tuple[str, str], ...]) -> str | None:
    """The specific concept of the cue named nearest to ``c`` in its sentence, if any (``picked``:
    candidates of its paragraph, or of its sentence alone)."""
    if not cues:
        return None
    table = dict(cues)
    sentence = words.sentence(c.word)
    named = []
    for o in picked:
        if o is c:
            continue
        if o.concept is not None:
            key = o.concept
        else:  # the item cited, if a cue, else its article
            key = o.provisions[0] if o.provisions[0] in table else parse_citation(o.provisions[0]).provision
        if key in table:
            at = _first_word(words, o)
            if words.sentence(at) == sentence:
                named.append((abs(at - c.word), table[key]))
    return min(named)[1] if named else None


def _referral_cue(
    picked: list[Candidate], k: int, words: Scan, sentence: list[Candidate], text: str = ""
) -> str | None:
    """The kind of referral the general one at ``picked[k]`` is, read by its sentence's cues
    (``sentence``: the candidates of its sentence)."""
    c = picked[k]
    nxt = picked[k + 1] if k + 1 < len(picked) else None
    if nxt is not None and nxt.concept in _REFERRED_TO and nxt.word >= 0:
        between = words.keys[c.word + c.words : nxt.word]
        if len([k for k in between if k not in _MATTER]) <= 3 and not _TO.isdisjoint(between):
            return "non_compliance_finding"  # "a referral (of the matter) to the Assembly of States Parties"
    # the nearer: "a State Party could have referred it, and the Security Council could have done
    # so" is the State's referral; but a list citing the articles of both kinds leaves it general
    # ("a referral under article 13(a) or (b)"; not "under article 14 ..., not under article 13(b)")
    if _both_kinds_listed(sentence, text):
        return None
    return _cue(sentence, c, words, _REFERRAL_CUES)


_KIND_ARTICLES = {"RS 13(a)": "state", "RS 14": "state", "RS 13(b)": "council"}
_COORDINATED = re.compile(
    r"\s*(?:,|and|or|y|o|et|ou|و|أو)\s*(?:articles?\s+|artículos?\s+)?\Z", re.IGNORECASE
)


def _both_kinds_listed(sentence: list[Candidate], text: str) -> bool:
    """True when two citations next to each other in a list name the articles of both kinds of
    referral ("article 13(a) or (b)", "articles 13(b) and 14")."""
    cited = [o for o in sentence if o.concept is None and o.provisions and o.provisions[0] in _KIND_ARTICLES]
    return any(
        _KIND_ARTICLES[a.provisions[0]] != _KIND_ARTICLES[b.provisions[0]]
        and _COORDINATED.match(text, a.end, b.start) is not None
        for a, b in zip(cited, cited[1:], strict=False)
    )


def _under_aside_headings(text: str, spans: list[tuple[int, int]], anchored: list[bool]) -> frozenset[int]:
    """The paragraphs under a Markdown heading that announces an aside (:data:`_ASIDE_HEADING`,
    in its own line; not one that names the Court's own terms), up to the next heading; the
    heading itself too."""
    under: set[int] = set()
    inside = False
    for j, (a, b) in enumerate(spans):
        if (heading := _ATX_HEADING.match(text, a, b)) is not None:
            inside = not anchored[j] and _ASIDE_HEADING.search(text, a, heading.end()) is not None
        if inside:
            under.add(j)
    return frozenset(under)


def _sections(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The number of each paragraph's section: the thematic breaks ("---", "***", "___" alone
    on their lines) before it, which divide a digest into its stories."""
    out, n = [], 0
    for a, b in spans:
        if _THEMATIC_BREAK.fullmatch(text, a, b):
            n += 1
        out.append(n)
    return out


_THEMATIC_BREAK = re.compile(r"[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})\s*")


def _anchored_near(
    i: int,
    anchored: list[bool],
    spans: list[tuple[int, int]],
    aside: Callable[[int], bool],
    section: list[int] | None = None,
) -> bool:
    """True when a paragraph near paragraph ``i`` holds a term that stands alone: one of the
    :data:`CONTEXT_REACH` on either side, not counting the paragraphs ``aside`` passes over
    (another story: a national interlude does not cut the story it interrupts; a heading), or
    any within :data:`CONTEXT_CHARS` characters; with ``section`` (:func:`_sections`), only in
    paragraph ``i``'s own section."""
    if section is not None:
        own = section[i]
        anchored = [a and section[j] == own for j, a in enumerate(anchored)]
    if any(anchored[max(0, i - CONTEXT_REACH) : i + CONTEXT_REACH + 1]):
        return True
    for step in (-1, 1):
        j, counted = i + step, 0
        while 0 <= j < len(anchored) and counted < CONTEXT_REACH:
            if anchored[j]:
                return True
            if not aside(j):
                counted += 1
            j += step
    j = i - CONTEXT_REACH - 1
    while j >= 0 and spans[i][0] - spans[j][1] <= CONTEXT_CHARS:
        if anchored[j]:
            return True
        j -= 1
    j = i + CONTEXT_REACH + 1
    while j < len(spans) and spans[j][0] - spans[i][1] <= CONTEXT_CHARS:
        if anchored[j]:
            return True
        j += 1
    return False


# A paragraph whose first sentence names a parliament, or a court, judge or prosecutor with a
# word tying it to a State ("In Talvia's capital, a district court ...", "la Asamblea
# Nacional aprobó ...", "قضت محكمة الجنايات ..."), tells another story: unless it has a term of
# its own that needs no context, it borrows none, as if it opened with "Separately".
_BODY_WORDS = frozenset(
    keys("parliament congress senate parlement sénat congreso senado parlamento البرلمان")
)
_INSTITUTION_WORDS = frozenset(
    keys(
        "court courts tribunal judge judges prosecutor prosecutors assembly cour juge juges procureur "
        "assemblée corte juez jueza jueces fiscal fiscalía asamblea juzgado محكمة قاضي النيابة مجلس"
    )
)
_OPENING_QUALIFIERS = (FOREIGN_QUALIFIERS - frozenset(keys("own"))) | frozenset(
    keys("instancia instance correctionnel distrital penal assises الجنايات الاستئناف الابتدائية")
)  # not "own": "Kessara says its own courts are investigating" is complementarity, the Court's law


OPENING_WORDS = 10  # a story names its subject early: "En la capital de Lurenza, un tribunal ..."


def _opens_on_another_body(words: Scan, start: int) -> bool:
    """True when the first words of the sentence that opens at ``start`` name another body
    (see above)."""
    keys_, total = words.keys, len(words.keys)
    first = bisect_left(words.starts, start)
    if first >= total:
        return False
    limit = min(total, first + OPENING_WORDS)
    end = words.sentence_end(first, limit)
    while end - first <= 5 and end < limit:  # a number, a heading ("4. Domestic proceedings."): read on
        end = words.sentence_end(end, limit)
    for k in range(first, end):
        if keys_[k] in _BODY_WORDS:
            return True
        if keys_[k] in _INSTITUTION_WORDS and not _OPENING_QUALIFIERS.isdisjoint(
            keys_[max(first, k - 2) : min(end, k + 4)]
        ):
            return True
        pair = _NATIONAL_PAIRS.get(keys_[k])
        if pair is not None and not pair.isdisjoint(keys_[max(first, k - 1) : min(end, k + 4)]):
            return True
    return False


# "the criminal chamber of the Court of Appeal in Marenza": the term ends inside another
# court's name (:func:`_a_court_going_on`)
_COURT_KEYS = frozenset(keys("court cour corte"))
_ANOTHER_COURTS_NAME_GOES_ON = re.compile(
    r" of (?:Appeals?|Cassation|Justice|First Instance|Human Rights|Auditors|Arbitration|Session|Claims"
    r"|Final Appeal|Criminal Appeal|Military Appeals|Chancery|Protection)\b"
    r"| (?:d['’]appel|de cassation|de justice|des comptes|d['’]assises|suprême|constitutionnelle)\b"
    r"| (?:de Apelaci[oó]n|de Apelaciones|Suprema|de Casaci[oó]n|de Justicia|de Cuentas|Constitucional)\b"
    # a regional court by a name made up for it: "la Cour australe des droits de l'homme"
    r"|(?: \w+)? des droits (?:de l['’]homme|humains)\b|(?: \w+)? de (?:los )?Derechos Humanos\b",
    re.IGNORECASE,
)


def _a_court_going_on(text: str, c: Candidate, words: Scan) -> bool:
    """True when ``c`` ends on "Court", "Cour" or "Corte" and another court's name goes on
    after it ("the Court of Appeal", "la Cour d'appel", "la Corte de Apelaciones")."""
    return (
        c.word >= 0
        and words.keys[c.word + c.words - 1] in _COURT_KEYS
        and _ANOTHER_COURTS_NAME_GOES_ON.match(text, c.end) is not None
    )


def _stands_alone(c: Candidate) -> bool:
    """A term that needs no context, written as it is: it is linked anywhere, and gives its
    paragraph and the two on either side an ICC context."""
    return not (c.needs_context or c.refers_back or c.method == "fuzzy")


_STORY_BODIES = _INSTITUTION_WORDS | _BODY_WORDS
# the names of other bodies (:data:`OTHER_BODIES`) that are courts, judges or prosecutors: "the
# European Court of Human Rights", "la Cour internationale de justice", "juge d'instruction"
_COURT_NAMES: dict[str, list[tuple[str, ...]]] = {}
for _first, _names in OTHER_BODIES.items():
    for _ks in _names:
        if not _STORY_BODIES.isdisjoint(_ks) and _ks[0] not in _NOT_A_BODY:
            _COURT_NAMES.setdefault(_first, []).append(_ks)


# ... and each with its words, by its first word
_COURT_NAME_WORDS = {first: [(n, frozenset(n)) for n in names] for first, names in _COURT_NAMES.items()}


_TRIBUNAL = keys("tribunal")[0]
_NOT_A_NAME = frozenset(keys("the a an this that its their our hague"))


def _named(text: str, words: Scan, head: str, written: str, own: AbstractSet[str] = frozenset()) -> list[int]:
    """The positions of ``head`` (a key, ``written`` so, in capitals) ending a name in capitals
    of its sentence, not one whose word before it is in ``own``."""
    keys_ = words.keys
    return [
        p
        for p in _positions(keys_, {head})
        if p
        and text.startswith(written, words.starts[p])
        and text[words.starts[p - 1]].isupper()
        and keys_[p - 1] not in _NOT_A_NAME
        and keys_[p - 1] not in own
        and words.same_sentence(p - 1, p)
    ]


def _named_tribunals(text: str, words: Scan) -> list[int]:
    """The positions of "Tribunal" ending a name in capitals ("the Continental Athletics
    Integrity Tribunal", "the Special Tribunal"): another body, since the ICC is a Court."""
    return _named(text, words, _TRIBUNAL, "Tribunal")


_COURT = keys("court")[0]
# the words before "Court" in the names of the ICC itself: "the International Criminal Court",
# "the ICC Court"
_OWN_NAME = frozenset(keys("international icc cpi"))


def _named_courts(text: str, words: Scan) -> list[int]:
    """The positions of "Court" ending a name in capitals that is not the Court's own ("the
    Student Conduct Court", "the Lestra High Court", "the Special Criminal Court"): another
    body."""
    keys_ = words.keys
    return [
        p
        for p in _named(text, words, _COURT, "Court", _OWN_NAME)
        if not (p > 1 and keys_[p - 1] == "criminal" and keys_[p - 2] in _OWN_NAME)
    ]


def _other_courts(words: Scan, distinct: set[str]) -> list[int]:
    """The first words of the names of other courts in ``words`` (``distinct``: its keys); only
    the names whose every word is in the text are looked for ("court" alone is in most)."""
    names = [
        n for first in _COURT_NAMES.keys() & distinct for n, ws in _COURT_NAME_WORDS[first] if ws <= distinct
    ]
    if not names:
        return []
    keys_ = words.keys
    return [
        p
        for p in _positions(keys_, {n[0] for n in names})
        if any(tuple(keys_[p : p + len(n)]) == n for n in names if n[0] == keys_[p])
    ]


_THE_HAGUE = frozenset(keys("hague haye haya لاهاي"))


_JUDGING_BOARDS = frozenset(keys("board conseil"))


def _names_a_story_body(keys_: list[str], b: int) -> bool:
    """True when the body named at word ``b`` (its first word, maybe an article: "la cour
    d'assises") is a court, judge, prosecutor or parliament."""
    if keys_[b] in STOPWORDS and b + 1 < len(keys_):
        b += 1
    # (or a board or council that tries its members: "le conseil de discipline du barreau")
    return keys_[b] in _STORY_BODIES or keys_[b] in _JUDGING_BOARDS


# the Court named as having no part in the story: "That judgment does not bind the ICC", "ne
# concerne en rien la Cour pénale internationale"
_DISOWNING = (
    r"(?:not bind|nothing to do with|does not (?:concern|involve|affect)|unrelated to|(?:is|are) not part of"
    r"|ne concerne (?:en rien|pas)|n['’]a rien à voir avec|sans (?:aucun )?lien avec"
    r"|no (?:connection|link|relation) (?:with|to)|aucun lien avec|ninguna relación con"
    r"|no (?:vincula|afecta|concierne) a|nada que ver con"
    # "Nada de eso tiene que ver con", "Rien de tout cela n'a à voir avec" (the lookbehinds see
    # before a window's start)
    r"|(?:(?<=nada de eso )|(?<=nada de esto )|(?<=nada de ello )|(?<=nada de todo eso )"
    r"|(?<=nada de todo esto ))tiene que ver con"
    r"|(?:(?<=rien de cela )|(?<=rien de ceci )|(?<=rien de tout cela )|(?<=rien de tout ceci ))"
    r"n['’]a à voir avec"
    r"|sin relación con"
    # "The judgment never mentions the ICC.": the Court named as absent from another's story
    r"|never mentions?|never mentioned|(?:does|did) not mention|doesn['’]t mention|didn['’]t mention"
    r"|makes? no mention of|made no mention of|ne mentionne (?:jamais|pas)|(?:no|nunca) menciona(?:ba)? a?"
    r") (?:the |la |le |el |l['’]|a la )?"
    r"|(?:لا|ليس ل\w*) (?:صلة|علاقة)(?: ل\w+)? ?ب?(?:(?:قواعد|اختصاص) )?"  # "ولا صلة لها بنظام روما"
)
_DISOWNED = re.compile(f"(?:{_DISOWNING})$", re.IGNORECASE)
# ... or named second, after "nor": "no relation to individual criminal responsibility nor to
# the ICC", "ولا علاقة لها بالمسؤولية الجنائية الفردية ولا بالمحكمة الجنائية الدولية"
_NOR_THE = re.compile(
    r"(?:\bnor (?:with |to )?(?:the )?|\bni (?:avec |con |a )?(?:la |le |el |l['’])?|ولا ب?)$", re.IGNORECASE
)
_DISOWNING_BEFORE = re.compile(_DISOWNING, re.IGNORECASE)
# A paragraph that says its whole story is none of the Court's, or its seat's (which is no
# term): "None of it has anything to do with The Hague", "no tienen nada que ver con La Haya"
# (not "a matter unrelated to the Hague proceedings": that one matter; not "asked whether it had
# anything to do with the ICC": a question)
_THE_COURTS_NAMES_WRITTEN = (
    r"(?:ICC|CPI|International Criminal Court|Cour pénale internationale|Corte Penal Internacional"
    r"|(?-i:Court|Cour|Corte)(?= *[.;,]|$)"  # "None of that has anything to do with the Court."
    r"|Hague|Haye|Haya|Rome Statute|Statut de Rome|Estatuto de Roma)\b"
)
_DISOWNS_THE_COURT = re.compile(
    r"(?:nothing to do with"
    r"|(?:\bnone of (?:it|this|that|them|these|those)|n['’]t|\bnot|\bnever)\b[^.;?]{0,40}?"
    r"anything to do with|n['’](?:a|ont|avait|avaient)(?: \w+)? rien à voir avec|nada que ver con"
    # "The case has no connection with the International Criminal Court"
    r"|(?:has|have|had|bears?) no (?:connection|link|relation) (?:with|to)|n['’]a aucun lien avec"
    r"|no (?:tiene|guarda) (?:ninguna )?relación con"
    # "Nada de eso tiene que ver con la Corte", "Rien de tout cela n'a à voir avec la CPI"
    r"|nada de (?:todo )?(?:eso|esto|ello) tiene que ver con"
    r"|rien de (?:tout )?(?:cela|ceci) n['’]a à voir avec)"
    r" (?:the |la |le |el |l['’]|a la )?"
    + _THE_COURTS_NAMES_WRITTEN
    # ("is not part of the ICC", not "was not part of The Hague negotiations")
    + r"|\b(?:is|are) not part of (?:the )?(?:ICC|International Criminal Court|Rome Statute)\b"
    # ("ولا علاقة لها بقواعد المحكمة الجنائية الدولية": with its rules)
    r"|(?:لا|ليس ل\w*) (?:صلة|علاقة)(?: ل\w+)? ?ب(?:(?:قواعد|اختصاص) )?"
    r"(?:المحكمة الجنائية الدولية|لاهاي|نظام روما)",
    re.IGNORECASE,
)
# ... or closes on a contrast with the Court: "era justicia valdoriana, no la Corte Penal
# Internacional.", "they belong to that committee, not to the Rome Statute." (its last words;
# "national courts, not the ICC, should try them" is an argument about the Court's law)
_CLOSES_ON_NOT_THE_COURT = re.compile(
    r",\s*(?:and |but |y |pero |et |mais )?(?:not|no|non|pas)(?: to| with| for| a| à| al| de| del| du)?"
    r" (?:the |la |le |el |l['’]|a la )?" + _THE_COURTS_NAMES_WRITTEN + r"[\s.;»”\"']*\Z",
    re.IGNORECASE,
)
_DISOWNING_KEYS = frozenset(
    keys(
        "bind nothing anything concern involve affect unrelated concerne rien lien vincula afecta part "
        "connection mention mentions mentioned mentionne menciona mencionaba"
    )
    + keys("concierne nada relación صلة علاقة")
)
_CONTRAST_KEYS = frozenset(keys("not no non pas"))
DISOWNED_CHARS = 120  # how far before a "nor ..." the Court's disowning may be


# the article on the proceedings before the custodial State's own authorities: cited beside its
# judges, it says they are that State's
_OF_THE_CUSTODIAL_STATE = frozenset({"RS 59"})


def _of_the_custodial_state(c: Candidate) -> bool:
    """True when ``c`` cites the article on the custodial State's own proceedings."""
    return c.concept is None and c.provisions[0].partition("(")[0] in _OF_THE_CUSTODIAL_STATE


def _vouches(c: Candidate, text: str) -> bool:
    """A term standing alone that gives its sentence the Court's context: not one the sentence
    says has no part in the story."""
    if not _stands_alone(c) or _DISOWNED.search(text, max(0, c.start - 30), c.start):
        return False
    nor = _NOR_THE.search(text, max(0, c.start - 16), c.start)
    if nor is None:
        return True
    before = text[max(0, nor.start() - DISOWNED_CHARS) : nor.start()]
    return _DISOWNING_BEFORE.search(before.rsplit(".", 1)[-1]) is None


_THE_COURT_AND_ITS_LAW = frozenset({COURT, "rome_statute"})
CLOSING_CHARS = 100


def _anchors(cands: list[Candidate], text: str, span: tuple[int, int], disowning: bool) -> bool:
    """True when a term of ``cands`` (one paragraph's) stands alone and vouches for its
    paragraph's context: not the Court named only to be disowned (looked for when the text has
    the words, ``disowning``), nor in the contrast its paragraph closes on
    (:data:`_CLOSES_ON_NOT_THE_COURT`)."""
    closing = -1  # where that contrast starts (span's end + 1: none), -1 until looked for
    for c in cands:
        if not _stands_alone(c) or (disowning and not _vouches(c, text)):
            continue
        if c.concept in _THE_COURT_AND_ITS_LAW:
            if closing < 0:
                closing = _closing_contrast(text, span)
            if closing <= c.start:
                continue
        return True
    return False


def _disowned_until(cands: list[Candidate], text: str, span: tuple[int, int]) -> int:
    """Where the story that paragraph ``span`` says is none of the Court's ends
    (:data:`_DISOWNS_THE_COURT`: "Nada de eso tiene que ver con la Corte Penal Internacional: son
    instituciones ...", "... ولا علاقة لها بقواعد المحكمة الجنائية الدولية."): the paragraph's
    end, or the end of the last sentence that says so when the next turns back to the Court
    ("... had nothing to do with the ICC. Yet the Pre-Trial Chamber issued a warrant"); 0 when
    none says so, or when a name of the Court there vouches outside what is disowned."""
    paragraph = text[span[0] : span[1]].lower()
    if not any(cue in paragraph for cue in _DISOWNING_CUES):
        return 0  # the usual case, found without the pattern (whose "not ... anything" runs from every "not")
    said = [m.span() for m in _DISOWNS_THE_COURT.finditer(text, span[0], span[1])]
    if not said:
        return 0
    starts = [a for a, _ in said]
    for c in cands:
        if c.concept in _THE_COURT_AND_ITS_LAW and _vouches(c, text):
            k = bisect_right(starts, c.start) - 1  # the one disowning span that may hold it
            if k < 0 or c.start >= said[k][1]:
                return 0  # ("الجنائية الدولية" inside the name disowned does not vouch)
    end = _SENTENCE_END.search(text, said[-1][1], span[1])
    if end is None or _TURNS_BACK.match(text, end.end()) is None:
        return span[
            1
        ]  # the paragraph goes on with the other story ("... nothing to do with the ICC. The court ...")
    return end.end()


# words one of which every phrase of :data:`_DISOWNS_THE_COURT` holds (in lower case)
_DISOWNING_CUES = (
    "to do with",
    "part of",
    "no connection",
    "no link",
    "no relation",
    "que ver con",
    "à voir avec",
    "a voir avec",
    "lien avec",
    "relación con",
    "صلة",
    "علاقة",
)
_SENTENCE_END = re.compile(r"[.!?؟](?=\s|$)")
# ... what turns back to the Court after it: "... had nothing to do with the ICC. Yet the Pre-Trial Chamber"
_TURNS_BACK = re.compile(
    r"\s*(?:Yet|But|However|Still|Nevertheless|Sin embargo|Pero|No obstante|Pourtant|Cependant|Mais|Toutefois"
    r"|غير أن|لكن|ولكن|إلا أن)(?![\w])",
)


def _closing_contrast(text: str, span: tuple[int, int]) -> int:
    """Where the contrast with the Court that paragraph ``span`` closes on starts
    (:data:`_CLOSES_ON_NOT_THE_COURT`, looked for in its last :data:`CLOSING_CHARS`), or the
    paragraph's end + 1 when it closes on none."""
    m = _CLOSES_ON_NOT_THE_COURT.search(text, max(span[0], span[1] - CLOSING_CHARS), span[1])
    return m.start() if m is not None else span[1] + 1


def _vouching(cands: list[Candidate], text: str) -> list[Candidate]:
    """The candidates of ``cands`` that vouch (:func:`_vouches`), without those inside one that
    does not: "الجنائية الدولية" of a disowned "بالمحكمة الجنائية الدولية"."""
    judged = [(o, _vouches(o, text)) for o in cands if _stands_alone(o)]
    disowned = [o for o, vouches in judged if not vouches]
    out = [o for o, vouches in judged if vouches]
    if disowned:
        out = [o for o in out if not any(d.start <= o.start and o.end <= d.end for d in disowned)]
    return out


_OF_THE_COURT_AFTER = re.compile(
    r",? (?:of|at|on|to|in|de|à|en) (?:the |la |le |l['’])?(?:ICC|CPI|International Criminal Court|Court\b"
    r"|Cour\b|Corte\b|Cour pénale|Corte Penal|Hague|Haye|Haya)"
)


def _without_national_sentences(
    cands: list[Candidate], text: str, words: Scan, bodies: list[int], span: tuple[int, int]
) -> list[Candidate]:
    """``cands`` (of the paragraph ``span``) without the context-dependent terms of sentences
    about a national body near them (``bodies``: :func:`_national_bodies` of the text) that
    hold no term standing alone; and, where the paragraph names such a body before any term
    standing alone, without those after it up to the next such term: the national story goes
    on ("... before the country's Supreme Court. The court ordered a retrial, the prosecutor
    withdrew the charges")."""
    drop = set()
    strong: set[int] | None = None
    strong_for_people: set[int] = set()
    vouching: list[Candidate] | None = None  # the terms that vouch, found once when first needed
    lo, hi = bisect_left(words.starts, span[0]), bisect_left(words.starts, span[1])
    keys_ = words.keys
    opening = next(
        (b for b in bodies[bisect_left(bodies, lo) :] if b >= hi or _names_a_story_body(keys_, b)), None
    )  # the first court, judge, prosecutor or parliament named (not a chamber of commerce)
    if opening is not None and opening >= hi:
        opening = None
    if opening is not None:
        vouching = _vouching(cands, text)
        alone = sorted(_first_word(words, o) for o in vouching)
        if alone and alone[0] < opening:
            opening = None  # the paragraph is about the Court first: the body is an aside in it
    for c in cands:
        if c.word < 0 or _stands_alone(c) or c.concept in _ABOUT_NATIONAL_PROCEEDINGS:
            continue
        i = c.word
        if opening is not None and i > opening:
            j = bisect_left(alone, opening)
            if (
                (j == len(alone) or alone[j] > i)
                and (
                    (i and keys_[i - 1] in _DEMONSTRATIVES)  # "That judgment, however, ... the ICC order"
                    or not any(words.same_sentence(i, a) for a in alone[j:])
                )
            ):
                a, b = words.sentence_bounds(i)
                if _THE_HAGUE.isdisjoint(keys_[a:b]):  # "el caso llegó a La Haya por remisión"
                    drop.add(id(c))  # the story of the body named first goes on
                    continue
        k = bisect_left(bodies, i - NATIONAL_BEFORE)
        near = bodies[k : bisect_left(bodies, i + NATIONAL_AFTER, k)]
        if not any(words.same_sentence(i, b) for b in near) and not (
            k and words.same_sentence(bodies[k - 1], i)
        ):
            continue  # the usual case: no national body named near it, nor earlier in its sentence
        if strong is None:
            if vouching is None:
                vouching = _vouching(cands, text)
            strong = {words.sentence(_first_word(words, o)) for o in vouching}
            # "while Orlanian judges checked the warrant, as article 59 requires": article 59
            # vouches for the warrant, not for the judges, who are the custodial State's
            strong_for_people = {
                words.sentence(_first_word(words, o)) for o in vouching if not _of_the_custodial_state(o)
            }
        people = c.concept in _PEOPLE_AND_COURTS or c.concept in _CHAMBER_CONCEPTS  # (a chamber's too)
        if (
            people
            and c.lang == "en"  # (the adjective before the noun: "a Valdorian judge")
            and i in near
            and i
            and _DEMONYM.fullmatch(text, words.starts[i - 1], words.ends[i - 1])
            and not _OF_THE_COURT_AFTER.match(text, c.end)
        ):
            # the term is itself the body: "was brought before a Valdorian judge", whatever else
            # its sentence names (but "a Kenyan judge of the ICC")
            drop.add(id(c))
        elif words.sentence(i) not in (strong_for_people if people else strong):
            drop.add(id(c))
    return [c for c in cands if id(c) not in drop] if drop else cands


# "that judgment", "ce jugement", "esa sentencia", "ذلك الحكم": the story's own, whatever the
# rest of its sentence names
_DEMONSTRATIVES = frozenset(keys("that this ce cette cet ese esa este esta ذلك تلك هذا هذه"))


# A judge, prosecutor or court named with a capitalized demonym before it ("A Velmoran judge",
# "the Ostrevian prosecutor", "a Kenyan court") is that State's, unless its sentence has a term
# of its own (a State's national may be an ICC judge: "the Italian judge of the ICC").
# ... and their decisions: "there is no Valdorian judgment yet", "a Kenyan sentence"
_PEOPLE_AND_COURTS = frozenset(
    {"judges", "prosecutor", "office_of_the_prosecutor", COURT, "trial_judgment", "sentencing"}
)
# ... and the concepts whose terms may stand inside another body's name
_MAY_NAME_A_BODY = _PEOPLE_AND_COURTS | frozenset(
    {"chambers", "appeal", "interlocutory_appeal", "appeal_proceedings", "appeal_against_judgment"}
)
# "a Velmoran judge"; "A VALDORIAN JUDGE", in a heading
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ch)|[A-Z]{2,}(?:AN|ESE|ISH|CH)")


def _of_a_state(cands: list[Candidate], text: str, words: Scan) -> list[int]:
    """The words of the judges, prosecutors and courts in ``cands`` named with a demonym, and
    of the terms in the name of another body ("Appeal" of "the Court of Appeal")."""
    out = []
    keys_ = words.keys
    for c in cands:
        if c.concept not in _MAY_NAME_A_BODY or not c.needs_context or c.word <= 0:
            continue
        if c.concept in _PEOPLE_AND_COURTS:
            k = c.word - 1
            if _DEMONYM.fullmatch(text, words.starts[k], words.ends[k]) and words.same_sentence(k, c.word):
                out.append(c.word)
                continue
        if keys_[c.word] not in _NOT_A_BODY and _in_other_body(keys_, c.word, c.word + c.words):
            out.append(c.word)
    return out


# Terms that name a person more often than the law about them: "the accused" is linked only
# where its sentence speaks of a right of the accused ("the accused's right to a public
# hearing"), of the presence at trial ("the accused must be present") or of the presumption of
# innocence, each read as its own concept; not in "the acts and conduct of the accused".
# (concept, alias) -> (words of which one must be in the sentence, concept then meant), in order.
_RIGHT_WORDS = frozenset(
    keys(
        "right rights droit droits derecho derechos حق حقوق الحق بحقوق حقه "
        "counsel lawyer avocat abogado محام interpreter interprète intérprete مترجم silent silence "
        "fair équitable justo عادلة"
    )
)
_PRESENCE_WORDS = frozenset(
    keys("present presence absentia absence présent présence presente presencia حضور غيابيا")
)
_INNOCENCE_WORDS = frozenset(
    keys("innocence innocent presumed présumé presunción presumido inocente inocencia براءة بريء")
)
_ACCUSED_READINGS: tuple[tuple[frozenset[str], str], ...] = (
    (_PRESENCE_WORDS, "presence_of_the_accused"),
    (_INNOCENCE_WORDS, "presumption_of_innocence"),
    (_RIGHT_WORDS, "rights_of_the_accused"),
)


def _read_as(concept: str, cue_words: str) -> tuple[tuple[frozenset[str], str]]:
    """The readings of a term read one way only: as ``concept`` where its sentence has one of
    ``cue_words``, and not linked otherwise."""
    return ((frozenset(keys(cue_words)), concept),)


# "on its own initiative" is the Prosecutor's only where the Prosecutor or an investigation is
# named with it: a judge asks "من تلقاء نفسها" to be excused (rule 35)
_OWN_INITIATIVE = ("own initiative", "de sa propre initiative", "من تلقاء نفسه", "por iniciativa propia")
_OWN_INITIATIVE_READINGS = _read_as(
    "proprio_motu_investigation",
    "prosecutor prosecution investigation investigate procureur procureure enquête "
    "fiscal fiscalía investigación المدعي تحقيق التحقيق",
)
# a new trial is the appeal's only where an appeal or an order is named with it; in "a new
# trial is not allowed by article 20(3)" it is a second trial for the same conduct
_NEW_TRIAL_READINGS = _read_as(
    "appeal_proceedings",
    "appeal appeals appellate appel appels apelación apelaciones recurso استئناف الاستئناف "
    "order ordered orders ordonne ordonné ordonnée ordonner ordena ordenó ordenar أمرت تأمر "
    "quash quashed annul annulled annulé annule anuló anula reverse reversed infirmé "
    "revoca revocó",
)
# "revision" is article 84's only beside a conviction, an appeal or the article itself: a
# budget's or a text's revision is not
_REVISION_READINGS = _read_as(
    "revision",
    "84 conviction convicted acquittal appeals condamnation condamné condamnée acquittement "
    "appel condena condenado condenada absolución apelación",
)
# a fine or a confiscation is a penalty of article 77 beside a sentence or that article: a
# parking fine, the confiscation of a passport at a border are not
_PENALTY_READINGS = _read_as(
    "fines_and_forfeiture",
    "77 146 147 peine peines emprisonnement réclusion condamné condamnée pena penas prisión "
    "condenado condenada reclusión "
    # "le produit des amendes et des biens confisqués versés au Fonds" (article 79(2))
    "79 fonds fondo العقوبة عقوبة السجن المدان المحكوم الصندوق",
)
# self-defence and intoxication are article 31's grounds beside that article or another ground;
# a State's self-defence (the UN Charter's) is not
_GROUND_READINGS = _read_as(
    "grounds_excluding_responsibility",
    "31 duress insanity intoxication intoxicated defect mental responsibility responsabilité "
    "contrainte eximente coacción المسؤولية امتناع موانع الدفاع النفس السكر العقلي",
)
# "inability" is article 17(3)'s beside that article, a State's genuineness or its national
# system; a judge's inability to perform the functions (article 46), "her inability to attend"
# are not
_INABILITY_READINGS = _read_as(
    "unwillingness_or_inability",
    "17 genuinely genuine unwilling unwillingness collapse admissibility admissible inadmissible "
    "complementarity national domestic véritablement volonté effondrement recevabilité irrecevable "
    "complémentarité nationale nationales genuinamente voluntad colapso admisibilidad inadmisible "
    "complementariedad nacional nacionales",
)
# "la entrega" is a surrender beside the articles and rules of Part 9, a requested State or a
# person held: "la entrega de los premios", "la entrega del informe" are not
_SURRENDER_READINGS = _read_as(
    "surrender",
    "89 90 91 92 101 102 184 185 186 187 requerido requerida detención detenido detenida detener "
    "sospechoso sospechosa acusado acusada extradición impugna impugnar",
)
# "الإرجاء", "el aplazamiento" are a deferral beside articles 16 or 18, the Council or an
# investigation or prosecution; a hearing's or a meeting's postponement is not
_DEFERRAL_READINGS = _read_as(
    "deferral",
    "16 18 مجلس الأمن التحقيق تحقيق المقاضاة مقاضاة الملاحقة Consejo Seguridad investigación enjuiciamiento",
)
# "la persecución" is the crime beside article 7, a group or a charge; a police chase is not
_PERSECUTION_READINGS = _read_as(
    "persecution",
    "7 humanidad lesa grupo grupos motivos colectividad crimen crímenes cargo cargos acusado acusada",
)
# "عدم الرغبة", "عدم القدرة" are article 17's beside that article, a State's investigation or
# prosecution or its national system
_AR_INABILITY_READINGS = _read_as(
    "unwillingness_or_inability", "17 التحقيق تحقيق المقاضاة مقاضاة الوطنية الوطني المقبولية مقبولية"
)
# "a puerta cerrada" is the Court's closed session beside a Chamber, the Court or articles 64,
# 68, rules 87, 88: any court sits so ("se practicó a puerta cerrada" in a national trial)
_CLOSED_DOORS_READINGS = _read_as("closed_session", "Sala Salas CPI Corte 64 68 87 88")
# "un jefe militar" is article 28's beside that article, the superior's responsibility, control or
# subordinates; "el antiguo jefe militar de la República" is a biography
_COMMANDER_READINGS = _read_as(
    "command_responsibility",
    "28 responsabilidad responde responder subordinados fuerzas control mando superior superiores "
    "responsabilité répond subordonnés contrôle commandement supérieur supérieurs",
)
# "la contrainte" is article 31(1)(d)'s duress beside that article or another ground; a budget's
# or a calendar's constraint is not
_DURESS_READINGS = _read_as(
    "grounds_excluding_responsibility",
    "31 exonération responsabilité menace mort intoxication démence légitime défense déficience",
)
CUED_ALIASES: dict[tuple[str, str], tuple[tuple[frozenset[str], str], ...]] = {
    ("grounds_excluding_responsibility", "contrainte"): _DURESS_READINGS,
    **{("command_responsibility", a): _COMMANDER_READINGS for a in ("jefe militar", "chef militaire")},
    ("closed_session", "a puerta cerrada"): _CLOSED_DOORS_READINGS,
    ("persecution", "persecución"): _PERSECUTION_READINGS,
    **{("unwillingness_or_inability", a): _AR_INABILITY_READINGS for a in ("عدم الرغبة", "عدم القدرة")},
    **{("deferral", a): _DEFERRAL_READINGS for a in ("الإرجاء", "aplazamiento")},
    ("surrender", "entrega"): _SURRENDER_READINGS,
    **{
        ("unwillingness_or_inability", a): _INABILITY_READINGS
        for a in ("inability", "incapacité", "incapacidad")
    },
    **{
        ("grounds_excluding_responsibility", a): _GROUND_READINGS
        # "الإكراه" beside questioning is the coercion article 55(1)(b) forbids
        for a in ("self-defence", "intoxication", "légitime défense", "legítima defensa", "الإكراه")
    },
    **{("revision", a): _REVISION_READINGS for a in ("revision", "révision", "revisión")},
    **{("fines_and_forfeiture", a): _PENALTY_READINGS for a in ("amende", "confiscation", "multa", "غرامة")},
    **{
        ("appeal_proceedings", a): _NEW_TRIAL_READINGS
        for a in ("new trial", "nouveau procès", "nuevo juicio", "إعادة المحاكمة")
    },
    **{
        ("rights_of_the_accused", a): _ACCUSED_READINGS
        for a in ("the accused", "l'accusé", "el acusado", "المتهم")
    },
    **{("proprio_motu_investigation", a): _OWN_INITIATIVE_READINGS for a in _OWN_INITIATIVE},
}
_CUED_CONCEPTS = frozenset(c for c, _ in CUED_ALIASES)


def _without_uncued(cands: list[Candidate], words: Scan, index: Index) -> list[Candidate]:
    """``cands`` with the terms of :data:`CUED_ALIASES` read by the first cue their sentence
    has, and without those whose sentence has none."""
    keys_ = words.keys
    out = []
    for c in cands:
        readings = CUED_ALIASES.get((c.concept or "", c.alias or ""))
        if readings is not None and c.word >= 0:
            lo, hi = words.sentence_bounds(c.word)
            sentence = set(keys_[lo:hi])
            meant = next((concept for cue, concept in readings if not cue.isdisjoint(sentence)), None)
            if meant is None or meant not in index.primary:
                continue
            if meant != c.concept:
                c = c._replace(concept=meant, provisions=index.primary[meant])
        out.append(c)
    return out


# Concepts that a negation just before turns into their opposite: "ليست دولة طرفاً في نظام روما
# الأساسي", "is not a State Party", "no es un Estado Parte" name a State not party.
NEGATED_READINGS: dict[str, str] = {
    "state_party": "non_party_state",
    "accession": "non_party_state",  # "n'a jamais adhéré au Statut"
    "signature_and_ratification": "non_party_state",  # "has not ratified the Statute"
}
_NEGATABLE = frozenset(NEGATED_READINGS)
# the matcher's negations, with "never", but not "عدم" (the absence of: "عدم تعاون دولة طرف"
# is a State Party's non-cooperation) nor "لن" (will not)
_NEGATION_KEYS = (NEGATIONS - frozenset(keys("عدم لن"))) | frozenset(keys("never jamais nunca"))
# what may stand between the negation and the term: "not a", "pas un", "ليست دولة"
_NEGATION_GAP = frozenset(keys("a an un une una uno دولة state état estado es est has have ha yet"))


# "has not ratified the amendments" is a State Party's (article 121(5)), not a non-party's
_RATIFYING = frozenset({"signature_and_ratification", "accession"})
_AMENDMENTS_NEXT = re.compile(
    r"\s+(?:(?:the|its|those|these|les|ces|las|esas|estas)\s+)?(?:\w+\s+)?"
    r"(?:amendments?|amendements?|enmiendas?|(?:ال)?تعديلات|(?:ال)?تعديل)\b",
    re.IGNORECASE,
)


def _negations_read(cands: list[Candidate], words: Scan, index: Index, text: str) -> list[Candidate]:
    """``cands`` with each term of :data:`NEGATED_READINGS` read as its opposite when a
    negation stands just before it in its sentence (at most two words between: "no es un",
    "ليست دولة"); the negation then belongs to the mention. A ratification of the amendments
    that did not happen stays a ratification (read as article 121's by its sentence)."""
    keys_ = words.keys
    out = []
    for c in cands:
        opposite = NEGATED_READINGS.get(c.concept or "")
        if opposite is not None and c.concept in _RATIFYING and _AMENDMENTS_NEXT.match(text, c.end):
            opposite = None  # "has not ratified the amendments": a State Party, of article 121(5)
        if opposite is not None and c.word > 0:
            k = c.word - 1
            while k > 0 and c.word - k <= 2 and keys_[k] in _NEGATION_GAP:
                k -= 1
            if keys_[k] in _NEGATION_KEYS and words.same_sentence(k, c.word) and opposite in index.primary:
                c = c._replace(  # the negation belongs to the term: "ليست دولة طرفاً"
                    start=words.starts[k],
                    concept=opposite,
                    provisions=index.primary[opposite],
                    word=k,
                    words=c.words + c.word - k,
                )
        out.append(c)
    return out


def _first_word(words: Scan, c: Candidate) -> int:
    return c.word if c.word >= 0 else min(bisect_left(words.starts, c.start), len(words.starts) - 1)


def _without_general_crossing(cands: list[Candidate], index: Index) -> list[Candidate]:
    """``cands`` without a general concept's match that crosses an exact match of one that
    narrows it: in "the Pre-Trial Chamber of the International Criminal Court", "Chamber of the
    International Criminal Court" (the Chambers) overlaps "Pre-Trial Chamber" and is longer, yet
    the text names the Pre-Trial Chamber, and the Court after it."""
    specific = sorted((c for c in cands if c.method == "exact" and c.concept in index.narrows), key=_START)
    if not specific:
        return cands
    general = {index.narrows[p.concept or ""] for p in specific}
    starts = [p.start for p in specific]
    out = []
    for c in cands:
        if c.concept in general:
            # only the specific matches that start within a mention's length before it and
            # before its end can cross it (a text of many Chambers must not cost their square)
            near = _near(specific, starts, c.start - MAX_SPAN, c.end)
            if any(index.narrows[p.concept or ""] == c.concept and _crosses(c, p) for p in near):
                continue
        out.append(c)
    return out


def _without_possessive_court(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` without "the court" where it only says whose the next term is: in "the
    court's jurisdiction", "the court's judges", the term is what the sentence is about."""
    courts = [
        c for c in cands if c.concept == COURT and c.needs_context and text.startswith(("'s ", "’s "), c.end)
    ]
    if not courts:
        return cands
    heads = {c.start for c in cands}
    dropped = {id(c) for c in courts if c.end + 3 in heads}
    return [c for c in cands if id(c) not in dropped]


def _without_decoyed_acronyms(cands: list[Candidate], words: Scan, span: tuple[int, int]) -> list[Candidate]:
    """``cands`` without the acronyms that, in this paragraph, stand for another body."""
    shared = [c for c in cands if c.alias in ACRONYM_DECOYS]
    if not shared:
        return cands
    present = set(words.keys[bisect_left(words.starts, span[0]) : bisect_left(words.starts, span[1])])
    drop = {id(c) for c in shared if not ACRONYM_DECOYS[c.alias].isdisjoint(present)}  # type: ignore[index]
    return [c for c in cands if id(c) not in drop]


def named_before(
    candidates: list[Candidate],
    named: dict[str, int],
    words: Scan | None = None,
    text: str = "",
    articles: dict[str, int] | None = None,
) -> list[Candidate]:
    """``candidates`` (one paragraph's) without the back-references to a concept not yet named.

    A back-reference ("the Fund", "le Fonds") stands only after a full mention of its
    concept ("Trust Fund for Victims"): in an earlier paragraph (``named``, concept -> start)
    or earlier in this one. Where one back-reference could refer to several concepts ("the
    hearing"), it refers to the one named last. A short name of one of the Court's organs
    ("la Presidencia", "la Secretaría") also stands, given ``words``, when its sentence
    cites the Court's instruments or names what that organ works with (:data:`BACK_VOUCHERS`),
    and, given ``text``, a short name after its head's title or the article that governs it
    (:data:`NAMED_BY_ITS_HEAD`; ``articles``: the earlier paragraphs' citations, article -> start).
    """
    full: dict[str, list[int]] = {}
    for c in sorted(candidates, key=lambda c: c.start):
        if c.concept is not None and not c.refers_back:
            full.setdefault(c.concept, []).append(c.start)
    out: list[Candidate] = []
    latest: dict[tuple[int, int], tuple[int, Candidate]] = {}  # span -> (where named, reading)
    for c in candidates:
        if not c.refers_back or c.concept is None:
            out.append(c)
            continue
        here = full.get(c.concept, [])
        k = bisect_left(here, c.start)
        at = here[k - 1] if k else named.get(c.concept, -1)
        if at < 0 and words is not None and c.alias in BACK_VOUCHERS and _vouched(c, candidates, words):
            at = 0  # named by its sentence's company: the weakest naming of all
        if at < 0 and c.alias in NAMED_BY_ITS_HEAD and text and not _lower_back_reference(text, c):
            at = _head_named(c, candidates, (named, articles or {}), NAMED_BY_ITS_HEAD[c.alias])
        span = (c.start, c.end)
        if at >= 0 and (span not in latest or at > latest[span][0]):
            latest[span] = (at, c)
    out.extend(c for _, c in latest.values())
    return out


# A short name that its head's title, or the article that governs it, names as well as its own
# full name does: "the Office" (in capitals) after "the Prosecutor", as after "the Office of the
# Prosecutor"; "l'exception" after article 19 (challenges), as after "l'exception d'irrecevabilité"
NAMED_BY_ITS_HEAD: dict[str, frozenset[str]] = {
    "the Office": frozenset({"prosecutor", "deputy_prosecutor"}),
    "l'exception": frozenset({"RS 19"}),
}


def _articles_cited(c: Candidate) -> set[str]:
    """The articles and rules a citation candidate cites ("RS 19" for "article 19(2)(b)")."""
    return {parse_citation(p).provision for p in c.provisions} if c.concept is None else set()


def _head_named(
    c: Candidate, candidates: list[Candidate], earlier: tuple[dict[str, int], ...], heads: frozenset[str]
) -> int:
    """Where one of ``heads`` (concepts, or articles cited) was last named before ``c`` (this
    paragraph's ``candidates``, then the earlier paragraphs' maps ``earlier``: concepts named,
    articles cited), or -1."""
    here = [
        o.start
        for o in candidates
        if o.start < c.start
        and not o.refers_back
        and (o.concept in heads or not heads.isdisjoint(_articles_cited(o)))
    ]
    if here:
        return max(here)
    return max((seen[h] for seen in earlier for h in heads if h in seen), default=-1)


# The company that makes an organ's short name the Court's in its sentence, with no full name
# before it: "debe pedir a la Presidencia que lo dispense, según el artículo 41", "tres
# especialistas examinaron al acusado con la asistencia de la Secretaría" (a citation of the
# Court's instruments counts for every organ)
_CHAMBERS_AND_JUDGES = frozenset(
    {"judges", "chambers", "trial_chamber", "pre_trial_chamber", "appeals_chamber"}
)
_REGISTRY_COMPANY = _CHAMBERS_AND_JUDGES | frozenset(
    {
        "presidency",
        "victim_participation",
        "legal_representation_of_victims",
        "victims_and_witnesses_unit",
        "defence_counsel",
        "rights_of_the_accused",
        "trust_fund_for_victims",
        "fitness_to_stand_trial",
        "interim_release",
        "protective_measures",
        "reparations",
    }
)
_PRESIDENCY_COMPANY = _CHAMBERS_AND_JUDGES | frozenset(
    {
        "registrar",
        "registry",
        "disqualification_of_judges",
        "enforcement_of_sentences",
        "review_of_sentence_reduction",
        "election_of_judges",
    }
)
# by alias: not "le Bureau", which is as often the Office of the Prosecutor's ("le Bureau du
# Procureur") as the Assembly's
BACK_VOUCHERS: dict[str, frozenset[str]] = {
    "la Presidencia": _PRESIDENCY_COMPANY,
    "la Présidence": _PRESIDENCY_COMPANY,
    "la Secretaría": _REGISTRY_COMPANY | {"registrar"},
    "el Secretario": _REGISTRY_COMPANY | {"registry"},
    "al Secretario": _REGISTRY_COMPANY | {"registry"},
    "del Secretario": _REGISTRY_COMPANY | {"registry"},
    "la Mesa": frozenset(
        {
            "assembly_of_states_parties",
            "arrears_in_contributions",
            "financing_of_the_court",
            "election_of_judges",
        }
    ),
}


def _vouched(c: Candidate, candidates: list[Candidate], words: Scan) -> bool:
    """True when the sentence of ``c`` holds a citation or a full mention of a concept of
    :data:`BACK_VOUCHERS` for its alias."""
    company = BACK_VOUCHERS[c.alias or ""]
    sentence = words.sentence(c.word)
    return any(
        o is not c
        and not o.refers_back
        and (o.concept is None or o.concept in company)
        and words.sentence(_first_word(words, o)) == sentence
        for o in candidates
    )


# A sentence that names a national body ("The national Supreme Court heard the appeal",
# "Dunmere's High Court ordered the police to arrest him", "the Ostrevian Public Prosecutor's
# Office has opened an investigation") is about that body: its context-dependent terms are
# not the Court's, unless the sentence also holds a term that needs no context ("... the
# appeal against the ICC's request"). Stricter than FOREIGN_QUALIFIERS: "own courts" and
# "general" name no national body.
_NATIONAL_MARKERS = frozenset(
    keys(
        "national domestic district constitutional supreme military federal municipal provincial county "
        "magistrate magistrates nationale nationales nationaux suprême constitutionnelle pôle "
        "militaire nacional nacionales supremo suprema constitucional militar العليا الوطنية الدستورية "
        "العسكرية الوطني anticorrupción anticorruption instructor instrucción "
        # a court of its kind: "the commercial court in Port Lemar", "el juzgado mercantil"
        "commercial labour labor juvenile bankruptcy probate maritime mercantil laboral"
    )
)
_NATIONAL_INSTITUTIONS = _INSTITUTION_WORDS | frozenset(
    keys(
        "police magistrate magistrates attorney judiciary tribunaux tribunales policía القضاء الشرطة النائب "
        "parquet justice justicia juzgado juzgados audiencia "
        # and a national trial: "the domestic trial of four officers"
        "trial trials procès juicio juicios المحاكمة المحاكمات"
    )
)
# Terms whose law is about national proceedings: the admissibility of a case turns on them
_ABOUT_NATIONAL_PROCEEDINGS = frozenset(
    {
        "admissibility",
        "complementarity",
        "unwillingness_or_inability",
        "ne_bis_in_idem",
        "preliminary_ruling_on_admissibility",
        "challenge_to_jurisdiction_or_admissibility",
        "deferral",
    }
)
# ... and those of them that a story about national proceedings raises only as the Court's law
_ABOUT_THE_STORY = frozenset({"complementarity", "unwillingness_or_inability"})
# National offices named by a word that alone would say nothing: "public prosecutor", "النائب
# العام" (the Attorney-General; the ICC's Prosecutor is "المدعي العام"), "procureur de la République"
_NATIONAL_PAIRS: dict[str, frozenset[str]] = {
    keys(a)[0]: frozenset(keys(b))
    for a, b in (
        ("court", "high"),  # "High Court"; "high" alone is too common a word to mark anything
        ("prosecutor", "public corruption"),  # "public prosecutors" (keys drop the plural), "anti-corruption"
        ("attorney", "general"),  # the Attorney-General
        ("police", "judiciaire"),  # France's criminal police
        ("النائب", "العام"),
        ("النيابة", "العامة"),
        ("procureur", "république"),
        ("fiscal", "general provincial"),
        ("fiscalía", "general"),  # "la Fiscalía General de la Nación"; the ICC's is "la Fiscalía"
        # a truth commission: "the Truth and Dignity Commission", "la comisión de la verdad"
        ("commission", "truth dignity reconciliation vérité réconciliation"),
        ("comisión", "verdad reconciliación"),
        ("board", "parole disciplinary"),  # "the Parole Board": the Court's law has no parole
        # "le conseil de discipline du barreau de Castelmar", "le conseil municipal"
        ("conseil", "discipline barreau municipal régional départemental"),
        # an investigating judge and a chamber of inquiry: the Court has neither ("le juge
        # d'instruction", "la chambre de l'instruction", "el juzgado de instrucción"), nor a
        # committal warrant ("le mandat de dépôt"); the English "investigating judge" may
        # be the custodial State's, whose sentence is the Court's article 59 (see
        # CONCEPT_PREV_QUALIFIERS)
        ("juge", "instruction"),
        ("chambre", "instruction"),
        ("juez", "instrucción"),
        ("juzgado", "instrucción"),
        # "la Sala de lo Penal de la Audiencia Nacional": a State's courts
        ("audiencia", "nacional provincial"),
        ("sala", "penal civil contencioso constitucional"),
        # "the Constitutional Chamber of Valdoria's Supreme Court"
        ("chamber", "constitutional"),
        ("chambre", "constitutionnelle"),
        ("mandat", "dépôt"),
    )
}


# A prosecution or a court of a place: "le parquet de Port-Aubrac", "el juzgado de Lestra",
# "le procureur de Nordavie"; not "le parquet de la CPI", "le tribunal de La Haye", "le
# Procureur de la Cour"
_OF_A_PLACE = frozenset(keys("parquet tribunal juzgado procureur fiscal juez jueza juge"))
_OF = frozenset(keys("de du del"))
_NOT_A_PLACE = frozenset(keys("la le las los cpi cour corte haye haya"))


def _of_a_place(text: str, words: Scan, m: int) -> bool:
    """True when word ``m`` (a prosecution, a court) is followed by "de" and a place's name."""
    keys_ = words.keys
    return (
        m + 2 < len(keys_)
        and keys_[m + 1] in _OF
        and keys_[m + 2] not in _NOT_A_PLACE
        and text[words.starts[m + 2] : words.starts[m + 2] + 1].isupper()
        and words.same_sentence(m, m + 2)
    )


# National courts named by their kind, right after the word for a court: "la cour d'appel",
# "la chambre correctionnelle", "the Court of Appeal", "محكمة الاستئناف" (kind -> court words)
_NATIONAL_COURT_KINDS: dict[str, frozenset[str]] = {
    keys(kind)[0]: frozenset(keys(heads))
    for kind, heads in (
        ("appel", "cour"),
        ("cassation", "cour court"),
        ("assises", "cour"),
        ("correctionnelle", "chambre"),
        ("correctionnel", "tribunal"),
        ("appeal", "court"),
        ("apelaciones", "corte tribunal cámara"),
        ("casación", "corte tribunal sala"),
        ("الاستئناف", "محكمة"),
        ("النقض", "محكمة"),
        ("الجنايات", "محكمة"),
    )
}
_LABOUR = frozenset(keys("labour labor"))
_FORCED = keys("forced")[0]
NATIONAL_BEFORE, NATIONAL_AFTER = 12, 8  # words: how far from the term the body may be named


_A_PLACE_BEFORE = frozenset(keys("tennis basketball squash badminton volleyball food"))


def _national_bodies(words: Scan, distinct: set[str], text: str = "") -> list[int]:
    """The words of ``words`` that name a national body: an institution word with a national
    marker within two words of it in its sentence, or the head of one of
    :data:`_NATIONAL_PAIRS` with its other word just before or up to three after (sorted).
    ``distinct`` is the set of its keys. Found from the markers, which are rarer than the
    institution words."""
    hints = _NATIONAL_MARKERS.intersection(distinct)
    for head in _NATIONAL_PAIRS.keys() & distinct:
        hints |= _NATIONAL_PAIRS[head].intersection(distinct)
    hints |= _NATIONAL_COURT_KINDS.keys() & distinct
    hints |= _OF_A_PLACE.intersection(distinct)
    if not hints:
        return []  # no national marker anywhere, nor both words of a pair: the usual case
    keys_ = words.keys
    total = len(keys_)
    out: set[int] = set()
    for m in _positions(keys_, hints):
        marker = keys_[m]
        if marker in _LABOUR and m and keys_[m - 1] == _FORCED:
            continue  # "the forced labour trial": a crime, no labour court
        if marker in _NATIONAL_MARKERS:
            for k in range(max(0, m - 2), min(total, m + 3)):
                if keys_[k] in _NATIONAL_INSTITUTIONS and words.same_sentence(m, k):
                    if not (k and keys_[k - 1] in _A_PLACE_BEFORE):  # "a municipal tennis court"
                        out.add(k)
            k = m + 3  # ... or further on in a chain of qualifiers: "the national anti-corruption prosecutor"
            if k < total and keys_[k] in _NATIONAL_INSTITUTIONS and words.same_sentence(m, k):
                if not any(x in STOPWORDS for x in keys_[m + 1 : k]):
                    out.add(k)
        for k in range(max(0, m - 3), min(total, m + 2)):
            if marker in _NATIONAL_PAIRS.get(keys_[k], ()):
                out.add(k)
        if marker in _OF_A_PLACE and _of_a_place(text, words, m):
            out.add(m)
        heads = _NATIONAL_COURT_KINDS.get(marker)
        if heads is not None and m:
            k = m - 2 if m > 1 and keys_[m - 1] == "of" else m - 1  # "Court of Appeal"
            if keys_[k] in heads:
                out.add(k)
        if heads is not None and m + 1 < total and keys_[m + 1] in heads and words.same_sentence(m, m + 1):
            out.add(m + 1)  # "appeal court upholds murder conviction": the Court has an Appeals Chamber
    return sorted(out)


def _positions(keys_: list[str], wanted: AbstractSet[str]) -> list[int]:
    """The sorted positions of the keys in ``wanted`` (a few, rare ones): found with
    ``list.index``, a C scan per key, rather than a set look-up for every word."""
    out: list[int] = []
    for key in wanted:
        at = -1
        try:
            while True:
                at = keys_.index(key, at + 1)
                out.append(at)
        except ValueError:
            pass  # no more of it (or none at all)
    out.sort()
    return out


# A term of a court pointed at as "that" one, in lower case (a court other than the Court, which
# is written with its capital, and is "this" court where a text names it so): "the Appeal Chamber
# of that court", "la chambre d'appel de cette cour", "la Sala de Apelación de ese tribunal",
# "قضاة تلك المحكمة" (not before the Court's own adjective: "تلك المحكمة الجنائية الدولية")
_OF_THAT_COURT = re.compile(
    r"\s+(?:of\s+that\s+(?:court|tribunal)|(?:de|d')\s*cette\s+(?:cour|juridiction)"
    r"|de\s+(?:ese|esa|dicho|dicha)\s+(?:tribunal|corte|juzgado)"
    r"|(?:في\s+|ل)?تلك\s+المحكمة(?!\s+الجنائية))(?![\w])"
)
_THAT_COURT_KEYS = frozenset(keys("that court"))  # a quick look first: both words in the text ...
_THAT_COURT_WORDS = frozenset(keys("cette ese esa dicho dicha تلك"))  # ... or one of these


def _without_that_courts(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` without the terms of a court pointed at (:data:`_OF_THAT_COURT`), nor any term
    inside such a name ("Appeal", "Chamber of that court" in "the Appeal Chamber of that court")."""
    spans = [(c.start, m.end()) for c in cands if (m := _OF_THAT_COURT.match(text, c.end))]
    if not spans:
        return cands
    return [c for c in cands if not any(a <= c.start < b for a, b in spans)]


def _without_starts_inside_bodies(cands: list[Candidate], words: Scan) -> list[Candidate]:
    """``cands`` without the terms standing alone that start inside another body's name."""
    keys_ = words.keys
    return [
        c
        for c in cands
        if not (
            c.word > 0
            and keys_[c.word] in OTHER_BODY_TAILS
            and _stands_alone(c)
            and _starts_inside_other_body(keys_, c.word)
        )
    ]


def _in_other_body(keys: list[str], i: int, j: int) -> bool:
    """True when the words ``[i, j)`` begin or end inside the name of another body
    (:data:`OTHER_BODIES`): "la Cour" of "la Cour internationale de justice", "Appeal" of "the
    Court of Appeal"."""
    return _ends_where_other_body_starts(keys, j) or _starts_inside_other_body(keys, i)


def _ends_where_other_body_starts(keys: list[str], j: int) -> bool:
    """True when the word before ``j`` begins another body's name: "la Cour" of "la Cour
    internationale de justice"."""
    names = OTHER_BODIES.get(keys[j - 1]) if j else None
    if names is None or j >= len(keys) or keys[j] not in _SECOND_WORDS[keys[j - 1]]:
        return False  # most terms: "the Court" not followed by "of justice", "of appeal" ...
    return any(tuple(keys[j - 1 : j - 1 + len(n)]) == n for n in names)


def _starts_inside_other_body(keys: list[str], i: int) -> bool:
    """True when word ``i`` is a later word of another body's name: "Appeal" of "the Court of
    Appeal"."""
    tails = OTHER_BODY_TAILS.get(keys[i]) if i < len(keys) else None
    if tails is None or not i or keys[i - 1] not in _WORDS_BEFORE[keys[i]]:
        return False
    return any(
        len(h) <= i and tuple(keys[i - len(h) : i]) == h and tuple(keys[i : i + len(t)]) == t
        for h, t in tails
    )


# Words that join two phrases: what comes after them qualifies the second, not the term
_JOINING: frozenset[str] = frozenset(keys("and or et ou y o e u"))


def _foreign(words: Scan, c: Candidate) -> bool:
    """True when the words just around ``c`` tie it to another institution or event."""
    if c.word >= 0:
        i, j = c.word, c.word + c.words
    else:  # a citation: its words were not counted
        i, j = bisect_left(words.starts, c.start), bisect_left(words.starts, c.end)
    keys = words.keys
    if c.loose and any(k in FOREIGN_QUALIFIERS and k not in _alias_keys(c.alias or "") for k in keys[i:j]):
        return True  # a word put in that names another system: "orden europea de detención"
    if ((j and keys[j - 1] in OTHER_BODIES) or (i < len(keys) and keys[i] in OTHER_BODY_TAILS)) and (
        _in_other_body(keys, i, j)  # the look-ups first: this runs for every context term
    ):
        return True  # "la Cour" of "la Cour internationale de justice", "Appeal" of "Court of Appeal"
    near = _QUALIFIERS_OF.get(c.concept or "", FOREIGN_QUALIFIERS)
    if (not i or keys[i - 1] not in near) and near.isdisjoint(keys[j : j + 4]):
        return False  # the usual case: no qualifying word anywhere near
    before = keys[i - 1 : i] if i and words.same_sentence(i - 1, i) else []
    # the content words after it, in the same sentence: the first may be an adjective ("la Cour
    # suprême", not "los Estados Partes a detener al general"); the object of a concept's own
    # qualifier may come second ("surrender their service weapons")
    stop = len(keys) if j + 4 > len(keys) else j + 4
    if j < stop:
        stop = max(j, words.sentence_end(j - 1, stop))  # words after its sentence's break are another's
    for n in range(j, stop):
        if keys[n] in _JOINING:
            stop = n  # "un mandat d'arrêt et appel à la coopération": the next noun's words
            break
    after = [k for k in keys[j:stop] if k not in STOPWORDS][:2]
    if c.lang == "en":  # English adjectives come first: "the General Assembly", not "arrest the general"
        after = [k for k in after if k not in QUALIFIERS_BEFORE_IN_ENGLISH]
    if any(k in FOREIGN_QUALIFIERS for k in (*before, *after[:1])):
        return True
    if after and after[0] in CONCEPT_NEXT_QUALIFIERS.get(c.concept or "", ()):
        return True
    if before and before[0] in CONCEPT_PREV_QUALIFIERS.get(c.concept or "", ()):
        return True
    special = CONCEPT_QUALIFIERS.get(c.concept or "")
    if special is None or not any(k in special for k in (*before, *after)):
        return False
    # ... unless the qualifier only describes a person: "surrendered its former army chief"
    following = keys[j:stop] + keys[stop : stop + 1]
    return not any(
        k in special and n + 1 < len(following) and following[n + 1] in _PERSON_HEADS
        for n, k in enumerate(following)
    )


# Words for a person that a qualifier may describe ("army chief", "rebel commander"): the
# person, not the troops, is then the one surrendered.
_PERSON_HEADS = frozenset(
    keys(
        "chief commander general officer leader head captain colonel jefe comandante general oficial "
        "líder chef commandant officier قائد رئيس"
    )
)


# Context-dependent terms whose other grammatical number is another thing: "the affair has
# reached the courts" (courts, not the Court), "the rule against double jeopardy" (a rule, not
# the Rules). The pattern is searched in the mention's text.
WRONG_NUMBER: dict[str, re.Pattern[str]] = {
    COURT: re.compile(r"\b(?:courts|cortes|tribunales|tribunaux|tribunals)\b", re.IGNORECASE),
    "rules_of_procedure_and_evidence": re.compile(r"(?<!s)\Z"),  # not ending in the plural s
    # a federation's statutes; "le statut" and "el estatuto" in lower case: a status
    "rome_statute": re.compile(r"\b(?:(?i:statutes|statuts|estatutos)|statut|estatuto)\b"),
    # "a trend among Offices of Prosecutors everywhere": prosecution services in general
    # ... "fiscalías especializadas", "les parquets": a country's prosecution offices
    "office_of_the_prosecutor": re.compile(r"\b(?:offices|fiscalías|parquets)\b", re.IGNORECASE),
    # ... and a form that folds to the term's: an "opening session" is no "open session"
    "public_hearing": re.compile(r"\bopening\b", re.IGNORECASE),
    # "los presupuestos de algunos clubes": budgets, not the Court's budget
    "financing_of_the_court": re.compile(r"\bpresupuestos\b", re.IGNORECASE),
    # "the court's 18 seats": its judges' places, not its seat
    "seat_of_the_court": re.compile(r"\b(?:seats|sièges)\b", re.IGNORECASE),
    # "les compétences que nous recrutons": skills; the Court's jurisdiction is singular
    "preconditions_to_jurisdiction": re.compile(r"\b(?:compétences|competencias)\b", re.IGNORECASE),
}


# "warrant" as a verb: after a modal or "not" ("does not warrant"), or "warrants" with an object
# right after it ("warrants a pause", "warrants further scrutiny")
_BEFORE_A_VERB = frozenset("does do did would will may might could can should must not to".split())
_VERB_OBJECTS = frozenset(
    "a an further closer careful serious attention scrutiny caution concern some more".split()
)
_PLURAL_SUBJECT_OBJECTS = _VERB_OBJECTS | {"the"}
_NOT_PLURAL_SUBJECTS = frozenset("its his this was has is does as thus us yes less unless across".split())


# ... or "warrants" after a subject that is no determiner: "the decision warrants the attention"
_VERB_SUBJECTS = frozenset("it this which what decision situation case matter process issue".split())


# "witness" as a verb: after "to" or a modal (_BEFORE_A_VERB), with an object after it ("to
# witness history", "could witness the verdict"); "access to witness statements" keeps its noun
# ... and "who witness a new building go up", "we witness the"
_BEFORE_WITNESS = _BEFORE_A_VERB | frozenset("who we they you i often never rarely also still".split())
_WITNESSED = frozenset("the a an this that these those history it his her their its what how".split())
_WITNESS_WHAT = frozenset("the this that these those what how".split())  # ("Witness P-0012 said")


# "the appeal of" a thing, not of a decision or a party: its attraction ("the appeal of
# populism"). A name ("the appeal of Kalvaro") starts with a capital letter.
_PART_OF = re.compile(r"\b(?:part|much|most|some) of (?:its|their|his|her|the) $", re.IGNORECASE)
_AMOUNT_OF = re.compile(r"\b(?:a lot of|lots of|plenty of|a great deal of|much|little) $", re.IGNORECASE)
_HAD_ITS = re.compile(r"\b(?:has|had|have|having) (?:its|their|his|her) $", re.IGNORECASE)
_APPEAL_OF = re.compile(r"\s+of\s+(?:(?:the|this|that|a|an|its|their|his|her|such)\s+)?([A-Za-z]+)")
_OWNED_THING = re.compile(r"['’]s\s+(?:own\s+)?([A-Za-z]+)")  # "Valdoria's (own) position"
_VIEWS = frozenset(
    "position positions stance argument arguments idea ideas message offer proposal proposals plan "
    "approach pitch view views platform policy policies model vision narrative".split()
)
_ATTRACTIVE = frozenset(
    "certain obvious broad wide popular mass enduring lasting instant universal electoral emotional visual "
    "populist nostalgic aesthetic intuitive".split()
)
_APPEALED = frozenset(
    "decision decisions judgment judgement conviction verdict acquittal sentence sentencing ruling order "
    "finding findings defence defense prosecution prosecutor accused convicted trial confirmation suspect "
    "person state government applicant appellant victims victim parties party own".split()
)


def _appeal_as_attraction(text: str, c: Candidate) -> bool:
    if _word_before(text, c.start) in _ATTRACTIVE:
        return True  # "budget discipline has a certain appeal in hard times"
    if _PART_OF.search(text, max(0, c.start - 20), c.start):
        return True  # "part of their appeal is that ..."
    if _AMOUNT_OF.search(text, max(0, c.start - 24), c.start):
        return True  # "the idea has a lot of appeal"
    if _HAD_ITS.search(text, max(0, c.start - 20), c.start) and text[c.end : c.end + 1] in (
        ".",
        ",",
        ";",
        "!",
    ):
        return True  # "the experience clearly had its appeal." (not "had its appeal dismissed")
    m = _APPEAL_OF.match(text, c.end)
    if m is None:
        return False
    owned = _OWNED_THING.match(text, m.end())
    if owned is not None and owned.group(1).lower() in _VIEWS:
        return True  # "the appeal of Valdoria's position", not "of Kalo's conviction"
    # a name is an appellant ("the appeal of Mr Kalo"), but The Hague is a place: "the appeal of
    # the Hague process"
    return (m.group(1)[0].islower() or m.group(1) == "Hague") and m.group(1) not in _APPEALED


def _witness_as_verb(text: str, c: Candidate) -> bool:
    if text[c.start : c.end] == "Witness" and _SENTENCE_START.search(text, max(0, c.start - 4), c.start):
        # "Witness the reaction to the refusal": the verb, in the imperative
        after = _WORDS.match(text, c.end + 1) if text[c.end : c.end + 1] == " " else None
        return after is not None and after.group() in _WITNESS_WHAT
    if text[c.start : c.end].lower() != "witness" or _word_before(text, c.start) not in _BEFORE_WITNESS:
        return False
    after = _WORDS.match(text, c.end + 1) if text[c.end : c.end + 1] == " " else None
    return after is not None and after.group().lower() in _WITNESSED


def _warrant_as_verb(text: str, c: Candidate) -> bool:
    before = _word_before(text, c.start)
    if before in _BEFORE_A_VERB:
        return True
    if text[c.end - 1 : c.end] not in "sS":
        # after a plural subject, with an object: "three points warrant the Committee's attention"
        return (
            before.endswith("s")
            and len(before) > 3
            and before not in _NOT_PLURAL_SUBJECTS
            and text[c.start - len(before) - 1 : c.start].lower() == before + " "  # no "judges' warrant"
            and _object_follows(text, c, _PLURAL_SUBJECT_OBJECTS)
        )
    if before in _VERB_SUBJECTS:
        return True
    return _object_follows(text, c)


def _object_follows(text: str, c: Candidate, objects: frozenset[str] = _VERB_OBJECTS) -> bool:
    nxt = _WORDS.search(text, c.end, c.end + 20)
    return nxt is not None and text[c.end : nxt.start()].isspace() and nxt.group().lower() in objects


# the courtroom, not the Chamber: "entrar en la sala", "lo que ocurre en la sala"
_CHAMBER_CONCEPTS = frozenset({"chambers", "trial_chamber", "pre_trial_chamber", "appeals_chamber"})
_INTO_THE_ROOM = re.compile(
    r"\b(?:(?:entr\w+|sal\w+|ocurr\w+|pas\w+|sentad\w+|sentó|volvi\w+) en|sal\w+ de) $", re.IGNORECASE
)
# member states in a sentence that names a federation, union, league or commission: its members
_MEMBERS = re.compile(r"member|membre|miembro|الأعضاء|عضو", re.IGNORECASE)
_OTHER_MEMBERSHIP = frozenset(
    keys(
        "federation fédération federación union unión league ligue liga community communauté comunidad "
        # not منظمة: its plural folds into it ("منظمات حقوقية")
        "commission comisión alliance alianza اتحاد جامعة رابطة التكتل تكتل "
        # "the trade bloc linking Esterhall and its neighbours has twelve member states"
        "bloc blocs bloque bloques "
        # "the member states of the European student exchange network"
        "network networks réseau réseaux "
        # "l'Organisation régionale du commerce pour ses États membres", "los Estados miembros del
        # Pacto Aduanero del Sur"
        "organisation organisations organization organizations organización organizaciones "
        "pact pacts pacte pactes pacto pactos "
        # "الدول الأعضاء في السوق الإقليمية المشتركة": a common market's
        "السوق market marché mercado "
        # "les bibliothèques des États membres de la francophonie"
        "francophonie francofonía commonwealth"
    )
)
# words that give a term's everyday sense away anywhere in its sentence: immunity in medicine,
# a wedding's witness, a game of chess (looked up among the sentence's word keys)
_CHARGING = frozenset(
    keys(
        "receipt receipts invoice invoices fee fees bill billed battery batteries laptop phone charger taxi "
        "téléphone batterie portable tablet tablets device devices headset headsets headphones earbuds "
        "microphone microphones chauffage loyer loyers copropriété locatives "
        # "los cargos de su tarjeta de transporte"
        "batería tarjeta tarjetas factura facturas recibo recibos"
    )
)
# a sports body's charges and sanctions: "new charges against two referees", "banned for doping"
_SPORT = frozenset(keys("match-fixing doping dopage dopaje amaño amañados"))
_MATCH_BANS = frozenset(keys("bans"))  # "sentences measured in match bans"
_SPORT_SANCTIONS = _SPORT | _MATCH_BANS
# ... and a sentence about a sport: the judges, chambers, charges, sentences, appeals and
# prosecutors in it are a sports body's ("la chambre disciplinaire de la Fédération de football
# a confirmé en appel"; "the federation's prosecutor had brought the charges after a referee's
# report; the judges of the chamber reserved their decision")
# (whole words: the keys of "referee" and "arbitre" are those of "refer" and "arbitrary")
_SPORTS = re.compile(
    r"\b(?:football|fútbol|soccer|referees?|arbitres?|árbitros?|match-fixing|doping|dopage|dopaje"
    r"|basketball|rugby|cycling|cyclisme|ciclismo|athletics|athlétisme|atletismo|athlètes?|athletes?|atletas?"
    # a sports body ("a sports tribunal", not "a former sports minister")
    r"|sports? (?:tribunal|court|federation|arbitration|body|bodies|disciplinary|appeals?)"
    r"|Arbitration for Sport|Arbitral du Sport|Arbitraje Deportivo)\b",
    re.IGNORECASE,
)
_SPORT_KEYS = frozenset(
    keys(
        "football fútbol soccer referee arbitre árbitro fixing doping dopage dopaje basketball rugby cycling "
        "cyclisme ciclismo athletics athlétisme atletismo athlete athletes athlète athlètes atleta atletas "
        # "إيقاف مهاجمه ست مباريات", "حكم المباراة" (not "كرة": its key is "الفكرة"'s, an idea)
        "مباراة مباريات المنشطات sports"
    )
)
# keys that other words share: "refer" (referee), "arbitr" (arbitre, arbitrer), "cycl" (cycle),
# "fixing"
_SHARED_SPORT_KEYS = frozenset(keys("referee arbitre cycling fixing sports"))  # ("sports minister")
_THE_STATUTES_CRIMES = re.compile(
    r"\b(?:war crimes?|crimes? against humanity|genocide|crimes? de guerre|crimes? contre l['’]humanité"
    r"|génocide|crímenes de guerra|lesa humanidad|genocidio)\b|جرائم الحرب|جرائم حرب|الإبادة الجماعية",
    re.IGNORECASE,
)
_SENTENCE_SENSES: dict[str, frozenset[str]] = {
    c: frozenset(
        keys(
            "booster boosters vaccine vaccines vaccinated vaccination vacuna vacunas vacunado vacunación "
            "sarampión measles rougeole virus "
            "infection infections infección infecciones flu grippe gripe pneumonia pneumonie neumonía "
            "immune immunitaire inmune inmunitario boost boosts boosted لقاح فيروس"
        )
    )
    for c in ("head_of_state_immunity", "waiver_of_immunity")
} | {
    "witness": frozenset(keys("wedding weddings mariage noces boda bodas زفاف relais relevos")),
    # a game's court: "pointing at the court, where two boys argue over a foul"; "tennis fans
    # packed centre court at the Hallberg Open" is no open court either
    **{
        c: frozenset(
            keys(
                "foul fouls basketball tennis volleyball netball badminton squash hoop hoops dribbling "
                "rebound"
            )
        )
        for c in (COURT, "public_hearing")
    },
    # a company's customers: "the company says its customers' data is confidential"
    **{
        c: frozenset(
            keys(
                "customer customers client clients cliente clientes عملاء عملائها عملائه زبائن "
                # "my grandmother's confidential recipe"
                "recipe recipes recette recettes receta recetas وصفة"
            )
        )
        for c in ("confidentiality", "classification_of_filings")
    },
    "surrender": frozenset(keys("chess checkmate échecs ajedrez")),
    # "أعلنت سلطة الطيران المدني استئناف الرحلات": flights resuming (not "الطيران" alone: an appeal
    # against a conviction for an air strike, "قصف الطيران", is the Court's)
    "appeal": frozenset(keys("الرحلات رحلات")),
    # "el club de ajedrez de mi barrio ha votado una moción de solidaridad con las víctimas"
    "victim": frozenset(keys("chess échecs ajedrez")),
    # a doctor's examination and referral: "the preliminary examination my dentist did", "a
    # referral from my GP gets me a specialist appointment"
    **dict.fromkeys(
        ("preliminary_examination", "exercise_of_jurisdiction"),
        frozenset(
            keys(
                "dentist dentists doctor doctors GP physician physicians specialist clinic médecin "
                "médecins dentiste médico médicos dentista طبيب الطبيب طبيبي"
            )
        ),
    ),
    # "المسجل في الحافلة": a tape recorder on a bus
    "registrar": frozenset(keys("حافلة الحافلة أغنية أغاني شريط كاسيت الراديو")),
    # "رواتبهم المتأخرة": late salaries, not a State's arrears
    "arrears_in_contributions": frozenset(
        keys("رواتب رواتبهم الرواتب أجور أجورهم الأجور معاشات salaries wages rent loyers alquileres")
    ),
    "escape": frozenset(keys("impuestos impôts fiscal fiscale fiscales hacienda capitales capitaux tax")),
    "withdrawal": frozenset(
        keys(
            "delantero delanteros futbolista futbolistas jugador jugadora portero tenista torneo trofeo "
            "trofeos footballer striker goalkeeper joueur joueuse footballeur attaquant tournoi"
        )
    ),
    # "the deferral of student loan repayments": a debt's, not a case's
    "deferral": frozenset(
        keys(
            "loan loans repayment repayments mortgage mortgages debt debts tuition rent installment "
            "instalment instalments installments prêt prêts remboursement remboursements hypothèque "
            "préstamo préstamos hipoteca deuda deudas قرض قروض أقساط"
        )
    ),
    "reparations": frozenset(
        keys(
            "arbitration arbitral arbitrator arbitrators arbitraje arbitrage "
            # "la reparación del ascensor", "un taller de reparaciones": repairs
            "ascensor ascensores taller talleres coche coches mecánico avería tejado ordenador "
            "ascenseur garage "
            # "la réparation de sa chaudière", "the repair of the boiler"
            "chaudière chaudières chauffage plombier toiture voiture voitures caldera calefacción boiler "
            "roof plumber"
        )
    ),
    # "my ministry charged my embassy for every taxi receipt", "I'll charge my laptop", "her
    # laptop's charge drop"
    **{c: _CHARGING | _SPORT for c in ("charges", "amendment_of_charges")},
    "sentencing": _SPORT_SANCTIONS
    | frozenset(keys("finish finishes finished end ends ended start starts started begin begins began")),
    # rule 85's victims, "natural persons who have suffered harm": no jurisdiction over persons
    # (for the words "natural persons" only: see _SENSE_CHECKS)
    "personal_jurisdiction": frozenset(
        keys("victim victims victime victimes víctima víctimas 85 harm préjudice daño ضحايا الضحايا المجني")
    ),
    # a parliament's, a council's or the Assembly's plenary: not the judges'
    "plenary_sessions": frozenset(
        keys(
            "assembly assemblies asamblea assemblée parliament parlement parlamento "
            "congress congrès congreso "
            "senate sénat senado council conseil consejo deputies députés diputados lawmakers MPs ASP AEP "
            "البرلمان الجمعية مجلس النواب"
        )
    ),
    # a bar's discipline of its lawyers, or counsel's under their code of conduct: not the
    # disciplinary measures of article 47 against the Court's elected officials
    "disciplinary_measures": frozenset(
        keys(
            "barreau barreaux bâtonnier bar colegio abogado abogados avocat avocats lawyer lawyers counsel "
            "conseil conseils المحامين المحامي محام"
        )
    ),
}
# ... and, for a sentence of speech, the words after those: "let me finish my sentence"
_SENTENCE_FINISHED = re.compile(
    r"\b(?:finish|finishes|finished|end|ends|ended|start|starts|started|begin|begins|began)"
    r" (?:every|each|my|his|her|your|their|the|a|this|each other['’]s|one another['’]s) sentences?\b",
    re.IGNORECASE,
)


def _sentence_gives_away(text: str, c: Candidate, words: Scan) -> bool:
    """True when the sentence of ``c`` holds a word of :data:`_SENTENCE_SENSES` for its concept
    (a sentence of speech: a word finishing or beginning it)."""
    if c.word < 0:
        return False
    a, b = words.sentence_bounds(c.word)
    if _SENTENCE_SENSES[c.concept or ""].isdisjoint(words.keys[a:b]):
        return False
    if c.concept != "sentencing" or not _SPORT_SANCTIONS.isdisjoint(words.keys[a:b]):
        return True  # ... a sentence beside match-fixing or match bans is a sports body's
    end = words.ends[b - 1] if b > a else c.end
    return _SENTENCE_FINISHED.search(text, words.starts[a], end) is not None


_BARELY_A = re.compile(r"\b(?:barely|hardly|scarcely|not even|worth) a $", re.IGNORECASE)
_QUOTED_AFTER = re.compile(r"[^.;\n]{0,60}:\s*[\"“«]")


_NTH = frozenset("first second third fourth last opening 1st 2nd 3rd 4th".split())
_AFTER_AN_NTH = frozenset(".,;:)—–")
_A_FIGURE_AFTER = re.compile(r"\s*[—–-]\s*(?:\d|life\b|a life\b)", re.IGNORECASE)
_IN_THE_SAME = re.compile(r"\b(?:in|into|within) (?:the|that|this) same $", re.IGNORECASE)


_THAT_QUOTED = re.compile(r"[\"”»]\s*(?:That|This) $")


def _sentence_of_writing(text: str, c: Candidate) -> bool:
    """True when "sentence" is one of writing: a verb of saying after it ("a sentence
    describing"), "of article ..." after it, or a counting word before it with a verb of
    writing near ("wrote exactly one sentence", "every sentence he writes", "a single long
    sentence in a press release"); "mid-sentence"."""
    if _SENTENCE_OF_WRITING_AFTER.match(text, c.end) or text.endswith(
        ("mid-", "per ", "half-finished "), 0, c.start
    ):
        return True  # ... or "stopped mid-sentence", "one idea per sentence", "a half-finished sentence"
    if _A_DOCUMENTS.search(text, max(0, c.start - 40), c.start):
        return True  # "the notice's final sentence does not even mention"
    if _IN_ONE.search(text, max(0, c.start - 16), c.start):
        return True  # "In one sentence: leaving the Statute does not erase the past"
    if _THAT_QUOTED.search(text, max(0, c.start - 12), c.start):
        return True  # '... article 63: "The accused shall be present." That sentence carries no clause'

    if _IN_THE_SAME.search(text, max(0, c.start - 20), c.start):
        return True  # "a condition built into the same sentence": of the article's text
    if _BARELY_A.search(text, max(0, c.start - 20), c.start):
        return True  # "barely a sentence for the law": a few words
    if _OPENED_WITH.search(text, max(0, c.start - 30), c.start):
        return True  # "The Deputy Minister opened with a sentence that members later quoted"
    if _IN_ITS_LAST.search(text, max(0, c.start - 30), c.start) and text.startswith((",", " of "), c.end):
        return True  # "In its final sentence, the judges note": a decision's last words
    if (
        _word_before(text, c.start) in _NTH
        and text[c.end : c.end + 2].strip()[:1] in _AFTER_AN_NTH
        and not _A_FIGURE_AFTER.match(text, c.end)  # ("first sentence — 14 years for Lubanga —")
    ):
        return True  # "named him in its very first sentence."; "(art. 61(9), first sentence)"
    before = _WORDS.findall(text, max(0, c.start - 24), c.start)[-2:]
    if _SENTENCE_COUNTED.isdisjoint(w.lower() for w in before):
        return False
    if _QUOTED_AFTER.match(text, c.end):
        return True  # "One sentence drew a murmur from the gallery: "He governed a province""
    return _WRITING.search(text, max(0, c.start - 30), min(len(text), c.end + 30)) is not None


def _another_members(c: Candidate, words: Scan) -> bool:
    """True when the sentence of ``c`` names a federation, union, league or commission."""
    if c.word < 0:
        return False
    a, b = words.sentence_bounds(c.word)
    return not _OTHER_MEMBERSHIP.isdisjoint(words.keys[a:b])


# "pour qu'un procès ait lieu": a trial taking place, not its place
_TAKES_PLACE = re.compile(r"\b(?:ait|a|aura|avoir|ont|eu|aient|auront|avait|aurait) lieu\b", re.IGNORECASE)
# "fueron testigos de", "ont été témoins de": to see a thing happen
_SAW_IT = re.compile(
    r"\b(?:fueron|fue|son|es|ser|sido|eran|era|somos|fuimos|être|été|sont|est|était|étaient|furent)"
    r"(?:, [^,.;]{1,20},)?"  # "il y est, paraît-il, témoin de débats"
    r" (?:los |las |les |des )?$",
    re.IGNORECASE,
)
# what the Court's name may qualify right after "member of the ICC": its bar, staff, team ...
_OF_THE_ICCS = re.compile(
    r" (?:defen[cs]e|bar|staff|team|press|legal|outreach|registry|detention|prosecution|delegation"
    r"|lawyers?|counsel|list|trust|judiciary|bench)\b",
    re.IGNORECASE,
)
# member states of another organisation named after them
_OF_ANOTHER_ORGANISATION = re.compile(
    r"\s+(?:of\s+the|de\s+la|del?|of)\s+(?:[A-Z][\w'-]*\s+(?:(?:and|et|y|de|del|des)\s+)?){0,5}"
    r"(?:Community|Union|League|Organi[sz]ation|Commonwealth|Alliance|Association|Bloc"
    r"|Council|Conseil|Consejo|Communauté|Organisation|Ligue|Comunidad|Unión|Liga|Organización|Asociación)\b"
    # ... or written in lower case: "the member states of the regional economic bloc"
    r"|\s+of\s+the\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:bloc|community|union|league|organi[sz]ation|alliance|federation)\b"
)
# "magistrate du parquet", "magistrado de la fiscalía": a member of a national prosecution
_OF_THE_PROSECUTION = re.compile(
    r" (?:du parquet|de la fiscal[ií]a|del ministerio p[uú]blico)\b", re.IGNORECASE
)
# ... and a chamber or an appeal of a sports federation, a club, a company or a university: "la
# chambre d'appel d'une fédération internationale de cyclisme", even written as the Court's
_OF_A_FEDERATION = re.compile(
    r"\s+(?:(?:of|to|before)\s+(?:the|a|an|its)|d['’]une?|de\s+la|du|de\s+l['’]|del?|de\s+una?)\s+"
    r"(?:[\w'-]+\s+){0,2}?"
    r"(?:federation|fédération|federación|league|ligue|liga|club|association|asociación|company|société"
    r"|empresa|university|université|universidad"
    # a national court by its kind: "the criminal appeals chamber of the Valdoria High Court"
    r"|(?:high|supreme|district|constitutional|federal|county|magistrates['’]?)\s+court)\b"
    # ... or another tribunal by its name: "the appeals panel of the Continental Athletics
    # Integrity Tribunal" (the ICC is a Court)
    r"|\s+of\s+the\s+(?:(?-i:[A-Z])[\w'-]*\s+){1,4}(?-i:Tribunal)\b"
    # ... "la chambre d'appel du Tribunal arbitral", "la sala del Tribunal de Arbitraje"
    r"|\s+(?:du|del|de\s+la|de\s+l['’])\s+(?-i:Tribunal)\b"
    # ... and in Arabic: "هيئة الاستئناف في الاتحاد القاري", "المدعي العام للاتحاد"
    r"|\s+(?:(?:في|لدى)\s+(?:ال)?|لل?)(?:اتحاد|نادي|رابطة)"
    # ... or a district of a town: "الدائرة الثانية من مدينة الجامعة"
    r"|(?:\s+\S+)?\s+(?:من|في)\s+مدينة",
    re.IGNORECASE,
)
_APPEAL_CONCEPTS = frozenset(
    {"appeal", "interlocutory_appeal", "appeal_proceedings", "appeal_against_judgment"}
)

_OF_BODIES_CONCEPTS = _CHAMBER_CONCEPTS | _APPEAL_CONCEPTS | {"prosecutor", "office_of_the_prosecutor"}
_OF_SPORTS = _OF_BODIES_CONCEPTS | {
    "judges",
    "charges",
    "sentencing",
    "arrest_warrant",
    "witness",
    "protective_measures",
    "questioning_of_witnesses",
}


_QUOTES = "\"“«'‘"


def _possessed(text: str, at: int) -> bool:
    """True when an organisation in the possessive ends right before ``at``: "the Valdorian
    Football Federation's appeals chamber", 'a club's "prosecutor"' (``at`` then the quote's)."""
    return (
        text[at - 3 : at] in ("'s ", "\u2019s ")
        and _OF_AN_ORGANISATION.search(text, max(0, at - 20), at) is not None
    )


_CLOSING_QUOTE = re.compile(r"[ \u00a0]?[»\"”’']")


def _past_a_closing_quote(text: str, end: int) -> int:
    """``end``, or past the closing quotation mark right after it ("« procureur »")."""
    m = _CLOSING_QUOTE.match(text, end)
    return m.end() if m is not None else end


def _without_terms_of_other_bodies(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` without the chambers, appeals and prosecutors of a federation, a club or
    another court named right after them (:data:`_OF_A_FEDERATION`) or in the possessive
    before them (:data:`_OF_AN_ORGANISATION`), nor the shorter terms
    inside those ("الدائرة" of "الدائرة الابتدائية في الاتحاد")."""
    gone = [
        (c.start, c.end)
        for c in cands
        if c.concept in _OF_BODIES_CONCEPTS
        and (
            # ('le « procureur » de la fédération': with a closing quotation mark between)
            _OF_A_FEDERATION.match(text, _past_a_closing_quote(text, c.end))
            # "the Valdorian Football Federation's appeals chamber": before it, in the possessive
            # ('a club's "prosecutor"': with a quotation mark between)
            or _possessed(text, c.start - 1 if c.start and text[c.start - 1] in _QUOTES else c.start)
        )
    ]
    if not gone:
        return cands
    return [c for c in cands if not any(a <= c.start and c.end <= b for a, b in gone)]


# "free of charge", "at no charge"; "pass the baton" in French and Spanish
_A_PRICE = re.compile(
    r"\b(?:free of|at no|no extra|small|service|delivery|out of|annual|monthly|yearly|flat) $", re.IGNORECASE
)
_A_SA_CHARGE = re.compile(r"\bà (?:sa|leur|ma|ta|notre|votre) $", re.IGNORECASE)
# "à la charge du condamné" (payable by), "la charge sur le Fonds", "la charge de la preuve"
_A_LA_CHARGE = re.compile(r"\bla $", re.IGNORECASE)
_COMES_BACK = re.compile(r"\b(?:reven\w*|revien\w*|revint)\s+à\s+la\s+$", re.IGNORECASE)
_BURDEN = re.compile(
    r"(?: (?:directe|exclusive|entière|personnelle|finale))?"  # "à la charge directe du condamné"
    r" (?:du|des|d['’]\w+|de l['’]|sur|de la preuve|de travail|financière|budgétaire)\b",
    re.IGNORECASE,
)
# a verb with nothing after it in its clause: "to charge." (a battery)
_NO_OBJECT = re.compile(
    r"\s*(?:[.,;:!?)]|\Z| while | overnight| at night| for the (?:ride|trip|journey|day))"
)
# a service given "without charge": without payment (article 67(1)(d))
_WITHOUT_PAYMENT = re.compile(
    r"\b(?:assistance|aid|counsel|interpret\w*|translat\w*|services?|provided|offered|available)\b[^.;]{0,40}"
    r"\bwithout $",
    re.IGNORECASE,
)
# what is charged when money is: "charged a deposit", "charge travel costs to", "charges a fee"
_MONEY_CHARGED = re.compile(
    r" (?:(?:a|an|no|the|their|its|his|her|any|extra|full|travel|legal|high|hefty)\s+){0,2}"
    r"(?:fees?|deposits?|commissions?|premiums?|fares?|rents?|interest|prices?|costs?|expenses?|tuition"
    r"|euros?|dollars?|pounds?|[$€£])",  # not a number: "charged 3 commanders" is the Court's
    re.IGNORECASE,
)
_BATON = re.compile(
    r"\b(?:(?:pass\w*|pas[aoó]\w*|pase\w*|passé|transm\w+|suelt\w*|solt\w*|caer|tom[aoó]\w*|recog\w*|prend\w*"
    r"|entreg\w*)"
    r" (?:le|el|su|son)|passages? de) $",
    re.IGNORECASE,
)
# "warranted detention", "unwarranted": the verb and its adjective, never the warrant
_WARRANTED = re.compile(r"(?:un)?warrant(?:ed|ing)", re.IGNORECASE)
# a sentence of writing: "a sentence describing the harm", "wrote exactly one sentence",
# "every sentence he writes", "the first sentence of article 61(7)"
_SENTENCE_OF_WRITING_AFTER = re.compile(
    # "a note whose final sentence promised", "every sentence in your answer"
    # ("read" only before a quotation: "the sentence read out in court" is the Court's)
    r" (?:reads? [\"“:]|promised|promises|warned|warns"
    r"|in (?:your|the|this|my|his|her|their|its|our|an?)(?: [a-z]+)?"  # "in the explanatory memorandum"
    r"(?:['’]s)? (?:answer|essay|text|letter|notes?|e-?mail|message|post|speech|memorandum|report|statement"
    r"|statute|treaty|charter|constitution"  # "a sentence in the Statute that exists to be quoted"
    r"|handout|slides?|transcript|quotation|textbook|syllabus|notebook|exercise book|homework|assignment"
    r"|communiqu[eé]"
    r"|document|draft|article|story|book|paper|press release)s?\b"
    r"|describing|explaining|summari[sz]ing|saying|stating|overheard|uttered|spoken|said(?! to\b)|says"
    r"|worth (?:re-?)?reading"  # "One sentence worth re-reading"
    r"|from one \w+ (?:sums? up|summed up|captures?|captured)\b"  # "A sentence from one survivor sums up why"
    # "Here is a sentence to translate for homework"
    r"|to (?:translate|rewrite|copy|correct|parse|memori[sz]e|read aloud)\b"
    # "no sentence longer than three lines"
    r"|(?:longer|shorter) than (?:\w+ ){0,2}(?:lines?|words?|pages?|characters?)\b"
    # "the sentence I'll end on", "a sentence I must have underlined three times"
    r"|I(?:['’](?:ll|d|ve)| will| would| must have| have| had| keep)? (?:\w+ )?(?:underlined|highlighted"
    r"|end on|close on|quoted?|(?:re-?)?read|wrote|written|love|remember(?:ed)?|deleting|deleted"
    r"|rewriting|rewrote)\b"
    # "We waited five years for a sentence that starts with his name"
    r"|(?:that |which )?(?:starts|started|starting|begins|began|beginning) with\b"
    r"|in (?:item|point|section|line) \d"  # "a sentence in item 4 wrongly attributed"
    # "the final sentence of his rebuttal", "every sentence of her vision statement"
    r"|of (?:his|her|their|its|my|your|our|the) (?:[a-z]+ )?(?:rebuttal|statement|speech|letter|essay|form"
    r"|answer|post|e-?mail|message|remarks|argument|address|text|note|preface|introduction|abstract"
    r"|column|editorial|op-ed|blog|tweet|poem|song|novel|book|paragraph|memorandum|memo|bill|minutes|treaty"
    r"|brief|submission|filing|motion|report)s?\b"
    # "If a sentence here is unclear, ask our staff"
    r"|(?:here )?(?:is|was|seems|looks)"
    r" (?:unclear|confusing|ambiguous|garbled|hard to (?:read|follow|understand))"
    r"|of (?:the )?(?:\w+['’]s )?(?:article|paragraph|rule|regulation|provision|text|judgment|decision"
    r"|order|ruling|resolution|filing|submission|report|summary|communiqu[eé])s?\b"
    # "We read every sentence of that warrant"
    r"|of (?:that|this|these|those) (?:article|paragraph|rule|provision|text|warrant|letter|statement|report"
    r"|decision|judgment|ruling|order|resolution|filing|submission|communiqu[eé])s?\b"
    # "read aloud a sentence from an intercepted text message"
    r"|from (?:an? |the |his |her |their |its |one )?(?:[\w-]+ ){0,2}(?:message|letter|e-?mail|speech|diary"
    r"|book|article|statement|transcript|post|tweet|note|report|text|interview|essay|poem|song)s?\b"
    # "One sentence would do: Valdoria supports an independent review"
    r"|(?:would|will|should) do[:.]"
    r"|of it\b)",
    re.IGNORECASE,
)
_FIRST_OR_LAST = r"(?:final|last|first|opening|second|closing)"  # "the notice's final sentence"
_A_DOCUMENTS = re.compile(
    r"\b(?:notice|letter|statement|e-?mail|report|article|paragraph|release|post|tweet|speech|text)['’]s"
    rf" {_FIRST_OR_LAST} $",
    re.IGNORECASE,
)
_AN_INFINITIVE = re.compile(
    r" (?:[a-záéíóúñ]+(?:ar|er|ir)|lo (?:imposible|peor|mismo))\b"
)  # "condenado a lo imposible"
_IN_ONE = re.compile(r"\bin (?:one|a|a single) $", re.IGNORECASE)
_OPENED_WITH = re.compile(
    r"\b(?:opened|opens|began|begins|started|starts) with (?:a|one|this|that) $", re.IGNORECASE
)
_IN_ITS_LAST = re.compile(
    rf"\bin (?:its|the|his|her|their|that|this) (?:very )?{_FIRST_OR_LAST} $",
    re.IGNORECASE,
)
_SENTENCE_COUNTED = frozenset("one every each single opening first second last half unfinished".split())
_WRITING = re.compile(
    r"\b(?:wr[io]te|writes|writing|written|typed|types|verbs?|grammar|grammatically|punctuation|release|tweet"
    r"|paragraph|recite|recites|recited|reciting|memory|quoted|broadcast|interview|essay|letter|column|op-ed"
    r"|commentary|episode|podcast"
    r"|notes|minutes|transcript|rewrit\w*|rewrote"  # "one sentence from my notes", "rewriting the first"
    # "my editor sent back my copy with one sentence circled in red"
    r"|editor|edited|copy|circled|underlined|highlighted"
    # "one sentence to remember from this guide"
    r"|remember|guide)\b",
    re.IGNORECASE,
)
# "We will not surrender," "I never surrender!": to give up, said by a person of themselves
_GIVING_UP = re.compile(r"\b(?:we|i|you|they)(?: \w+){0,3} $", re.IGNORECASE)
# "a mock trial", "un procès simulé", "un juicio simulado": a school's exercise; "hand over
# documents", "remettre les documents", "entregar los archivos": things, not a person
_A_THING_HANDED = re.compile(r"\bhand(?:s|ed|ing)? (?:it|this|that|these|those) over\b", re.IGNORECASE)
_THINGS_HANDED = re.compile(
    r" (?:(?:the|its|their|all|any|some|les|des|ses|leurs|los|las|sus|\d[\d,.]*) )?"
    r"(?:(?:exculpatory|incriminating|relevant|new|key|further|original|internal|classified|sensitive"
    r"|financial|medical|forensic|seized) )?"  # "hand over exculpatory material"
    r"(?:[a-z]+ )?"  # "handed over brigade logbooks"
    r"(?:documents?|records?|files?|papers?|pages?|notes|archives?|data|evidence|materials?|information"
    r"|logbooks?|logs|registers?|weapons|arms|keys|maps|passports?|phones?|devices?"
    r"|documentos?|archivos?|pruebas|données|pièces|preuves)\b",
    re.IGNORECASE,
)
_A_REPORT_HANDED = re.compile(
    r"[^.;:]{0,40}?\b(?:son|sa|ses|leur|leurs)"
    r" (?:rapport|rapports|lettre|conclusions|avis|démission|copie)\b",
    re.IGNORECASE,
)
_NOT_A_HANDOVER = re.compile(
    r" (?:des |en |de \d|du (?:rapport|prix|dossier|courrier)\b|de (?:prix|peine|dette)\b)", re.IGNORECASE
)
_ENTREGA_DETERMINERS = frozenset(
    "la su una esta esa cuya toda nueva pronta eventual futura posible de".split()
)
_ENTREGA_OF = re.compile(r" (?:de (?:los |las |la |el |un |una |su |sus )?|del )(\w+)")
_PEOPLE_HANDED = frozenset(
    "persona personas sospechoso sospechosa sospechosos acusado acusada acusados detenido detenida "
    "detenidos reclamado reclamada buscado buscada expresidente exministro excoronel general coronel "
    "presidente ministro comandante".split()
)
_MOCK_BEFORE = re.compile(r"\b(?:mock|moot|simulated|pretend) $", re.IGNORECASE)
_MOCK_AFTER = re.compile(
    r" (?:simulée?s?|fictifs?|fictives?|simulados?|simuladas?|ficticios?)\b|s? d['’]intention\b",
    re.IGNORECASE,
)
# "une commission d'enquête des Nations Unies", "a commission of inquiry", "لجنة تحقيق": the
# inquiry of another body
_COMMISSION_OF = re.compile(
    r"(?:\bcommissions? d['’]|\bcomisi[oó]n(?:es)? de |\bcommissions? of |لجنة |لجان )$", re.IGNORECASE
)
# "the Fund's current appeal: a modest pledge": a call for money
_GIVING = frozenset(keys("pledge pledges donate donation donations fundraising fundraiser"))
# the pair of article 17, which names a State's own proceedings: "an investigation or
# prosecution by a State", "une enquête ou des poursuites de la part d'un État" (article 16's
# pair is the Court's: "defer any investigation or prosecution")
_OR_PROSECUTION_BY_A_STATE = re.compile(
    r"\s+(?:or|nor|ou|ni|o|أو|ولا)\s+(?:the\s+|a\s+|an\s+|de\s+|des\s+|les\s+|la\s+|le\s+|l['’]|d['’]"
    r"|el\s+|los\s+|un\s+|une\s+|su\s+|sus\s+)?"
    r"(?:prosecutions?|poursuites|enjuiciamientos?|procesamientos?|(?:ال)?مقاضاة|(?:ال)?ملاحقة)"
    r"(?:\s+\w+){0,3}?\s+(?:by\s+(?:a|the|that|its|any)|de\s+la\s+part\s+d['’](?:un|une)|par\s+(?:un|l['’]|cet)"
    r"|por\s+(?:un|el|ese|dicho)|من\s+(?:جانب|قبل))\s*(?:\w+\s+)?(?:States?|États?|Estados?|(?:ال)?دول[ةه])\b",
    re.IGNORECASE,
)
# an investigation a State is said not to carry out "genuinely" ("véritablement",
# "verdaderamente"): the State's own, in article 17's terms
_GENUINELY = re.compile(
    r"\b(?:genuinely|véritablement|verdaderamente|حقاً|حقا)\b[^.;:!?]{0,30}$", re.IGNORECASE
)
# "that State's investigation", "the country's own investigation": a national one
_A_STATES_OWN = re.compile(r"\b(?:state|country|government|nation)['’]s (?:own )?$", re.IGNORECASE)
# "a dispute-settlement body" of a trade bloc; "nobody had budgeted for it"; "la sala 2.14";
# "la cour pavée"
_A_TRADE_BODY = re.compile(
    r" (?:bod(?:y|ies)|mechanisms?|system|panels?|procedures?|understanding|cent(?:re|er)|organs?)\b",
    re.IGNORECASE,
)
_BUDGETED = re.compile(r"budget(?:ed|ing)|budgétée?s?|budgétisée?s?|presupuestad[oa]s?", re.IGNORECASE)
_A_ROOM_NUMBER = re.compile(r"(?:la |el )?sala \d", re.IGNORECASE)
_A_COURTYARD = re.compile(
    r"(?:la |une )?cour (?:pavée|intérieure|carrée|arrière|d['’]honneur|de récréation|d['’]école"
    r"|de l['’]école|du lycée|du collège|de la faculté|de l['’]université|de l['’]immeuble|de la ferme"
    r"|de la maison|du palais|de la prison|de l['’]ancien(?:ne)?|du couvent|de l['’]hôpital|de la mairie"
    r"|du château|de la caserne|de l['’]église|de la gare|du musée|de l['’]hôtel)",
)
# "the hearing", "l'audience", "الجلسة" refer to the confirmation hearing only in the singular,
# and "l'audience" only as written, not as the sitting a judge opens, adjourns or resumes ("a
# levé l'audience")
_SITTING = re.compile(
    r"\b(?:l[eè]v\w*|suspend\w*|repri\w*|repren\w*|ouvr\w*|ouvert\w*|clôtur\w*|clos) l['’]$", re.IGNORECASE
)


def _not_the_hearing(text: str, c: Candidate) -> bool:
    if text[c.end - 1 : c.end] in "sS" or text.endswith("\u0627\u062a", 0, c.end):
        return True  # "the hearings", "des audiences", "الجلسات": hearings of any kind
    if c.alias != "l'audience":
        return False
    if text[c.start - 2 : c.start] not in ("l'", "l’", "L'", "L’") and not text.endswith(
        "cette ", 0, c.start
    ):
        return True  # "une audience", "la salle d'audience"
    return _SITTING.search(text, max(0, c.start - 16), c.start) is not None


# "a host State guarantee": a State willing to receive a released person, not the Netherlands
_HOST_GUARANTEE = re.compile(r" (?:guarantees?|assurances?|(?:ال)?مقترحة)(?!\w)", re.IGNORECASE)


# The subject of "exercise jurisdiction" when it is a State's own: "the States which would
# normally exercise jurisdiction" (article 18(1)), "les États qui exercent leur compétence"
_STATE_SUBJECTS = frozenset("state states état états etat etats estado estados الدول الدولة دولة".split())
_JURISDICTION_CONCEPTS = frozenset({REFERRAL, "preconditions_to_jurisdiction"})
_JURISDICTION = re.compile("jurisdiction|compétence|competencia|اختصاص", re.IGNORECASE)
_COURT_SUBJECTS = frozenset("court icc cour cpi corte المحكمة chamber chambre sala".split())
# a name that has, claims or lacks jurisdiction, in English: a State's, unless it is the Court's
_A_NAME_HAS = re.compile(
    r"\b([A-Z][a-z]{3,})(?: \w+ly)? "
    r"(?:has|had|retains|retained|exercises|exercised|claims|claimed|lacks|lacked) $"
)
_NOT_A_STATES_NAME = frozenset(
    "Court Chamber Prosecutor Prosecution Tribunal Statute This That Which Judges Council Article Rome "
    "Also Still Nobody Nothing Everyone Anyone Someone Neither Either Each Only".split()
)
# ... nor a title with its article or another word in capitals before it: "the Single Judge has"
_QUALIFIED_NAME = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)|[A-Z][a-z]+) $"
)


def _states_do_it(text: str, c: Candidate) -> bool:
    named = _A_NAME_HAS.search(text, max(0, c.start - 60), c.start)
    if (
        named is not None
        and named.group(1) not in _NOT_A_STATES_NAME
        and not _QUALIFIED_NAME.search(text, max(0, named.start(1) - 12), named.start(1))
    ):
        return True  # "Valdoria plainly has jurisdiction over crimes on its own territory"
    before = _WORDS.findall(text, max(0, c.start - 60), c.start)[-5:]
    for w in reversed(before):
        k = w.lower().lstrip("وفبل") if w[:1] in "وفبل" and len(w) > 4 else w.lower()
        if k in _COURT_SUBJECTS:
            return False
        if k in _STATE_SUBJECTS:
            return True
    return False


# A back-reference written with a capital in French or Spanish ("el Fondo", "la Mesa", "le
# Bureau") names the body only when the text writes the capital too: "en el fondo" is "deep
# down", "la mesa" a table, "le bureau" an office.
_CAPITAL_BACK_LANGS = frozenset({"fr", "es"})


_REGISTRY_DETERMINERS = frozenset("le du au ce son".split())
# short names of the Court's organs that are common nouns in lower case
# ... "la secretaria de la jueza", "brave the elements", "the elements of a good pub quiz"
_NAMES_IN_CAPITALS = frozenset({"la Sala", "la Asamblea", "la Secretaría", "the Elements", "los Elementos"})


def _capital_alias(c: Candidate) -> bool:
    """True when the last word of ``c``'s alias is written with a capital ("the Office")."""
    return (c.alias or "").rsplit(" ", 1)[-1][:1].isupper()


def _lower_back_reference(text: str, c: Candidate) -> bool:
    if not _capital_alias(c):
        return False
    words = _WORDS.findall(text, c.start, c.end)
    return bool(words) and not words[-1][:1].isupper()


# "a three-month trial period at a new clinic", matched loosely as "new trial"
_TRIAL_PERIOD = re.compile(r"\btrial (?:periods?|runs?)\b", re.IGNORECASE)
# an organisation's own: "the federation's appeal panel", "the club's statutes"
_OF_AN_ORGANISATION = re.compile(
    r"\b(?:federation|league|club|association|union|company|firm|school|university|team|charity|ministry"
    r"|show|podcast|programme|program|series|film|brand|festival|campaign)"
    r"['\u2019]s $",
    re.IGNORECASE,
)


# What one appeals to in the Statute's sense: "appealed to the Appeals Chamber"
_APPEAL_BODIES = frozenset("appeals chamber court icc judges".split())


# what goes on after an English short name in capitals to make it another body's name (not
# the Court's organ: "the Office of the Prosecutor" is matched whole)
_OF_ANOTHER_BODY = re.compile(
    r" (?:of|for) (?:the )?(?!(?:International Criminal )?Court\b|ICC\b|Trust Fund\b|Prosecutor\b"
    r"|Rome Statute\b|Statute\b|Assembly\b)[A-Z]"
)


# a short name going on into another body's: "le Fonds monétaire international", "au Fonds
# mondial", "el Fondo Verde", "la Mesa Directiva"
_ANOTHER_NAME_GOES_ON = re.compile(
    r" (?:(?!de\b|del\b|des\b|du\b|et\b|y\b)[A-ZÉÈ][a-zéèêàç]+|monétaire|mondial|mondiale|européen|européenne"
    r"|monetario|mundial|europeo|verde|vert|souverain|soberano)\b"
)


def _a_sports_story(text: str, c: Candidate, words: Scan) -> bool:
    """True when the sentence of ``c``, or the one before it in its paragraph, is about a sport
    (:data:`_SPORTS`): looked for by the words' keys first, the pattern only confirming keys
    that other words share ("refer" is also the key of "referee")."""
    a, b = words.sentence_bounds(c.word)
    if a:  # the one before: "doping charges after a test; the judges dismissed the appeal"
        before = words.sentence_bounds(a - 1)[0]
        if "\n\n" not in text[words.starts[before] : words.starts[a]]:
            a = before
    found = _SPORT_KEYS.intersection(words.keys[a:b])
    if not found:
        return False  # the usual case
    if found <= _SHARED_SPORT_KEYS and _SPORTS.search(text, words.starts[a], words.ends[b - 1]) is None:
        return False
    # ... but a football federation's former president facing charges of war crimes is the Court's
    return _THE_STATUTES_CRIMES.search(text, words.starts[a], words.ends[b - 1]) is None


# what follows a term and makes it another thing: the public's seats, a State's property shielded
# from enforcement by national courts (not the immunities of article 27 or 98)
_AN_IMMUNITY_OF_PROPERTY = re.compile(
    r" (?:d['’]exécution|de ejecución|from (?:execution|enforcement|attachment))\b", re.IGNORECASE
)
# ... another treaty ratified: "has not yet ratified the Agreement on the Privileges and
# Immunities", "recommend ratification of the privileges agreement"
_ANOTHER_TREATY = re.compile(
    r" (?:of |to )?(?:the |that |this |an? )?(?:[\w-]+ ){0,3}?(?:agreement|convention|protocol|covenant"
    r"|accord|convenio|convención|protocolo|protocole|acuerdo)s?\b"
    # ... or treaties in the plural, which the Statute is not: "ratification of human rights treaties"
    r"|(?: of| to)? (?:[\w-]+ ){0,3}?(?:treaties|traités|tratados)\b",
    re.IGNORECASE,
)
_WHAT_FOLLOWS_GIVES_AWAY: dict[str, re.Pattern[str]] = {
    "public_hearing": re.compile(r" (?:gallery|galleries|benches|seating|seats)\b", re.IGNORECASE),
    # "the common purpose of our faculty reading group": a group's aim, not article 25(3)(d)
    "common_purpose_liability": re.compile(r" of (?:our|my|your|their|this|that) \w", re.IGNORECASE),
    # "serious breaches of the rules of war": the law of armed conflict, no Rules of Procedure
    "rules_of_procedure_and_evidence": re.compile(
        r" (?:of|de|del|des) (?:la )?(?:war|the game|engagement|the road|thumb|guerre|guerra|juego|jeu)\b",
        re.IGNORECASE,
    ),
    # "the assembly hall of St Brigid's school"
    # (in lower case: "read out in the Assembly hall" is the Assembly's)
    "assembly_of_states_parties": re.compile(
        r"(?<=assembly) (?:hall|halls|room|rooms|point|points|line|lines)\b"
    ),
    "head_of_state_immunity": _AN_IMMUNITY_OF_PROPERTY,
    "waiver_of_immunity": _AN_IMMUNITY_OF_PROPERTY,
    "signature_and_ratification": _ANOTHER_TREATY,
    "non_party_state": _ANOTHER_TREATY,
    # "el coronel ejecuta la orden de avanzar": an order to do a thing, not a warrant to arrest
    # (not "la orden de detener", "de trasladar", nor "la entrega de Omar")
    "arrest_and_surrender": re.compile(
        r"(?<=\borden) de (?!(?:detener|arrestar|entregar|capturar|aprehender|comparecer|apresar|trasladar"
        r"|extraditar|encarcelar|llevar|poner)\b)(?-i:[a-záéíóúñ])[a-záéíóúñ]*(?:ar|er|ir)\b",
        re.IGNORECASE,
    ),
}
_COURTING = re.compile(r"\bcourt(?:ing|ed)\b", re.IGNORECASE)
# the lists of candidates for judge (article 36(5)), named only so: "list A", "lists A and B"
_LISTS_OF_CANDIDATES = frozenset({"List A", "List B"})
_A_LIST_OF_CANDIDATES = re.compile(r"[Ll]ists? [AB]")


_IDIOM_OF_POWER = re.compile(
    r"\bjudge,? jury,? (?:and|&) (?:executioner|prosecutor)\b|\bjuge et partie\b|\bjuez y parte\b",
    re.IGNORECASE,
)
_A_DIFFERENT = re.compile(
    r"\b(?:a|an|the) (?:very|quite|completely|entirely|wholly) (?:different|unrelated|other) $"
    r"|\b(?:an?) unrelated $",
    re.IGNORECASE,
)


def _a_participle_lost(text: str, c: Candidate) -> bool:
    """True when a word of ``c``'s alias is a passive's participle in "-ed" ("was arrested")
    and the text has its stem there: the keys fold "arrested" to "arrest", the reading does not
    ("Nor was arrest the only route")."""
    alias = c.alias or ""
    if "ed" not in alias:
        return False
    mine = [w.lower() for w in _WORDS.findall(alias)]
    theirs = [w.lower() for w in _WORDS.findall(text, c.start, c.end)]
    return len(mine) == len(theirs) and any(
        mine[k].endswith("ed") and mine[k - 1] in _BE_FORMS and not theirs[k].endswith(("ed", "d", "en"))
        for k in range(1, len(mine))
    )


_BE_FORMS = frozenset("be is are was were been being".split())


def _other_sense(text: str, c: Candidate, words: Scan) -> bool:
    """True when the words show ``c`` in another sense than the term's: one word written as a
    verb of its people-naming alias ("jugé", :data:`VERB_FORMS`; "la CPI juge", where the
    noun would have a determiner), the other grammatical number (:data:`WRONG_NUMBER`), an
    Arabic "محكمة" without the article (a court, not the Court), or a word that gives away
    its everyday sense ("an appeal for calm", :data:`EVERYDAY_NEXT`)."""
    if _IDIOM_OF_POWER.search(text, max(0, c.start - 24), min(len(text), c.end + 30)):
        return True  # "the committee was acting as judge, jury and prosecutor": all powers at once
    if _A_DIFFERENT.search(text, max(0, c.start - 30), c.start):
        return True  # "reporters are following a very different appeal. In Elsmere's capital ...""
    if c.alias in _LISTS_OF_CANDIDATES and _A_LIST_OF_CANDIDATES.fullmatch(text, c.start, c.end) is None:
        return True  # "a listing "a warrant without a court"" is no "List A" of candidates
    if (follows := _WHAT_FOLLOWS_GIVES_AWAY.get(c.concept or "")) is not None and follows.match(text, c.end):
        return True  # "the hearing from the public gallery", "l'immunité d'exécution des biens"
    if c.method == "fuzzy" and _COURTING.search(text, c.start, c.end):
        return True  # "courting the elected members" is no "member of the court" turned round
    if c.concept == "signature_and_ratification" and _A_TREATY_BEFORE.search(
        text, max(0, c.start - 40), c.start
    ):
        return True  # "a State cannot invoke its own constitution to escape a treaty it has ratified"
    if c.concept == "deputy_prosecutor" and text[c.start : c.end] == "deputies":
        return True  # "a group of Valdorian deputies accused the Office": members of parliament
    if c.concept in _ROLES and _PLAYING.search(text, max(0, c.start - 20), c.start):
        return True  # "one pupil plays the Prosecutor": a role in a mock hearing
    if c.concept in _PEOPLE_AND_COURTS and _NOT_A_DEMONYMS.search(text, max(0, c.start - 40), c.start):
        return True  # "goes to the Pre-Trial Chamber in The Hague, not to a Lestrian judge"
    if (
        c.method == "fuzzy"
        and _CIRCUMSTANCES_CHANGE.fullmatch(text, c.start, c.end)
        and text.startswith(".", c.end)
        and _SENTENCE_START.search(text, max(0, c.start - 4), c.start) is not None
    ):
        return True  # "Circumstances change. Article 104 allows ...": a clause, no "changed circumstances"
    if c.method == "fuzzy" and c.concept in _READ_AS_ANOTHER_WORD:
        written = _WORDS.findall(text, c.start, c.end)
        if not _READ_AS_ANOTHER_WORD[c.concept].isdisjoint(written):
            return True  # "مراحل القضية المقبلة" (the case's next stages) is no "القضية مقبولة"
    forms = VERB_FORMS.get(c.concept or "")
    if forms is not None and c.method == "fuzzy":  # "la CPI a jugé" is no "juges de la CPI"
        written = _WORDS.findall(text, c.start, c.end)
        if any(normalize("NFC", w).lower() in forms for w in written):
            return True
    if forms is not None and c.words == 1:
        word = normalize("NFC", text[c.start : c.end]).lower()
        if word in forms:
            return True
        if word == "juge":  # the noun has a determiner: "le juge", "un juge", "la juge"
            if _JUDGED_AS.match(text, c.end):
                return True  # "si la Chambre le juge inapte": the pronoun and the verb
            if _SUBJECT_AND_OBJECT.search(text, max(0, c.start - 12), c.start):
                return True  # "si elle la juge disproportionnée": she, it, judges
            if _word_before(text, c.start) not in _FRENCH_DETERMINERS:
                return True
            # ... and the noun goes through the checks below: "Ce juge mervellois", a State's
    if c.method == "fuzzy" and 2 < c.words <= 4 and _A_COPULA.search(text, c.start, c.end):
        if not _A_COPULA.search(c.alias or ""):
            return True  # "the permanent members are the States least likely": no "member States"
    if c.lang == "en" and c.method == "exact" and c.alias is not None and _a_participle_lost(text, c):
        return True  # "Nor was arrest the only route" is no "was arrested"
    if c.loose and _TRIAL_PERIOD.search(text, c.start, c.end):
        return True  # "a three-month trial period at a new clinic" read as "new trial"
    if _possessed(text, c.start):
        return True  # "the federation's appeal panel", "the club's statutes"
    number = WRONG_NUMBER.get(c.concept or "")
    if (
        number is not None
        and (c.needs_context or c.method == "fuzzy")
        and number.search(text, c.start, c.end)
    ):
        return True  # courts, not the Court; a rule, not the Rules
    if c.lang == "ar" and c.words == 1 and (c.concept == COURT or c.refers_back):
        if c.concept == COURT and _ARABIC_COURT_KIND.match(text, c.end):
            return True  # "المحكمة التجارية", "المحكمة العليا": a national court of its kind
        if not _arabic_definite(text[c.start : c.end]):
            return True  # "محكمة", "مذكرة": a court, a warrant
    check = _SENSE_CHECKS.get(c.concept or "")
    if check is not None and check(text, c, words):
        return True
    if c.concept in _OF_SPORTS and c.word >= 0 and _a_sports_story(text, c, words):
        return True  # "the judges of the chamber reserved their decision" after "a referee's report"
    if c.alias == "appeal" and _appeal_sense(text, c, words):
        return True
    before = text[max(0, c.start - 3) : c.start]
    if ("«" in before or '"' in before or "“" in before) and _THE_OTHER_QUOTED.search(
        text, max(0, c.start - 16), c.start
    ):
        return True  # "l'autre « chambre d'appel »", 'the other "prosecutor"': another body's
    if text.startswith(_THAT_OR_WHICH, c.end) and _NOT_OURS.match(text, c.end):
        return True  # "an appeal that is not ours", "a court which is not the ICC"
    if c.concept in _APPEAL_CONCEPTS and _A_COURT_OF.search(text, max(0, c.start - 24), c.start):
        return True  # "la Corte de Apelaciones", "the Court of Appeal": a national court's name
    if c.concept in _APPEAL_CONCEPTS and _APPEAL_TO_PEOPLE.match(text, c.start):
        return True  # "we appeal to you to leave a review" (no "leave to appeal" turned round)
    if (
        c.concept == "disclosure"
        and _FULL_BEFORE.search(text, max(0, c.start - 30), c.start)
        and _AN_ASIDE_AFTER.match(text, c.end)
    ):
        return True  # "Full disclosure: we once shared an office", "Full disclosure, too: ..."
    if c.concept in _JURISDICTION_CONCEPTS and _JURISDICTION.search(c.alias or "") and _states_do_it(text, c):
        return True  # "the States which would normally exercise jurisdiction": their own
    if c.refers_back and c.lang in _CAPITAL_BACK_LANGS and _lower_back_reference(text, c):
        return True  # "en el fondo", "la mesa", "le bureau": not "el Fondo", "la Mesa", "le Bureau"
    if c.refers_back and c.lang in _CAPITAL_BACK_LANGS and _ANOTHER_NAME_GOES_ON.match(text, c.end):
        return True  # "le Fonds monétaire international", "el Fondo Mundial": another body's name
    if c.refers_back and c.lang == "en" and _OF_ANOTHER_BODY.match(text, c.end) and _capital_alias(c):
        return True  # "the Office of the High Commissioner", "the Fund for Peace": another body's name
    if text.endswith("cour", c.start, c.end) and _A_COURTYARD.match(text, c.end - 4):
        return True  # "rejoindre la cour de récréation": a playground, whatever term ends in "cour"
    if c.alias in _NAMES_IN_CAPITALS and _lower_back_reference(text, c):
        # "expulsarlo de la sala": the courtroom, not the Chamber; "la asamblea de vecinos"
        return True
    if (
        c.alias == "Greffe"
        and _lower_back_reference(text, c)
        and _word_before(text, c.start) not in _REGISTRY_DETERMINERS
    ):
        return True  # "une autre sorte de greffe": a graft; the Registry is "le greffe", "du greffe"
    following = EVERYDAY_NEXT.get(c.alias or "")
    if following is None:
        return False
    nxt = _WORDS.search(text, c.end, c.end + 20)
    if nxt is None or not text[c.end : nxt.start()].isspace():
        return False
    word = nxt.group().lower()
    if word == "to" and c.alias == "appeal":  # "appealed to neighbouring governments"
        after = [w.lower() for w in _WORDS.findall(text, nxt.end(), nxt.end() + 40)[:2]]
        if after[:1] == ["the"]:
            after = after[1:]  # "appealed to the Appeals Chamber", not "an appeal to the families"
        return not any(w in _APPEAL_BODIES for w in after)
    return word in following


def _warrant_sense(text: str, c: Candidate, words: Scan) -> bool:
    if (
        c.lang == "fr"
        and _A_TERM_OF_OFFICE.match(text, c.end)
        and text[c.end - 6 : c.end].lower() == "mandat"
    ):
        return True  # "son mandat à la présidence de l'association": a term of office
    # "the peace process warrants a pause", "still warranted detention"
    return c.words == 1 and (
        _WARRANTED.fullmatch(text, c.start, c.end) is not None or _warrant_as_verb(text, c)
    )


# what a "mandat" held is: "le mandat à la présidence", "le mandat de juge", "un mandat de neuf ans"
_A_TERM_OF_OFFICE = re.compile(
    r" (?:à la (?:présidence|tête)|de (?:président|présidente|vice-président|député|maire|sénateur|juge"
    r"|procureur|procureure|greffier|greffière|membre|administrateur"
    r"|(?:deux|trois|quatre|cinq|six|sept|neuf|\d+) ans)"
    r"|du (?:président|conseil|bureau)|présidentiel|électoral|parlementaire|municipal|syndical)\b",
    re.IGNORECASE,
)


_OF_A_PARTY = re.compile(
    r" (?:de l['’]accusation|de la défense|à charge|à décharge|de cargo|de descargo|de la fiscalía"
    r"|de la defensa)",
    re.IGNORECASE,
)
_OF_WHAT_THEY_SAW = re.compile(
    r" (?:(?:directos?|directas?|directs?|directes?|oculares?|presenciales?) )?d(?:e |['’])"
)


def _witness_sense(text: str, c: Candidate, words: Scan) -> bool:
    if c.lang == "ar" and text.startswith(" عيان", c.end):
        return True  # "شهود عيان": eyewitnesses of a news story
    if c.words == 1 and _witness_as_verb(text, c):
        return True  # "hoping to witness history"
    if _sentence_gives_away(text, c, words):
        return True  # "le mariage dont il était le témoin"
    if c.words == 1 and _BATON.search(text, max(0, c.start - 24), c.start):
        return True  # "passer le témoin", "pasar el testigo": to hand on the baton
    if c.lang in ("es", "fr") and _SAW_IT.search(text, max(0, c.start - 24), c.start):
        # "fueron testigos (directos) de todo", "ont été témoins de la scène": they saw it; not "il
        # est témoin de l'accusation", a party's witness
        return _OF_WHAT_THEY_SAW.match(text, c.end) is not None and not _OF_A_PARTY.match(text, c.end)
    return False


def _appeal_sense(text: str, c: Candidate, words: Scan) -> bool:
    """The word "appeal" itself, whatever concept it names."""
    if _appeal_as_attraction(text, c):
        return True  # "the appeal of populism", "the appeal of this place"
    if _PUBLIC_OPINION.match(text, c.end):
        return True  # "an appeal to the court of public opinion"
    if _APPEAL_WITH_PEOPLE.match(text, c.end):
        return True  # "her appeal with students": her attraction
    if _AT_HOME.match(text, c.end):
        return True  # "Is this the same as an appeal at home?": a national appeal
    if _A_MARK.match(text, c.end):
        return True  # "students who wish to appeal a mark": a school's or a referee's
    if c.word >= 0:
        a, b = words.sentence_bounds(c.word)
        return not _GIVING.isdisjoint(words.keys[a:b])  # "the Fund's current appeal: a modest pledge"
    return False


# an appeal to people, for their help or vote: "we appeal to you to leave a review"
_APPEAL_TO_PEOPLE = re.compile(
    r"appeal(?:s|ed|ing)? to "
    r"(?:you|us|them|him|her|everyone|all|readers|listeners|viewers|voters|the public)\b"
    # ... or the attraction it holds for them: "whatever appeal it may have to voters"
    r"|appeal(?: (?:it|they|he|she|this|that|which)(?: \w+){0,3}?)? (?:to|among|with|for) (?:\w+ )?"
    r"(?:voters|electors|the electorate|audiences?|fans|readers|investors|consumers|supporters)\b",
    re.IGNORECASE,
)
# the aside of a writer or speaker: "Full disclosure: ...", "In the interest of full disclosure, ..."
_FULL_BEFORE = re.compile(r"(?:(?:^|[.!?\n]\s*|\*\*)Full|[Ii]n the interests? of full) $", re.MULTILINE)
_AN_ASIDE_AFTER = re.compile(r"\s*(?:[:—–]|,\s*(?:too|first|though)\b)")
_APPEAL_WITH_PEOPLE = re.compile(
    r" (?:with|among) (?:the )?(?:students|voters|audiences|readers|young|public|viewers|fans|listeners)\b",
    re.IGNORECASE,
)
_A_MARK = re.compile(
    r" (?:a|an|the|their|his|her|your|my) (?:\w+ )?(?:marks?|grades?|exam(?:ination)?s?|scores?|results?"
    r"|parking (?:ticket|fine)s?|speeding (?:ticket|fine)s?|yellow cards?|red cards?|penalty kicks?)\b",
    re.IGNORECASE,
)
_PUBLIC_OPINION = re.compile(
    r" to the court of (?:public |world )?opinion\b"
    # "an appeal to the judges over the head of the Prosecutor", "may appeal to the judges in The
    # Hague as persuasive material": a plea (an appeal lies to a Chamber: "to the judges of the
    # Appeals Chamber" is one)
    r"| to the (?:judges|bench)\b(?! of)(?!,? against\b)",
    re.IGNORECASE,
)
_AT_HOME = re.compile(
    r" (?:at home|back home|in (?:his|her|their|this|our) (?:home )?country|en casa|en su país"
    r"|chez (?:lui|elle|eux)|dans son pays)\b",
    re.IGNORECASE,
)


_BORNE_BY = re.compile(r" (?:de|du|des|d['’])(?![\w'’])", re.IGNORECASE)
# ... and what is borne: "les frais ordinaires ... sont à la charge de celui-ci" (not "les crimes
# retenus à la charge de M. Ntaganda": charges against him)
_A_COST = re.compile(
    r"\b(?:frais|coûts?|dépenses|dépens|montants?|paiements?|salaires?|indemnités?|honoraires)\b[^.;]{0,100}$",
    re.IGNORECASE,
)


# (not "charge him with transferring gold to a personal account": a person charged, with a crime)
_TO_AN_ACCOUNT = re.compile(
    r"(?: (?!(?:him|her|them|me|us|you|with|for|suspects?|accused|minister|general|commander)\b)"
    r"[\w'’]+){1,5}?"
    r" to (?:the |its |their |our |his |her |a |an )?(?:[\w'’]+ )?(?:budget|account|bill|card|tab)s?\b",
    re.IGNORECASE,
)
_A_DEVICE = re.compile(
    r" (?:his|her|their|my|your|our|its|the|a|an) (?:\w+ ){0,2}?(?:phones?|mobiles?|laptops?|batter(?:y|ies)"
    r"|scooters?|cars?|bikes?|bicycles?|tablets?|devices?|cameras?|torch(?:es)?|headphones|vehicles?)\b"
    # (the device ends its noun phrase: "charge the car bomb suspects" charges people)
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:to|for|at|in|on|with|before|after|while|so|and|but|overnight|again)\b))",
    re.IGNORECASE,
)
_A_TREATY_BEFORE = re.compile(
    r"\b(?:a|any|another|an|un|une|cualquier)\s+(?:treaty|traité|tratado)\s+(?:(?:it|they|that|which|qu['’]il|que)\s+)?"
    r"(?:has\s+|have\s+|had\s+|a\s+|ha\s+)?$",
    re.IGNORECASE,
)
_ROLES = frozenset({"prosecutor", "judges", "defence_counsel", "registrar", "presiding_judge"})
_NOT_A_DEMONYMS = re.compile(
    r"\bnot (?:to |by |before |from |with |for )?(?:a |an |the )?[A-Z][a-z]+(?:an|ese|ish|ch)\s+\Z"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n][*_\s]*)$")
_CIRCUMSTANCES_CHANGE = re.compile(r"circumstances (?:change|changes|may change|can change)", re.IGNORECASE)
# (not "found guilty as charged", "pleaded guilty as charged": a verdict, a plea)
_GUILTY_AS = re.compile(r"(?:^|[.!?:;\"“(\n][*_\s]*)guilty as $", re.IGNORECASE)


_HOLDS_POSTS = frozenset(
    "ocupó ocupa ocupaba ocupado ocupar desempeñó desempeña desempeñaba desempeñado altos".split()
)
_POSTS_HELD = re.compile(
    r" (?:en el (?:gobierno|partido|ministerio|ejército|Estado)|públicos|políticos|directivos|electos"
    r"|de (?:responsabilidad|dirección|confianza|gobierno))\b"
)


_A_NUMBER_NEXT = re.compile(r"\s+(?:\d|[IVX]+\b|no\.|number\b)", re.IGNORECASE)


def _charges_sense(text: str, c: Candidate, words: Scan) -> bool:
    if c.lang == "ar" and "\u0651" in text[c.start : c.end]:
        return True  # "تهمّ" with its shadda: the verb "to matter", not "تهم" (charges)
    if c.lang == "ar" and c.words == 1 and _word_before(text, c.start) in ("التي", "الذي", "لا", "لم"):
        return True  # "القضايا التي تهم الحكومات": the verb "to concern"
    if c.lang == "fr" and _COMES_BACK.search(text, max(0, c.start - 24), c.start):
        return True  # "revenir à la charge": to try again
    if (
        c.lang == "fr"
        and text.endswith("à la ", 0, c.start)
        and _BORNE_BY.match(text, c.end)
        and _A_COST.search(text, max(0, c.start - 120), c.start)
    ):
        return True  # "les frais sont à la charge de l'État requis": borne by, a cost
    if _AT_HOME.match(text, c.end):
        return True  # "to face fraud charges at home": a national prosecution's
    if c.lang == "es" and (
        _word_before(text, c.start) in _HOLDS_POSTS or _POSTS_HELD.match(text, c.end) is not None
    ):
        return True  # "ocupó tres cargos en el gobierno": posts, not charges
    if c.lang == "en" and _GUILTY_AS.search(text, max(0, c.start - 16), c.start):
        return True  # "Guilty as charged.": the idiom, owning up to a joke
    if c.words == 1:
        if text.startswith(
            (" it ", " it,", " it.", " them ", " them.", " them,", " no ", " a fee", " extra"), c.end
        ):
            return True  # "charge it", "charge no fare": the Court brings its charges against people
        if _word_before(text, c.start) == "in":
            # "the officer in charge of the convoy", "the partner in charge will hold it" (but "the
            # murders described in charge 3")
            return text.startswith(" of ", c.end) or (
                text[c.start : c.end].lower() == "charge" and not _A_NUMBER_NEXT.match(text, c.end)
            )
        if c.lang == "en" and _word_before(text, c.start) in ("who", "they", "we", "you", "i"):
            return True  # "men who charge first": the verb
        if c.lang == "en" and text.startswith((" ahead", " forward", " headlong"), c.end):
            return True  # "we intend to charge ahead": to rush
        if c.lang == "en" and _A_DEVICE.match(text, c.end):
            return True  # "to charge his electric scooter"
        if c.lang == "en" and _TO_AN_ACCOUNT.match(text, c.end):
            return True  # "charge the translation of requests to the courts' budget": to bill
        if c.lang == "en" and _word_before(text, c.start) == "to" and _NO_OBJECT.match(text, c.end):
            return True  # "plugs in her electric bicycle to charge.": a battery's
        if (
            c.lang == "fr"
            and _ENTRUSTS.match(text, c.end)
            and _word_before(text, c.start) not in _FRENCH_DETERMINERS
        ):
            return True  # "L'Assemblée charge le Greffier de créer un bureau": entrusts
        if _A_PRICE.search(text, max(0, c.start - 12), c.start):
            return True  # "free of charge", "at no charge"
        if _WITHOUT_PAYMENT.search(text, max(0, c.start - 60), c.start):
            return True  # "legal assistance without charge"
        if c.lang == "en" and _MONEY_CHARGED.match(text, c.end):
            return True  # "the clinic had charged a deposit", "charge travel costs to their pockets"
        if c.lang == "fr" and _word_before(text, c.start) in ("leurs", "nos", "vos"):
            return True  # "les États veulent contrôler leurs charges": their expenses
        if c.lang == "fr" and _A_SA_CHARGE.search(text, max(0, c.start - 12), c.start):
            return True  # "les obligations mises à sa charge": incumbent on it
        if c.lang == "fr" and _A_LA_CHARGE.search(text, max(0, c.start - 6), c.start):
            if _BURDEN.match(text, c.end):
                return True  # "mise à la charge du condamné", "reporte la charge sur le Fonds": a burden
        if c.lang == "fr" and _word_before(text, c.start) in ("en", "à"):
            # "son téléphone reste en charge", "la personne en charge du dossier", "les moyens à
            # charge" (the incriminating evidence)
            return True
    return _sentence_gives_away(text, c, words)  # "I'll charge my laptop"


_ARABIC_CHAMBER_KIND = re.compile(r"\s+(?:ابتدائية|تمهيدية|استئناف|للاستئناف)")
# what a chamber is the first noun of, in a construct: "دائرة الاستئناف", "دائرة ما قبل المحاكمة"
_ARABIC_CHAMBER_CONSTRUCT = re.compile(
    r"\s+(?:ال(?:استئناف|استئنافات|محاكمة|ابتدائية|تمهيدية|محكمة|مسائل التمهيدية)|ما قبل)(?!\w)"
)


def _chamber_sense(text: str, c: Candidate, words: Scan) -> bool:
    if text[c.start : c.end] in ("the chamber", "chamber") and _A_ROOM_BEFORE.search(
        text, max(0, c.start - 12), c.start
    ):
        return True  # "Outside the chamber, the Chamber of Commerce issued ...": a room
    if _THEIR_OWN.search(text, max(0, c.start - 20), c.start):
        return True  # "instituciones judiciales del país, con sus propias salas de apelación"
    if c.lang == "ar":  # "رسمت دائرة كبيرة على السبورة": a circle; the Chamber has the article,
        # or is the first noun of a construct ("دائرة الاستئناف")
        return (
            c.words == 1
            and not _arabic_definite(text[c.start : c.end])
            # "دائرة الاستئناف" is the Chamber's construct, "دائرة المستفيدين" a circle
            and _ARABIC_CHAMBER_CONSTRUCT.match(text, c.end) is None
            and _ARABIC_CHAMBER_KIND.match(text, c.end) is None  # "إلى دائرة ابتدائية": a Trial Chamber
        )
    if (
        c.lang == "fr"
        and text.startswith((" forte", " froide"), c.end)
        and not text[c.end + 6 : c.end + 7].isalpha()
    ):
        return True  # "la chambre forte du service d'archives": a vault; "la chambre froide"
    if c.lang != "es":
        return False
    if "Sala" not in text[c.start : c.end] and _INTO_THE_ROOM.search(text, max(0, c.start - 30), c.start):
        return True  # "entrar en la sala", "lo que ocurre en la sala": the room ("la Sala" is the Chamber)
    return _A_ROOM_NUMBER.match(text, c.start, c.end + 12) is not None  # "en la sala 2.14 de la biblioteca"


_OF_A_REPUBLIC = re.compile(
    r" (?:de la République|of the Republic|de la República|du pays|of the country|del país)\b", re.IGNORECASE
)


_GUEST = frozenset("guest celebrity talent contest competition".split())


def _judges_sense(text: str, c: Candidate, words: Scan) -> bool:
    if (
        c.lang == "en"
        and text[c.start : c.end].lower() == "judge"
        and _word_before(text, c.start) == "to"
        and _TO_JUDGE_AS_A_VERB.match(text, c.end)
    ):
        return True  # "Whether that is enough is for the Chamber to judge.": the verb
    if _PLAYING.search(text, max(0, c.start - 20), c.start):
        return True  # "un camarade pour jouer le juge": a role in a class debate
    if c.lang == "en" and _word_before(text, c.start) in _GUEST:
        return True  # "the student union's president as guest judge": of a moot, a show
    if _OURS.search(text, max(0, c.start - 12), c.start):
        return True  # "nuestros jueces", "our judges": the writer's country's
    if (
        c.lang == "ar"
        and _RULING_THAT.match(text, c.start)
        and _A_DECISION_BEFORE.search(text, max(0, c.start - 50), c.start)
    ):
        return True  # "قرار ... القاضي بمقبولية الدعوى": the participle "ruling that", no judge
    if _a_profession(text, c):
        return True  # "trabajó como fiscal y juez": where a judge has "el", "la"
    if c.words == 1 and text[c.start : c.end].lower() in ("bench", "benches"):
        if _word_before(text, c.start) in _SEATS or _OFF_THE.search(text, max(0, c.start - 8), c.start):
            return True  # "from the public benches in The Hague": seats; "Off the Bench", a show's name
    if _OF_A_REPUBLIC.match(text, c.end):
        return True  # "ancienne magistrate de la République de Valdorie": a State's judge
    if _AT_A_SHOW.match(text, c.end):
        return True  # "one of the judges at the regional baking fair"
    if _COMPETENT.match(text, c.end):
        return True  # "llevarlo ante el juez competente": the custodial State's (article 59(2))
    if _INVESTIGATING.match(text, c.end):
        return True  # "قضاة التحقيق", "le juge d'instruction": a State's; the Court has none
    if _OF_A_COMMITTEE.match(text, c.end):
        return True  # "los jueces del comité rechazaron el recurso": a federation's committee
    if c.lang in ("fr", "es") and _OF_A_TOWN.match(text, c.end):
        return True  # "les juges de Brennsholm": a town's court (not "les juges de La Haye")
    if (
        c.lang in ("fr", "es")
        and (people := _A_DEMONYM.match(text, c.end))
        and not _OF_THE_COURTS_BENCH.match(text, people.end())
    ):
        # "les juges keréniens", "el juez montesurense": a State's judges; not "le juge ougandais
        # de la Chambre d'appel", one of the Court's, by nationality
        return True
    # "magistrate du parquet", "magistrado de la fiscalía": a national prosecutor
    return _OF_THE_PROSECUTION.match(text, c.end) is not None


# what follows "to judge" the verb: the sentence's end, or its object ("to judge whether", "to
# judge the evidence"), not a judge's name or a preposition ("to Judge Okoye", "from judge to judge")
_TO_JUDGE_AS_A_VERB = re.compile(
    r"\s*(?:[.;:!?]|,\s|$)|\s+(?:whether|if|how|what|which|when|who|the|its|his|her|their|for|them|him|it)\b"
)
_OF_THE_COURTS = re.compile(
    r" (?:of|by) (?:the |its )?(?:Trial|Appeals?|Pre-Trial|Court(?! of (?:Appeal|Cassation|Arbitration))|ICC"
    r"|Chambers?)\b"
)
_ANY_FEW = frozenset({"most", "many", "all", "few", "some", "other", "countless", "numerous"})
_A_BENCH_OF = re.compile(r"\bformations? de $", re.IGNORECASE)  # the judges sitting, not a judgment
_COMPETENT = re.compile(r" (?:competente|compétente?)s?\b", re.IGNORECASE)
_INVESTIGATING = re.compile(
    r" (?:التحقيق|d['’]instruction|de instrucción|instructor(?:es)?)(?![\w])", re.IGNORECASE
)
_OF_A_TOWN = re.compile(
    r" (?:de|du) (?!La |Le |Los |Las |El |Cuestiones|Primera|Apelaci|Premi|Appel|Instanc|Juicio|Jugement)"
    r"(?-i:[A-Z])[\w-]+"
)
_OF_A_COMMITTEE = re.compile(
    r" (?:of the|del|du|de la) (?:disciplinary |appeals? |disciplinario |d['’]appel )?"
    r"(?:committee|comité|comisión|commission)\b",
    re.IGNORECASE,
)
_TO_PASS = frozenset({"pass", "passes", "passing"})
# "X are the Y": one noun said to be another, a clause ("the permanent members are the States")
_A_COPULA = re.compile(r"\b(?:is|are|was|were)\s+(?:the|a|an)\b", re.IGNORECASE)
# (not "Sala de Apelaciones", "Chambre d'appel", "Appeals Chamber": the Court's own)
_A_COURT_OF = re.compile(r"\b(?:Corte|Tribunal|Court|Cour|Cámara)\s+(?:de\s+|of\s+|d['’]\s*)\Z")
_THE_OTHER_QUOTED = re.compile(
    r"\b(?:l['’]autre|the other|la otra|el otro|les autres)\s*[«\"“]\s*\Z", re.IGNORECASE
)
_THAT_OR_WHICH = (" that", " which", ", that", ", which")
_NOT_OURS = re.compile(
    r",? (?:that|which) (?:is|was|are|were) not (?:ours|the ICC['’]s|the Court['’]s|the ICC|the Court)"
    r"(?=[ \t]*(?:[.,;:!?)\n]|\Z))"  # ... and nothing after it: not "the Court's judicial organ"
)
# "their own" (the Court's would be "its own"): the chambers of the bodies just named
_A_ROOM_BEFORE = re.compile(
    r"\b(?:outside|inside|into|out of|left|entered|across|around)\s+(?:the\s+)?$", re.IGNORECASE
)
_THEIR_OWN = re.compile(r"\b(?:their own|sus propi[oa]s|leurs propres)\s+$", re.IGNORECASE)

_OURS = re.compile(r"\b(?:our|nuestros|nuestras|nuestro|nuestra|nos|notre)\s+$", re.IGNORECASE)
_PLAYING = re.compile(
    r"\b(?:jouer|joue|jouera|play|plays|playing|played|hacer de|haga de|hará de|interpretar)"
    r" (?:le |la |the |a |an |el )?$",
    re.IGNORECASE,
)
_RULING_THAT = re.compile(r"القاضي\s+ب")
_A_DECISION_BEFORE = re.compile(r"(?:قرار|القرار|قرارها|قراره|الحكم|حكم|حكمها|الأمر|أمر)(?:\s+\S+){0,4}\s+$")
# the Chamber's own initiative (rule 119(2), rule 87): "on the Chamber's own initiative", "تقرر
# الدائرة من تلقاء نفسها", not the Prosecutor's (article 15)
_A_CHAMBERS = re.compile(
    r"\b(?:chamber|chambre|sala|judges?|juges?|jueces|juez)\b[^.;]{0,30}$|الدائرة[^.؛]{0,30}$", re.IGNORECASE
)


_THE_PROSECUTOR_AR = frozenset(keys("المدعي المدعية تحقيق التحقيق التحقيقات"))


def _own_initiative_sense(text: str, c: Candidate, words: Scan) -> bool:
    """True when the own initiative is a Chamber's: one is named just before it, and the
    initiative is not a person's ("on her own initiative": the Prosecutor's, whatever Chamber
    the sentence names)."""
    if c.alias == "من تلقاء نفسه" and c.word >= 0:
        # "لا يُلغي أمر القبض من تلقاء نفسه" (the warrant does not lapse by itself): the Prosecutor's
        # own initiative only with the Prosecutor or an investigation named before it
        lo, _ = words.sentence_bounds(c.word)
        if _THE_PROSECUTOR_AR.isdisjoint(words.keys[lo : c.word]):
            return True
    if c.alias not in _OWN_INITIATIVE or _word_before(text, c.start) in ("her", "his"):
        return False
    return _A_CHAMBERS.search(text, max(0, c.start - 40), c.start) is not None


_AT_A_SHOW = re.compile(
    r" (?:at|of) (?:the|a|an|this|that) (?:[\w-]+ ){0,3}(?:fair|show|contest|competition|festival|pageant"
    r"|tournament|bake-off|championships?)\b",
    re.IGNORECASE,
)
# a people's adjective after a noun, in French and Spanish ("keréniens", "montesurense",
# "valdorianos"), not the Court's own adjectives
_A_DEMONYM = re.compile(
    # (not "humains", "certains", "anciens", nor a continent's: "les juges africains de la CPI")
    r" (?!(?:humain|certain|ancien|afric|europ|asiat|améric|americ|latin|arab|árab|oceán|océan))"
    r"[a-záéíóúñèêëïîôûç]+(?:iens|iennes|ien|ienne|ais|aise|aises|ois|oise|oises|ains|aines"
    r"|ense|enses|eño|eños|eña|eñas|anos|ano|ana|anas)\b"
)


_OF_THE_COURTS_BENCH = re.compile(
    r",? (?:de|à|en|ante) (?:la |le )?(?:CPI|Cour pénale|Corte Penal|Chambre|Sala|Cour\b|Corte\b)"
)
_OFF_THE = re.compile(r"\boff the $", re.IGNORECASE)
_SEATS = frozenset(
    "public press wooden park back front empty opposition government visitors defence defense one "
    "other".split()
)  # ("Notes from the Defence Bench": a column's name)


def _state_party_sense(text: str, c: Candidate, words: Scan) -> bool:
    if _OF_ANOTHER_ORGANISATION.match(text, c.end):
        return True  # "the member states of the Southern Rivers Economic Community"
    if c.alias == "member of the ICC" and _OF_THE_ICCS.match(text, c.end):
        return True  # "a member of the ICC defence bar": of the bar, not a State of the Court
    # "ففي الاتحاد الإقليمي لكرة القدم، قررت الدول الأعضاء": the federation's
    return _MEMBERS.search(c.alias or "") is not None and _another_members(c, words)


def _place_of_trial_sense(text: str, c: Candidate, words: Scan) -> bool:
    # "pour qu'un procès ait lieu": for a trial to take place
    return _TAKES_PLACE.search(text, c.start, c.end) is not None


_AN_INFINITIVE_FR = re.compile(r" (?:[a-zéèêàâîôûç]+(?:er|ir|re)|se \w+|s['’]\w+)\b")


def _sentencing_sense(text: str, c: Candidate, words: Scan) -> bool:
    if _sentence_gives_away(text, c, words):
        return True  # "let me finish my sentence"
    if (
        c.lang == "fr"
        and text[c.start : c.start + 5].lower() == "peine"
        and _word_before(text, c.start) == "à"
    ):
        return True  # "à peine sortie de l'audience": barely out of the hearing
    if (c.alias or "").endswith(" à") and text[c.end - 1 : c.end] in ("a", "A"):
        return True  # "le temps que le condamné a passé en détention": the verb, no "condamné à"
    if (
        c.lang == "fr"
        and (c.alias or "").endswith(" à")
        and _word_before(text, c.start) in ("le", "la", "du", "au", "les", "des", "aux")
        and _AN_INFINITIVE_FR.match(text, c.end)
    ):
        return True  # "autoriser le condamné à présenter une demande": the sentenced person, allowed to
    if c.lang == "es" and (c.alias or "").startswith("condenad") and _AN_INFINITIVE.match(text, c.end):
        return True  # "la disposición del condenado a cooperar": the sentenced person, willing to
    if text[c.start - 1 : c.start] == "-" and _word_before(text, c.start) in _SENTENCE_COUNTED:
        return True  # "a one-sentence statement"
    if (
        c.method == "fuzzy"
        and text[c.start : c.start + 9].lower() == "sentence "
        and _SENTENCE_OF_WRITING_AFTER.match(text, c.start + 8)
    ):
        return True  # "One sentence in the joint communiqué" read as a "sentencing ..." turned round
    # "a sentence describing the harm", "every sentence he writes"
    return c.words == 1 and c.lang == "en" and _sentence_of_writing(text, c)


_GIVEN_TO_SOMEONE = re.compile(
    r"\b(?:qui|que)\s+(?:vous|lui|leur|nous|te|me)\s+(?:a|ont|avait|avaient|sera|seront)\s+(?:été\s+)?$",
    re.IGNORECASE,
)


def _election_sense(text: str, c: Candidate, words: Scan) -> bool:
    # "the judges elect the Registrar", "les juges élisent le Président": the judges' own vote
    return (
        c.method == "fuzzy"
        and text[c.start : c.start + 4].lower() in ("judg", "juge", "juec", "juez")
        and _AN_OFFICE_THE_JUDGES_FILL.match(text, c.end) is not None
    )


_AN_OFFICE_THE_JUDGES_FILL = re.compile(
    r" (?:(?:the|a|its|their|his|her|le|la|les|un|une|el|los|las) )?"
    r"(?:new |nouveaux? |nouvelle |nuevos? |nueva )?"
    r"(?:Deputy Registrar|Registrar|Presidency|President|(?:First |Second )?Vice-Presidents?|greffier"
    r"|greffière|Greffier|Greffière|Présidente?|Présidence|vice-présidents?|Vice-Présidents?|Secretari[oa]"
    r"|Presidenta?|Presidencia|Vicepresidentes?)\b"
)


def _surrender_sense(text: str, c: Candidate, words: Scan) -> bool:
    if _sentence_gives_away(text, c, words):
        return True  # a game of chess
    if c.lang == "fr" and _GIVEN_TO_SOMEONE.search(text, max(0, c.start - 30), c.start):
        return True  # "le numéro qui vous a été remis": handed to the reader, a thing
    if _THINGS_HANDED.match(text, c.end):
        return True  # "refused requests to hand over documents": records, not a person
    if _A_THING_HANDED.search(text, c.start, c.end):
        return True  # "when it will hand it over", "hand these over": what it has, not a person
    if c.lang == "fr" and _A_REPORT_HANDED.match(text, c.end):
        return True  # "a remis jeudi à la Présidence son rapport annuel": a report, handed in
    if c.alias == "remise" and _NOT_A_HANDOVER.match(text, c.end):
        return True  # "la remise des prix", "la remise en liberté", "une remise de 10 %"
    if c.alias == "entrega" and _word_before(text, c.start) not in _ENTREGA_DETERMINERS:
        return True  # "el Estado entrega una situación": the verb, where the noun has its determiner
    if c.alias == "entrega" and (of := _ENTREGA_OF.match(text, c.end)):
        # "la entrega de los premios", "la entrega del informe": a thing's delivery; not "la
        # entrega del sospechoso", "la entrega de Valcárcel"
        return not (of.group(1)[0].isupper() or of.group(1).lower() in _PEOPLE_HANDED)
    if c.words == 1 and text[c.end : c.end + 1] in (",", ".", "!", '"', "”"):
        # "We will not surrender," his daughter said
        return _GIVING_UP.search(text, max(0, c.start - 40), c.start) is not None
    return False


def _trial_sense(text: str, c: Candidate, words: Scan) -> bool:
    # "a mock trial", "un procès simulé"
    return c.words == 1 and (
        _MOCK_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
        or _MOCK_AFTER.match(text, c.end) is not None
    )


def _investigation_sense(text: str, c: Candidate, words: Scan) -> bool:
    if c.words != 1:
        return False
    if c.lang == "fr" and _word_before(text, c.start) in _FRENCH_SUBJECTS:
        return True  # "si elle enquête elle-même", "l'État qui enquête": the verb, a State's
    if _A_SURVEY.match(text, c.end):
        return True  # "notre enquête de satisfaction": a survey
    if text[c.start : c.end].lower() in _PROBED and _THE_WITNESS_PROBED.match(text, c.end):
        return True  # "In cross-examination he probes the witness's account": questioning, no investigation
    if _A_STATES_OWN.search(text, max(0, c.start - 24), c.start):
        return True  # "the Prosecutor must defer to that State's investigation" (article 18(2))
    if _OR_PROSECUTION_BY_A_STATE.match(text, c.end) or _GENUINELY.search(
        text, max(0, c.start - 40), c.start
    ):
        return True  # "une enquête ou des poursuites menées par un État": article 17's, the State's own
    # "une commission d'enquête des Nations Unies"
    return _COMMISSION_OF.search(text, max(0, c.start - 16), c.start) is not None


_FROM_A_FRIEND = re.compile(
    r" from (?:a|an|my|your|his|her|our|their) (?:\w+ )?(?:friends?|doctors?|GPs?|colleagues?|customers?"
    r"|readers?|subscribers?|neighbou?rs?)\b",
    re.IGNORECASE,
)
_PROBED = frozenset({"probes", "probed", "probing"})
_THE_WITNESS_PROBED = re.compile(r" (?:the |a |each )?witness(?:es)?\b", re.IGNORECASE)
_A_SURVEY = re.compile(
    r" (?:de satisfaction|d['’]opinion|de lectorat|auprès (?:des|de nos) (?:lecteurs|abonnés|clients)"
    r"|de satisfacción|de opinión|entre (?:los|nuestros) lectores)\b",
    re.IGNORECASE,
)


def _settlement_sense(text: str, c: Candidate, words: Scan) -> bool:
    # "a dispute-settlement body", "the dispute settlement mechanism"
    return _A_TRADE_BODY.match(text, c.end) is not None


def _financing_sense(text: str, c: Candidate, words: Scan) -> bool:
    # "nobody had budgeted for new nets": the verb; "el presupuesto de la cámara de comercio":
    # another's budget
    return c.words == 1 and (
        _BUDGETED.fullmatch(text, c.start, c.end) is not None
        or _OF_ANOTHER_THING.match(text, c.end) is not None
        or text.endswith(("courts' ", "courts’ "), 0, c.start)  # "to the courts' budget": a State's
        or _THE_UNS_REGULAR_BUDGET.search(text, max(0, c.start - 60), c.start) is not None
    )


# "... the one the UN uses for its regular budget" (article 117's scale): the UN's own
_THE_UNS_REGULAR_BUDGET = re.compile(
    r"\b(?:UN|United Nations)(?: (?:uses|used|adopted|adopts|applies))? (?:for|in) its regular $"
)


# what a budget is of, in lower case and not the Court: "the budget of the mission", "el
# presupuesto de la cámara", "le budget du club"
_OF_ANOTHER_THING = re.compile(
    r" (?:of|de|del|du|des)(?: (?:the|la|el|los|las|les|a|an|un|una|une)\b| l['’])? ?"
    r"(?!(?:the|la|el|los|las|les|a|an|un|una|une|court|corte|cour|tribunal|institution|organi[sz]ation)s?\b)"
    r"(?-i:[a-záéíóúñàâçèêîôû])\w+",
    re.IGNORECASE,
)


def _court_sense(text: str, c: Candidate, words: Scan) -> bool:
    if c.lang == "ar" and _word_before(text, c.start).lstrip("وفب") in ("قاعة", "قاعات"):
        return True  # "خارج قاعة المحكمة": a courtroom, any court's
    if _sentence_gives_away(text, c, words):
        return True  # "pointing at the court, where two boys are arguing over a foul"
    if c.lang in ("es", "fr") and c.words == 2 and _OF_A_NAMED_PLACE.match(text, c.end):
        return True  # "el Tribunal de Sentencia Penal N.º 2", "El tribunal de Puerto Alcázar"
    if c.lang in ("fr", "es") and _THE_FORUM_SEIZED.match(text, c.end):
        return True  # "La juridiction saisie est la Chambre d'appel": whichever forum, named next
    # "dans la cour pavée", "la cour de l'école"
    return c.lang == "fr" and _A_COURTYARD.match(text, c.start, c.end + 24) is not None


# (only an unlawful one, article 85's: "victims of arbitrary detention in the camps" may be a crime's)
_OF_AN_ARREST = re.compile(
    r" (?:d['’]une |de l['’]|of (?:an? |the |his |her )?|de una |de la )"
    r"(?:(?:unlawful|illegal|wrongful) (?:arrest|detention)"
    r"|(?:arrestation|arrest|detención|arresto)[^.;!?]{0,40}?(?:illégale?s?|unlawful|illegal|ilegal(?:es)?|wrongful))",
    re.IGNORECASE,
)
_THE_FORUM_SEIZED = re.compile(r" (?:saisie|compétente|competente|saisies|compétentes)\b", re.IGNORECASE)


# The Court's short Arabic name is two adjectives ("الجنائية الدولية"): after a noun with the
# article they qualify it, "العدالة الجنائية الدولية" (international criminal justice), "المحاكم
# الجنائية الدولية" (international criminal courts); the Court's own full name aside
_SHORT_NAME_AR = "الجنائية الدولية"
_CRIMINAL_AR = keys("الجنائية")[0]
_A_DEFINITE_NOUN_BEFORE = re.compile(r"(?<!\w)[وف]?(?:[بك]?ال|لل)(?!محكمة\s)\w+\s+$")


# ... and the Spanish "fiscal" after a noun it qualifies: "el año fiscal de la Corte" (its budget year)
_FISCAL = keys("fiscal")[0]
_A_FISCAL_NOUN_BEFORE = re.compile(
    r"\b(?:año|ejercicio|periodo|período|política|presión|paraíso|déficit|reforma|carga|evasión|fraude"
    r"|régimen|crédito|beneficio|domicilio|disciplina|regla|consolidación|ajuste|cierre) $",
    re.IGNORECASE,
)


def _qualifies_a_noun(text: str, c: Candidate) -> bool:
    """True when ``c`` begins with an adjective that qualifies the noun before it: the Court's
    short Arabic name after a noun with the article, the Spanish "fiscal" after a noun of
    public finance."""
    if c.alias == _SHORT_NAME_AR:
        return (
            text.startswith(_SHORT_NAME_AR, c.start)
            and _A_DEFINITE_NOUN_BEFORE.search(text, max(0, c.start - 24), c.start) is not None
        )
    return (
        c.lang == "es"
        and text[c.start : c.start + 6].lower() == "fiscal"
        and _A_FISCAL_NOUN_BEFORE.search(text, max(0, c.start - 16), c.start) is not None
    )


# a national law named after the Court: "the International Criminal Court (Cooperation) Act"
_AN_ACTS_NAME = re.compile(r"[ \t]*(?:\([A-Z][\w ]{0,30}\)[ \t]*)?Act\b")
_ACT = keys("Act")[0]
# a court named by what follows it, in capitals: its place or its kind (not The Hague's)
_OF_A_NAMED_PLACE = re.compile(
    r" (?:de|del|d['’]) (?!(?:la |La )?(?:Haya|Haye)\b)(?-i:[A-ZÁÉÍÓÚÑ])[\w-]+"
    # ... or of a region named by its kind: "el tribunal de la provincia", "le tribunal du département"
    r"| (?:de la|del|du|de l['’]) (?:provincia|región|distrito|comarca|municipio|département|région|canton"
    r"|arrondissement|district|province)\b",
    re.IGNORECASE,
)


def _confirmation_sense(text: str, c: Candidate, words: Scan) -> bool:
    if _FROM_THE_AUDIENCE.search(text, max(0, c.start - 24), c.start):
        return True  # "Tenemos una pregunta de la audiencia": the viewers
    # "des audiences écourtées", "une audience de la chambre d'appel", "a levé l'audience"
    return c.refers_back and _not_the_hearing(text, c)


_FROM_THE_AUDIENCE = re.compile(
    r"\b(?:preguntas?|mensajes?|llamadas?|comentarios?|opiniones) (?:de|del) (?:la |nuestra )?$",
    re.IGNORECASE,
)


def _reparations_sense(text: str, c: Candidate, words: Scan) -> bool:
    if _sentence_gives_away(text, c, words):
        return True  # "the award will be final" in an arbitration
    # "la Commission nationale de réparation": a national body's name
    return _A_NATIONAL_BODY_NAME.search(text, max(0, c.start - 40), c.start) is not None


_A_NATIONAL_BODY_NAME = re.compile(
    r"\b(?:commission|comisión|fonds|fondo|programme|programa|agence|agencia|office|oficina|conseil|consejo"
    r"|bureau|instituto?)\s+(?:nationale?|nacional)\s+(?:de\s+la\s+|des\s+|de\s+|pour\s+(?:la\s+|les\s+)?"
    r"|para\s+(?:la\s+|las\s+)?|del?\s+)?$",
    re.IGNORECASE,
)


def _closed_session_sense(text: str, c: Candidate, words: Scan) -> bool:
    written = text[c.start : c.end].lower()
    if written.startswith(("closing ", "closes ", "close ")):
        return True  # "closing an annual session of the Assembly"
    if " " in written and written.endswith(" closed"):
        return True  # "after the hearing closed": the verb, after its subject
    if written.startswith(("closed the ", "closed its ", "closed this ")):
        return True  # "Judge Holt closed the hearing with a warning": ended it
    if _TALKS_IN_PRIVATE.search(text, max(0, c.start - 30), c.start):
        return True  # "des consultations à huis clos" of the Security Council: talks, not a hearing
    # "the Permanent Court of Arbitration closed hearings on Friday": the verb
    return written.startswith("closed ") and _word_before(text, c.start) in _WHO_CLOSES


_TALKS_IN_PRIVATE = re.compile(
    r"\b(?:consultations?|réunions?|négociations?|discussions?|consultas?|reuniones|reunión"
    r"|negociaciones|deliberaciones)\s+(?:à|a|en)\s+$",
    re.IGNORECASE,
)
_WHO_CLOSES = frozenset("court tribunal arbitration chamber judge judges panel it they he she".split())


def _withdrawal_sense(text: str, c: Candidate, words: Scan) -> bool:
    if _sentence_gives_away(text, c, words):
        return True  # "la retirada del veterano delantero": a player's retirement
    # "ليس الانسحاب من المؤسسات الإقليمية أمراً جديداً", "withdrawal from regional bodies"
    if c.words != 1:
        return False  # a phrase says what it is: "la retirada surte efecto un año después de ..."
    m = _FROM_WHAT.match(text, c.end)
    return m is not None and _OF_THE_STATUTE.search(m.group(1)) is None


_FROM_WHAT = re.compile(r" (?:from|de|del|des|du|من) ((?:\S+ ?){1,3})")
_OF_THE_STATUTE = re.compile(
    r"statut|estatuto|statute|treaty|traité|tratado|court|cour|corte|icc|cpi|روما|المحكمة|النظام|المعاهدة",
    re.IGNORECASE,
)


_A_CLAIM_AFTER = re.compile(
    r"\s*(?:بأن|بان|أن|ان|ب|العام|الذي|التي)(?![\u0621-\u064a])|\s+(?:بأن|أن|بالحق)"
    # a fact check's numbered claims: "الادعاء الأول", "الادعاء الثاني:", "الادعاء رقم 3"
    r"|\s+(?:الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الأخير|رقم)"
    # a profession: "الخبرة في الادعاء أو المحاكمة" (experience of prosecution or trial work)
    r"|\s+أو\s+(?:المحاكمة|القضاء|الدفاع)"
    r"|\s*[:\d٠-٩]"
)
_A_CLAIM_BEFORE = re.compile(r"(?:هذا|ذلك|هذه|تلك|مجرد)\s+$")


def _offices_of(text: str, c: Candidate, words: Scan) -> bool:
    if c.alias == "الادعاء" and (
        not _arabic_definite(text[c.start : c.end])  # "ادعاء": a claim
        or _A_CLAIM_AFTER.match(text, c.end)
        or _A_CLAIM_BEFORE.search(text, max(0, c.start - 8), c.start)
    ):
        # "الادعاء بأن" (the claim that), "هذا الادعاء" (this claim), "الادعاء الأول" (a fact check's
        # first claim), "الادعاء بالحق المدني" (a civil party's claim), "الادعاء العام" (a State's
        # public prosecution): the Prosecution is the bare noun
        return True
    if c.alias == "l'Accusation" and "Accusation" not in text[c.start : c.end]:
        return True  # "l'accusation de crimes de guerre": a charge; the party is written "l'Accusation"
    if _a_profession(text, c):
        return True  # "l'expérience acquise comme juge, procureur, avocat": where the Prosecutor has "le"
    if c.loose and _A_STATE_SERVICE.search(text, c.start, c.end):
        return True  # "its Office of the State Prosecutor": a national service's name, loosely
    if _IN_ONES_COUNTRY.match(text, c.end):
        return True  # "a former chief prosecutor in her country": a national one
    if _ITS_OWN_PROSECUTORS.search(text, max(0, c.start - 8), c.start) and text[c.end - 1 : c.end] in "sS":
        return True  # "Kestrova says its prosecutors opened a case": a State's, in the plural
    # "a trend among Offices of Prosecutors everywhere": prosecution services in general
    return text.endswith(("offices of ", "Offices of "), 0, c.start)


_ITS_OWN_PROSECUTORS = re.compile(r"\b(?:its|their|sus|ses|leurs)\s+$", re.IGNORECASE)
_IN_ONES_COUNTRY = re.compile(
    r"\s+(?:in|of|for) (?:his|her|their|its) (?:own |home |native )?country\b|\s+dans son (?:propre )?pays\b"
    r"|\s+en su (?:propio )?país\b|\s+في (?:بلده|بلدها|بلاده|بلادها)",
    re.IGNORECASE,
)
_A_STATE_SERVICE = re.compile(r"\b(?:State|Public|National|District|Military|Special|Chief)\b")


# what makes "l'exception" an everyday exception, not the challenge named before it: "une
# exception", "sauf exception", "à l'exception de", "l'exception culturelle", "l'exception
# d'inconstitutionnalité", "l'exception de nullité" (a kind of its own: the Court's kinds are
# aliases of their own), "l'exception prévue à l'article 31", "la détention reste l'exception"
_EVERYDAY_EXCEPTION = re.compile(r"\s*(?:culturelle|près|d['’]|de\b|prévue|qui\s+confirme)", re.IGNORECASE)
# "la détention provisoire reste l'exception": the exception to a rule
_IS_THE_EXCEPTION = re.compile(r"\b(?:reste|restent|est|sont|demeure|demeurent|devient|constitue)\s+l['’]$")


def _exception_sense(text: str, c: Candidate, words: Scan) -> bool:
    if c.alias != "l'exception":
        return False
    before = text[max(0, c.start - 8) : c.start].lower()
    if not before.endswith(("l'", "l’", "cette ")) or before.endswith(("à l'", "à l’")):
        return True
    if _IS_THE_EXCEPTION.search(text, max(0, c.start - 16), c.start):
        return True
    return _EVERYDAY_EXCEPTION.match(text, c.end) is not None


def _seat_sense(text: str, c: Candidate, words: Scan) -> bool:
    if c.method == "fuzzy" and c.alias == "host State" and text[c.start : c.end].lower().startswith("state"):
        return True  # "before any State offers to host him": the verb, not the host State
    if _OUTSIDE.search(text, max(0, c.start - 24), c.start):
        return True  # "قالت للصحفيين أمام مقر المحكمة": a place to stand, not the seat of article 3
    # "a host State guarantee" for interim release
    return _HOST_GUARANTEE.match(text, c.end) is not None


# "outside the seat of the Court", "devant le siège de la Cour", "أمام مقر المحكمة"
_OUTSIDE = re.compile(
    r"(?:\b(?:outside|in front of|devant|frente a|delante de|fuera de|a las puertas de|aux portes de)"
    r"(?: the| le| la| l['’])?|(?:^|\s)(?:أمام|خارج|قرب|بالقرب من))\s*$",
    re.IGNORECASE,
)


def _own_paper_sense(text: str, c: Candidate, words: Scan) -> bool:
    if _sentence_gives_away(text, c, words):
        return True  # "وتؤكد الشركة أن بيانات عملائها سرية": a company's customers
    if _OUR_OWN.search(text, max(0, c.start - 40), c.start):
        return True  # "We also keep a confidential register of liaison officers"
    if _A_MARKING_BEFORE.search(text, max(0, c.start - 40), c.start) and _A_MARKING_AFTER.match(text, c.end):
        return True  # "**Confidentiel — couvert par le secret professionnel**": the note's own marking
    if _ON_A_BASIS.search(text, max(0, c.start - 8), c.start) and text.startswith(" basis", c.end):
        return True  # "may inquire ... on a confidential basis": the manner of asking, no filing
    # "This note is confidential until 10:00": the writer's own paper, under embargo
    return _THIS_PAPER_IS.search(text, max(0, c.start - 40), c.start) is not None


_ON_A_BASIS = re.compile(r"\b(?:on|in) an? $", re.IGNORECASE)


_OUR_OWN = re.compile(  # (not "Pre-Trial Chamber I held a confidential hearing")
    r"(?:\b[Ww]e|(?<!Chamber )\bI)(?: also| still)? "
    r"(?:keep|kept|hold|held|maintain|maintained) (?:a|an) (?:\w+ )?$"
)
# a marking that opens a line, alone or before a dash or its line's end: "CONFIDENTIAL", "**Confidentiel —"
# (also after the privilege it claims: "**Privileged and confidential — attorney work product**")
_A_MARKING_BEFORE = re.compile(
    r"(?:^|\n)[*_#> \t]*(?:(?:strictly )?(?:privileged|private|personal|personnel|privado|privada)"
    r" (?:and|&|et|y) )?$",
    re.IGNORECASE,
)
_A_MARKING_AFTER = re.compile(r"[*_ \t]*(?:[—–:-]|\n|$)")


_THIS_PAPER_IS = re.compile(
    r"\b(?:this|our) (?:\w+ )?(?:note|memo|memorandum|briefing|e-?mail|message|newsletter|bulletin|report"
    r"|document|release)s? (?:is|are|remains?) (?:strictly )?$",
    re.IGNORECASE,
)


def _orders_sense(text: str, c: Candidate, words: Scan) -> bool:
    # "a scheduling order will follow": the order comes later, nobody follows it; "follow the
    # order in which a chamber would ask": a sequence
    return _ORDER_WILL_FOLLOW.fullmatch(text, c.start, c.end) is not None or (
        text[c.end - 5 : c.end].lower() == "order" and _A_SEQUENCE.match(text, c.end) is not None
    )


_ORDER_WILL_FOLLOW = re.compile(r"orders? (?:will|would|shall|is to|are to|to) follow", re.IGNORECASE)
_A_SEQUENCE = re.compile(r" in which\b| of (?:events|questions|speakers|business|play|precedence)\b")


def _joined_in_person_sense(text: str, c: Candidate, words: Scan) -> bool:
    # "Before joining the ICC, I sat for eleven years on the Supreme Court": a person's career
    return _A_PERSON_NEXT.match(text, c.end) is not None


_A_PERSON_NEXT = re.compile(r"(?: the (?:ICC|Court|International Criminal Court))?,? (?:I|he|she|we|they)\b")


# "charge le Greffier de créer", "charge la Présidence d'examiner": entrusts someone with a task
_ENTRUSTS = re.compile(r" (?:le|la|les|l['’])\s*\w+(?: \w+)? (?:de|d['’])\s*\w+", re.IGNORECASE)
# a person's skill: "une grande compétence", "sa solide compétence juridique"
_A_SKILL = re.compile(
    r"\b(?:grande|grandes|haute|hautes|solide|solides|réelle|réelles|forte|fortes|exigence de) $",
    re.IGNORECASE,
)


def _power_sense(text: str, c: Candidate, words: Scan) -> bool:
    if c.words != 1 or c.word < 0:
        return False
    if c.lang == "fr" and _A_SKILL.search(text, max(0, c.start - 12), c.start):
        return True  # "une grande compétence en gestion": a skill
    if c.lang == "ar":
        # "طلاب يسألون عن اختصاص القانون الدولي في الجامعات": a field of study
        a, b = words.sentence_bounds(c.word)
        return not _STUDIES.isdisjoint(words.keys[a:b])
    if c.lang in ("fr", "es") and _OF_NATIONAL_COURTS.match(text, c.end):
        return True  # "la « compétence » des tribunaux valdoriens, fondée sur le code": theirs
    # "donne à l'Assemblée la compétence d'examiner le budget": a power to act, not jurisdiction
    return c.lang == "fr" and _POWER_TO.match(text, c.end) is not None


_OF_NATIONAL_COURTS = re.compile(
    r"[\s»”\"]*(?:des|de los|de las) (?:tribunaux|juridictions|tribunales|juzgados|cours|jueces|juges)\b",
    re.IGNORECASE,
)


_STUDIES = frozenset(keys("طلاب الطلاب طالب طالبة الطالبات الجامعات كلية الكلية دراسة دراسته تخصص التخصص"))


# "conformément au chapitre VII (article 83-3)": a Part of the Statute, which the French and
# Spanish texts call chapters, not the UN Charter's Chapter VII
_OF_THE_STATUTE_NEXT = re.compile(
    r" (?:\((?:art\.|arts\.|article|articles|artículo|artículos)\b|du (?:présent )?Statut\b"
    r"|of (?:this|the) Statute\b|del (?:presente )?Estatuto\b)",
    re.IGNORECASE,
)
_POWER_TO = re.compile(
    r" (?:d['’]|de |pour )(?:examiner|adopter|arrêter|approuver|fixer|nommer|élire|modifier|voter)\b",
    re.IGNORECASE,
)


# what is "arrêté" in the sense of settled, fixed: "la liste sera arrêtée", "la date a été arrêtée"
_SETTLED = re.compile(
    r"\b(?:liste|date|calendrier|programme|ordre du jour|budget|position|décision|stratégie|composition"
    r"|montant|somme|texte|version|formule|chiffre|bilan|compte)s?(?: (?:définitive|finale|officielle)s?)?"
    r" (?:sera|seront|a été|ont été|est|sont|serait|seraient) arrêté(?:e|s|es)?$",
    re.IGNORECASE,
)


def _arrested_sense(text: str, c: Candidate, words: Scan) -> bool:
    # "la liste sera arrêtée avant la fin du mois": settled, not arrested
    return _SETTLED.search(text, max(0, c.start - 40), c.end) is not None


# a fact-check's rating: "Verdict: False.", "Verdicts: False, Misleading", "Verdict : faux"
_A_RATING = re.compile(
    r"\W{0,3}:\W{0,3}(?:true|false|misleading|mostly|half|partly|unproven|mixed|correct|incorrect"
    r"|exaggerated|unsupported|vrai|faux|fausse|trompeur|trompeuse|verdadero|falso|falsa|engañoso|engañosa)\b",
    re.IGNORECASE,
)


# "victime de son succès", "victim of its own success", "víctima de su propio éxito"
_OF_ITS_SUCCESS = re.compile(
    r"s? (?:de|of|d['’]) ?(?:son|sa|leur|ses|its|his|her|their|su|sus) (?:own |propre |propio |propia )?"
    r"(?:succès|success|popularité|popularity|éxito|popularidad)\b",
    re.IGNORECASE,
)


# "النظام الأساسي لناديه", "النظام الأساسي للشركة": the statutes of a club or a company, not the
# Court's (its statute is "النظام الأساسي للمحكمة")
_OF_ANOTHER_BODY_AR = re.compile(r"\s+(?:ل|لل)(?!محكم|لمحكم)[\u0621-\u064a]{2,}")


def _statute_sense(text: str, c: Candidate, words: Scan) -> bool:
    if c.lang == "ar" and _ITS_OWN_STATUTE.match(text, c.start):
        return True  # "عدّل ناديه نظامه الأساسي": the club's own statute ("its statute")
    if c.lang == "en" and c.words == 1 and text[c.start : c.end].lower() in ("statute", "statutes"):
        # "the extradition statute of 1962", "its implementing statute": a State's law
        return _word_before(text, c.start) in _A_STATES_STATUTE or _OF_A_YEAR.match(text, c.end) is not None
    return (
        c.lang == "ar" and c.alias == "النظام الأساسي" and _OF_ANOTHER_BODY_AR.match(text, c.end) is not None
    )


_ITS_OWN_STATUTE = re.compile(r"[وفبل]?نظام(?:ه|ها|هم|هما|ي|نا|كم) ")
_A_STATES_STATUTE = frozenset(
    "extradition implementing national domestic criminal penal federal state provincial municipal".split()
)
_OF_A_YEAR = re.compile(r" of (?:1[5-9]|20)\d\d\b")


# "je m'acquitte de ma peine", "s'acquitter de ses obligations": to discharge a duty, no acquittal
_REFLEXIVE_BEFORE = re.compile(r"(?:\b[mts]['’]|\bnous |\bvous )$", re.IGNORECASE)


def _discharged(text: str, c: Candidate) -> bool:
    """True when a French "acquitter" is reflexive: "je m'acquitte de ma peine" (a duty done)."""
    return (
        c.lang == "fr"
        and text[c.start : c.end].lower().startswith("acquitt")
        and _REFLEXIVE_BEFORE.search(text, max(0, c.start - 6), c.start) is not None
    )


_REFERRED_TO_IN = re.compile(r" to (?:in|above|below|earlier|herein|therein)\b")


def _word_followed_by(after: re.Pattern[str]) -> Callable[[str, Candidate, Scan], bool]:
    """The check of a one-word term whose everyday sense ``after`` shows, right after it."""
    return lambda text, c, words: c.words == 1 and after.match(text, c.end) is not None


_rated = _word_followed_by(_A_RATING)  # a fact check's "Verdict: false", built once
_of_its_success = _word_followed_by(_OF_ITS_SUCCESS)  # "victime de son succès", built once
# The everyday senses of :func:`_other_sense` that belong to one concept each, by concept
_SITUATION_NAMES = frozenset(
    {"Situation in", "Situation en", "Situation au", "Situation dans", "Situación en"}
)
_SITUATION_WRITTEN = re.compile(
    r"[Ss]itua(?:tion|ción|cion) (?:in|en|au|dans)"
)  # not "Situation In", "SITUATION IN"
# after "Situation in": the name of a place, with its article ("the Republic of Korvena", "la
# République de Korvena", "el Estado de Korvena", "l'État de Korvena") or without ("Darfur")
_A_PLACE_NAMED = re.compile(  # (a line end between, not a blank line)
    r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)(?:(?:the|la|le|les|el|los|las)\s+|l['’])?[^\W\d_a-z]"
)


# "arising from the situation in ...", "l'enquête sur la situation en ...": the words before
# a situation named in lower case that make it the Court's (not "the security situation in")
_A_SITUATION_OF_THE_COURT = re.compile(
    # (any white space between the words: a text wrapped at a line end)
    r"(?:(?:arising|arises|arose|stemming)\s+(?:from|out\s+of)|investigations?\s+(?:into|of|in)|"
    r"(?:examination|referral|investigators?)\s+of|inquiry\s+into)\s+(?:the|this|that)\s+\Z|"
    r"(?:enquêtes?\s+(?:sur|dans)|découlant\s+de|issue\s+de|examen(?:\s+préliminaire)?\s+de|renvoi\s+de)"
    r"\s+la\s+\Z|"
    r"(?:investigaci(?:ón|ones)\s+(?:sobre|de|en)|derivad[ao]s?\s+de|examen(?:\s+preliminar)?\s+de|"
    r"remisión\s+de)\s+la\s+\Z",
    re.IGNORECASE,
)


def _situation_sense(text: str, c: Candidate, words: Scan) -> bool:
    """True unless ``c`` names a situation before the Court: "the Situation in the Republic
    of Korvena" (in capitals, after the first word of its sentence: a sentence starting
    "Situation in the region..." says nothing), or in lower case after the words that make
    it one ("arising from the situation in the Republic of Valdoria", "l'enquête sur la
    situation en République de Korvena"); a name after it either way. "The security
    situation in Korvena" is no situation of the Court's."""
    if c.alias not in _SITUATION_NAMES:
        return False
    if c.word < 0 or _A_PLACE_NAMED.match(text, c.end) is None:
        return True
    if not _SITUATION_WRITTEN.fullmatch(text, c.start, c.end):
        return True  # a headline in capitals: "Security Situation In Darfur", "SITUATION IN THE REGION"
    if text[c.start].isupper():
        return words.sentence_bounds(c.word)[0] == c.word
    return _A_SITUATION_OF_THE_COURT.search(text, max(0, c.start - 40), c.start) is None


_IMMUNITY_KEYS = frozenset(
    keys(
        "immunity immunities immune immunité immunités inmunidad inmunidades inmune inmunes inviolability "
        "inviolabilité inviolabilidad الحصانة حصانة الحصانات"
    )
)
_JUDGE_KEYS = frozenset(
    keys(
        "judge judges juge juges magistrado magistrados magistrada magistradas juez jueces القضاة قضاة القاضي"
    )
)


def _plenary_sense(text: str, c: Candidate, words: Scan) -> bool:
    """True when a plenary has no judges in its sentence or the one before (the Assembly's
    sessions, a parliament's, "the plenary hall"), or a word of another body's in its own."""
    if c.word < 0:
        return False
    a, b = words.sentence_bounds(c.word)
    if a:
        a = words.sentence_bounds(a - 1)[0]
    return _JUDGE_KEYS.isdisjoint(words.keys[a:b]) or _sentence_gives_away(text, c, words)


_TO_TRIAL = re.compile(
    r"\s+(?:a\s+juicio|a\s+(?:la\s+)?Sala\s+de\s+Primera\s+Instancia|en\s+(?:jugement|procès)"
    r"|devant\s+(?:la|une)\s+[Cc]hambre\s+de\s+première\s+instance)\b"
)
_ANOTHER_FUNDS_NAME = re.compile(
    r" (?:de|del|for|of|pour|d['’]) ?(?:la |el |the |les |los )?(?!Víctim|Victim|victim|víctim|Benefici)"
    r"(?-i:[A-Z])"
)
_SENSE_CHECKS: dict[str, Callable[[str, Candidate, Scan], bool]] = {
    **{c: _sentence_gives_away for c in _SENTENCE_SENSES},  # immunity beside vaccines
    REFERRAL: lambda text, c, words: (
        _situation_sense(text, c, words)
        or _sentence_gives_away(text, c, words)
        or _FROM_A_FRIEND.match(text, c.end) is not None  # "a referral from a friend should unlock it"
        # "diferir la remisión a juicio", "le renvoi en jugement": committal to trial (article 61(11))
        or _TO_TRIAL.match(text, c.end) is not None
    ),
    "plenary_sessions": _plenary_sense,
    # ... "absuelto en casa": acquitted by a national court, at home
    "trial_judgment": lambda text, c, words: (
        _rated(text, c, words)
        or _A_BENCH_OF.search(text, max(0, c.start - 16), c.start) is not None  # "la formation de jugement"
        # "tells you more than most judgments do": judgments at large
        or (
            c.words == 1
            and text[c.end - 1 : c.end] in "sS"
            and _word_before(text, c.start) in _ANY_FEW
            and _OF_THE_COURTS.match(text, c.end) is None  # (not "all judgments of the Trial Chamber")
        )
        or _discharged(text, c)
        or _AT_HOME.match(text, c.end) is not None
        or _word_before(text, c.start) in _TO_PASS  # "to pass judgment on the conduct of a State"
        # "رأت المحكمة" (the court found) folds as "برأت المحكمة" (it acquitted) does, its "ب"
        # read as the attached preposition
        or (c.alias == "برأت المحكمة" and not text[c.start : c.start + 2].lstrip("وف").startswith("ب"))
    ),
    "victim": lambda text, c, words: (
        _of_its_success(text, c, words)
        or _sentence_gives_away(text, c, words)
        # "quiconque a été victime d'une arrestation ... illégale" (article 85): compensation's
        or (c.words == 1 and _OF_AN_ARREST.match(text, c.end) is not None)
    ),
    "rome_statute": _statute_sense,
    "arrest_in_custodial_state": _arrested_sense,
    "arrest_warrant": _warrant_sense,
    "witness": _witness_sense,
    "charges": _charges_sense,
    **{c: _chamber_sense for c in _CHAMBER_CONCEPTS},
    "judges": _judges_sense,
    # "respond when summoned", a condition of release (rule 119(1)), is no summons to appear
    "summons_to_appear": lambda text, c, words: (
        c.words == 1 and _word_before(text, c.start) in ("when", "if", "whenever")
    ),
    "state_party": _state_party_sense,
    # "wants a fair hearing at home first": in the national courts
    "rights_of_the_accused": lambda text, c, words: _AT_HOME.match(text, c.end) is not None,
    # "el Fondo de Garantía de Accidentes de Circulación": another fund, by its own name
    "trust_fund_for_victims": lambda text, c, words: (
        c.refers_back
        and text[c.start : c.end].rsplit(None, 1)[-1].lower() in ("fund", "fondo", "fonds")
        and _ANOTHER_FUNDS_NAME.match(text, c.end) is not None
    ),
    "place_of_trial": _place_of_trial_sense,
    "sentencing": _sentencing_sense,
    "election_of_judges": _election_sense,
    "surrender": _surrender_sense,
    "trial": _trial_sense,
    "investigation": _investigation_sense,
    "settlement_of_disputes": _settlement_sense,
    "financing_of_the_court": _financing_sense,
    COURT: _court_sense,
    "confirmation_of_charges": _confirmation_sense,
    "seat_of_the_court": _seat_sense,
    "challenge_to_jurisdiction_or_admissibility": _exception_sense,
    "reparations": _reparations_sense,
    "office_of_the_prosecutor": _offices_of,
    "closed_session": _closed_session_sense,
    "withdrawal": _withdrawal_sense,
    "prosecutor": _offices_of,
    "classification_of_filings": _own_paper_sense,
    "confidentiality": _own_paper_sense,
    "superior_orders": _orders_sense,
    "accession": _joined_in_person_sense,
    "preconditions_to_jurisdiction": _power_sense,
    "proprio_motu_investigation": _own_initiative_sense,
    "personal_jurisdiction": lambda text, c, words: (
        (c.alias in ("natural persons", "personnes physiques") and _sentence_gives_away(text, c, words))
        # "immunities ratione personae and ratione materiae": a head of State's immunity
        or (
            c.alias == "ratione personae"
            and not _IMMUNITY_KEYS.isdisjoint(words.keys[slice(*words.sentence_bounds(c.word))])
        )
    ),
    "chapter_vii_of_the_un_charter": lambda text, c, words: (
        _OF_THE_STATUTE_NEXT.match(text, c.end) is not None
    ),
    # "a State referred to in paragraph 2(b)": the State it names, no referral
    "state_party_referral": lambda text, c, words: _REFERRED_TO_IN.match(text, c.end) is not None,
}


def _cut_before_chamber_names(
    cands: list[Candidate], text: str, words: Scan, index: Index
) -> list[Candidate]:
    """``cands`` with a term of another concept that runs into a Chamber's name written in
    capitals cut before the name, when what is left of it is a term of its concept too ("el
    [presidente] de la [Sala de Apelaciones]"), and dropped otherwise: "committed to [Trial
    Chamber V]" is no "committed", nor "presidenta de la Sala" a bare "Apelaciones" (an appeal)
    beside it. A fuzzy term is left to the overlap policy ("a notification sent to the Pre-Trial
    Chamber" is no "sent to trial")."""
    names = sorted(
        (
            a
            for a in cands
            if a.concept in _CHAMBER_CONCEPTS
            and a.method == "exact"
            and a.words > 1
            and text[a.start].isupper()
        ),
        key=_START,
    )
    if not names:
        return cands
    starts = [a.start for a in names]
    out = []
    for b in cands:
        a = None
        for a_ in names[bisect_right(starts, b.start) :]:  # the names starting inside b: few
            if a_.start >= b.end:
                break
            if b.end < a_.end:
                a = a_
                break
        if a is None or b.concept in _CHAMBER_CONCEPTS or b.word < 0 or b.lang == "ar" or b.method != "exact":
            out.append(b)
            continue
        head = [j for j in range(a.word - b.word) if words.keys[b.word + j] not in STOPWORDS]
        if not head:
            continue
        n = head[-1] + 1
        if any(e.concept == b.concept for e in index.exact.get(tuple(words.keys[b.word : b.word + n]), ())):
            out.append(b._replace(end=words.ends[b.word + n - 1], words=n))
    return out


def _names_split_where_crossed(
    cands: list[Candidate], text: str, words: Scan, kb: KnowledgeBase, index: Index
) -> list[Candidate]:
    """``cands`` with the terms that end in the Court's or the Statute's name split before
    the overlap policy is applied, where another concept's term crosses them from the left: in "the
    Assembly of [States Parties to the Rome Statute]" the longer term would win over "Assembly
    of States Parties", and only "States Parties" would be left of it once its name is split
    off (:func:`split_off_names`); split first, the Assembly keeps its words."""
    tailed = index.name_tailed  # aliases of other concepts than the names that end in a name
    tails = [c for c in cands if c.alias in tailed and c.word >= 0]
    if not tails:
        return cands  # most paragraphs
    # the terms that may cross one from the left start at most MAX_SPAN before it: looked up by
    # bisection, not among all (a paragraph of 400 KB repeating "el año fiscal de la Corte y el
    # Fiscal de la CPI." took 19 s)
    ordered = sorted(cands, key=_START)
    starts = [d.start for d in ordered]
    crossed = [
        c
        for c in tails
        if any(
            d.start < c.start < d.end < c.end and d.concept != c.concept
            for d in _near(ordered, starts, c.start - MAX_SPAN, c.start)
        )
    ]
    if not crossed:
        return cands
    gone = set(map(id, crossed))
    out = [c for c in cands if id(c) not in gone]
    out.extend(split_off_names(crossed, text, words, kb, index))
    return out


def split_off_names(
    chosen: list[Candidate], text: str, words: Scan, kb: KnowledgeBase, index: Index
) -> list[Candidate]:
    """The mentions with the Court's or the Statute's name at their end or at their start
    made a mention of its own: "[the Prosecutor] of the [International Criminal Court]",
    "[handed over] to the [ICC]", "[party] to the [Rome Statute]", "[ICC] [judges]". Both
    links say something; one would hide the Court. Titles ("Regulations of the Court") stay
    whole, and a name is split off only when a word that is not a function word is left
    beside it.
    """
    lasts, firsts, all_keys = index.name_ends, index.name_starts, words.keys
    out: list[Candidate] = []
    for c in chosen:
        if (
            c.word < 0
            or c.words < 2
            or (all_keys[c.word + c.words - 1] not in lasts and all_keys[c.word] not in firsts)
            or c.concept in NAME_CONCEPTS
        ):
            out.append(c)  # most mentions: no name at either end
            continue
        concept = kb.concepts.get(c.concept or "")
        if concept is None or concept.category == "instruments":
            out.append(c)
            continue
        ks = all_keys[c.word : c.word + c.words]
        parts = _name_at_end(c, ks, text, words, index) or _name_at_start(c, ks, text, words, index)
        out.extend(parts or (c,))
    return out


def _name_at_end(c: Candidate, ks: list[str], text: str, words: Scan, index: Index) -> tuple[Candidate, ...]:
    """``c`` cut before the Court's or the Statute's name it ends with, and the name; or
    nothing when it does not end with one that can stand apart."""
    if ks[-1] not in index.name_ends:
        return ()
    for n in range(1, len(ks)):  # the longest name first
        entry = index.names.get(tuple(ks[n:]))
        if entry is None or entry.needs_context:  # "the court" in "joined the court" says no more
            continue
        head = [j for j in range(n) if ks[j] not in STOPWORDS]
        first = next((j for j in range(n, len(ks)) if ks[j] not in STOPWORDS), None)
        start = words.starts[c.word + first] if first is not None else c.end
        if not head or first is None or (entry.acronym and not text[start : c.end].isupper()):
            return ()
        if entry.acronym and record_number(text, start, c.end):
            # "the warrant in `ICC-07/31-01/29`": the head alone, the case number no mention
            return (c._replace(end=words.ends[c.word + head[-1]], words=head[-1] + 1),)
        return (
            c._replace(end=words.ends[c.word + head[-1]], words=head[-1] + 1),
            _name_mention(entry, index, start, c.end, c.lang, c.word + first, c.words - first),
        )
    return ()


# terms of belonging, whose name says what one belongs to: "ICC member states", "Rome Statute
# parties" stay whole ("member states" alone may be any organisation's)
_MEMBERS_OF_THE_NAME = frozenset({"state_party"})


def _name_at_start(
    c: Candidate, ks: list[str], text: str, words: Scan, index: Index
) -> tuple[Candidate, ...]:
    """The Court's or the Statute's name that ``c`` begins with ("ICC judges", "ICC
    Registry"), and the rest of ``c``; or nothing when it begins with none."""
    if ks[0] not in index.name_starts or c.concept in _MEMBERS_OF_THE_NAME or c.method != "exact":
        return ()  # (a fuzzy match may have its words turned round: "la CPI a saisi", no "saisi la CPI")
    for n in range(len(ks) - 1, 0, -1):  # the longest name first
        entry = index.names.get(tuple(ks[:n]))
        if entry is None or entry.needs_context:
            continue
        end = words.ends[c.word + n - 1]
        rest = next((j for j in range(n, len(ks)) if ks[j] not in STOPWORDS), None)
        if rest is None or (entry.acronym and not text[c.start : end].isupper()):
            return ()
        return (
            _name_mention(entry, index, c.start, end, c.lang, c.word, n),
            c._replace(start=words.starts[c.word + rest], word=c.word + rest, words=c.words - rest),
        )
    return ()


def _name_mention(
    entry: Entry, index: Index, start: int, end: int, lang: Language | None, word: int, n: int
) -> Candidate:
    """The Court's or the Statute's name, split off a longer term, as a mention of its own."""
    return Candidate(
        start,
        end,
        entry.concept,
        index.primary[entry.concept],
        100.0,
        "exact",
        entry.text,
        False,
        lang,
        False,
        word,
        n,
    )


_INDEFINITE = frozenset({"a", "an", "another", "un", "une", "uno", "una", "otra", "otro", "autre"})
_NUMBERED = re.compile(
    r"[ \u00a0]+(?:[IVX]+|[0-9]+|ال(?:أولى|اولى|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة|تاسعة|عاشرة))\b"
)
# "the decision of Pre-Trial Chamber I", "la décision de la Chambre", "la decisión de la Sala",
# "قرار الدائرة": named as the author of the decision discussed
_DECISION_OF = re.compile(
    r"(?:decision|ruling|judgment|order)s? (?:of|by) (?:the )?\Z|"
    r"(?:were|was|been|had|has|have) (?:\w+ )?"
    r"(?:confirmed|issued|authori[sz]ed|decided|ordered|rendered|rejected) by (?:the )?\Z|"
    r"(?:décision|ordonnance|arrêt)s? (?:de la |du |de l['’])\Z|"
    r"(?:decisión|resolución|auto|fallo)(?:es)? (?:de la |del )\Z|"
    r"(?:قرار|حكم) \Z",
    re.IGNORECASE,
)


# "appeal to the Appeals Chamber", "faire appel devant la Chambre d'appel", "recurrir ante la Sala"
_APPEALED_TO = re.compile(
    r"\b(?:appeal\w*|appel|apel\w*|recurr\w*|recurso) (?:to|before|devant|ante) (?:the |la |el )?\Z",
    re.IGNORECASE,
)


def _naming_weight(text: str, m: Mention) -> float:
    """How much naming a specific concept here says that the text is about it: 2 with its
    number ("Trial Chamber V"), half with an indefinite article ("a Trial Chamber", an Arabic
    name without the article) or as the author of a decision discussed ("the decision of
    Pre-Trial Chamber I", in an appeal; "the charges, which were confirmed by Pre-Trial Chamber
    II", before a trial) or as the one an appeal would go to, 1 otherwise."""
    if _DECISION_OF.search(text, max(0, m.start - 30), m.start):
        return 0.5  # the author of a decision under discussion, often the one appealed, numbered or not
    if _APPEALED_TO.search(text, max(0, m.start - 30), m.start):
        return 0.5  # "ils feraient appel devant la Chambre d'appel": a chamber the story may reach
    if _NUMBERED.match(text, m.end):
        return 2.0
    if _word_before(text, m.start) in _INDEFINITE:
        return 0.5
    if "\u0600" <= m.text[:1] <= "\u06ff" and not _arabic_definite(m.text):
        return 0.5
    return 1.0


# "the Chambers", "las Salas", "les Chambres", "الدوائر": the kind in general, whatever chamber
# the text has named
# general concepts whose kinds a text may name in turn, each for its own passage ("a State
# referral ... **Security Council referral.** ... a Tarsenian referral"): read as the kind named
# before only where the text has named no other (not as the one named most often, as the
# Chamber seized of a case is)
_ONE_KIND_ONLY = frozenset({REFERRAL})
_PLURAL_GENERAL = re.compile(
    r"(?:chambers|salas|chambres|الدوائر|referrals|remisiones|renvois|saisines|الإحالات)\Z", re.IGNORECASE
)


def resolve_back_references(chosen: list[Candidate], index: Index, text: str) -> list[Mention]:
    """The final mentions, a short reference to a general concept made specific by the text.

    "Trial Chamber V opened the case. ... The Chamber then ruled": the second mention is a
    context word of *Chambers*; the concept named before it that ``narrows`` Chambers is the
    Trial Chamber, so that is what it links to. Where several were named, the one named most
    often so far, counting the short references already read as it (the chamber seized of the
    case, not one cited in passing), and of those the last (not for the plural, "las Salas",
    which are Chambers in general); a chamber named with its number
    ("Pre-Trial Chamber II") counts twice, one named with an indefinite article ("may send
    the case to a Trial Chamber", "دائرة ابتدائية") half. Without such an earlier mention, or
    for the general concept spelled out in full, the mention keeps its general concept.
    """
    narrowing = index.narrows
    if not narrowing:
        return [c.mention(text) for c in chosen]
    # general concept -> specific one -> (how much named so far, when last named)
    named: dict[str, dict[str, tuple[float, int]]] = {}
    out = []
    council = -1  # where the Security Council was last named
    for k, cand in enumerate(chosen):
        m = cand.mention(text)
        concept = m.concept or ""
        if concept == "security_council":
            council = k
        general = narrowing.get(concept)
        if general is not None:
            seen = named.setdefault(general, {})
            seen[concept] = (seen.get(concept, (0, 0))[0] + _naming_weight(text, m), k)
        elif (
            cand.needs_context
            and concept in named
            and not _PLURAL_GENERAL.search(m.text)
            and cand.alias not in _SITUATION_NAMES  # "the situation in ...": a name, whoever referred it
        ):
            seen = named[concept]
            if concept in _ONE_KIND_ONLY and (
                len(seen) > 1
                or ("security_council_referral" not in seen and council > max(v[1] for v in seen.values()))
            ):
                # "the referral" in a text that has named a State's and the Council's, or a State's
                # and then the Security Council ("... In 2023 the Security Council debated Kestria.
                # The referral passed with eleven votes")
                out.append(m)
                continue
            specific = max(seen, key=seen.__getitem__)  # named most often; of those, last
            seen[specific] = (seen[specific][0] + 1, k)  # "the Chamber" again: still that one
            m = replace(m, concept=specific, provisions=index.primary[specific])
        out.append(m)
    return out


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Apply the overlap policy to one paragraph's candidates (already scored and in context).

    The candidates fall into clusters of overlapping spans; no choice in one cluster touches
    another, so each is settled on its own, and a candidate overlapping nothing is simply
    kept. Near-linear in the number of candidates (a paragraph may be a whole file with no
    blank line), as no mention is longer than :data:`MAX_SPAN` characters.
    """
    # longer "mentions" cannot occur; the bound keeps the neighbour look-ups below correct
    ordered = [c for c in candidates if c.end - c.start <= MAX_SPAN]
    ordered.sort(key=_START)
    taken: list[Candidate] = []
    cluster: list[Candidate] = []
    end = -1
    for c in ordered:
        if c.start >= end and cluster:
            taken.extend(cluster if len(cluster) == 1 else _settle(cluster))
            cluster = []
        cluster.append(c)
        if c.end > end:
            end = c.end
    if cluster:
        taken.extend(cluster if len(cluster) == 1 else _settle(cluster))
    return taken


def _settle(ordered: list[Candidate]) -> list[Candidate]:
    """The candidates kept from one cluster of overlapping ones (sorted by start)."""
    whole = _without_split_phrases(ordered)
    if len(whole) < len(ordered):
        return select(whole)  # what is left may fall into smaller clusters
    if ordered[0].lang == "ar":  # the crossing is an Arabic construct's
        named = _without_crossed_chambers(ordered)
        if len(named) < len(ordered):
            return select(named)
    if any(map(_LOOSE, ordered)):
        wide = _loose_over_words(ordered)
        if wide is not None:
            return [wide]
    if len(ordered) == 2:  # the usual cluster: a phrase and a word inside it, or two readings
        a, b = ordered
        outer, inner = (a, b) if a.end - a.start > b.end - b.start else (b, a)
        if outer.concept is not None and outer.concept == inner.concept and outer.start <= inner.start:
            if inner.end <= outer.end and outer.end - outer.start > inner.end - inner.start:
                return [outer]  # the word extends into the phrase: nothing else competes
        return [min(ordered, key=_priority)]  # they overlap: the stronger one alone
    top = min(ordered, key=_priority)
    if top.start == ordered[0].start and top.end >= max(c.end for c in ordered):
        return [top]  # the strongest spans the cluster: it overlaps, and beats, every other
    usable = sorted(_absorb(ordered, [c.start for c in ordered]), key=_priority)
    base = ordered[0].start
    used = bytearray(max(c.end for c in ordered) - base)  # 1 = character already linked
    taken: list[Candidate] = []
    for cand in usable:
        lo, hi = cand.start - base, cand.end - base
        if used.find(1, lo, hi) >= 0:
            continue  # overlaps a mention taken before it
        used[lo:hi] = b"\x01" * (hi - lo)
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken


def _without_crossed_chambers(ordered: list[Candidate]) -> list[Candidate]:
    """``ordered`` without the phrases of other concepts that take the last word of a Chamber's
    name written out: "دائرة الاستئناف قرارها" is the Appeals Chamber and its decision, no
    "appeal of the decision"."""
    names = [a for a in ordered if a.concept in _CHAMBER_CONCEPTS and a.method == "exact" and a.words > 1]
    if not names:
        return ordered
    return [
        b
        for b in ordered
        if b.concept in _CHAMBER_CONCEPTS or not any(a.start < b.start < a.end < b.end for a in names)
    ]


def _loose_over_words(ordered: list[Candidate]) -> Candidate | None:
    """The strongest loose match, when it holds every other candidate of the cluster, those are
    single context-dependent words or loose matches themselves, and one at least is such a word:
    "permission to open a *full* investigation" is the authorization, not the bare
    "investigation" inside it, though a word was put in."""
    loose = [c for c in ordered if c.loose]
    if not loose or len(loose) == len(ordered):
        return None  # loose matches alone: the usual weights decide among them
    wide = min(loose, key=_priority)  # the strongest: of loose matches, the heaviest
    inside = all(
        c is wide
        or (wide.start <= c.start and c.end <= wide.end and (c.loose or (c.words == 1 and c.needs_context)))
        for c in ordered
    )
    return wide if inside else None


def _without_split_phrases(ordered: list[Candidate]) -> list[Candidate]:
    """``ordered`` without the fuzzy matches that take an exact phrase's modifier from its head
    (:func:`_splits`): in "withdraw the ICC warrant", "ICC warrant" is a phrase, so "withdraw
    the ICC" (withdrawing from the Court) is not a reading of the words."""
    if "fuzzy" not in map(_METHOD, ordered):
        return ordered  # most clusters: exact matches and citations only
    phrases = [c for c in ordered if c.method == "exact" and c.words > 1]
    if not phrases:
        return ordered
    return [c for c in ordered if c.method != "fuzzy" or not any(_splits(c, p) for p in phrases)]


def _crosses(c: Candidate, phrase: Candidate) -> bool:
    return c.start < phrase.start < c.end < phrase.end or phrase.start < c.start < phrase.end < c.end


_METHOD = itemgetter(Candidate._fields.index("method"))
_LOOSE = itemgetter(Candidate._fields.index("loose"))


def _splits(c: Candidate, phrase: Candidate) -> bool:
    """True when ``c`` takes the modifier of ``phrase`` away from its head, leaving a content
    word outside. English puts the modifier first ("ICC warrant": ``c`` may not end on "ICC");
    French, Spanish and Arabic put it last ("competencia de la Corte": "impugnará la
    competencia" takes the head, and stands). "The Assembly's Bureau" may take "Assembly"
    from "the Assembly": only a function word is left outside. A match crossing a phrase of
    its own concept gives way to it whatever the language."""
    if c.concept == phrase.concept and _crosses(c, phrase):
        return True  # the phrase written exactly already says it: "proceder a su [entrega a la Corte]"
    head_last = phrase.lang == "en"
    if head_last and c.start < phrase.start < c.end < phrase.end:
        outside = _alias_keys(phrase.alias)[c.word + c.words - phrase.word :]
    elif not head_last and phrase.start < c.start < phrase.end < c.end:
        outside = _alias_keys(phrase.alias)[: c.word - phrase.word]
    else:
        return False
    return any(k not in STOPWORDS for k in outside)


@lru_cache(maxsize=4096)
def _alias_keys(alias: str) -> tuple[str, ...]:
    return keys(alias)


def _near(ordered: list[Candidate], starts: list[int], lo: int, hi: int) -> list[Candidate]:
    """Candidates starting in ``[lo, hi)``."""
    return ordered[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _absorb(ordered: list[Candidate], starts: list[int]) -> list[Candidate]:
    """Drop matches lying inside a longer match of the same concept ("warrant" inside "warrant
    had been issued for his arrest"): the longer reading extends, not contradicts, the
    shorter — unless a match of another concept would win against the longer one anyway."""
    priority = {id(c): _priority(c) for c in ordered}

    def beaten(o: Candidate) -> bool:
        po = priority[id(o)]
        return any(
            e.concept != o.concept and e.end > o.start and priority[id(e)] < po
            for e in _near(ordered, starts, o.start - MAX_SPAN, o.end)
        )

    by_concept: dict[str, tuple[list[Candidate], list[int]]] = {}
    for c in ordered:
        if c.concept is not None:
            same, same_starts = by_concept.setdefault(c.concept, ([], []))
            same.append(c)
            same_starts.append(c.start)
    out = []
    for c in ordered:
        inside = c.concept is not None and any(
            o is not c and c.end <= o.end and (o.end - o.start) > (c.end - c.start) and not beaten(o)
            for o in _near(*by_concept[c.concept], c.start - MAX_SPAN, c.start + 1)
        )
        if not inside:
            out.append(c)
    return out


def _priority(c: Candidate) -> tuple[int, float, float, str]:
    weight = (c.end - c.start) * c.score / 100
    return (1 if c.loose else 0, -weight, -c.score, c.concept or "")
