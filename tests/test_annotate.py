"""Matching and the selection policy: exact, fuzzy, citations, context, overlap, language."""

from __future__ import annotations

import re

import pytest

from icc_ref.annotate import annotate_text
from icc_ref.language import detect_language
from icc_ref.render import to_markdown

from .conftest import REPO


def concepts(text: str, kb, index) -> list[str | None]:
    return [m.concept for m in annotate_text(text, kb, index).mentions]


def concepts_at(text: str, word: str, kb, index) -> list[str | None]:
    """The concepts of the mentions whose text holds ``word``."""
    return [m.concept for m in annotate_text(text, kb, index).mentions if word in m.text]


def concepts_covering(text: str, at: int, kb, index) -> list[str | None]:
    """The concepts of the mentions that hold the character at offset ``at``."""
    return [m.concept for m in annotate_text(text, kb, index).mentions if m.start <= at < m.end]


def after_the_first_sentence(text: str, kb, index) -> list[str]:
    """The mentions after the text's first ". ": those the test's everyday sense must not have."""
    second = text.index(". ") + 2
    return [m.text for m in annotate_text(text, kb, index).mentions if m.start >= second]


def found(text: str, kb, index, **kw) -> list[tuple[str, str | None, str]]:
    return [
        (m.text, m.concept or m.provisions[0], m.method)
        for m in annotate_text(text, kb, index, **kw).mentions
    ]


VARIANTS = [
    ("The ICC judges issued an arrest warrant.", "arrest warrant", "exact"),
    ("The ICC judges issued arrest-warrants.", "arrest-warrants", "exact"),
    ("The ICC issued a warrant of arrest.", "warrant of arrest", "exact"),
    ("The ICC issued an arest warant on Monday.", "arest warant", "fuzzy"),
    ("The ICC judges issued warrants for his arrest.", "warrants for his arrest", None),
    ("The ICC judges issued warrants for the arrest of two ministers.", "warrants for the arrest", None),
    (
        "The ICC said a warrant had been issued for his arrest.",
        "warrant had been issued for his arrest",
        None,
    ),
    ("La CPI a délivré un mandat d'arrêt.", "mandat d'arrêt", "exact"),
    ("La CPI a délivré des mandats d’arrêt.", "mandats d’arrêt", "exact"),
    ("أصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحقه.", "مذكرة اعتقال", "exact"),
    ("La CPI emitió una orden de detención.", "orden de detención", "exact"),
]


@pytest.mark.parametrize(("text", "span", "method"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_arrest_warrant_variants(kb, index, text: str, span: str, method: str | None) -> None:
    hits = [(s, c, m) for s, c, m in found(text, kb, index) if c == "arrest_warrant"]
    assert [(s, m if method else None) for s, _, m in hits] == [(span, method)]


CITATIONS = [
    ("Article 58(1)(b) of the Rome Statute sets the test.", "Article 58(1)(b)", "RS 58(1)(b)"),
    ("See articles 86 and 89.", "89", "RS 89"),
    ("Art. 98(2) is relevant.", "Art. 98(2)", "RS 98(2)"),
    ("Under rule 117, the Chamber decides.", "rule 117", "RPE 117"),
    ("Filed under regulation 23 bis.", "regulation 23 bis", "RoC 23bis"),
    ("Selon l'article 58 du Statut, la Chambre décide.", "l'article 58", "RS 58"),
    ("وفقا للمادة 58 من نظام روما الأساسي", "للمادة 58", "RS 58"),
    ("بموجب المادتين 86 و89", "المادتين 86", "RS 86"),
    ("Articles 18 and 19 govern challenges.", "Articles 18", "RS 18"),
]


@pytest.mark.parametrize(("text", "span", "cite"), CITATIONS, ids=[c[0] for c in CITATIONS])
def test_citations_become_provision_mentions(kb, index, text: str, span: str, cite: str) -> None:
    assert (span, cite, "citation") in found(text, kb, index)


def test_unknown_pinpoint_falls_back_to_the_article(kb, index) -> None:
    assert ("article 58(9)", "RS 58", "citation") in found("Under article 58(9) of the Statute.", kb, index)


def test_other_treaties_are_not_linked(kb, index) -> None:
    assert found("Article 51 of the UN Charter allows self-defence.", kb, index) == []


CONTEXT = [
    (
        "court",
        "ICC judges said the court would rule next week.",
        "The local court adjourned the divorce case until May.",
    ),
    (
        "surrender",
        "ICC judges asked Valdoria to surrender the suspect under its arrest warrant.",
        "The rebels announced their surrender after the siege.",
    ),
    (
        "charges",
        "The ICC Prosecutor filed charges against the commander.",
        "The charges on my phone bill went up.",
    ),
    (
        "member states",
        "ICC judges reminded member states of their duty to cooperate.",
        "EU member states agreed on fishing quotas.",
    ),
    (
        "confidential",
        "The ICC Pre-Trial Chamber kept the warrant confidential.",
        "The company kept its salary data confidential.",
    ),
    # the generic warrant words of Arabic and Spanish news, reviewed by language
    (
        "orden de detención",
        "La Corte Penal Internacional emitió una orden de detención contra el exministro.",
        "Un juez de Lima emitió una orden de detención contra el exalcalde por corrupción.",
    ),
    (
        "مذكرة اعتقال",
        "أصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحق الوزير السابق.",
        "أصدرت النيابة العامة مذكرة اعتقال بحق رجل الأعمال بتهمة الاحتيال.",
    ),
]


def test_a_ruling_upheld_on_appeal_is_not_a_ratification(kb, index) -> None:
    """Spanish "ratificar" is also to uphold; what it ratifies tells which."""
    joined = found("Colombia ratificó en 2002, y la CPI puede investigar crímenes cometidos allí.", kb, index)
    upheld = found("La Sala de Apelaciones de la CPI ratificó la condena del excomandante.", kb, index)
    assert ("ratificó", "signature_and_ratification", "exact") in joined
    assert all(concept != "signature_and_ratification" for _, concept, _ in upheld), upheld


@pytest.mark.parametrize(("word", "icc", "other"), CONTEXT, ids=[c[0] for c in CONTEXT])
def test_context_words_link_only_in_an_icc_context(kb, index, word: str, icc: str, other: str) -> None:
    assert any(word in span.lower() for span, _, _ in found(icc, kb, index)), found(icc, kb, index)
    assert found(other, kb, index) == []


def test_context_reaches_two_paragraphs_or_600_characters(kb, index) -> None:
    short = ["The ICC Prosecutor spoke on Monday."] + ["Officials met again."] * 3 + ["The court will rule."]
    assert "The court" in [m.text for m in annotate_text("\n\n".join(short), kb, index).mentions]
    filler = "Officials met again and talked at length about the weather and the harvest. " * 4
    long = ["The ICC Prosecutor spoke on Monday.", filler, filler, filler, "The court will rule."]
    assert "The court" not in [m.text for m in annotate_text("\n\n".join(long), kb, index).mentions]


def test_a_paragraph_opening_on_another_story_borrows_no_context(kb, index) -> None:
    icc = "The ICC Prosecutor asked the judges for an arrest warrant.\n\n"
    other = "Separately, a district court sentenced a reporter on defamation charges; she will appeal."
    assert [m.text for m in annotate_text(icc + other, kb, index).mentions if m.start >= len(icc)] == []
    own = "Separately, the ICC Prosecutor filed new charges against the commander."
    assert "charges" in [m.text for m in annotate_text(icc + own, kb, index).mentions if m.start >= len(icc)]


@pytest.mark.parametrize(
    ("icc", "other"),
    [
        (
            "La CPI dictó una orden de detención contra el general.\n\n",
            "Por otra parte, la policía detuvo a dos hombres; el tribunal decretó prisión preventiva.",
        ),
        (
            "La CPI a délivré un mandat d'arrêt contre le général.\n\n",
            "Par ailleurs, le tribunal correctionnel a condamné un élu; le procureur fera appel.",
        ),
        (
            "The ICC issued an arrest warrant for the general.\n\n",
            "Meanwhile, a local court fined protesters and the prosecutor dropped charges.",
        ),
        # a paragraph whose first sentence names another court or a parliament, unannounced
        (
            "The ICC issued an arrest warrant for the general.\n\n",
            "In Talvia's capital, a district court jailed two clerks. The prosecutor will appeal.",
        ),
        (
            "La CPI dictó una orden de detención contra el general.\n\n",
            "En Puerto Celeste, la Asamblea Nacional aprobó la reforma de la prisión preventiva.",
        ),
        (
            "أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحق الجنرال.\n\n",
            "وفي مدينة الساحل، صوّت البرلمان على قانون يشدد عقوبة القتل العمد والسجن المؤبد.",
        ),
        (
            "La CPI dictó una orden de detención contra el general.\n\n",
            "En un caso aparte, la Sala Penal de la Corte Suprema confirmó la condena del exalcalde.",
        ),
        (
            "أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحق الجنرال.\n\n",
            "وأعلن النائب العام في سالمار فتح تحقيق، وأحال الملف إلى قاضي التحقيق.",
        ),
        (
            "The ICC issued an arrest warrant for the general.\n\n",
            "4. Domestic proceedings. Separately, the public prosecutor opened an investigation; "
            "she will appeal.",
        ),
    ],
    ids=[
        *("es", "fr", "en", "district-court", "asamblea", "parliament-ar"),
        *("caso-aparte", "naib-am", "heading"),
    ],
)
def test_openers_of_another_story_in_each_language(kb, index, icc: str, other: str) -> None:
    assert [m.text for m in annotate_text(icc + other, kb, index).mentions if m.start >= len(icc)] == []


NATIONAL_SENTENCES = [
    ("The national Supreme Court heard the appeal on Monday.", "appeal"),
    ("Dunmere's High Court ordered the police to arrest him.", "arrest"),
    ("Separately, the military court acquitted him of fraud.", "acquitted"),
    ("The Ostrevian Public Prosecutor's Office has opened an investigation.", "investigation"),
    ("The Attorney-General has lodged an appeal with the Supreme Court.", "appeal"),
    ("La Corte Suprema de Aravela rechazó la apelación del juez de garantías.", "apelación"),
    ("A domestic trial of four officers for torture opened this month.", "torture"),
    ("Le parquet national a ouvert sa propre enquête sur les violences.", "enquête"),
    ("A Velmoran judge held a hearing on Tuesday.", "judge"),
    ("On Monday the Brisk Court of Appeal quashed the conviction.", "Appeal"),
    ("وصوّت البرلمان على رفض رفع الحصانة البرلمانية عن نائبين.", "رفع الحصانة"),
    ("Last month the Attorney-General dropped the fraud charges against a former minister.", "charges"),
    ("The Prosecutor General has opened a preliminary inquiry into the leak.", "preliminary inquiry"),
    ("Il est visé par une enquête de la police judiciaire pour corruption.", "enquête"),
    (
        "La Fiscalía General de la Nación mantiene abierta una investigación contra doce policías.",
        "investigación",
    ),
    ("The Truth and Dignity Commission heard the victims in public sessions.", "public sessions"),
    ("La comisión de la verdad escuchó a las víctimas en audiencias públicas.", "audiencias públicas"),
]


@pytest.mark.parametrize(("sentence", "word"), NATIONAL_SENTENCES, ids=[w for _, w in NATIONAL_SENTENCES])
def test_a_sentence_about_a_national_body_borrows_no_icc_context(kb, index, sentence: str, word: str) -> None:
    icc = "The ICC Pre-Trial Chamber issued an arrest warrant for the general under article 58. "
    mentions = annotate_text(icc + sentence, kb, index).mentions
    assert not [m.text for m in mentions if m.start >= len(icc)], (sentence, word)
    # the same words with no national body near them are the Court's
    plain = icc + "The Chamber heard the appeal and the investigation continued."
    assert {"appeal", "investigation"} <= {m.text for m in annotate_text(plain, kb, index).mentions}


def test_an_admissibility_term_beside_national_proceedings_is_the_courts(kb, index) -> None:
    text = "The ICC heard Kessara's admissibility challenge, which cites a domestic trial of the same man."
    assert "admissibility challenge" in [m.text for m in annotate_text(text, kb, index).mentions]


NEGATED = [
    (
        "أصدرت المحكمة الجنائية الدولية مذكرة. ونوردانيا ليست دولة طرفاً في نظام روما الأساسي.",
        "ليست دولة طرفاً",
    ),
    ("La CPI emitió una orden. Cardelia no es Estado Parte del Estatuto de Roma.", "no es Estado Parte"),
    (
        "La CPI a émis un mandat. La Valdorie n'est pas un État partie au Statut de Rome.",
        "pas un État partie",
    ),
    ("La CPI a émis un mandat. La Valdorie n'a jamais adhéré au Statut de Rome.", "jamais adhéré"),
    ("The ICC issued a warrant. Ruritania has not ratified the Rome Statute.", "has not ratified"),
]


@pytest.mark.parametrize(("text", "span"), NEGATED, ids=["ar", "es", "fr", "fr-accession", "en-ratified"])
def test_a_negated_state_party_is_a_state_not_party(kb, index, text: str, span: str) -> None:
    mentions = annotate_text(text, kb, index).mentions
    assert (span, "non_party_state") in [(m.text, m.concept) for m in mentions]
    assert "state_party" not in [m.concept for m in mentions]


EVERYDAY_MEMBERS_AND_CHARGES = [
    "أصدرت المحكمة الجنائية الدولية مذكرة. وقال إن دولاً أعضاء في مجلس الأمن تبحث مشروع قرار.",
    "La CPI a émis un mandat. Velmora, un État membre de l'Union européenne, a arrêté le suspect.",
    "The ICC warrant stands. Guests at his dinner paid cover charges of up to 500 dollars.",
    "La CPI a émis un mandat. Les charges de fonctionnement du centre de détention ont augmenté.",
]


@pytest.mark.parametrize(
    "text", EVERYDAY_MEMBERS_AND_CHARGES, ids=["ar-council", "fr-eu", "en-cover", "fr-frais"]
)
def test_members_of_other_bodies_and_fees_are_not_the_statutes(kb, index, text: str) -> None:
    linked_concepts = concepts(text, kb, index)
    assert "state_party" not in linked_concepts and "charges" not in linked_concepts
    assert linked_concepts  # the ICC sentence is still linked


def test_members_of_the_court_beside_the_council_still_count(kb, index) -> None:
    text = "The ICC says member states and the Security Council must act."
    assert ("member states", "state_party") in [
        (m.text, m.concept) for m in annotate_text(text, kb, index).mentions
    ]


ACCUSED = [
    ("At the ICC trial, the accused's right to a public hearing was weighed.", "rights_of_the_accused"),
    (
        "Under the Statute the ICC cannot try people in absentia: the accused must be present.",
        "presence_of_the_accused",
    ),
    (
        "The ICC Chamber recalled that the accused is presumed innocent until proven guilty.",
        "presumption_of_innocence",
    ),
    ("At the ICC, the prosecution said the accused paid four witnesses in the case.", None),
]


@pytest.mark.parametrize(("text", "concept"), ACCUSED, ids=["right", "presence", "innocence", "person"])
def test_the_accused_is_read_by_its_sentence(kb, index, text: str, concept: str | None) -> None:
    readings = [m.concept for m in annotate_text(text, kb, index).mentions if m.text == "the accused"]
    assert readings == ([concept] if concept else [])


def test_a_chain_of_qualifiers_still_names_a_national_body(kb, index) -> None:
    text = "The ICC judges ruled. The national anti-corruption prosecutor charged the minister."
    assert [m.text for m in annotate_text(text, kb, index).mentions] == ["ICC", "judges"]


def test_a_genitive_turned_round_is_another_thing(kb, index) -> None:
    text = "La CPI emitió una orden. Se habla de la corte del presidente. El Presidente de la Corte habló."
    found_ = [(m.text, m.concept) for m in annotate_text(text, kb, index).mentions]
    assert ("Presidente de la Corte", "presidency") in found_
    assert "corte del presidente" not in [t for t, _ in found_]
    text = "Les ONG de défense des droits humains ont appelé la CPI à agir."
    assert "rights_of_the_accused" not in concepts(text, kb, index)


EVERYDAY_SENSES = [
    "The ICC convicted him. Then she appealed to neighbouring governments for help.",
    "La CPI condenó al acusado y el Fondo Fiduciario pagará. En el fondo, no buscamos dinero.",
    "The ICC warrant stands. Whether the peace process warrants a pause is another question.",
    "The ICC warrant stands. Several readers asked whether the decision warrants the attention it got.",
    "The ICC judgment is long. Yet a single sentence of it drew attention.",
    "The ICC convicted him. His team would appeal to supporters for donations.",
    "The ICC Appeals Chamber ruled. I understand the appeal of that reasoning.",
    "The ICC Appeals Chamber ruled. The real appeal of the argument lies elsewhere.",
    "The ICC judgment is long. One sentence in paragraph 212 has been quoted out of context.",
    "The ICC judgment is long. Read the sentence slowly.",
    "The ICC issued a warrant. The traveller lacked the vaccine immunity needed to fly.",
    "The ICC issued a warrant. No one can build herd immunity against cynicism.",
    "The ICC confirmed the charges. Phone batteries sit on their overnight charges.",
    "La CPI a émis un mandat d'arrêt. Le président du Conseil, dont le mandat expire en juin, a parlé.",
    "La CPI a confirmé les charges. Une porte-parole chargée de la communication a répondu.",
    "La CPI celebró una audiencia a puerta cerrada. Los periodistas esperaron en la sala de prensa.",
    "The ICC issued a warrant. Residents gathered in the square to witness the news on a screen.",
    "The ICC issued a warrant. Officers acted on a confidential tip passed to a journalist.",
    "The ICC is under pressure. African Union member states criticised it.",
    "The ICC is under pressure. Los Estados miembros de la OEA lo criticaron.",
    "La CPI a ouvert un procès. Le procès-verbal de la réunion a été publié.",
    "The ICC trial opened. The record of the pre-trial proceedings is sent on.",
    "أصدرت المحكمة الجنائية الدولية مذكرة. ودعا الوسطاء إلى استئناف المحادثات بين الطرفين.",
    "The ICC Appeals Chamber ruled. The appeal of populism lies in simple answers.",
    "The ICC trial opened. She says she has witnessed a change in tone.",
    "The ICC Registrar spoke. The ministry's land registry was closed.",
    "The ICC issued a warrant. It is not about a diplomat's car's immunity from parking fines.",
    "La CPI emitió una orden de detención. Luego se dictó una orden europea de detención.",
    "La CPI a un greffe. Le petit témoin lumineux rouge s'allume.",
    "أصدرت المحكمة الجنائية الدولية مذكرة. وخصصت الحكومة لضحايا الحادث صندوقا.",
    "The ICC Registrar spoke. They opened a gift registry for the wedding.",
    "The ICC convicted him. The officer received a suspended sentence of six months.",
    "The ICC issued a warrant. A suspect was granted immunity in exchange for testimony.",
    "La CPI emitió una orden. Esperamos en la sala de embarque del aeropuerto.",
    "The ICC confirmed the charges. The officer in charge of the convoy resigned.",
    "The ICC confirmed the charges. Children use the courts free of charge on Saturdays.",
    "La CPI a confirmé les charges. La charge de travail du Bureau a doublé.",
    "La CPI a entendu un témoin. Un collègue m'a passé le témoin de cette chronique.",
    "La CPI escuchó a un testigo. Cada grupo deberá pasar el testigo al siguiente.",
    "The ICC issued a warrant. Three points warrant the Committee's attention.",
    "The ICC convicted him. The second sentence of clause 4(2) says otherwise.",
    "The ICC Assembly adopted the budget. The prison service should budget for such visits.",
    "The ICC Assembly debated amendments. The Committee reported the Bill with amendments to clauses 4, 9.",
    "The ICC trial opened. He was declared innocent in the court of public opinion.",
    "The ICC Appeals Chamber ruled. The move has little appeal beyond his own party.",
    "La CPI a un greffe. Il avait subi une greffe de rein en 2020.",
    "La CPI a ouvert un procès. Je suis sorti dans la cour du bâtiment.",
    "La CPI abrió un juicio. El tribunal del examen final preguntó por ello.",
    "أصدرت الدائرة الابتدائية في المحكمة الجنائية الدولية حكمها. وستبقى القضية في دائرة الضوء.",
    "أصدرت المحكمة الجنائية الدولية حكمها. وخُصم من العقوبة الوقت الذي قضاه رهن الاحتجاز.",
    "The ICC held a hearing. The agency found itself at the heart of the dispute.",
    "The ICC Appeals Chamber ruled. The appeal of the Hague process lies in its distance.",
    "The ICC confirmed the charges. Everything runs out of charge eventually.",
    "La CPI a confirmé les charges. Son téléphone reste en charge jour et nuit.",
    "أصدرت دائرة الاستئناف في المحكمة الجنائية الدولية حكمها. ويضيف أن استئناف الدراسة قريب.",
    "La Sala de Apelaciones de la CPI falló. El Comité de Apelación de la Federación rechazó el recurso.",
    "La CPI escuchó a un testigo. Nadie debe tener miedo de entrar en la sala.",
    "La CPI escuchó a un testigo. Nunca se suelta el testigo en una carrera de relevos.",
    "The ICC asked States Parties to act. The member states of the Southern Rivers Economic Community met.",
    "طالبت المحكمة الجنائية الدولية الدول الأطراف بالتعاون. وقررت الدول الأعضاء في منظمة التجارة ذلك.",
    "The ICC trial opened. Her last sentence drew a murmur from the gallery.",
    "The ICC trial opened. The debate focused on one sentence from a government spokesperson.",
    "La CPI a émis un mandat. Une immunité au sens médical, comme celle qu'on acquiert contre un virus.",
    "The ICC asked States Parties to act. In the regional football federation, member states voted no.",
    "The ICC trial opened. The detainees were offered boosters to keep their immunity up.",
    "The ICC trial opened. Organisers say the governor's appeal among older voters remains strong.",
    "La CPI a confirmé les charges. La charge mentale est réelle.",
    "La CPI a confirmé les charges. Nous déposerons une requête en insuffisance des moyens à charge.",
    "La CPI a entendu un témoin. Il a manqué le mariage de son fils, dont il devait être le témoin.",
    "أصدرت الدائرة الابتدائية في المحكمة الجنائية الدولية حكمها. وظلوا حبيسي دائرة الفقر.",
    "The ICC judges ruled. Read each sentence twice before you answer.",
    "The ICC confirmed the charges. Bring your laptops fully charged.",
    "La CPI decidió. Estábamos en la sala de estar de su piso.",
    "La CPI decidió. Una neumonía le dejó la inmunidad por los suelos.",
    "La CPI a statué. Les États parties à la Convention ont dû adapter leurs procédures.",
    "The ICC confirmed the charges. I forgot to charge my headphones last night.",
    "The ICC judges ruled. Let me finish my sentence before you jump in.",
    "The ICC issued a warrant. He lost three games of chess by refusing to surrender.",
    "La CPI escuchó a un testigo. Los familiares fueron testigos de todo y merecen justicia.",
    "The ICC Appeals Chamber ruled. Part of their appeal is that they offer a simple ending.",
    "The ICC issued a warrant. Building some immunity to misinformation takes time.",
    "La CPI a confirmé les charges. Dans les villages, la charge émotionnelle pèse lourd.",
    "La CPI a rendu une décision. Il faut une compétence reconnue en droit pénal.",
    "The ICC Appeals Chamber ruled. The Football Federation's appeals committee banned him.",
    "The ICC trial opened. Get a flu shot and boost your immunity before winter.",
    "The ICC trial opened. A confidential supplier contract gets more follow-up.",
    "The ICC Appeals Chamber ruled. For the students, the experience clearly had its appeal.",
    "The ICC trial opened. Survivors who witness a new school go up may feel some relief.",
    "The ICC kept him detained. Few think the risks still warranted it.",
    "The ICC trial opened. The club said it was bound only by the federation's statutes.",
    "The ICC trial opened. The federation's appeal panel halved the ban.",
    'The ICC trial resumed. "We will not surrender," his daughter said.',
    "The ICC trial opened. The form asks for a sentence describing the harm.",
    "The ICC trial opened. Many applicants wrote exactly one sentence on the form.",
    "The ICC trial opened. He says every sentence he writes puts the verb last.",
    "Le procès de la CPI s'ouvre. Les élèves organisent un procès simulé.",
    "Le procès de la CPI s'ouvre. Elle a signé le rapport d'une commission d'enquête de l'ONU.",
    "Le procès de la CPI s'ouvre. Il parle plutôt de passage de témoin à son élève.",
    "The ICC Trust Fund for Victims met. Donors answered the current appeal with a pledge.",
    "The ICC trial opened. A host State guarantee has obvious merit.",
    "The ICC Appeals Chamber ruled. Thrift has a certain appeal in hard times.",
    "The ICC trial opened. My ministry charged my embassy for every taxi receipt.",
    "The ICC trial opened. A dispute-settlement body without staff is worse than none.",
    "The ICC budget grew. Nobody had budgeted for new nets.",
    "La CPI examina el caso. La clase tendrá lugar en la sala 2.14 de la biblioteca.",
    "The ICC trial opened. Kaltor stopped mid-sentence to ask for a break.",
    "Le procès de la CPI s'ouvre. Il peut suivre les débats avec des aménagements.",
    "Le procès de la CPI s'ouvre. Si elle le juge utile, elle le dira.",
    "Le procès de la CPI s'ouvre. Les avocats se sont dispersés dans la cour pavée.",
    "The ICC trial opened. A single long sentence in a donor's press release rarely turns into cash.",
    "The ICC trial opened. Delegates from the member states of the regional economic bloc met.",
    "The ICC trial opened. The show's appeal depends on you: rate us.",
    "Le procès de la CPI s'ouvre. Elle a siégé comme magistrate du parquet de Sambrelle.",
    "Le procès de la CPI s'ouvre. J'ai suivi la chambre d'appel d'une fédération de cyclisme.",
    "Le procès de la CPI s'ouvre. Le médecin a prévu des audiences écourtées.",
    "Le procès de la CPI s'ouvre. Mme Frantz a levé l'audience en fin d'après-midi.",
    "بدأت محاكمة في المحكمة الجنائية الدولية. وحضر الصحفيون الجلسات.",
    "The ICC trial opened. The report named him in its very first sentence.",
    "أصدرت المحكمة الجنائية الدولية قراراً. ورفعت الشركة دعوى مدنية أمام المحكمة التجارية.",
    "The ICC trial opened. Someone has written a half-finished sentence on the board.",
    "The ICC trial opened. My colleague and I finish each other's sentences now.",
    "The ICC trial opened. I read confidential merger documents until two in the morning.",
    "Le budget de la CPI est voté. Les États veulent contrôler leurs charges.",
    "Le procès de la CPI s'ouvre. Comme dans un relais, le dossier passe de main en main, tel un témoin.",
    "The ICC trial opened. Rules were adopted by all member states of the Northern Athletics Council.",
    "The ICC trial opened. The Prison Service puts the annual charge at 95,000 euros.",
    "The ICC trial opened. She hunted for somewhere to charge it during the break.",
    "Le procès de la CPI s'ouvre. La charge de mon téléphone est à deux pour cent.",
    "La CPI examina el caso. El club recurrirá ante el Tribunal de Arbitraje Deportivo.",
    "The ICC trial opened. In one sentence: leaving changes nothing.",
    "The ICC trial opened. Our winter appeal funds the clinic's travel.",
    "بدأت المحاكمة في المحكمة الجنائية الدولية. إن النزاهة تهمّ في الرياضة كما تهمّ في القضاء.",
    "بدأت المحاكمة في المحكمة الجنائية الدولية. ونعدكم باستئناف البث المباشر.",
    "بدأت المحاكمة في المحكمة الجنائية الدولية. وأعلن الاتحاد، الذي يضم اثنتي عشرة دولة عضواً، قراره.",
    "The ICC trial opened. We watched from the public benches.",
    "The ICC trial opened. He will appeal to the federation's arbitration panel.",
    "La CPI examina el caso. Los ejemplares están en la sala de lectura de la biblioteca.",
    "The ICC trial opened. The bus company said it would charge no fare to residents.",
    "The ICC trial opened. She spotted that the notice's final sentence mentions no date.",
    "The ICC trial opened. There is a trend among Offices of Prosecutors everywhere.",
    "Le procès de la CPI s'ouvre. Au Tamaru, la Commission nationale de réparation indemnise les familles.",
    "Le budget de la CPI est voté. Le renouvellement des locaux de l'ambassade n'est pas budgété.",
    "La CPI examina el caso. En una carrera de relevos, cada etapa entrega el testigo a la siguiente.",
    "بدأت المحاكمة في المحكمة الجنائية الدولية. ورسمت الأستاذة دائرة كبيرة على السبورة.",
    "La CPI examina el caso. La campaña de vacunación dará inmunidad contra el sarampión.",
    "The ICC trial opened. Kestrelia wants him back to face fraud charges at home.",
    "The ICC budget grew. The prison costs will be paid from the 2026 justice budget.",
    "The ICC trial opened. She began a three-month trial period at a new clinic.",
    "Le procès de la CPI s'ouvre. Le Statut du personnel a été adopté en 2003.",
    "بدأت المحاكمة في المحكمة الجنائية الدولية. وقررت الدول الأعضاء في رابطة الموانئ رفع الرسوم.",
    "بدأت المحاكمة في المحكمة الجنائية الدولية. وأفاد شهود عيان بأن الشوارع بقيت هادئة.",
    "The ICC trial opened. The town set up a confidential hotline for residents.",
    "The ICC trial opened. Few read the final sentence of the mayor's text.",
    "La CPI examina el caso. La madre miraba, separada de la sala de audiencias por un cristal.",
    "La CPI examina el caso. Al salir de la sala, una madre lloró.",
    "Le procès de la CPI s'ouvre. Le club propose un atelier de greffe des rosiers.",
    "The ICC budget grew. Diplomats saw a trend of budget fatigue among finance ministries.",
    "The ICC trial opened. She never lets her laptop's charge drop below half.",
    "The ICC trial opened. Many applicants fear reprisals.",
    "The ICC trial opened. The minister read out a one-sentence statement.",
    "The ICC Assembly adopted its budget. Delegates left early, closing an annual session.",
    "بدأت المحاكمة في المحكمة الجنائية الدولية. ولم تقدم الدولة المضيفة المقترحة أي التزام.",
    "أعلنت زافيرا انسحابها من نظام روما الأساسي. ليس الانسحاب من المؤسسات الإقليمية أمراً جديداً.",
    "La CPI examina el caso. La ley valora la disposición del condenado a cooperar.",
    "Le procès de la CPI s'ouvre. La chambre d'agriculture lui a confié un verger.",
    "Le procès de la CPI s'ouvre. Les anciens enseignent la greffe des pommiers.",
    "The ICC trial opened. Morvania says its Office of the State Prosecutor is at work.",
    "بدأت المحاكمة في المحكمة الجنائية الدولية. وتحدث الوزير مع الدول الأعضاء في التكتل التجاري الإقليمي.",
    "The ICC trial opened. Clients fear that commercially confidential data will leak.",
    "The ICC trial opened. Log every request in your matter registry.",
    "La CPI examina el caso. Las familias fueron testigos directos de lo que pasó.",
    "The ICC trial opened. He asked for release to a rehabilitation clinic abroad.",
    "The ICC trial opened. The clinic had already charged a deposit to hold a bed.",
    "The ICC trial opened. Lawyers should not have to charge travel costs to their own pockets.",
    "The ICC plenary ruled. In its final sentence, the decision recalls the duty of impartiality.",
    "La CPI examina el caso. Representé a mi país en la Alianza Comercial, cuyos Estados miembros negocian.",
    "La CPI examina el caso. Los ministros hablaban de la inmunidad de rebaño.",
    "The ICC trial opened. Partners should coordinate before any State offers to host him.",
    "The ICC trial opened. This note is confidential until 10:00 on the day of publication.",
    "The ICC judgment is long. She can recite almost every sentence of it from memory.",
    "The ICC trial opened. She points at the court, where two boys argue over a foul.",
    "The ICC Trust Fund pays. I have to say, the idea has a lot of appeal.",
    "The ICC Trust Fund pays. My favourite sentence in the order is a monster.",
    "أصدرت المحكمة الجنائية الدولية قراراً. وأعلنت شركة الطيران استئناف رحلاتها إلى لاهاي.",
    "The ICC Assembly met. The minister opened with a sentence that members later quoted.",
    "The ICC Assembly met. Costs rise because of new trial activity.",
    "The ICC trial opened. Anyone who lacks the means gets legal assistance without charge.",
    "The ICC convicted him. Inspectors want a check before any transfer from The Hague.",
    "أصدرت المحكمة الجنائية الدولية قراراً. ويمكن للطلبة المشاركة في المؤتمر.",
    "The ICC trial resumed. They handed over 312 pages of interview notes.",
    "The ICC trial resumed. The café downstairs has lost much of its appeal.",
    "The ICC trial resumed. She says a scheduling order will follow.",
    "La CPI celebró la audiencia de confirmación. Tenemos una pregunta de la audiencia.",
    "Le procès de la CPI reprend. Je ne veux faire de procès d'intention à personne.",
    "Le procès de la CPI reprend. Ce texte lui donne la compétence d'examiner les plans.",
    "Le procès de la CPI reprend. Elle règle seule les charges de l'appartement.",
    "Le procès de la CPI reprend. Il réclamait la récusation d'un arbitre.",
    "The ICC trial resumed. The defence says that one sentence, broadcast on radio, shows bias.",
    "أصدرت المحكمة الجنائية الدولية قراراً. وتؤكد الشركة أن بيانات عملائها سرية.",
    "The ICC trial resumed. In sport, tennis fans packed centre court at the Hallberg Open.",
    "Le procès de la CPI reprend. L'État reste tenu des obligations mises à sa charge.",
    "The ICC trial resumed. Those two words carry an enormous charge.",
    "The ICC trial resumed. Like the deferral of student loan repayments, the debt does not disappear.",
    "The ICC trial resumed. The trade bloc linking the two ports has twelve member states.",
    "The ICC trial resumed. The bank must hand over its seized records at once.",
    "أصدرت المحكمة الجنائية الدولية قراراً. وسأل طلاب عن اختصاص القانون الدولي في الجامعات.",
    "La CPI examina el caso. La evasión fiscal preocupa al ministro.",
    "Le procès de la CPI reprend. L'évasion fiscale coûte cher.",
    "The ICC Trust Fund pays. She asked whether it was like the education trust fund her husband set up.",
    "Le procès de la CPI reprend. Les membres ont tenu des consultations à huis clos.",
    "Le procès de la CPI reprend. Des manifestants s'étaient rassemblés dans la cour de l'ambassade.",
    "أصدرت المحكمة الجنائية الدولية قراراً. الموظفون عادوا لقبض رواتبهم المتأخرة.",
    "The ICC elected judges. Both were once a chief appellate prosecutor in her country.",
    "Le procès de la CPI reprend. Elle présidera la remise des prix du festival.",
    "The ICC trial resumed. She received a note whose final sentence promised engagement.",
    'The ICC trial resumed. One man received a text whose final sentence read "forget it".',
    "The ICC trial resumed. Every sentence in your answer should cite a provision.",
    "Le procès de la CPI reprend. Elle tiendra une audience si elle le juge approprié.",
    "Le procès de la CPI reprend. La Norvalie pourrait, si elle enquête elle-même, demander un sursis.",
    "Le procès de la CPI reprend. Merci aux lecteurs qui ont répondu à notre enquête de satisfaction.",
    "La CPI celebró la audiencia de confirmación. En Puerto Almagro la audiencia televisiva bate récords.",
    "The ICC trial resumed. She runs a legal aid clinic in Tarn.",
    "El Estado anunció su retirada del Estatuto de Roma. El público tapó la retirada del delantero.",
    "أصدرت المحكمة الجنائية الدولية قراراً. والأمر يشبه ميزانية الأسرة حيث يساهم كل فرد.",
    "The ICC trial resumed. Both sides made an appeal to the court of public opinion.",
    "The ICC trial resumed. It is like my grandmother's confidential recipe for carrot cake.",
    "La CPI examina el caso. El tribunal de Puerto Alcázar solicitó tres documentos.",
    "Le procès de la CPI reprend. Les détenus marchent dans la cour de promenade.",
    "Le procès de la CPI reprend. Son auteur a remis jeudi à la mairie son rapport annuel.",
    "أصدرت المحكمة الجنائية الدولية قراراً. وكان المسجل في الحافلة يبث أغنية قديمة.",
    "The ICC trial resumed. Her appeal with students never faded.",
    "أصدرت المحكمة الجنائية الدولية قراراً. وسيقام الحفل في الدائرة الثانية من مدينة الجامعة.",
    "أصدرت المحكمة الجنائية الدولية قراراً. ونعود بعد الفاصل لاستئناف النقاش.",
    "La CPI ordenó reparaciones. Hoy toca la reparación del ascensor de la escuela.",
    "La Chambre d'appel de la CPI a statué. Elle pourra, si elle la juge excessive, la modifier.",
    "La Chambre d'appel de la CPI a statué publiquement hier. L'arrêt sera rendu demain.",
    "The ICC judges sat. Paragraph 3 bars those serving full-time at the seat from other work.",
    "The ICC trial resumed. He called them men who charge first and ask questions never.",
    "La CPI examina el caso. Boletín de Arriaga & Solís Abogados — Área de Derecho Penal.",
    "The ICC trial resumed. Compare the youth court in Pellow, which hears charges against minors.",
    "أصدرت المحكمة الجنائية الدولية قراراً. وقرر الوزير استئناف الدروس في المدارس.",
    "Le procès de la CPI reprend. Elle devrait arriver en tête du scrutin.",
    "La CPI ordenó reparaciones. Dijo sentirse condenado a lo imposible.",
    "أصدرت المحكمة الجنائية الدولية قراراً. وتراجعت الصادرات إلى الدول الأعضاء في السوق الإقليمية المشتركة.",
]


@pytest.mark.parametrize(
    "text",
    EVERYDAY_SENSES,
    ids=[
        "appealed-to",
        "el-fondo",
        "warrants-a",
        "warrants-the",
        "sentence",
        "appeal",
        "appeal-of-reasoning",
        "real-appeal",
        "sentence-in-paragraph",
        "read-the-sentence",
        "vaccine-immunity",
        "herd-immunity",
        "battery-charges",
        "mandat-term-of-office",
        "chargee-du-proces",
        "sala-de-prensa",
        "to-witness",
        "confidential-tip",
        "union-member-states",
        "estados-miembros-oea",
        "proces-verbal",
        "pre-trial-proceedings",
        "استئناف-المحادثات",
        "appeal-of-populism",
        "witnessed",
        "land-registry",
        "parking-immunity",
        "orden-europea",
        "temoin-lumineux",
        "ضحايا-الحادث",
        "gift-registry",
        "suspended-sentence",
        "immunity-in-exchange",
        "sala-de-embarque",
        "in-charge-of",
        "free-of-charge",
        "charge-de-travail",
        "passer-le-temoin",
        "pasar-el-testigo",
        "points-warrant-the",
        "second-sentence-of-clause",
        "should-budget",
        "bill-amendments",
        "court-of-public-opinion",
        "little-appeal",
        "greffe-de-rein",
        "cour-du-batiment",
        "tribunal-del-examen",
        "دائرة-الضوء",
        "الوقت-الذي-قضاه",
        "heart-of-the-dispute",
        "appeal-of-the-hague",
        "out-of-charge",
        "reste-en-charge",
        "استئناف-الدراسة",
        "comite-de-apelacion",
        "entrar-en-la-sala",
        "se-suelta-el-testigo",
        "economic-community-members",
        "الدول-الأعضاء-في-منظمة",
        "her-last-sentence",
        "sentence-from-a-spokesperson",
        "immunite-au-sens-medical",
        "federation-member-states",
        "immunity-boosters",
        "appeal-among-voters",
        "charge-mentale",
        "moyens-a-charge",
        "temoin-de-mariage",
        "دائرة-الفقر",
        "each-sentence",
        "laptops-charged",
        "sala-de-estar",
        "inmunidad-neumonia",
        "etats-parties-a-la-convention",
        "charge-headphones",
        "finish-my-sentence",
        "surrender-at-chess",
        "fueron-testigos-de",
        "part-of-their-appeal",
        "immunity-to-misinformation",
        "charge-emotionnelle",
        "competence-reconnue",
        "appeals-committee",
        "boost-your-immunity",
        "confidential-contract",
        "had-its-appeal",
        "who-witness-a",
        "not-warranted",
        "federations-statutes",
        "federations-appeal-panel",
        "we-will-not-surrender",
        "a-sentence-describing",
        "wrote-one-sentence",
        "every-sentence-he-writes",
        "proces-simule",
        "commission-d-enquete",
        "passage-de-temoin",
        "appeal-for-a-pledge",
        "host-state-guarantee",
        "a-certain-appeal",
        "charged-for-a-taxi",
        "dispute-settlement-body",
        "budgeted",
        "sala-2-14",
        "mid-sentence",
        "amenagements",
        "le-juge-inapte",
        "cour-pavee",
        "sentence-in-a-press-release",
        "member-states-of-a-bloc",
        "the-shows-appeal",
        "magistrate-du-parquet",
        "chambre-d-appel-d-une-federation",
        "audiences-ecourtees",
        "leve-l-audience",
        "الجلسات",
        "its-very-first-sentence",
        "المحكمة-التجارية",
        "half-finished-sentence",
        "each-others-sentences",
        "confidential-merger-documents",
        "leurs-charges",
        "tel-un-temoin",
        "member-states-of-a-council",
        "annual-charge",
        "charge-it",
        "charge-de-mon-telephone",
        "tribunal-de-arbitraje-deportivo",
        "in-one-sentence",
        "winter-appeal",
        "تهمّ",
        "باستئناف-البث",
        "دولة-عضواً-في-اتحاد",
        "public-benches",
        "appeal-to-the-federations-panel",
        "sala-de-lectura",
        "charge-no-fare",
        "the-notices-final-sentence",
        "offices-of-prosecutors",
        "commission-nationale-de-reparation",
        "budgete",
        "entrega-el-testigo",
        "دائرة-كبيرة",
        "inmunidad-sarampion",
        "charges-at-home",
        "justice-budget",
        "trial-period",
        "statut-du-personnel",
        "الدول-الأعضاء-في-رابطة",
        "شهود-عيان",
        "confidential-hotline",
        "final-sentence-of-a-decision",
        "sala-de-audiencias",
        "salir-de-la-sala",
        "greffe-des-rosiers",
        "budget-fatigue",
        "laptops-charge-drop",
        "reprisals",
        "one-sentence-statement",
        "closing-a-session",
        "الدولة-المضيفة-المقترحة",
        "الانسحاب-من-المؤسسات",
        "condenado-a-cooperar",
        "chambre-d-agriculture",
        "greffe-des-pommiers",
        "office-of-the-state-prosecutor",
        "الدول-الأعضاء-في-التكتل",
        "commercially-confidential",
        "matter-registry",
        "testigos-directos-de",
        "rehabilitation-clinic",
        "charged-a-deposit",
        "charge-travel-costs",
        "in-its-final-sentence",
        "alianza-cuyos-estados-miembros",
        "inmunidad-de-rebano",
        "state-offers-to-host",
        "this-note-is-confidential",
        "every-sentence-of-it",
        "court-with-a-foul",
        "a-lot-of-appeal",
        "favourite-sentence",
        "استئناف-رحلاتها",
        "opened-with-a-sentence",
        "new-trial-activity",
        "without-charge",
        "transfer-from-the-hague",
        "للطلبة-المشاركة",
        "handed-over-312-pages",
        "much-of-its-appeal",
        "order-will-follow",
        "pregunta-de-la-audiencia",
        "proces-d-intention",
        "competence-d-examiner",
        "charges-de-l-appartement",
        "recusation-d-un-arbitre",
        "one-sentence-broadcast",
        "بيانات-عملائها-سرية",
        "centre-court-at-the-open",
        "a-sa-charge",
        "an-enormous-charge",
        "deferral-of-loan-repayments",
        "trade-bloc-member-states",
        "hand-over-seized-records",
        "اختصاص-في-الجامعات",
        "evasion-fiscal",
        "evasion-fiscale",
        "education-trust-fund",
        "consultations-a-huis-clos",
        "cour-de-l-ambassade",
        "رواتبهم-المتأخرة",
        "prosecutor-in-her-country",
        "remise-des-prix",
        "whose-final-sentence-promised",
        "whose-final-sentence-read",
        "every-sentence-in-your-answer",
        "si-elle-le-juge-approprie",
        "si-elle-enquete",
        "enquete-de-satisfaction",
        "audiencia-televisiva",
        "legal-aid-clinic",
        "retirada-del-delantero",
        "ميزانية-الأسرة",
        "appeal-to-the-court-of-public-opinion",
        "confidential-recipe",
        "el-tribunal-de-puerto-alcazar",
        "cour-de-promenade",
        "a-remis-son-rapport",
        "المسجل-في-الحافلة",
        "appeal-with-students",
        "الدائرة-من-مدينة",
        "لاستئناف-النقاش",
        "reparacion-del-ascensor",
        "si-elle-la-juge",
        "l-arret-sera-rendu",
        "serving-full-time",
        "who-charge-first",
        "abogados-area-de-derecho",
        "youth-court-charges",
        "استئناف-الدروس",
        "arriver-en-tete",
        "condenado-a-lo-imposible",
        "السوق-الإقليمية-المشتركة",
    ],
)
def test_everyday_senses_next_to_an_icc_sentence_stay_plain(kb, index, text: str) -> None:
    assert after_the_first_sentence(text, kb, index) == []


def test_witness_as_a_noun_after_to_still_links(kb, index) -> None:
    text = (
        "The ICC trial opened. The defence sought access to witness statements. The witness could not come."
    )
    assert [m.text for m in annotate_text(text, kb, index).mentions].count("witness") == 2


@pytest.mark.parametrize(
    "text",
    [
        "The ICC Appeals Chamber heard the appeal of the decision.",
        "The ICC defence filed an appeal of its own.",
    ],
)
def test_an_appeal_of_a_decision_or_of_its_own_still_links(kb, index, text: str) -> None:
    assert "appeal" in [m.text for m in annotate_text(text, kb, index).mentions]


def test_warrants_as_a_noun_still_link(kb, index) -> None:
    text = "The ICC issued warrants for two men. The warrants the judges issued stand."
    assert [m.text for m in annotate_text(text, kb, index).mentions].count("warrants") == 2


def test_a_national_interlude_does_not_cut_the_story(kb, index) -> None:
    icc = (
        "Un testigo protegido declaró ante la Corte Penal Internacional (CPI) en el juicio contra Baraka.\n\n"
    )
    national = (
        "Mientras tanto, en Lomaria, la justicia ordinaria avanza. La Fiscalía General de la Nación abrió "
        "una investigación por corrupción.\n\nEn Mbalaka, pocos siguen las audiencias por la radio.\n\n"
    )
    last = "El juicio se reanudará el lunes. La Fiscalía prevé llamar a unos 80 testigos."
    mentions = annotate_text(icc + national + last, kb, index).mentions
    assert {"Fiscalía", "testigos"} <= {m.text for m in mentions if m.start >= len(icc + national)}
    assert not [m for m in mentions if len(icc) <= m.start < len(icc) + national.index("\n\n")]


ICC_LEAD = "The ICC Prosecutor asked the Appeals Chamber to revise the conviction.\n\n"


def test_a_headline_naming_the_court_makes_the_whole_text_its_story(kb, index) -> None:
    filler = (
        "Lawyers spent the morning on procedure, and the afternoon on the schedule for the rest of "
        "the year, which several delegations said was too tight for a body of this size. Observers "
        "in the public gallery noted the length of the exchanges and the number of documents.\n\n"
    )
    body = "It is not clear what resources the judges will have next year."
    with_headline = "The ICC's budget under strain\n\n" + filler * 4 + body
    assert "judges" in [m.text for m in annotate_text(with_headline, kb, index).mentions]
    # without a headline, a paragraph this far from any mention of the Court borrows nothing
    without = "The ICC's budget is under strain, delegates said on Monday in a long debate.\n\n"
    without += filler * 4 + body
    assert "judges" not in [m.text for m in annotate_text(without, kb, index).mentions]


OTHER_STORIES = [
    # the national story goes on after the sentence naming its court
    (
        ICC_LEAD,
        "Ostravia has its own experience with reopened cases. In 2019 the country's Supreme Court freed "
        "a bus driver jailed for nine years for a murder he did not commit. The court ordered a retrial, "
        "the prosecutor withdrew the charges, and the driver was paid.",
    ),
    # a French court named with its article
    (
        "La Cour pénale internationale a entendu un témoin.\n\n",
        "Le lendemain, retour à Paris, pour un tout autre dossier. Devant la cour d'assises, un homme est "
        "jugé depuis lundi pour le meurtre d'un convoyeur de fonds. Le président a ordonné le huis clos.",
    ),
    # a judge who oversees prisons at home, a parole board, a court of cassation
    (
        "La CPI designa el Estado de ejecución de la pena.\n\n",
        "En muchos ordenamientos nacionales existe un juez de vigilancia penitenciaria que controla la "
        "vida en prisión y decide sobre permisos o libertad condicional.",
    ),
    (ICC_LEAD, "The Eskarian Parole Board currently grants conditional release to most adult prisoners."),
    (
        "أصدرت المحكمة الجنائية الدولية حكمها في القضية.\n\n",
        "وفي كارانيا، أصدرت محكمة التمييز حكماً بتخفيف عقوبة السجن المؤبد بحق ضابط سابق.",
    ),
    # ... and a regional human-rights court by its name
    (
        "The ICC Pre-Trial Chamber authorised the investigation.\n\n",
        "The Meridian Court of Human Rights ruled on the dam. The government has said it will appeal to "
        "the court's grand bench. That judgment binds no one else.",
    ),
    # another court named first opens its own story
    (
        "The ICC Pre-Trial Chamber authorised the investigation.\n\n",
        "At the European Court of Human Rights in Strasbourg, a single judge may declare an application "
        "inadmissible. The judges there rarely hold a hearing.",
    ),
]


@pytest.mark.parametrize(
    ("lead", "paragraph"),
    OTHER_STORIES,
    ids=[
        "story-goes-on",
        "cour-d-assises",
        "juez-de-vigilancia",
        "parole-board",
        "محكمة-التمييز",
        "court-of-human-rights",
        "ecthr",
    ],
)
def test_another_bodys_story_borrows_nothing(kb, index, lead: str, paragraph: str) -> None:
    mentions = annotate_text(lead + paragraph, kb, index).mentions
    assert [m.text for m in mentions if m.start >= len(lead)] == []
    assert [m for m in mentions if m.start < len(lead)]  # the lead's own terms are linked


@pytest.mark.parametrize(
    ("paragraph", "linked"),
    [
        # the Court's own term comes first: the national court is an aside in its story
        (
            "The ICC Prosecutor met the country's Supreme Court judges. The prosecutor said charges stand.",
            "charges",
        ),
        # a term standing alone in the sentence speaks for it
        (
            "The country's Supreme Court heard the case. She was later elected Prosecutor of the ICC.",
            "Prosecutor",
        ),
        # ... and so does The Hague
        (
            "En Lomaria, la prensa sigue el caso. El Tribunal Supremo nacional archivó una causa paralela. "
            "El caso llegó a La Haya por remisión del propio Estado en 2021.",
            "remisión",
        ),
    ],
    ids=["icc-term-first", "term-in-the-sentence", "la-haya"],
)
def test_a_national_court_named_in_a_paragraph_does_not_silence_the_courts_story(
    kb, index, paragraph: str, linked: str
) -> None:
    mentions = annotate_text(ICC_LEAD + paragraph, kb, index).mentions
    # (or a longer term that starts with it: "remisión del propio Estado")
    assert any(m.text.startswith(linked) for m in mentions if m.start >= len(ICC_LEAD))


def test_a_demonstrative_keeps_a_term_in_the_national_story(kb, index) -> None:
    """ "That judgment" is the national court's, even with the Court named later in its sentence."""
    paragraph = (
        "In 2019, the Supreme Court of Talvoria upheld a civil judgment against a contractor. "
        "That judgment, however, covered only property losses, which the ICC order includes."
    )
    linked = [
        m.text for m in annotate_text(ICC_LEAD + paragraph, kb, index).mentions if m.start >= len(ICC_LEAD)
    ]
    assert "ICC" in linked and "judgment" not in linked


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("The ICC Prosecutor may open an investigation on her own initiative.", True),
        ("La Fiscal de la CPI puede abrir una investigación por iniciativa propia.", True),
        ("The ICC sentenced him. The State of enforcement cannot release him on its own initiative.", False),
        ("طلبت القاضية في المحكمة الجنائية الدولية من هيئة الرئاسة إعفاءها من تلقاء نفسها.", False),
        ("La CPI examine l'affaire. La Chambre peut revoir la décision de sa propre initiative.", False),
    ],
    ids=["prosecutor", "fiscal", "state-of-enforcement", "قاضية", "chambre"],
)
def test_own_initiative_is_the_prosecutors_only_beside_the_prosecutor(
    kb, index, text: str, linked: bool
) -> None:
    linked_concepts = concepts(text, kb, index)
    assert ("proprio_motu_investigation" in linked_concepts) is linked


def test_the_spanish_name_of_the_victims_public_counsel_office_links_whole(kb, index) -> None:
    text = "La CPI oyó a las víctimas, representadas por la Oficina del Defensor Público para las Víctimas."
    found = {m.text: m.concept for m in annotate_text(text, kb, index).mentions}
    assert found["Oficina del Defensor Público para las Víctimas"] == "legal_representation_of_victims"


@pytest.mark.parametrize(
    "paragraph",
    [
        "In Halvia, a military court had earlier sentenced two officers to prison terms, a case unrelated "
        "to the ICC.",
        "Le conseil de prud'hommes de Lyon a tranché. Le jugement, dont l'agence a interjeté appel devant "
        "la cour d'appel, ne concerne en rien la Cour pénale internationale.",
    ],
    ids=["unrelated-to-the-icc", "ne-concerne-en-rien"],
)
def test_the_court_named_as_having_no_part_lends_no_context(kb, index, paragraph: str) -> None:
    linked = [
        m.concept for m in annotate_text(ICC_LEAD + paragraph, kb, index).mentions if m.start >= len(ICC_LEAD)
    ]
    assert linked == ["international_criminal_court"]  # the Court's name only


def test_the_statute_named_as_having_no_part_lends_no_context_in_arabic(kb, index) -> None:
    paragraph = (
        "المحكمة الدستورية في ساليندا تراقب دستورية القوانين، ولا صلة لها بنظام روما. "
        "قضاتها يُعيَّنون من البرلمان."
    )
    linked = [
        m.concept for m in annotate_text(ICC_LEAD + paragraph, kb, index).mentions if m.start >= len(ICC_LEAD)
    ]
    assert "judges" not in linked


def test_a_chamber_of_commerce_opens_no_national_story(kb, index) -> None:
    paragraph = (
        "The judge is no stranger to scrutiny. She chaired the arbitration board of a regional chamber of "
        "commerce. She may ask the Presidency to excuse her."
    )
    assert "the Presidency" in [m.text for m in annotate_text(ICC_LEAD + paragraph, kb, index).mentions]


def test_a_tennis_court_is_no_national_body(kb, index) -> None:
    paragraph = (
        "The judge is no stranger to scrutiny. She coached children on a municipal tennis court. "
        "She may ask the Presidency to excuse her."
    )
    assert "the Presidency" in [m.text for m in annotate_text(ICC_LEAD + paragraph, kb, index).mentions]


def test_a_paragraph_that_says_it_is_unrelated_is_an_aside(kb, index) -> None:
    filler = (
        "El acusado, de 78 años, pasó la mañana en silencio y sus familiares siguieron la sesión desde "
        "la galería pública, donde varias decenas de personas esperaban desde temprano para entrar. "
        "Afuera, un grupo de estudiantes repartía folletos y conversaba con los periodistas sobre la "
        "historia reciente de la provincia y sobre las largas distancias que separan a las familias.\n\n"
    )
    icc = "La Sala de Primera Instancia de la CPI suspendió el juicio.\n\n" + filler + filler
    middle = "La Sala rechazó la petición de libertad provisional.\n\n" + filler
    aside = (
        "En Ciudad Meridia, y sin relación con el caso, el Tribunal Constitucional anuló una reforma "
        "electoral aprobada el año pasado por el Congreso, que reducía de cinco a tres los años de "
        "residencia exigidos a los candidatos locales, y ordenó repetir la votación en dos distritos "
        "del norte antes de que termine el verano.\n\n"
    )
    end = "Fuentes diplomáticas en La Haya dijeron que la CPI decidirá pronto."
    mentions = annotate_text(icc + middle + aside + end, kb, index).mentions
    assert "libertad provisional" in [m.text for m in mentions]  # the CPI after the aside is near
    assert not [m for m in mentions if len(icc + middle) <= m.start < len(icc + middle + aside)]


def test_a_states_own_jurisdiction_is_not_the_courts(kb, index) -> None:
    text = (
        "The ICC Prosecutor must notify those States which would normally exercise jurisdiction. "
        "A case is inadmissible if a State with jurisdiction is investigating it. "
        "The Court may exercise jurisdiction over the crimes."
    )
    linked = [m.text for m in annotate_text(text, kb, index).mentions if "jurisdiction" in m.text]
    assert linked == ["exercise jurisdiction"]  # the Court's, in the last sentence only
    assert annotate_text(text, kb, index).mentions[-1].text == "exercise jurisdiction"


def test_an_arabic_noun_phrase_is_not_found_turned_round(kb, index) -> None:
    text = "أصدرت المحكمة الجنائية الدولية مذكرة بحق وزير الدفاع الحالي الفريق سليم الورداني."
    assert "defence_counsel" not in concepts(text, kb, index)


def test_the_courts_in_the_plural_are_not_the_court(kb, index) -> None:
    text = "The ICC issued an arrest warrant for the president. At home, the affair has reached the courts."
    assert "the courts" not in [m.text for m in annotate_text(text, kb, index).mentions]
    text = "The ICC issued an arrest warrant for the president, and the court will rule on his appeal."
    assert "the court" in [m.text for m in annotate_text(text, kb, index).mentions]


def test_a_national_body_far_from_the_term_or_beside_a_term_of_its_own_does_not_block_it(kb, index) -> None:
    icc = "The ICC Pre-Trial Chamber issued an arrest warrant for the general under article 58. "
    far = (
        "His counsel said he would comply with any summons, noting that he had given his passport "
        "to local police."
    )
    assert "summons" in [m.text for m in annotate_text(icc + far, kb, index).mentions]
    strong = "The national Supreme Court heard the appeal against the ICC's request for surrender."
    assert "appeal" in [m.text for m in annotate_text(icc + strong, kb, index).mentions]


OTHER_BODIES = [
    "La CPI a émis un mandat d'arrêt. La Cour internationale de justice examine aussi l'affaire.",
    "La CPI a émis un mandat d'arrêt. La Cour européenne des droits de l'homme a statué.",
    "La CPI a émis un mandat d'arrêt. La Chambre des représentants a voté des sanctions.",
    "La CPI a émis un mandat d'arrêt. La Palestine a le statut d'État observateur à l'ONU.",
    "La Corte Penal Internacional emitió una orden. La Corte Interamericana de Derechos Humanos también.",
    "La Corte Penal Internacional emitió una orden. El estatuto de autonomía de Cataluña no cambia.",
    "أصدرت المحكمة الجنائية الدولية مذكرة اعتقال. وقالت محكمة العدل الدولية إنها ستنظر في القضية.",
]


@pytest.mark.parametrize("text", OTHER_BODIES, ids=[t.split(". ")[1][:24] for t in OTHER_BODIES])
def test_a_context_word_inside_the_name_of_another_body_is_not_linked(kb, index, text: str) -> None:
    assert after_the_first_sentence(text, kb, index) == []


def test_the_same_words_alone_are_the_courts(kb, index) -> None:
    text = "La CPI a émis un mandat d'arrêt. La Cour a rappelé l'article 58 du Statut, et la Chambre aussi."
    linked = [m.text for m in annotate_text(text, kb, index).mentions]
    assert {"La Cour", "Statut", "la Chambre"} <= set(linked), linked


def test_a_bare_deferral_is_the_one_the_text_named_or_both(kb, index) -> None:
    art18 = "The ICC Prosecutor received a deferral request under article 18; the deferral stands."
    art16 = "The ICC noted the Security Council deferral. The deferral lasts twelve months."
    neither = "The ICC judges discussed a deferral."
    assert found(art18, kb, index)[-1][:2] == ("deferral", "preliminary_ruling_on_admissibility")
    assert found(art16, kb, index)[-1][:2] == ("deferral", "security_council_deferral")
    assert found(neither, kb, index)[-1][:2] == ("deferral", "deferral")


def test_a_fuzzy_match_does_not_cut_a_phrase_in_two(kb, index) -> None:
    assert [m[:2] for m in found("The prosecutor cannot withdraw an ICC warrant.", kb, index)[-2:]] == [
        ("ICC", "international_criminal_court"),  # the Court's name split off the front
        ("warrant", "arrest_warrant"),
    ]
    assert [m[:2] for m in found("Burundi decided to withdraw from the ICC.", kb, index)[-2:]] == [
        ("withdraw", "withdrawal"),  # "withdraw from the ICC", the Court's name split off
        ("ICC", "international_criminal_court"),
    ]
    spans = [s for s, _, _ in found("The ICC named the court's working languages.", kb, index)]
    assert "court's working languages" in spans
    # French, Spanish and Arabic put the head first: the challenge takes "competencia"
    text = "La CPI dijo que el abogado impugnará la competencia de la Corte."
    assert ("impugnará la competencia", "challenge_to_jurisdiction_or_admissibility") in [
        (s, c) for s, c, _ in found(text, kb, index)
    ]


def test_the_assembly_opening_its_session_is_not_a_hearing_in_open_session(kb, index) -> None:
    text = "The Assembly of States Parties opened its annual session in The Hague."
    assert "public_hearing" not in [c for _, c, _ in found(text, kb, index)]
    sat = found("The ICC Chamber sat in open session.", kb, index)
    assert ("open session", "public_hearing", "exact") in sat


def test_acronyms_match_only_in_capitals(kb, index) -> None:
    spans = [s for s, _, _ in found("The ICC site is www.icc-cpi.int and the tool is icc-ref.", kb, index)]
    assert spans == ["ICC"]


def test_a_record_number_is_not_a_mention_of_the_court(kb, index) -> None:
    text = "The Chamber reclassified ICC-01/09-01/11-1234-Conf as public. The ICC-led process and the ICC."
    mentions = annotate_text(text, kb, index).mentions
    courts = [m.start for m in mentions if m.concept == "international_criminal_court"]
    assert courts == [text.index("ICC-led"), text.rindex("ICC")]


def test_real_words_are_not_corrected(kb, index) -> None:
    text = "The ICC prosecution team and the persecution of a group are different things."
    spans = dict((s, c) for s, c, _ in found(text, kb, index))
    assert spans.get("persecution") == "persecution"
    assert "prosecution" not in spans
    # a word of the known-word lists (knowledge/known_words.yaml) stays itself
    assert found("The ICC said article 98 may complicate arrests.", kb, index)[-1][0] == "article 98"


def test_a_real_word_completes_a_phrase_only_beside_a_content_word(kb, index) -> None:
    # "Statue" is a real word, corrected because "Rome" is written as in the alias
    assert ("Rome Statue", "rome_statute", "fuzzy") in found("The ICC relies on the Rome Statue.", kb, index)
    # "the count" is not "the Court": beside it stands only a function word
    text = "The ICC Prosecutor filed charges. The count of murder was dropped and the count was slow."
    assert [c for _, c, _ in found(text, kb, index)][1:] == ["prosecutor", "charges", "murder"]


def test_verbs_sharing_a_key_with_judges_are_not_the_judges(kb, index) -> None:
    text = "La CPI a délivré un mandat d'arrêt. Il doit être jugé à La Haye, ont dit les juges."
    assert [(s, c) for s, c, _ in found(text, kb, index) if c == "judges"] == [("juges", "judges")]
    text = "An ICC case: an attack, judged by its scale, is grave, the judges said."
    assert [(s, c) for s, c, _ in found(text, kb, index) if c == "judges"] == [("judges", "judges")]


def test_an_appeal_for_something_is_not_an_appeal_against_a_judgment(kb, index) -> None:
    text = "The ICC convicted him. Officials appealed for calm; his lawyers will appeal the verdict."
    appeals = [s for s, concept, _ in found(text, kb, index) if concept == "appeal_against_judgment"]
    assert appeals == ["appeal the verdict"]


def test_a_loose_match_neither_stands_alone_nor_gives_its_paragraph_an_icc_context(kb, index) -> None:
    text = (
        "The district judge signed a warrant for the immediate arrest of the director, "
        "and the court will rule on the jurisdiction challenge next week."
    )
    assert found(text, kb, index) == []
    loose = "The ICC said the judge signed a warrant for the immediate arrest of the director."
    assert ("warrant for the immediate arrest", "arrest_warrant", "fuzzy") in found(loose, kb, index)
    # nor does a term in another word order, or misspelt
    assert found("The county prosecutor's office filed charges against the mayor.", kb, index) == []
    assert found("The Rome Statue was discussed by the court.", kb, index) == []
    # a phrase matched as written still vouches for its paragraph
    text = "The ICC judge signed an arrest warrant, and the court will rule on the jurisdiction challenge."
    assert "the court" in [s for s, _, _ in found(text, kb, index)]


def test_the_court_as_possessor_of_a_linked_term_is_not_linked_itself(kb, index) -> None:
    text = (
        "The ICC acted. The court's judges said the court's jurisdiction covers it; "
        "the court's own view differs."
    )
    spans = [s for s, _, _ in found(text, kb, index)]
    assert "judges" in spans and "jurisdiction" in spans
    assert spans.count("the court") == 1  # only before "own", which is no term of its own


def test_lookup_only_names_are_never_linked(kb, index) -> None:
    assert any(a.lookup_only and a.text == "The Hague" for a in kb.concepts["seat_of_the_court"].aliases)
    assert found("The ICC sits in The Hague. The ICC a son siège à La Haye.", kb, index) == [
        ("ICC", "international_criminal_court", "exact"),
        ("ICC", "international_criminal_court", "exact"),
    ]


def test_a_misspelt_phrase_does_not_span_two_clauses(kb, index) -> None:
    # "counts" is one letter from "court": "Hague court" is a phrase, "The Hague, counts" is not
    text = "The ICC, based in The Hague, counts 125 States Parties. The ICC relies on the Rome Statue."
    spans = [s for s, _, _ in found(text, kb, index)]
    assert not any("counts" in s for s in spans) and "Rome Statue" in spans


def test_a_list_of_crimes_is_not_read_as_one_phrase(kb, index) -> None:
    text = "La CPI juzga el genocidio, los crímenes de lesa humanidad y los crímenes de guerra."
    assert [(s, c) for s, c, _ in found(text, kb, index)][1:] == [
        ("genocidio", "genocide"),
        ("crímenes de lesa humanidad", "crimes_against_humanity"),
        ("crímenes de guerra", "war_crimes"),
    ]


def test_mentions_do_not_cross_sentences(kb, index) -> None:
    text = "The ICC issued a warrant. Arrest followed."
    assert all("." not in s for s, _, _ in found(text, kb, index))


def test_longest_match_wins_and_no_overlap(kb, index) -> None:
    mentions = annotate_text("The ICC Pre-Trial Chamber issued a sealed arrest warrant.", kb, index).mentions
    spans = [(m.start, m.end) for m in mentions]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert "sealed arrest warrant" in [m.text for m in mentions]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Prosecutor of the ICC asked the judges for a warrant.", "en"),
        ("Le Procureur de la CPI a demandé un mandat aux juges.", "fr"),
        ("El Fiscal de la CPI pidió una orden a los jueces.", "es"),
        ("طلب المدعي العام للمحكمة إصدار مذكرة.", "ar"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_seed_article_language_per_paragraph(kb, index) -> None:
    text = (REPO / "seeds" / "000_ab75f84cbffb6811.txt").read_text(encoding="utf-8")
    ann = annotate_text(text, kb, index)
    assert ann.language == "en"
    assert ann.languages[0] == "ar" and "en" in ann.languages


SEED_EXPECTED = [
    ("arrest warrants", "RS 58"),
    ("chief prosecutor", "RS 42"),
    ("war crimes", "RS 8"),
    ("crimes against humanity", "RS 7"),
    ("ICC member states", "RS 86"),
    ("obligations to detain", "RS 89"),
    ("confidential", "RoC 23bis"),
]


@pytest.mark.parametrize(("span", "article"), SEED_EXPECTED, ids=[s for s, _ in SEED_EXPECTED])
def test_seed_article_links(kb, index, span: str, article: str) -> None:
    from icc_ref.evaluation import articles_of

    text = (REPO / "seeds" / "000_ab75f84cbffb6811.txt").read_text(encoding="utf-8")
    hits = [m for m in annotate_text(text, kb, index).mentions if m.text == span]
    assert hits, span
    assert all(article in articles_of(m, kb) for m in hits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trial Chamber V heard the case for the ICC. The Chamber then ruled.", "trial_chamber"),
        ("Pre-Trial Chamber II of the ICC met. Later, the chamber issued a warrant.", "pre_trial_chamber"),
        (
            "The ICC Pre-Trial Chamber ruled in 2023; the Appeals Chamber heard the appeal. "
            "The Chamber agreed.",
            "appeals_chamber",
        ),
        ("The ICC said the Chamber would rule soon.", "chambers"),  # nothing specific named before
        # the chamber seized of the case, not one cited in passing or named as a next step
        (
            "Pre-Trial Chamber II of the ICC met. It cited the Appeals Chamber's case law. "
            "The Chamber then issued a warrant.",
            "pre_trial_chamber",
        ),
        (
            "La Chambre préliminaire de la CPI a tenu l'audience; l'affaire pourrait aller devant "
            "une chambre de première instance. La Chambre a accordé des mesures de protection.",
            "pre_trial_chamber",
        ),
    ],
    ids=["trial", "pre-trial", "last-named-wins", "general", "numbered", "indefinite"],
)
def test_the_chamber_links_to_the_chamber_last_named(kb, index, text: str, expected: str) -> None:
    mentions = annotate_text(text, kb, index).mentions
    last = [m for m in mentions if m.text.lower().endswith(("chamber", "chambre"))][-1]
    assert last.text.lower() in ("the chamber", "chamber", "la chambre")
    assert last.concept == expected
    assert last.provisions == index.primary[expected]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The ICC Trust Fund for Victims met. The Fund will pay.", "The Fund", "trust_fund_for_victims"),
        ("The ICC said the Fund will pay.", "the Fund", None),  # never named: the IMF, a pension fund...
        (
            "ICC judges held the confirmation of charges hearing in May.\n\nThe hearing ended on Friday.",
            "The hearing",
            "confirmation_of_charges",
        ),
        ("The ICC spokesperson said the hearing ended on Friday.", "the hearing", None),
        (
            "Le Fonds au profit des victimes de la CPI a répondu. Le Fonds paiera.",
            "Le Fonds",
            "trust_fund_for_victims",
        ),
        ("Under the Rome Statute, States cooperate. The treaty binds them.", "The treaty", "rome_statute"),
        ("The ICC cited the treaty that ended the war.", "the treaty", None),
    ],
    ids=[
        "fund-named",
        "fund-unnamed",
        "hearing-named",
        "hearing-unnamed",
        "fonds",
        "treaty",
        "treaty-unnamed",
    ],
)
def test_a_back_reference_needs_its_concept_named_first(
    kb, index, text: str, span: str, expected: str | None
) -> None:
    hits = [m for m in annotate_text(text, kb, index).mentions if m.text == span]
    assert [m.concept for m in hits] == ([expected] if expected else [])


def test_a_back_reference_shared_by_two_concepts_refers_to_the_one_named_last(small_root) -> None:
    from icc_ref.knowledge import load_knowledge
    from icc_ref.matcher import build_index

    (small_root / "concepts" / "extra.yaml").write_text(
        """concepts:
  - id: panel_a
    name: Panel A
    category: institutions
    stage: general
    summary: A test panel.
    aliases:
      en: [alpha panel, {text: the panel, refers_back: true, ambiguous: true}]
    provisions: [RS 58]
  - id: panel_b
    name: Panel B
    category: institutions
    stage: general
    summary: Another test panel.
    aliases:
      en: [beta panel, {text: the panel, refers_back: true, ambiguous: true}]
    provisions: [RS 89]
""",
        encoding="utf-8",
    )
    kb = load_knowledge([small_root], include_builtin=False)
    index = build_index(kb)
    text = "The alpha panel sat.\n\nThe panel rose. Then the beta panel sat, and the panel rose."
    panels = [m.concept for m in annotate_text(text, kb, index).mentions if m.text.lower() == "the panel"]
    assert panels == ["panel_a", "panel_b"]


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Ardenia left the Rome Statute; under article 127 of the treaty it took a year.", True),
        ("Under article 127 of the treaty, it took a year.", False),  # no sign the text is about the ICC
        ("The ICC noted article 5 of the treaty establishing the Union.", False),  # another treaty, named
    ],
)
def test_an_article_of_the_treaty_is_the_statute_only_in_a_text_about_the_icc(
    kb, index, text: str, linked: bool
) -> None:
    cites = [m for m in annotate_text(text, kb, index).mentions if m.method == "citation"]
    assert bool(cites) == linked
    assert all(m.provisions[0].startswith("RS ") for m in cites)


def test_a_typo_is_corrected_to_the_most_similar_of_the_equally_near_words(index) -> None:
    from icc_ref.matcher import correct_word

    assert correct_word("withdrawl", "en", index)[0] == "withdrawal"  # not "withdraw"


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("The ICC accused was dressed in a dark suit.", False),  # dress, a real word, not "duress"
        ("Before the ICC the accused pleaded durress.", True),  # a long enough word: a typo
    ],
)
def test_a_short_word_alone_is_not_corrected_into_a_one_word_alias(
    kb, index, text: str, linked: bool
) -> None:
    fuzzy = [m for m in annotate_text(text, kb, index).mentions if m.method == "fuzzy"]
    assert bool(fuzzy) == linked


@pytest.mark.parametrize(
    ("text", "word", "linked"),
    [
        ("قالت المحكمة الجنائية الدولية إن تسليم المساعدات توقف.", "تسليم", False),  # aid delivery
        (
            "طالبت المحكمة الجنائية الدولية بتسليم المطلوبين.",
            "بتسليم المطلوبين",
            True,
        ),  # surrender of the wanted
        ("The ICC criticised the failure to arrest the fugitive general.", "failure to arrest", True),
        ("The ICC said the constitutional court ruled.", "court", False),
        ("ICC judges said the rebels' surrender of weapons was complete.", "surrender", False),
        ("ICC judges said rape was used as a weapon of war.", "rape", True),  # weapons tie only surrender
        ("The ICC said two colonels would surrender their service weapons.", "surrender", False),
        # an adjective follows its noun in French and Spanish, so only the next word qualifies
        ("La CPI dijo que el Tribunal Supremo decidirá.", "Tribunal", False),
        ("La CPI obliga a los Estados Partes a detener al general.", "Estados Partes", True),
        ("ICC judges heard a bid to recuse the Prosecutor over a family link.", "Prosecutor", True),
        ("The ICC judges met the Prosecutor.\n\nNational authorities were absent.", "Prosecutor", True),
    ],
)
def test_words_around_a_context_term_can_tie_it_elsewhere(
    kb, index, text: str, word: str, linked: bool
) -> None:
    spans = [span for span, _, _ in found(text, kb, index)]
    assert any(word in s for s in spans) == linked, spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ICC cited article 89 of the Rome\nStatute in its decision.", "Rome\nStatute"),
        ("ICC judges issued an arrest\r\nwarrant on Monday.", "arrest\r\nwarrant"),
    ],
)
def test_a_term_wrapped_across_lines_is_one_mention(kb, index, text: str, span: str) -> None:
    assert span in [m for m, _, _ in found(text, kb, index)]


def test_list_items_on_separate_lines_stay_apart(kb, index) -> None:
    text = "The ICC charges:\n- war\n- crimes against humanity\n(a) arrest\n(b) warrant"
    spans = [m for m, _, _ in found(text, kb, index)]
    assert "war\n- crimes" not in " ".join(spans) and "crimes against humanity" in spans
    assert not any("arrest" in s and "warrant" in s for s in spans)


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("The ICC announced the T20 World Cup schedule; its judges of cricket conduct met.", False),
        ("A CPI do Senado aprovou o relatório final da investigação.", False),  # Brazil's inquiry
        ("El Senado ratificó el Estatuto de la CPI.", True),  # a Spanish senate: the ICC's CPI
        ("La Cámara de Diputados debatió la cooperación con la CPI.", True),
        ("The ICC said it issued a warrant.\n\nSeparately, a cricket board met.", True),  # per paragraph
        ("The ICC judges issued a warrant.", True),
    ],
)
def test_an_acronym_shared_with_another_body_is_not_linked_where_that_body_is_meant(
    kb, index, text: str, linked: bool
) -> None:
    assert bool(found(text, kb, index)) == linked


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ICC issued a warrant for him. He was arrested in Brussels on Monday.", "was arrested"),
        ("La CPI avait délivré un mandat d'arrêt. Il a été arrêté lundi à Bruxelles.", "été arrêté"),
        ("La CPI dictó una orden de detención. Fue detenido el lunes en Bruselas.", "Fue detenido"),
        ("أصدرت المحكمة الجنائية الدولية مذكرة توقيف. وأُلقي القبض عليه في بروكسل.", "وأُلقي القبض عليه"),
        ("A county judge heard the case. He was arrested in 2019 for fraud.", None),  # no ICC context
    ],
    ids=["en", "fr", "es", "ar", "national"],
)
def test_an_arrest_in_an_icc_story_is_the_custodial_state_s_arrest(
    kb, index, text: str, span: str | None
) -> None:
    arrests = [
        m.text for m in annotate_text(text, kb, index).mentions if m.concept == "arrest_in_custodial_state"
    ]
    assert arrests == ([span] if span else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The suspect was handed over to the International Criminal Court on Friday.",
            [("handed over", "surrender"), ("International Criminal Court", "international_criminal_court")],
        ),
        (
            "Le suspect a été remis à la Cour pénale internationale vendredi.",
            [("remis", "surrender"), ("Cour pénale internationale", "international_criminal_court")],
        ),
        (
            "The state has never joined the International Criminal Court.",
            [
                ("never joined", "non_party_state"),
                ("International Criminal Court", "international_criminal_court"),
            ],
        ),
        # a generic name says nothing more than the phrase: it stays inside it
        (
            "The ICC said the suspect was later handed over to the court.",
            [("handed over to the court", "surrender")],
        ),
        # a title keeps its name
        (
            "The ICC applied the Regulations of the Court.",
            [("Regulations of the Court", "regulations_of_the_court")],
        ),
    ],
    ids=["en", "fr", "joined", "generic", "title"],
)
def test_a_phrase_written_with_another_name_of_the_court_is_found_and_the_name_keeps_its_link(
    kb, index, text: str, expected: list[tuple[str, str]]
) -> None:
    mentions = [(m.text, m.concept) for m in annotate_text(text, kb, index).mentions]
    assert mentions[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a fuzzy match may not put a negation in ...
        ("أصدرت المحكمة الجنائية الدولية مذكرة توقيف. وزار الرئيس دولة غير عضو.", "state_party"),
        # ... nor run over the Arabic comma to take one from the next clause
        (
            "أصدرت المحكمة الجنائية الدولية مذكرة توقيف. وزار ثلاث دول أطراف، غير أن أياً منها لم يعتقله.",
            "non_party_state",
        ),
    ],
    ids=["inserted", "comma"],
)
def test_a_negation_is_never_added_to_or_moved_in_a_phrase(kb, index, text: str, absent: str) -> None:
    assert absent not in concepts(text, kb, index)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("La CPI a délivré un mandat d'arrêt. La cour d'assises de Paris a condamné un homme.", "cour"),
        ("La CPI a délivré un mandat d'arrêt. Le juge d'instruction a entendu le suspect.", "juge"),
        (
            "La CPI a délivré un mandat d'arrêt. Il était aussi visé par un mandat d'arrêt européen.",
            "européen",
        ),
        ("The ICC issued a warrant. He was also held on a European arrest warrant.", "European"),
        (
            "La CPI a délivré un mandat d'arrêt. Si la Valmérie juge elle-même le suspect, rien ne change.",
            "juge",
        ),
        ("أصدرت المحكمة الجنائية الدولية مذكرة توقيف. ومثل أمام محكمة الجنايات في العاصمة.", "محكمة"),
        ("أصدرت المحكمة الجنائية الدولية مذكرة توقيف. ومثل أمام محكمة في بلده.", "محكمة"),
        (
            "أصدرت المحكمة الجنائية الدولية مذكرة توقيف بحقه.\n\n"
            "على صعيد آخر، أصدرت النيابة الوطنية مذكرة بحق رجل أعمال.",
            "مذكرة بحق رجل",
        ),
    ],
    ids=[
        "assises",
        "instruction",
        "mandat-europeen",
        "european-warrant",
        "juge-verb",
        "jinayat",
        "indefinite",
        "other-story",
    ],
)
def test_national_courts_and_everyday_words_next_to_an_icc_story_stay_plain(
    kb, index, text: str, plain: str
) -> None:
    at = text.rindex(plain)
    mentions = annotate_text(text, kb, index).mentions
    assert not [m.text for m in mentions if m.start <= at < m.end]


@pytest.mark.parametrize("count", ["six", "6", "cinq"])
def test_a_count_put_into_a_phrase_does_not_loosen_it(kb, index, count: str) -> None:
    text = f"The ICC Assembly of States Parties elected {count} new judges on Friday."
    assert (f"elected {count} new judges", "election_of_judges") in [
        (m.text, m.concept) for m in annotate_text(text, kb, index).mentions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ICC refused his interim release. His lawyers filed an interlocutory appeal; "
            "the appeal is pending.",
            "interlocutory_appeal",
        ),
        (
            "The ICC convicted him. The defence lodged an appeal against conviction, and the appeal "
            "will be heard in May.",
            "appeal_against_judgment",
        ),
        (
            "The ICC judges ruled on Monday. His lawyers said they would appeal.",
            "appeal",
        ),  # which appeal, the text does not say
    ],
    ids=["interlocutory", "judgment", "general"],
)
def test_a_bare_appeal_is_the_kind_the_text_named_or_both(kb, index, text: str, expected: str) -> None:
    last = [m for m in annotate_text(text, kb, index).mentions if m.text.lower().endswith("appeal")][-1]
    assert last.concept == expected


@pytest.mark.parametrize(
    "text",
    [
        "La CPI a rendu sa décision en statuant sur la demande.",  # a verb, not the Statute
        "La CPI a jugé la demande prématurée en l'absence de preuves.",  # a verb, not "juges de la CPI"
    ],
)
def test_a_french_verb_is_not_read_as_a_term(kb, index, text: str) -> None:
    assert [m.text for m in annotate_text(text, kb, index).mentions] == ["CPI"]


def test_an_odd_arabic_pinpoint_does_not_stop_the_annotation(kb, index) -> None:
    text = "أصدرت المحكمة الجنائية الدولية قرارا وفق المادة 8 (2) (ب) (0) والمادة 8 (2) (ب) (22)."
    provisions = [m.provisions[0] for m in annotate_text(text, kb, index).mentions if m.method == "citation"]
    assert provisions == ["RS 8(2)(b)", "RS 8(2)(b)(xxii)"]


def test_a_loose_phrase_holding_only_bare_context_words_wins_over_them(kb, index) -> None:
    # a word put into the phrase ("full", a name) does not hand the span to the bare word inside
    text = "The ICC Prosecutor asked judges for permission to open a full investigation."
    assert ("permission to open a full investigation", "authorization_of_investigation", "fuzzy") in found(
        text, kb, index
    )
    text = "The ICC said Dunmere never waived Amarov's immunity."
    assert ("waived Amarov's immunity", "waiver_of_immunity", "fuzzy") in found(text, kb, index)
    # without the phrase, the bare word keeps its own concept
    text = "The ICC Prosecutor said a full investigation would follow."
    assert ("investigation", "investigation", "exact") in found(text, kb, index)


def test_a_phrase_does_not_end_on_a_plural_possessive(kb, index) -> None:
    text = "The ICC judges heard a lawyer for a victims' association on Monday."
    assert "legal_representation_of_victims" not in [c for _, c, _ in found(text, kb, index)]


NEW_TERMS = [
    (
        "The ICC confirmed the charges. The Presidency constituted a Trial Chamber.",
        "The Presidency",
        "presidency",
    ),
    (
        "Under regulation 55 the ICC Trial Chamber gave notice of a possible recharacterisation.",
        "recharacterisation",
        "legal_recharacterisation",
    ),
    (
        "The ICC listed torture and imprisonment or other severe deprivation of physical liberty.",
        "imprisonment or other severe deprivation of physical liberty",
        "imprisonment_crime_against_humanity",
    ),
    ("ICC member states must detain him the moment he lands.", "must detain him", "arrest_and_surrender"),
    (
        "The ICC judges green-lit the investigation in May.",
        "green-lit the investigation",
        "authorization_of_investigation",
    ),
    (
        "Some 300 victims have applied to participate in the ICC case.",
        "applied to participate",
        "victim_participation",
    ),
]


@pytest.mark.parametrize(("text", "span", "concept"), NEW_TERMS, ids=[c for _, _, c in NEW_TERMS])
def test_terms_added_from_the_seventh_review(kb, index, text: str, span: str, concept: str) -> None:
    assert (span, concept) in [(s, c) for s, c, _ in found(text, kb, index)]


def test_the_presidency_needs_an_icc_context(kb, index) -> None:
    assert found("The Presidency said the minister would travel on Monday.", kb, index) == []


REFERRALS = [
    (
        "The situation was referred to the Court by the Security Council under Article 13(b).",
        "security_council_referral",
    ),
    (
        "The ICC has jurisdiction: Lysandria, a State Party, could have referred the situation itself, "
        "and the Security Council could have done so.",
        "state_party_referral",
    ),
    (
        "The ICC judges made a finding of non-compliance and a referral to the Assembly of States Parties.",
        "non_compliance_finding",
    ),
    ("The ICC Prosecutor can act on a referral or on her own initiative.", "exercise_of_jurisdiction"),
]


@pytest.mark.parametrize(("text", "concept"), REFERRALS, ids=[c for _, c in REFERRALS])
def test_a_referral_is_the_one_its_sentence_names(kb, index, text: str, concept: str) -> None:
    referrals = [c for s, c, _ in found(text, kb, index) if "referr" in s]
    assert referrals == [concept]


# A general term read by the words of its sentence: (text, term, concept meant)
SENTENCE_READINGS = [
    (
        "The ICC said States Parties should make voluntary contributions to the Trust Fund for Victims.",
        "voluntary contributions",
        "trust_fund_for_victims",
    ),
    (
        "The ICC budget relies on assessed contributions and on voluntary contributions.",
        "voluntary contributions",
        "financing_of_the_court",
    ),
    (
        "At the ICC, Rule 165 lets the Prosecutor open investigations on her own initiative.",
        "own initiative",
        "offences_against_administration_of_justice",
    ),
    (
        "At the ICC, the Prosecutor may open investigations on her own initiative.",
        "own initiative",
        "proprio_motu_investigation",
    ),
    (
        "La CPI a refusé sa mise en liberté provisoire en raison du risque de pressions sur les témoins.",
        "pressions sur les témoins",
        "interim_release",
    ),
    (
        "The ICC charged him under article 70 with intimidating witnesses.",
        "intimidating witnesses",
        "offences_against_administration_of_justice",
    ),
    (
        "The ICC Trial Chamber accepted as mitigating circumstances his cooperation with the Court.",
        "cooperation with the Court",
        "sentencing",
    ),
    (
        "The ICC said States Parties must give full cooperation with the Court.",
        "cooperation with the Court",
        "duty_to_cooperate",
    ),
    (
        "At the ICC, victims who cannot pay may receive legal aid from the Court.",
        "legal aid",
        "legal_representation_of_victims",
    ),
]


@pytest.mark.parametrize(
    ("text", "term", "concept"), SENTENCE_READINGS, ids=[c for _, _, c in SENTENCE_READINGS]
)
def test_a_general_term_is_read_by_its_sentence(kb, index, text: str, term: str, concept: str) -> None:
    assert (term, concept) in [(s, c) for s, c, _ in found(text, kb, index)]


def test_a_defence_investigator_is_not_the_prosecutors(kb, index) -> None:
    text = "At the ICC trial, a defence investigator and two ICC investigators testified."
    concepts = {s: c for s, c, _ in found(text, kb, index)}
    assert concepts["defence investigator"] == "defence_counsel"
    assert concepts["investigators"] == "office_of_the_prosecutor"  # "ICC" split off


def test_the_wording_of_article_87_7_is_a_non_compliance_finding(kb, index) -> None:
    text = "The ICC judges said the State prevented the Court from exercising its functions and powers."
    hits = [(s, c) for s, c, _ in found(text, kb, index)]
    assert ("prevented the Court from exercising its functions", "non_compliance_finding") in hits


def test_other_immunities_and_an_appeals_admissibility_are_not_the_statutes(kb, index) -> None:
    text = "La CPI emitió una orden. El diputado alegó su inmunidad parlamentaria."
    assert [s for s, _, _ in found(text, kb, index)] == ["CPI"]
    text = "The ICC Appeals Chamber ruled on the admissibility of the appeal."
    assert "admissibility" not in [c for _, c, _ in found(text, kb, index)]


def test_the_chamber_whose_decision_is_appealed_does_not_outweigh_the_one_deciding(kb, index) -> None:
    text = (
        "La Sala de Apelaciones de la CPI rechazó el recurso contra la decisión de la Sala de Cuestiones "
        "Preliminares I. La Sala recordó que el artículo 17 exige un examen caso por caso."
    )
    chambers = [c for s, c, _ in found(text, kb, index) if s == "La Sala"]
    assert chambers == ["appeals_chamber"]


def test_the_chamber_that_confirmed_the_charges_does_not_outweigh_the_trial_chamber(kb, index) -> None:
    text = (
        "He denies the ICC charges, which were confirmed by Pre-Trial Chamber II in January. Under rule "
        "135, the Trial Chamber may order a medical examination. The Chamber will decide next week."
    )
    chambers = [c for s, c, _ in found(text, kb, index) if s == "The Chamber"]
    assert chambers == ["trial_chamber"]


@pytest.mark.parametrize(
    "text",
    [
        "The Assembly of States Parties to the Rome Statute met in December.",
        "تستعد جمعية الدول الأطراف في نظام روما الأساسي لعقد دورتها.",
        "La Asamblea de los Estados Partes del Estatuto de Roma se reunió.",
    ],
    ids=["en", "ar", "es"],
)
def test_the_assembly_keeps_its_name_before_the_statutes(kb, index, text: str) -> None:
    """ "States Parties to the Rome Statute" does not take "States Parties" from the Assembly."""
    concepts = [c for _, c, _ in found(text, kb, index)]
    assert concepts == ["assembly_of_states_parties", "rome_statute"]


def test_a_victims_section_of_the_registry_is_the_registrys(kb, index) -> None:
    text = "ICC applications go to the Victims Participation and Reparations Section of the Registry."
    assert ("Victims Participation and Reparations Section", "registry", "exact") in found(text, kb, index)


def test_documents_handed_over_are_no_surrender(kb, index) -> None:
    text = "The ICC asked the State to hand over documents. The State must hand over the suspect."
    assert [s for s, c, _ in found(text, kb, index) if c == "surrender"] == ["hand over"]


def test_a_chamber_named_with_an_arabic_ordinal_weighs_as_numbered(kb, index) -> None:
    text = (
        "أصدرت الدائرة الابتدائية السابعة في المحكمة الجنائية الدولية أمراً بجبر الضرر، بعد أن أيّدت "
        "دائرة الاستئناف قرار الإدانة. وقدّرت الدائرة قيمة الضرر بنحو أحد عشر مليون يورو."
    )
    assert [c for s, c, _ in found(text, kb, index) if s == "الدائرة"] == ["trial_chamber"]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "The ICC judges may find him unfit. Then the trial must be adjourned and his condition "
            "reviewed every 120 days.",
            "fitness_to_stand_trial",
        ),
        (
            "La Sala de la CPI, si concluye que no es apto, debe suspender el proceso y revisar el caso "
            "cada 120 días.",
            "fitness_to_stand_trial",
        ),
        (
            "La Sala de la CPI, si concluye que no es apto, deberá aplazar el juicio y revisar la situación "
            "cada 120 días.",
            "fitness_to_stand_trial",
        ),
        (
            "The ICC Pre-Trial Chamber rejected interim release and has reviewed that ruling every 120 days.",
            "interim_release",
        ),
    ],
    ids=["adjourned", "suspender", "aplazar", "detention"],
)
def test_a_review_every_120_days_is_the_fitness_review_when_the_trial_is_adjourned(
    kb, index, text: str, concept: str
) -> None:
    every = [c for s, c, _ in found(text, kb, index) if "120" in s]
    assert every == [concept]


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("The ICC held the confirmation hearing. The hearing lasted three days.", "hearing"),
        ("عقدت المحكمة الجنائية الدولية جلسة اعتماد التهم. واستمرت الجلسة ثلاثة أيام.", "الجلسة"),
    ],
    ids=["en", "ar"],
)
def test_the_hearing_refers_back_only_in_the_singular(kb, index, text: str, back: str) -> None:
    assert "confirmation_of_charges" in [c for s, c, _ in found(text, kb, index) if back in s]
    plural = text.replace("The hearing lasted", "The hearings lasted").replace(
        "الجلسة ثلاثة", "الجلسات ثلاثة"
    )
    assert "confirmation_of_charges" not in [
        c for s, c, _ in found(plural, kb, index) if s.startswith(("hearings", "The hearings", "الجلسات"))
    ]


def test_a_chamber_an_appeal_would_go_to_does_not_outweigh_the_one_seized(kb, index) -> None:
    text = (
        "La Chambre préliminaire de la CPI a rejeté la demande. Ses avocats feraient appel devant la "
        "Chambre d'appel. La Chambre devra réexaminer sa décision tous les 120 jours."
    )
    assert [c for s, c, _ in found(text, kb, index) if s == "La Chambre"] == ["pre_trial_chamber"]


def test_the_admissibility_of_a_record_is_not_a_cases(kb, index) -> None:
    text = (
        "Under article 56 of the Rome Statute, the admissibility of a record taken this way is for the trial."
    )
    assert "admissibility" not in [c for _, c, _ in found(text, kb, index)]


@pytest.mark.parametrize(
    ("name", "concept"),
    [
        ("قسم مشاركة الضحايا وجبر أضرارهم", "registry"),
        ("مكتب المستشار العام للضحايا", "legal_representation_of_victims"),
        ("مكتب المستشار العام للدفاع", "defence_counsel"),
    ],
)
def test_the_arabic_names_of_registry_offices_link_whole(kb, index, name: str, concept: str) -> None:
    text = f"أعلنت المحكمة الجنائية الدولية أن {name} سيعقد اجتماعاً."
    assert (name, concept) in [(s, c) for s, c, _ in found(text, kb, index)]


def test_prosecutors_in_the_plural_are_the_office(kb, index) -> None:
    text = "At the ICC hearing, Prosecutors told the three judges the evidence was strong."
    assert ("Prosecutors", "office_of_the_prosecutor", "exact") in found(text, kb, index)
    assert found("The ICC Prosecutor spoke.", kb, index) == [
        ("ICC", "international_criminal_court", "exact"),
        ("Prosecutor", "prosecutor", "exact"),
    ]


def test_a_deferral_is_read_by_the_council_or_the_article_cited_beside_it(kb, index) -> None:
    text = (
        "The ICC Prosecutor said Kastavia could ask the Security Council to request a deferral under art. 16."
    )
    # ("request a deferral" is no "deferral request" turned round: a verb and its object)
    assert ("deferral", "security_council_deferral") in [(s, c) for s, c, _ in found(text, kb, index)]
    text = "The ICC Prosecutor received a deferral request under article 18 from Kastavia."
    assert ("deferral request", "preliminary_ruling_on_admissibility", "exact") in found(text, kb, index)
    assert ("deferral", "deferral", "exact") in found("The ICC judges will rule on the deferral.", kb, index)


def test_an_arabic_mention_keeps_its_accusative_ending(kb, index) -> None:
    # the tanween and the alef that carries it belong to the word: no link may end inside it
    text = "أصدرت المحكمة الجنائية الدولية قراراً بشأن المادة 8 مكرراً، والبلد ليس دولةً طرفاً."
    mentions = annotate_text(text, kb, index).mentions
    assert "المادة 8 مكرراً" in [m.text for m in mentions]
    assert ("ليس دولةً طرفاً", "non_party_state") in [(m.text, m.concept) for m in mentions]  # negated
    for m in mentions:
        assert text[m.end : m.end + 1] not in ("\u064b", "\u0627"), m.text


def test_the_rule_and_the_admissibility_of_evidence_are_not_the_rules_or_a_cases(kb, index) -> None:
    assert "rules_of_procedure_and_evidence" not in [
        c for _, c, _ in found("The ICC judges recalled the rule against double jeopardy.", kb, index)
    ]
    text = "The ICC Trial Chamber ruled on the admissibility of evidence under Article 69(4)."
    assert "admissibility" not in [c for _, c, _ in found(text, kb, index)]
    text = "La CPI: la peine maximale pour une infraction visée à l'article 70-1-c est de cinq ans."
    assert ("peine maximale", "offences_against_administration_of_justice", "exact") in found(text, kb, index)


def test_a_surrendered_army_chief_is_a_surrender_to_the_court(kb, index) -> None:
    text = (
        "Brevania surrendered its former army chief, General Osk Varren, to the International Criminal Court."
    )
    assert ("surrendered", "surrender", "exact") in found(text, kb, index)
    assert "surrender" not in [
        c for _, c, _ in found("The ICC said the rebels surrendered their weapons.", kb, index)
    ]


@pytest.mark.parametrize(
    ("text", "span", "provisions"),
    [
        (
            "The judges applied rules 173 to 175 of the Rules.",
            "rules 173 to 175 of the Rules",
            ["RPE 173", "RPE 174", "RPE 175"],
        ),
        ("Les règles 76 à 84 du Règlement", "règles 76 à 84", [f"RPE {n}" for n in range(76, 85)]),
        ("los artículos 6 a 8 bis del Estatuto", "artículos 6 a 8 bis", ["RS 6", "RS 7", "RS 8", "RS 8bis"]),
        ("articles 86–89 of the Rome Statute", "articles 86–89", ["RS 86", "RS 87", "RS 88", "RS 89"]),
    ],
)
def test_a_range_is_one_mention_of_every_provision_in_it(
    kb, index, text: str, span: str, provisions: list[str]
) -> None:
    cites = [m for m in annotate_text(text, kb, index).mentions if m.method == "citation"]
    assert [(m.text, list(m.provisions)) for m in cites] == [(span, provisions)]


def test_a_long_range_keeps_its_two_ends(kb, index) -> None:
    # 124 articles in one link would bury the text's references section; the ends stay links
    cites = [
        m
        for m in annotate_text("Articles 5 to 128 of the Statute.", kb, index).mentions
        if m.method == "citation"
    ]
    assert [(m.text, m.provisions) for m in cites] == [("Articles 5", ("RS 5",)), ("128", ("RS 128",))]


def test_a_range_links_each_of_its_provisions_in_the_references(kb, index) -> None:
    md = to_markdown(annotate_text("Under rules 173 to 175 of the Rules, the ICC pays.", kb, index), kb)
    refs = md[md.index("## Legal references") :]
    assert all(f"icc-ref-rpe-{n}" in refs for n in (173, 174, 175))
    assert "RPE 174 — Procedure for seeking compensation" in md[: md.index("## Legal references")]


def test_a_national_prosecutor_judge_and_appeal_court_are_not_the_courts(kb, index) -> None:
    text = (
        "La Corte Penal Internacional juzga a tres acusados por manipular testigos.\n\n"
        "La Fiscalía Anticorrupción de Esterlandia abrió diligencias por cohecho. El juez instructor "
        "citó a declarar a un exalcalde. La defensa presentó un recurso de apelación ante la "
        "Audiencia Provincial."
    )
    linked = [m.text for m in annotate_text(text, kb, index).mentions]
    assert linked[0] == "Corte Penal Internacional"
    assert not {"Fiscalía", "juez", "apelación"} & set(linked)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "At the ICC trial, the witness made the solemn undertaking before testifying.",
            "witness_solemn_undertaking",
        ),
        (
            "The ICC judges were sworn in. Each judge gave a solemn undertaking in open court.",
            "solemn_undertaking",
        ),
        (
            "La Corte Penal Internacional: según la regla 66, se presta una promesa solemne.",
            "witness_solemn_undertaking",
        ),
    ],
)
def test_a_witness_s_solemn_undertaking_is_not_an_official_s(kb, index, text: str, concept: str) -> None:
    undertakings = [m.concept for m in annotate_text(text, kb, index).mentions if "solemn" in m.text.lower()]
    assert undertakings == [concept]


def test_abuse_of_official_capacity_is_an_aggravating_circumstance(kb, index) -> None:
    text = (
        "The ICC Trial Chamber found two aggravating circumstances: abuse of official capacity and cruelty."
    )
    concepts = {m.text: m.concept for m in annotate_text(text, kb, index).mentions}
    assert concepts.get("abuse of official capacity") == "sentencing"


def test_a_national_story_that_raises_complementarity_raises_the_courts_law(kb, index) -> None:
    # "مبدأ التكامل" needs context ("التكامل" is also integration); a paragraph about national
    # trials borrows none, yet complementarity is the Court's law about just such trials
    text = (
        "فتح المدعي العام للمحكمة الجنائية الدولية تحقيقاً في عمليات القتل.\n\n"
        "في الأثناء، أحالت النيابة العامة أحد عشر ضابطاً إلى محكمة الجنايات في العاصمة. ويقول "
        "المحامون إن هذه المحاكمات تهدف إلى إثبات أن القضاء الوطني قادر على النظر في الجرائم، وهو ما "
        "قد يثير لاحقاً مسألة مبدأ التكامل."
    )
    linked = {m.text: m.concept for m in annotate_text(text, kb, index).mentions}
    assert linked.get("مبدأ التكامل") == "complementarity"
    national = text[text.index("\n\n") :]
    assert [m.text for m in annotate_text(national, kb, index).mentions] == []  # no ICC story: none


def test_an_appeal_had_dismissed_is_still_an_appeal(kb, index) -> None:
    text = "The ICC Prosecutor had its appeal dismissed by the Appeals Chamber."
    assert any(m.text.startswith("appeal") for m in annotate_text(text, kb, index).mentions)


def test_a_trial_taking_place_is_no_place_of_trial(kb, index) -> None:
    text = "La CPI a confirmé les charges: les preuves suffisent pour qu'un procès ait lieu."
    assert "place_of_trial" not in concepts(text, kb, index)


def test_an_appeals_process_is_still_an_appeal(kb, index) -> None:
    text = "The ICC Assembly may streamline the appeals process."
    assert "appeals" in [m.text for m in annotate_text(text, kb, index).mentions]


def test_the_review_every_120_days_of_an_unfit_accused_is_not_detentions(kb, index) -> None:
    text = (
        "The ICC Trial Chamber found him unfit to stand trial. The case is to be reviewed, as rule "
        "135(4) provides, every 120 days."
    )
    found_ = {m.text: m.concept for m in annotate_text(text, kb, index).mentions}
    assert found_["every 120 days"] == "fitness_to_stand_trial"
    assert found_["unfit to stand trial"] == "fitness_to_stand_trial"
    detention = "The ICC Pre-Trial Chamber reviews its ruling on detention every 120 days."
    found_ = {m.text: m.concept for m in annotate_text(detention, kb, index).mentions}
    assert found_["every 120 days"] == "interim_release"


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        (
            "The ICC may reduce the sentence only if a factor of article 110(4) is present, such as a clear "
            "and significant change of circumstances.",
            "change of circumstances",
            "review_of_sentence_reduction",
        ),
        (
            "The next ICC review takes place in three years, unless a significant change in circumstances "
            "allows an earlier application (rule 224(3)).",
            "change in circumstances",
            "review_of_sentence_reduction",
        ),
        (
            "The ICC Pre-Trial Chamber may release him on a change of circumstances (article 60(3)).",
            "change of circumstances",
            "interim_release",
        ),
        (
            "The ICC judges of the review hold a hearing with the sentenced person (rule 224(1)).",
            "hearing with the sentenced",
            "review_of_sentence_reduction",
        ),
    ],
    ids=["article-110", "rule-224", "article-60", "review-hearing"],
)
def test_terms_of_a_sentence_reduction_are_the_reviews(kb, index, text: str, term: str, concept: str) -> None:
    assert [c for s, c, _ in found(text, kb, index) if s == term] == [concept]


_ANOTHER_STORY_IN_ARABIC = (
    "تنظر المحكمة الجنائية الدولية في جبر الضرر.\n\nهناك فرق كبير. قضت المحكمة الإدارية في العاصمة "
    "بإلزام شركة التأمين بدفع تعويضات للتجار. تلك دعوى مدنية، ولا علاقة لها بالمسؤولية الجنائية الفردية "
    "ولا بالمحكمة الجنائية الدولية، وإن استخدمت الصحف كلمة الضحايا في وصف التجار."
)


def test_a_national_administrative_court_tells_its_own_story(kb, index) -> None:
    assert "تعويضات" not in [s for s, _, _ in found(_ANOTHER_STORY_IN_ARABIC, kb, index)]


def test_an_arabic_chamber_is_no_circle_of_beneficiaries(kb, index) -> None:
    text = "أصدرت المحكمة الجنائية الدولية قراراً. واعتبر الدفاع أن الدائرة الابتدائية وسّعت دائرة المستفيدين."
    assert [s for s, c, _ in found(text, kb, index) if c == "trial_chamber"] == ["الدائرة الابتدائية"]


def test_the_court_named_after_nor_in_a_disowning_sentence_vouches_for_nothing(kb, index) -> None:
    text = _ANOTHER_STORY_IN_ARABIC
    assert "الضحايا" not in [s for s, _, _ in found(text, kb, index)]
    without_nor = text.replace("ولا بالمحكمة", "وبالمحكمة")  # no "nor": the Court vouches again
    assert "الضحايا" in [s for s, _, _ in found(without_nor, kb, index)]


def test_a_prisoners_confidential_communications_are_the_enforcements(kb, index) -> None:
    text = (
        "The ICC convicted him. Communications between the prisoner and the Court must remain "
        "unimpeded and confidential (article 106(3)). The Chamber kept the filing confidential."
    )
    found_ = [m.concept for m in annotate_text(text, kb, index).mentions if m.text == "confidential"]
    assert found_ == ["enforcement_of_sentences", "classification_of_filings"]


TERMS_READ_BY_THEIR_SENTENCE = [
    # "judgment" is the nearer Chamber's
    ("The ICC Appeals Chamber delivered its judgment on Friday.", "judgment", "appeal_proceedings"),
    ("The ICC Appeals Chamber reversed the Trial Chamber's judgment.", "judgment", "trial_judgment"),
    ("The ICC Trial Chamber delivered its judgment on Friday.", "judgment", "trial_judgment"),
    # a sentence being served is its enforcement, or the review of its reduction
    (
        "The ICC convicted him. Under article 103(1), a sentence of imprisonment is served in a "
        "State designated by the Court.",
        "sentence",
        "enforcement_of_sentences",
    ),
    (
        "The ICC convicted him. After two thirds of it, the Court will review the sentence under "
        "article 110.",
        "sentence",
        "review_of_sentence_reduction",
    ),
    (
        "The ICC Trial Chamber convicted him and will pronounce the sentence in public.",
        "sentence",
        "sentencing",
    ),
    # an indemnisation is the victims' unless article 85 is named
    (
        "La Cour pénale internationale peut ordonner la restitution, l'indemnisation ou la "
        "réhabilitation en faveur des victimes.",
        "indemnisation",
        "reparations",
    ),
    (
        "La Cour pénale internationale l'a acquitté; son avocat réclame une indemnisation au titre "
        "de l'article 85.",
        "indemnisation",
        "compensation_for_wrongful_arrest",
    ),
    # the Arabic Statute words 53(1)(c) and 61(7) alike: beside the interests of justice, 53's
    (
        "قال المدعي العام للمحكمة الجنائية الدولية إنه نظر في ما إذا كانت هناك أسباب جوهرية تدعو "
        "للاعتقاد بأن إجراء تحقيق لن يخدم مصالح العدالة.",
        "أسباب جوهرية تدعو للاعتقاد",
        "interests_of_justice",
    ),
    # a referral "of the matter" to the Assembly is a non-compliance finding's
    (
        "La Corte Penal Internacional constató el incumplimiento con arreglo al artículo 87(7) y "
        "la remisión del asunto a la Asamblea de los Estados Partes.",
        "remisión",
        "non_compliance_finding",
    ),
    # a conditional release is interim release unless a sentence is being served
    (
        "La CPI podría concederle la libertad condicional con las garantías previstas en la regla 119.",
        "libertad condicional",
        "interim_release",
    ),
    (
        "La CPI examinará si reduce la pena; la libertad condicional del condenado depende del artículo 110.",
        "libertad condicional",
        "review_of_sentence_reduction",
    ),
    # a change of circumstances, and the sentenced person's cooperation, beside article 110 are
    # grounds for reducing the sentence (article 110(4)), not interim release or a State's duty
    (
        "Ante la CPI, según el artículo 110, cuenta un cambio de circunstancias claro e importante.",
        "cambio de circunstancias",
        "review_of_sentence_reduction",
    ),
    (
        "Ante la CPI, según el artículo 110, cuenta su disposición a cooperar con la Corte.",
        "cooperar con la Corte",
        "review_of_sentence_reduction",
    ),
    # "under seal" beside a warrant is the sealed warrant's
    (
        "La Sala de la CPI dictó órdenes de detención que se mantienen bajo sello.",
        "bajo sello",
        "warrant_under_seal",
    ),
    (
        "At the ICC, the Prosecutor filed the request under seal, as regulation 23 bis allows.",
        "under seal",
        "classification_of_filings",
    ),
    # the arrangements an escaped person's surrender may rest on (article 111)
    (
        "Under article 111 of the ICC Statute, the State may rely on an existing bilateral agreement.",
        "bilateral agreement",
        "escape",
    ),
]


@pytest.mark.parametrize(("text", "term", "concept"), TERMS_READ_BY_THEIR_SENTENCE)
def test_a_term_is_read_by_its_sentence(kb, index, text: str, term: str, concept: str) -> None:
    assert [m.concept for m in annotate_text(text, kb, index).mentions if m.text == term] == [concept]


def test_a_named_chamber_of_the_court_is_that_chamber(kb, index) -> None:
    # "Chamber of the International Criminal Court" (the Chambers, with the Court's name put in)
    # is longer than "Pre-Trial Chamber" and overlaps it; the text names the Pre-Trial Chamber
    text = "The Pre-Trial Chamber of the International Criminal Court confirmed the charges."
    found_ = [(m.text, m.concept) for m in annotate_text(text, kb, index).mentions]
    assert found_[:2] == [
        ("Pre-Trial Chamber", "pre_trial_chamber"),
        ("International Criminal Court", "international_criminal_court"),
    ]
    text = "On Friday the Appeals Chamber of the International Criminal Court ruled."
    assert ("Appeals Chamber", "appeals_chamber") in [
        (m.text, m.concept) for m in annotate_text(text, kb, index).mentions
    ]


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        (
            "The ICC Rule 34(2) requires a request for disqualification.",
            "request for disqualification",
            "disqualification_of_judges",
        ),
        ("The ICC Registrar keeps the list of counsel.", "list of counsel", "defence_counsel"),
        ("Un avocat inscrit sur la liste des conseils de la CPI.", "liste des conseils", "defence_counsel"),
        (
            "Le Statut de la CPI prévoit une occasion unique de recueillir des éléments de preuve.",
            "occasion unique de recueillir",
            "unique_investigative_opportunity",
        ),
        (
            "La Sala de la CPI decide si el acusado está en condiciones de ser sometido a juicio.",
            "en condiciones de ser sometido a juicio",
            "fitness_to_stand_trial",
        ),
        (
            "تشمل التهم أمام المحكمة الجنائية الدولية الهجوم على المدنيين.",
            "الهجوم على المدنيين",
            "attacks_against_civilians",
        ),
        ("El artículo 111 del Estatuto de la CPI regula la evasión del condenado.", "evasión", "escape"),
        (
            "La CPI decidirá en la revisión de la pena del condenado.",
            "revisión de la pena",
            "review_of_sentence_reduction",
        ),
        (
            "Ante la CPI, cuando haya cumplido las dos terceras partes de la pena, se revisa.",
            "dos terceras partes de la pena",
            "review_of_sentence_reduction",
        ),
        (
            "La CPI supervisa las condiciones de reclusión del condenado.",
            "condiciones de reclusión",
            "enforcement_of_sentences",
        ),
        ("Le principe de la chose jugée protège l'accusé devant la CPI.", "chose jugée", "ne_bis_in_idem"),
        (
            "La CPI fixe le calendrier de la communication des pièces.",
            "communication des pièces",
            "disclosure",
        ),
        (
            "تلتزم الدول الأطراف في المحكمة الجنائية الدولية بالتعاون وفقاً للباب 9.",
            "للباب 9",
            "duty_to_cooperate",
        ),
        ("Selon l'article 89 du Statut de la CPI, l'État a procédé à la remise.", "remise", "surrender"),
        (
            "قررت دائرة الاستئناف في المحكمة الجنائية الدولية أن الأثر الإيقافي لا يمنح تلقائياً.",
            "الأثر الإيقافي",
            "interlocutory_appeal",
        ),
        (
            "Selon le Statut de la CPI, l'État consulte la Cour sans tarder.",
            "consulte la Cour",
            "consultations_with_the_court",
        ),
        (
            "قدمت الدولة الطعن في المقبولية أمام المحكمة الجنائية الدولية.",
            "الطعن في المقبولية",
            "challenge_to_jurisdiction_or_admissibility",
        ),
    ],
    ids=[
        "request-for-disqualification",
        "list-of-counsel",
        "liste-des-conseils",
        "occasion-unique",
        "sometido-a-juicio",
        "الهجوم-على-المدنيين",
        "evasion",
        "revision-de-la-pena",
        "dos-terceras-partes",
        "condiciones-de-reclusion",
        "chose-jugee",
        "communication-des-pieces",
        "للباب-9",
        "remise",
        "الأثر-الإيقافي",
        "consulte-la-cour",
        "الطعن-في-المقبولية",
    ],
)
def test_terms_a_reviewer_missed_are_linked(kb, index, text: str, term: str, concept: str) -> None:
    assert (term, concept) in [(s, c) for s, c, _ in found(text, kb, index)]


def test_a_genitive_replaced_by_an_article_is_no_phrase_of_it(kb, index) -> None:
    text = "La CPI examina el caso. Pueden pedir la recusación el Fiscal o la defensa."
    assert [(s, c) for s, c, _ in found(text, kb, index) if s.startswith(("recusación", "el Fiscal"))] == [
        ("recusación", "disqualification_of_judges"),
        ("el Fiscal", "prosecutor"),
    ]


def test_people_charged_by_number_are_charged(kb, index) -> None:
    text = "The ICC Prosecutor charged 3 commanders with war crimes."
    assert "charges" in [c for _, c, _ in found(text, kb, index)]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The ICC trial resumed with the cross-examination of Witness P-0411.", "cross-examination"),
        ("Devant la CPI, la défense pourra contre-interroger le témoin.", "contre-interroger"),
        ("En la CPI, el juicio sigue con el contrainterrogatorio del testigo.", "contrainterrogatorio"),
        ("أمام المحكمة الجنائية الدولية، للمتهم حق استجواب شهود الإثبات.", "استجواب شهود الإثبات"),
    ],
    ids=["en", "fr", "es", "ar"],
)
def test_questioning_witnesses_links_to_article_67_and_rule_140(kb, index, text: str, term: str) -> None:
    mentions = {m.text: m for m in annotate_text(text, kb, index).mentions}
    assert mentions[term].concept == "questioning_of_witnesses"
    assert {"RS 67(1)(e)", "RPE 140"} <= set(mentions[term].provisions)


def test_a_bag_match_does_not_run_across_a_subordinate_clause(kb, index) -> None:
    text = "The ICC defence could examine the witness when the testimony was recorded."
    assert "witness when the testimony" not in [s for s, _, _ in found(text, kb, index)]


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        (
            "La CPI examina el caso. El magistrado debe pedir a la Presidencia que lo dispense, según el "
            "artículo 41.",
            "la Presidencia",
            "presidency",
        ),
        (
            "La CPI examina el caso. Los peritos examinaron al acusado con la asistencia de la Secretaría, "
            "conforme a la regla 135.",
            "la Secretaría",
            "registry",
        ),
        (
            "La CPI examina el caso. Un Estado en mora no tendrá voto en la Asamblea de los Estados Partes "
            "ni en la Mesa.",
            "la Mesa",
            "bureau_of_the_assembly",
        ),
    ],
    ids=["presidencia", "secretaria", "mesa"],
)
def test_an_organs_short_name_stands_with_its_company_in_the_sentence(
    kb, index, text: str, term: str, concept: str
) -> None:
    assert (term, concept) in [(s, c) for s, c, _ in found(text, kb, index)]


@pytest.mark.parametrize(
    "text",
    [
        "La CPI examina el caso. Mañana la Presidencia anunciará su decisión.",
        "La CPI examina el caso. La Presidencia de la República citó el artículo 98.",
        "La CPI examina el caso. El Secretario General de la ONU recibió la notificación del artículo 127.",
    ],
    ids=["no-company", "de-la-republica", "secretario-general"],
)
def test_an_organs_short_name_without_company_or_of_another_body_stays_plain(kb, index, text: str) -> None:
    assert not {"presidency", "registrar"} & {c for _, c, _ in found(text, kb, index)}


def test_prior_recorded_testimony_is_rule_68s(kb, index) -> None:
    text = "The ICC Prosecutor asks to introduce the prior recorded testimony of two absent witnesses."
    mentions = {m.text: m for m in annotate_text(text, kb, index).mentions}
    assert mentions["prior recorded testimony"].concept == "prior_recorded_testimony"
    assert "RPE 68" in mentions["prior recorded testimony"].provisions


def test_a_person_joining_the_court_is_no_accession(kb, index) -> None:
    text = "The ICC trial resumed. Before joining the ICC, I sat on a national bench."
    assert "accession" not in [c for _, c, _ in found(text, kb, index)]
    state = "The ICC trial resumed. Since joining the ICC, the State has cooperated."
    assert "accession" in [c for _, c, _ in found(state, kb, index)]


@pytest.mark.parametrize(
    ("text", "term", "provision"),
    [
        (
            "Protection is an obligation of the Court under article 68. Paragraph 1 of that article "
            "requires measures.",
            "Paragraph 1 of that article",
            "RS 68(1)",
        ),
        (
            "Conforme al artículo 89 de la CPI, el párrafo 2 del mismo artículo lo prevé.",
            "párrafo 2 del mismo artículo",
            "RS 89(2)",
        ),
        (
            "La règle 121 s'applique à la CPI ; le paragraphe 2 de cette règle aussi.",
            "paragraphe 2 de cette règle",
            "RPE 121(2)",
        ),
        (
            "تنص المادة 58 من نظام روما الأساسي على ذلك، وتضيف الفقرة 7 من المادة نفسها حكماً.",
            "الفقرة 7 من المادة نفسها",
            "RS 58(7)",
        ),
    ],
    ids=["that-article", "del-mismo-articulo", "de-cette-regle", "المادة-نفسها"],
)
def test_a_paragraph_of_that_article_is_the_last_cited_articles(
    kb, index, text: str, term: str, provision: str
) -> None:
    assert [(m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.text == term] == [
        (term, (provision,))
    ]


def test_a_paragraph_of_that_article_needs_an_article_cited_before_it(kb, index) -> None:
    text = "Paragraph 1 of that article requires measures; rule 87 is the ICC's."
    assert "Paragraph 1 of that article" not in [m.text for m in annotate_text(text, kb, index).mentions]


def test_the_european_courts_by_their_seats_are_other_courts(kb, index) -> None:
    text = (
        "La CPI applique l'article 20. La Cour de Strasbourg a jugé qu'une chambre ne pouvait pas condamner."
    )
    assert after_the_first_sentence(text, kb, index) == []


@pytest.mark.parametrize(
    "text",
    [
        "At the ICC, the Pre-Trial Chamber held a status conference on disclosure under rule 121(2)(b).",
        "Devant la CPI, la juge a convoqué une conférence de mise en état sur la communication des pièces.",
    ],
    ids=["en", "fr"],
)
def test_a_status_conference_is_rule_132s_not_the_trial(kb, index, text: str) -> None:
    concepts = {m.concept for m in annotate_text(text, kb, index).mentions}
    assert "status_conference" in concepts and "trial" not in concepts
    assert "RPE 121(2)(b)" in kb.concepts["status_conference"].provisions


@pytest.mark.parametrize(
    ("text", "term", "provision"),
    [
        (
            "Under article 68 of the ICC Statute, paragraph 1 of that article protects witnesses, and "
            "paragraph 5 allows a summary.",
            "paragraph 5",
            "RS 68(5)",
        ),
        (
            "وتلزم الفقرة 5 من المادة 19 الدولة بذلك، ويحال الطعن إلى الدائرة التمهيدية عملاً بالفقرة 6.",
            "بالفقرة 6",
            "RS 19(6)",
        ),
        (
            "Ante la CPI rige el apartado 2 del artículo 9. Según el párrafo 3, deben ser compatibles.",
            "párrafo 3",
            "RS 9(3)",
        ),
        (
            "Según la CPI, el artículo 65 lo regula; el apartado 4 del mismo artículo añade más.",
            "apartado 4 del mismo artículo",
            "RS 65(4)",
        ),
        (
            "La CPI aplica la regla 145; el apartado 2(a)(ii) de esa regla lo prevé.",
            "apartado 2(a)(ii) de esa regla",
            "RPE 145(2)(a)(ii)",
        ),
        (
            "تحدد المادة 92 من نظام روما الأساسي القبض الاحتياطي، وتنص الفقرة الرابعة على الإفراج.",
            "الفقرة الرابعة",
            "RS 92(4)",
        ),
    ],
    ids=[
        "paragraph-5",
        "بالفقرة-6",
        "parrafo-3",
        "apartado-del-mismo",
        "apartado-de-esa-regla",
        "الفقرة-الرابعة",
    ],
)
def test_a_paragraph_named_alone_is_of_the_provision_cited_just_before(
    kb, index, text: str, term: str, provision: str
) -> None:
    assert [(m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.text == term] == [
        (term, (provision,))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # another paragraph of text, a judgment's "para.", a paragraph the article does not have,
        # and a paragraph that says what it belongs to
        "Under article 68 of the ICC Statute, witnesses are protected.\n\nParagraph 5 of our brief: more.",
        "Under article 68 of the ICC Statute, the Chamber agreed (para. 5).",
        "Under article 7 of the ICC Statute, the Chamber ruled; paragraph 9 explains why.",
        "Under article 68 of the ICC Statute, the Chamber ruled; paragraph 5 of the judgment explains why.",
    ],
    ids=["another-paragraph", "para-dot", "no-such-paragraph", "of-the-judgment"],
)
def test_a_paragraph_named_alone_without_its_article_stays_plain(kb, index, text: str) -> None:
    cited = [m.provisions for m in annotate_text(text, kb, index).mentions if m.method == "citation"]
    assert cited == [("RS 68",)] or cited == [("RS 7",)]


@pytest.mark.parametrize(
    "text",
    [
        "At the ICC. In February the criminal appeals chamber of the Valdoria High Court upheld a "
        "twelve-year sentence.",
        "At the ICC. In the same week the appeals panel of the Continental Athletics Integrity Tribunal "
        "cut a sentence.",
        "المحكمة الجنائية الدولية. أصدرت هيئة الاستئناف في الاتحاد القاري حكماً. وطلب المدعي العام للاتحاد "
        "تشديد العقوبة. وكانت الدائرة الابتدائية في الاتحاد قد أدانته.",
    ],
    ids=["high-court", "named-tribunal", "الاتحاد"],
)
def test_chambers_appeals_and_prosecutors_of_other_bodies_stay_plain(kb, index, text: str) -> None:
    assert after_the_first_sentence(text, kb, index) == []


def test_an_amendment_beside_the_charges_is_theirs(kb, index) -> None:
    text = "At the ICC, the Prosecution chose between a quick amendment and a return under article 61(8)."
    assert ("amendment", "amendment_of_charges") in [
        (m.text, m.concept) for m in annotate_text(text, kb, index).mentions
    ]
    text = "At the ICC, the Assembly adopted an amendment under article 121."
    assert ("amendment", "amendments") in [
        (m.text, m.concept) for m in annotate_text(text, kb, index).mentions
    ]


def test_a_paragraph_named_alone_is_of_the_provision_its_paragraph_is_about(kb, index) -> None:
    # article 31 is cited twice, rule 79 once and nearer: "paragraph 1" is article 31's
    text = (
        "Under article 31(2) of the ICC Statute the Court decides whether a ground applies, and article "
        "31(3) admits other grounds. Rule 79(1)(b) requires notice of a ground under paragraph 1."
    )
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.text == "paragraph 1"] == [
        ("RS 31(1)",)
    ]


def test_the_courtroom_is_no_chamber(kb, index) -> None:
    text = "La Sala de Primera Instancia de la CPI puede expulsarlo de la sala, pero no del juicio."
    assert [m.text for m in annotate_text(text, kb, index).mentions if m.concept == "trial_chamber"] == [
        "Sala de Primera Instancia"
    ]


def test_a_sub_rule_named_alone_is_of_the_rule_its_paragraph_cites(kb, index) -> None:
    text = (
        "At the ICC, rule 121 governs the first appearance; under sub-rule 2 the Chamber holds conferences."
    )
    cited = [
        (m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.method == "citation"
    ]
    assert cited == [("rule 121", ("RPE 121",)), ("sub-rule 2", ("RPE 121(2)",))]
    # ... and never "rule 2": a rule whose paragraphs the base does not record gets no link
    text = "At the ICC, rule 65 governs the compellability of witnesses; under sub-rule 2 they may be heard."
    cited = [m.provisions for m in annotate_text(text, kb, index).mentions if m.method == "citation"]
    assert cited == [("RPE 65",)]
    # (rule 68's are recorded)
    text = (
        "At the ICC, rule 68 governs prior recorded testimony; under sub-rule 3 the witness must be present."
    )
    cited = [m.provisions for m in annotate_text(text, kb, index).mentions if m.method == "citation"]
    assert cited == [("RPE 68",), ("RPE 68(3)",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list going on without its keyword: the instrument of the citation just before
        (
            "At the ICC, under rule 68(2)(a) both parties examined the witness; under 68(2)(b) the "
            "statement must not go to the acts of the accused.",
            [("rule 68(2)(a)", ("RPE 68(2)(a)",)), ("68(2)(b)", ("RPE 68(2)(b)",))],
        ),
        (
            "Under article 19(4) of the Rome Statute a challenge is brought once; under 19(5), at the "
            "earliest opportunity.",
            [("article 19(4)", ("RS 19(4)",)), ("19(5)", ("RS 19(5)",))],
        ),
        # another number: not that list ("resolution 1593(2005)" is no provision either)
        (
            "Under article 19(4) of the Rome Statute a challenge is brought once; see 13(b) of our notes "
            "and resolution 1593(2005).",
            [("article 19(4)", ("RS 19(4)",))],
        ),
        # another paragraph of text
        (
            "Under article 19(4) of the Rome Statute a challenge is brought once.\n\nSee 19(5) below.",
            [("article 19(4)", ("RS 19(4)",))],
        ),
    ],
    ids=["rule-list", "article-list", "other-numbers", "other-paragraph"],
)
def test_a_numbered_pinpoint_without_keyword_goes_on_the_list_of_its_provision(
    kb, index, text: str, expected: list
) -> None:
    cited = [
        (m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.method == "citation"
    ]
    assert cited == expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        (
            "Under article 112(6) of the Rome Statute the Assembly meets once a year. The same "
            "paragraph allows special sessions.",
            "The same paragraph",
            [("RS 112(6)",)],
        ),
        (
            "El artículo 61(7) del Estatuto de Roma fija tres opciones. Según ese mismo párrafo, la "
            "Sala puede aplazar la audiencia.",
            "ese mismo párrafo",
            [("RS 61(7)",)],
        ),
        (
            "تنص المادة 7 (1) (ح) من نظام روما الأساسي على الاضطهاد المرتبط بفعل مشار إليه في الفقرة نفسها.",
            "الفقرة نفسها",
            [("RS 7(1)",)],
        ),
        # by its ordinal, of the article cited last; "ese mismo artículo"
        (
            "تنص المادة 61 من نظام روما الأساسي على جلسة اعتماد التهم. وتنص الفقرة الثانية من المادة نفسها "
            "على عقدها في غياب الشخص.",
            "الفقرة الثانية من المادة نفسها",
            [("RS 61(2)",)],
        ),
        (
            "El artículo 65 del Estatuto de Roma regula la admisión de culpabilidad; el párrafo 3 de ese "
            "mismo artículo permite seguir con el juicio.",
            "párrafo 3 de ese mismo artículo",
            [("RS 65(3)",)],
        ),
        # no paragraph cited before: nothing to name again
        (
            "Under article 97 of the Rome Statute, and subparagraph (c) in particular, States consult. The "
            "same paragraph of our memo explains why.",
            "The same paragraph",
            [],
        ),
        (
            "The ICC Prosecutor spoke. The same paragraph of the letter was read twice.",
            "The same paragraph",
            [],
        ),
    ],
    ids=["en", "es", "ar", "ar-ordinal", "es-ese-mismo", "after-a-letter", "no-citation"],
)
def test_a_paragraph_named_again_is_the_one_cited_last(
    kb, index, text: str, term: str, expected: list
) -> None:
    found = [m.provisions for m in annotate_text(text, kb, index).mentions if m.text == term]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # the challenge named before, in full or by its article
        (
            "Devant la CPI, la Valdorie a soulevé une exception d'irrecevabilité. La Chambre a rejeté "
            "l'exception.",
            1,
        ),
        ("L'article 19 du Statut de Rome s'applique.\n\nLa Chambre a rejeté l'exception.", 1),
        ("Devant la CPI, l'exception d'incompétence est pendante. Cette exception sera tranchée en mai.", 1),
        # everyday exceptions, and one with nothing named before it
        (
            "Devant la CPI, la Valdorie a soulevé une exception d'irrecevabilité. À l'exception de deux "
            "juges, tous ont voté. Une exception à la règle existe. L'exception culturelle est un autre "
            "sujet.",
            0,
        ),
        ("Devant la CPI, la Chambre a rejeté l'exception.", 0),
    ],
)
def test_the_exception_refers_back_to_a_challenge(kb, index, text: str, linked: int) -> None:
    found = [
        m
        for m in annotate_text(text, kb, index).mentions
        if m.concept == "challenge_to_jurisdiction_or_admissibility"
    ]
    assert len([m for m in found if m.text == "exception"]) == linked


# Readings that a rule gives in one sentence and not in its neighbour: (plain, linked, concept)
BOTH_WAYS = [
    (
        "أصدرت المحكمة الجنائية الدولية قراراً. وقالت للصحفيين أمام مقر المحكمة إنها راضية.",
        "أصدرت المحكمة الجنائية الدولية قراراً. وتقع مقر المحكمة في لاهاي.",
        "seat_of_the_court",
    ),
    (
        "Devant la CPI, un nouveau procès n'est pas permis par l'article 20(3) du Statut.",
        "Devant la CPI, la Chambre d'appel a estimé qu'un nouveau procès était nécessaire.",
        "appeal_proceedings",
    ),
    # "the crimes, and the victims' nationality" is no "sexual crimes"
    (
        "أصدرت المحكمة الجنائية الدولية مذكرة بشأن الجرائم وجنسية الضحايا.",
        "أصدرت المحكمة الجنائية الدولية مذكرة بشأن الجرائم الجنسية.",
        "sexual_violence",
    ),
    (
        "The ICC trial resumed. The Chamber ruled after the hearing closed on Friday.",
        "The ICC trial resumed. The Chamber heard the witness in a closed hearing.",
        "closed_session",
    ),
    (
        "The ICC trial resumed. Judge Holt closed the hearing with a pointed warning.",
        "The ICC trial resumed. The Chamber heard the witness in a closed hearing.",
        "closed_session",
    ),
    (
        "The ICC trial resumed. Ostrava, a member of the ICC defence bar, spoke first.",
        "The ICC trial resumed. Valdoria, a member of the ICC since 2004, must arrest him.",
        "state_party",
    ),
]


@pytest.mark.parametrize(
    ("plain", "linked", "concept"),
    BOTH_WAYS,
    ids=[
        "outside-the-seat",
        "new-trial-after-an-appeal",
        "arabic-conjunction",
        "the-hearing-closed",
        "closed-the-hearing",
        "member-of-the-bar",
    ],
)
def test_a_reading_holds_in_one_sentence_and_not_in_the_other(
    kb, index, plain: str, linked: str, concept: str
) -> None:
    assert concept not in concepts(plain, kb, index)
    assert concept in concepts(linked, kb, index)


def test_the_statutes_own_chapter_vii_is_no_charter(kb, index) -> None:
    # the French and Spanish Statute call its Parts chapters: Part 7 holds the penalties
    text = (
        "La Chambre d'appel de la CPI pourra modifier la peine conformément au chapitre VII (article 83-3)."
    )
    assert "chapter_vii_of_the_un_charter" not in concepts(text, kb, index)
    text = "Agissant selon le chapitre VII de la Charte, le Conseil de sécurité a saisi la CPI."
    assert "chapter_vii_of_the_un_charter" in concepts(text, kb, index)


@pytest.mark.parametrize(
    "text",
    [
        # a court named in capitals that is not the ICC: its own story (round 40)
        "At the ICC. \n\nLast spring the Student Conduct Court heard charges against two delegates. The "
        "student prosecutor asked for a suspension, the student judges handed down a lighter sentence, "
        "and the appeal went to a review panel.",
        # a national body named earlier in the sentence, however far back
        "At the ICC. If the public prosecutor has brought charges in the Lestra High Court, its criminal "
        "chamber will apply national law, its judges may issue their own summons or arrest warrant, and "
        "any appeal or sentence there has nothing to do with The Hague.",
    ],
    ids=["named-court", "body-earlier-in-the-sentence"],
)
def test_terms_of_a_court_named_in_capitals_stay_plain(kb, index, text: str) -> None:
    assert after_the_first_sentence(text, kb, index) == []


def test_the_courts_own_names_are_no_other_court(kb, index) -> None:
    text = (
        "At the ICC. The International Criminal Court sat; the judges of the ICC Court heard the "
        "Prosecutor's appeal."
    )
    assert "judges" in after_the_first_sentence(text, kb, index)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("At the ICC. The mother made an appeal to the families of the victims.", "appeal"),
        ("At the ICC. Appeal to the other delegates' interests.", "Appeal"),
        ("At the ICC. If a sentence here is unclear, ask our staff.", "sentence"),
        ('At the ICC. "A sentence overheard on a radio cannot prove it," the judge said.', "sentence"),
        ("At the ICC. The court officer showed the witness out.", "court"),
        ("At the ICC. Senior Appeals Counsel for the Prosecution rose.", "Appeals"),
        ("At the ICC. Prepared by the Orvane Valley Legal Aid Network.", "Legal Aid"),
        ("À la CPI. Notre collaborateur se remettait d'une greffe de cornée.", "greffe"),
        ("At the ICC. We will hold a trial run of the opening session that evening.", "opening"),
        ("The ICC claims, checked.\n\n**Verdict: False.** The Court tries persons.", "Verdict"),
        ("La CPI. Su experiencia en fiscalías especializadas en delitos económicos.", "fiscalías"),
        (
            "La CPI aprobó su presupuesto. Algunos clubes de fútbol manejan presupuestos mayores.",
            "presupuestos",
        ),
    ],
)
def test_everyday_words_of_round_40_stay_plain(kb, index, text: str, word: str) -> None:
    assert not [m for m in annotate_text(text, kb, index).mentions if word in m.text]


def test_an_appeal_to_the_chamber_is_still_one(kb, index) -> None:
    text = "At the ICC. The defence appealed to the Appeals Chamber; the court reporter took notes."
    assert "appealed" in after_the_first_sentence(text, kb, index)


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a revision beside a conviction or article 84 is the Statute's; a budget's is not
        ("At the ICC, the convicted person may seek revision under article 84.", "revision", "revision"),
        ("At the ICC, the budget revision was adopted.", "revision", None),
        # a fine or a confiscation beside a sentence or article 77; a parking fine is not
        ("La CPI a prononcé une amende sur le fondement de l'article 77.", "amende", "fines_and_forfeiture"),
        ("La CPI siège. Il a payé une amende de stationnement.", "amende", None),
        ("La CPI. La Sala impuso una multa y una pena de prisión.", "multa", "fines_and_forfeiture"),
        # the Deputy Prosecutor's election is not the Prosecutor's
        (
            "La Asamblea de los Estados Partes eligió. La elección del fiscal adjunto fue tensa.",
            "adjunto",
            "deputy_prosecutor",
        ),
        (
            "أعلنت المحكمة الجنائية الدولية أن الصندوق الاستئماني للمجني عليهم سيساعد.",
            "للمجني",
            "trust_fund_for_victims",
        ),
        (
            "La CPI. Les charges confirmées par la Chambre préliminaire sont trois.",
            "confirmées",
            "confirmation_of_charges",
        ),
        ("La CPI enquête. Elle a été arrêtée hier à la frontière.", "arrêtée", "arrest_in_custodial_state"),
        # ... "arrêtée" as settled, and "jugée" as judged, are neither
        ("La CPI enquête. La liste sera arrêtée avant la fin du mois.", "arrêtée", None),
        ("La CPI enquête. L'affaire a été jugée recevable.", "jugée", None),
        ("وقد شارك في محاكمة المحكمة الجنائية الدولية أكثر من ألفي ضحية.", "ضحية", "victim"),
        (
            "المحكمة الجنائية الدولية: يعرض الضحية آراءه عبر الممثل القانوني.",
            "الممثل",
            "legal_representation_of_victims",
        ),
        (
            "At the ICC, interim release in the custodial State needs urgent and exceptional circumstances.",
            "urgent",
            "interim_release",
        ),
        (
            "At the ICC, the lawyer's statement ended; its final sentence said she would cooperate.",
            "sentence",
            None,
        ),
        ("The ICC issued the warrant.\n\n## WHAT A VALDORIAN JUDGE CAN DO\n\nMore.", "JUDGE", None),
        # the Court's proper administration: "السليمة" is no typo of "سلمته" (handed him over)
        ("تتولى هيئة الرئاسة في المحكمة الجنائية الدولية الإدارة السليمة للمحكمة.", "السليمة", None),
        (
            "At the ICC, article 31 lists intoxication, self-defence and duress.",
            "self-defence",
            "grounds_excluding_responsibility",
        ),
        # a State's self-defence under the UN Charter is no ground of article 31
        (
            "At the ICC, Valdoria claimed self-defence under Article 51 of the UN Charter.",
            "self-defence",
            None,
        ),
        (
            "At the ICC, paragraph (e) adds direct and public incitement.",
            "incitement",
            "incitement_to_genocide",
        ),
        (
            "La CPI. El juicio se abrió con un reconocimiento de culpabilidad.",
            "culpabilidad",
            "admission_of_guilt",
        ),
        # round 43: article 17(3)'s inability beside its article (an abbreviation's stop is no
        # sentence break), not a judge's inability to attend
        (
            "The ICC Prosecutor replied. Inability under Art. 17(3) requires a collapse.",
            "Inability",
            "unwillingness_or_inability",
        ),
        ("The ICC judge cited her inability to attend the hearing.", "inability", None),
        ("At the ICC, my editor sent back my copy with one sentence circled in red.", "sentence", None),
        (
            "La CPI et son Statut. Le livre ira dans les bibliothèques des États membres de la francophonie.",
            "États membres",
            None,
        ),
        ("La CPI a jugé. Le condamné attend la réparation de sa chaudière.", "réparation", None),
        ("La CPI a jugé. La somme est mise à la charge du condamné.", "charge", None),
        ("La CPI a jugé. Le Greffier reporte la charge sur le Fonds au profit des victimes.", "charge", None),
        (
            "La CPI a jugé. Le produit des amendes est versé au Fonds au profit des victimes.",
            "amendes",
            "fines_and_forfeiture",
        ),
        # "la entrega" is a surrender beside Part 9's words, not the delivery of a thing, nor the verb
        (
            "La CPI emitió una orden. Según la regla 184, el Estado requerido informa cuando la persona "
            "esté disponible para la entrega.",
            "entrega",
            "surrender",
        ),
        (
            "La CPI emitió una orden. La entrega del sospechoso, según el artículo 89, se retrasó.",
            "entrega",
            "surrender",
        ),
        ("La CPI emitió una orden. La entrega de los premios al acusado fue el lunes.", "entrega", None),
        (
            "La CPI emitió una orden. El Estado entrega una situación, no una lista de sospechosos.",
            "entrega",
            None,
        ),
        ("La CPI emitió una orden. La entrega del informe se retrasó.", "entrega", None),
        # what a requested State keeps confidential, and its disclosure, beside article 87 (87(3))
        (
            "At the ICC, the requested State keeps the request confidential unless disclosure is needed "
            "(article 87(3)).",
            "disclosure",
            "confidentiality",
        ),
        (
            "At the ICC, the requested State keeps the request confidential unless disclosure is needed "
            "(article 87(3)).",
            "confidential",
            "confidentiality",
        ),
        # admissibility beside article 69 is the evidence's (article 69(4)), not a case's
        (
            "At the ICC, the judges set a time limit for submissions on the admissibility of intercepted "
            "messages, to be assessed under article 69(4).",
            "admissibility",
            "evidence",
        ),
        # round 44: article 27(2)'s words are official capacity's, not the trigger mechanisms'
        (
            "At the ICC, article 27(2) says immunities shall not bar the Court from exercising jurisdiction.",
            "exercising",
            "irrelevance_of_official_capacity",
        ),
        ("At the ICC, if you keep one sentence to remember from this guide, keep this.", "sentence", None),
        # a profession named without a determiner, not the Prosecutor or the Court's judges
        ("La CPI exige l'expérience acquise comme juge, procureur, avocat ou autre.", "procureur", None),
        ("La CPI. La candidata trabajó como fiscal y juez antes.", "juez", None),
        # a bar's discipline of its lawyers is not article 47's
        (
            "La CPI. Le barreau atteste l'absence de sanctions disciplinaires contre l'avocat.",
            "sanctions",
            None,
        ),
        (
            "At the ICC, the Assembly may impose disciplinary measures on the Registrar under article 47.",
            "disciplinary",
            "disciplinary_measures",
        ),
        # a deferral beside article 16 or the Council (round 44), not a hearing's postponement
        (
            "تنص المادة 16 من نظام روما الأساسي على الإرجاء بقرار من مجلس الأمن.",
            "الإرجاء",
            "security_council_deferral",
        ),
        ("La CPI. El aplazamiento de la audiencia fue breve.", "aplazamiento", None),
        ("La CPI. En la federación, los jueces deportivos confirmaron la sanción.", "jueces", None),
        # the Registry's section, not the reparations in its name
        (
            "La CPI. La Sección de Participación y Reparación de las Víctimas recibe las solicitudes.",
            "Reparación",
            "registry",
        ),
        # round 44's misses: persecution beside a charge, not a police chase; a closed session of a
        # Chamber, not of any court; article 17's words in Arabic, not an inability to sleep
        ("La CPI. Los cargos de persecución fueron confirmados.", "persecución", "persecution"),
        ("La CPI. La persecución policial duró horas.", "persecución", None),
        ("La CPI. La Sala oyó al testigo a puerta cerrada.", "puerta", "closed_session"),
        ("La CPI. En el juicio militar, los testimonios se oyeron a puerta cerrada.", "puerta", None),
        (
            "المحكمة الجنائية الدولية. تثبت المادة 17 عدم الرغبة في التحقيق.",
            "الرغبة",
            "unwillingness_or_inability",
        ),
        ("المحكمة الجنائية الدولية. ويعاني من عدم القدرة على النوم.", "القدرة", None),
        ("À la CPI, un défenseur commis d'office assiste le suspect.", "commis", "defence_counsel"),
        # "los cargos" are charges, not posts nor a card's charges; article 86's own French words
        ("La CPI. La Sala confirmó parcialmente los cargos.", "cargos", "charges"),
        ("La CPI. Los cargos públicos del país guardaron silencio.", "cargos", None),
        ("La CPI. Mis estudiantes discuten los cargos de su tarjeta de transporte.", "cargos", None),
        (
            "L'article 86 du Statut impose aux États Parties de coopérer pleinement avec la Cour.",
            "coopérer",
            "duty_to_cooperate",
        ),
        # round 45: a ratification of the amendments is article 121's, and no non-party's when not done
        (
            "At the ICC, a State Party that has not ratified the amendments on aggression stays outside.",
            "ratified",
            "amendments",
        ),
        ("At the ICC, Valdoria ratified the Kampala amendments last year.", "ratified", "amendments"),
        ("At the ICC, Valdoria has not ratified the Rome Statute.", "ratified", "non_party_state"),
        # a State's judge, skills, a graft, a neighbours' meeting
        (
            "Juriste de formation, ancienne magistrate de la République de Valdorie, elle a été élue "
            "Greffière adjointe de la CPI.",
            "magistrate",
            None,
        ),
        ("À la CPI, les compétences que nous recrutons sont rares.", "compétences", None),
        ("À la CPI. Une autre sorte de greffe, plus reposante.", "greffe", None),
        ("À la CPI. Selon un communiqué du greffe, la Chambre a statué.", "greffe", "registry"),
        ("La CPI. En la asamblea de vecinos se habló del tema.", "asamblea", None),
        # a playground and an onlooker (round 45), but still a party's witness
        ("À la CPI. Il a quitté la salle pour rejoindre la cour de récréation de l'école.", "cour", None),
        ("À la CPI. Il y est, paraît-il, témoin de débats bien plus vifs.", "témoin", None),
        ("À la CPI. Il est, selon la Chambre, témoin de l'accusation.", "témoin", "witness"),
        # round 46: to resume travel, the UN's regular budget, a sentence of an article's text
        ("المحكمة الجنائية الدولية. سيتصل بك موظف الوحدة لاستئناف ترتيبات السفر.", "لاستئناف", None),
        ("La CPI. La escala que emplea la ONU para su presupuesto ordinario.", "presupuesto", None),
        ("At the ICC, only with the PTC's permission (art. 61(9), first sentence).", "sentence", None),
        # written submissions (rule 121(9)), not a warrant
        ("أصدرت المحكمة الجنائية الدولية مذكرة توقيف. وقدمت الأطراف المذكرات المكتوبة.", "المذكرات", None),
    ],
)
def test_a_word_is_read_as_its_sentence_says(kb, index, text: str, word: str, concept: str | None) -> None:
    # rounds 40-42: a term read by its sentence, or left plain where its sentence reads otherwise
    assert concepts_at(text, word, kb, index) == ([concept] if concept else [])


def test_a_fuzzy_match_does_not_run_across_a_list_of_three(kb, index) -> None:
    # "head of State or Government or member of parliament" (article 27(1)): no "دولة عضو"
    text = "المحكمة الجنائية الدولية. لا تعفي صفة الشخص رئيساً لدولة أو حكومة أو عضواً في برلمان من المسؤولية."
    assert "state_party" not in concepts(text, kb, index)
    # one "or" is no list of three: "present false or forged evidence" stays an offence
    text = "At the ICC, a witness who knowingly presents false or forged evidence commits an offence."
    assert "offences_against_administration_of_justice" in concepts(text, kb, index)


@pytest.mark.parametrize(
    "text",
    [
        "Under article 27 of the Rome Statute, official capacity is no ground for reduction of sentence.",
        "وتنص المادة 27 من نظام روما الأساسي على أن الصفة الرسمية لا تشكل في حد ذاتها سبباً لتخفيف العقوبة.",
    ],
)
def test_no_reduction_of_sentence_for_official_capacity_is_article_27s(kb, index, text: str) -> None:
    found = [m.concept for m in annotate_text(text, kb, index).mentions]
    assert "review_of_sentence_reduction" not in found
    assert found.count("irrelevance_of_official_capacity") == 2


def test_a_reduction_of_sentence_under_article_110_is_its_review(kb, index) -> None:
    text = "Under article 110 of the Rome Statute, the Court reviews the reduction of sentence."
    assert "review_of_sentence_reduction" in concepts(text, kb, index)


def test_a_crime_within_the_jurisdiction_in_arabic_is_article_5s(kb, index) -> None:
    # "a crime within the jurisdiction of the Court" (article 58(1)(a)) names the crimes of
    # article 5, not the preconditions of article 12
    text = "أصدرت المحكمة الجنائية الدولية أمراً لأن الشخص ارتكب جريمة تدخل في اختصاص المحكمة."
    found = concepts(text, kb, index)
    assert "crimes_within_jurisdiction" in found and "preconditions_to_jurisdiction" not in found


def test_conditions_restricting_liberty_on_release_are_interim_releases(kb, index) -> None:
    text = (
        "La CPI. La règle 119, paragraphe 1, donne une liste de conditions restrictives de liberté. "
        "L'article 60-4 ajoute que la détention avant le procès ne doit pas se prolonger."
    )
    assert [c for c in concepts(text, kb, index) if c] == [
        "international_criminal_court",
        "interim_release",
        "interim_release",
    ]
    text = "At the ICC, a summons under article 58(7) may include conditions restricting liberty."
    assert concepts(text, kb, index).count("summons_to_appear") == 2


def test_already_tried_for_the_same_conduct_is_ne_bis_in_idem(kb, index) -> None:
    text = "At the ICC, a case is inadmissible if the person has already been tried for the same conduct."
    assert "ne_bis_in_idem" in concepts(text, kb, index)


@pytest.mark.parametrize(
    ("text", "national"),
    [
        (
            "At the ICC, a case is inadmissible if it is the subject of an investigation or prosecution "
            "by a State.",
            True,
        ),
        (
            "La CPI. Le dossier relève déjà d'une enquête ou des poursuites menées par un État.",
            True,
        ),
        (
            "La CPI. Ce pays ne veut pas conduire véritablement son enquête ou ses poursuites.",
            True,
        ),
        # article 16's pair is the Court's own
        ("At the ICC, the Security Council may defer any investigation or prosecution for a year.", False),
    ],
)
def test_article_17s_investigation_by_a_state_is_the_states(kb, index, text: str, national: bool) -> None:
    linked = "investigation" in concepts(text, kb, index) or "security_council_deferral" in concepts(
        text, kb, index
    )
    assert linked is not national


def test_a_name_in_capitals_with_a_word_put_in_is_no_bag_match(kb, index) -> None:
    # an association's name holds "Counsel" and "Defence" turned round, with "International"
    # put in: a name, not the defence counsel
    text = "At the ICC. The newsletter of the Counsel for International Defence is out."
    assert "defence_counsel" not in concepts(text, kb, index)
    text = "At the ICC, the counsel for the defence rose."
    assert "defence_counsel" in concepts(text, kb, index)


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("At the ICC, the budget of the mission grew.", False),
        (
            "La CPI aprobó su presupuesto. Los diputados aprueban el presupuesto de la cámara de comercio.",
            False,
        ),
        ("At the ICC, the Assembly adopted the budget of the Court.", True),
    ],
)
def test_a_budget_of_another_thing_is_not_the_courts(kb, index, text: str, linked: bool) -> None:
    budgets = [m for m in annotate_text(text, kb, index).mentions if m.concept == "financing_of_the_court"]
    last = text.rindex("budget" if "budget" in text else "presupuesto")
    assert any(m.start == last for m in budgets) is linked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("At the ICC. The Bill puts article 86 on the statute book.", "statute"),
        ("At the ICC. Surrender is not governed by the Extradition Act 1987.", "Extradition"),
        ("At the ICC. There is one sentence in the explanatory memorandum.", "sentence"),
        ("At the ICC. Members should charge their tablets before the debate.", "charge"),
        ("La CPI. Le procureur disciplinaire de la Fédération et les juges fédéraux.", "procureur"),
        ("La CPI. Le procureur disciplinaire de la Fédération et les juges fédéraux.", "juges"),
        ("La CPI. L'Assemblée charge le Greffier de créer un bureau.", "charge"),
        ("La CPI. Elle a une grande compétence en gestion.", "compétence"),
        ("La CPI. La chambre d'appel du Tribunal arbitral de la Fédération a réduit la peine.", "chambre"),
        ("La CPI. La Division est victime de son succès.", "victime"),
        ("La CPI. Il faut renforcer la sécurité et apporter conseil aux témoins.", "conseil"),
        ("المحكمة الجنائية الدولية. عدّل رئيس النادي النظام الأساسي لناديه.", "النظام"),
    ],
)
def test_everyday_words_of_round_42_stay_plain(kb, index, text: str, word: str) -> None:
    assert not [m for m in annotate_text(text, kb, index).mentions if word in m.text]


def test_the_courts_own_statute_charges_and_jurisdiction_stay_linked(kb, index) -> None:
    text = "La CPI. La charge de la preuve incombe au Procureur, selon la compétence de la Cour."
    assert {"presumption_of_innocence", "preconditions_to_jurisdiction"} <= set(concepts(text, kb, index))
    text = "المحكمة الجنائية الدولية. وتنص المادة 53 من النظام الأساسي للمحكمة على ذلك."
    assert "rome_statute" in concepts(text, kb, index)


def test_a_term_starting_inside_another_courts_name_is_no_term(kb, index) -> None:
    # "Appeal's judgment" of "the Court of Appeal's judgment" may not vouch for its paragraph
    text = (
        "The ICC works. \n\nMembers may recall the Court of Appeal's judgment last spring, in which "
        "the judges quashed a four-year sentence."
    )
    assert after_the_first_sentence(text, kb, index) == []
    text = "The ICC works. The ICC Appeals Chamber's judgment was different."
    assert "appeal_proceedings" in concepts(text, kb, index)


def test_a_court_named_by_its_kind_or_its_place_is_a_national_body(kb, index) -> None:
    # round 43: "le parquet de Port-Aubrac", "la cour d'appel": that sentence's chamber and
    # sentence are theirs
    text = (
        "La Cour pénale internationale juge les crimes. Le parquet de Port-Aubrac a requis deux ans "
        "d'emprisonnement contre un préfet, et la chambre a prononcé la peine."
    )
    assert concepts(text, kb, index) == ["international_criminal_court"]
    text = (
        "La Cour pénale internationale juge les crimes. Selon l'auteure, la chambre a prononcé la "
        "peine, puis la cour d'appel a réduit la réparation."
    )
    assert concepts(text, kb, index) == ["international_criminal_court"]
    # ... and a prosecutor of a place (a text written for the fifteenth session's new-user check)
    text = (
        "La CPI juge. Le procureur de Nordavie, lui, a requis trois ans d'emprisonnement dans une "
        "affaire de fraude devant le tribunal de Port-Lune."
    )
    assert concepts(text, kb, index) == ["international_criminal_court"]
    # the Court's own prosecution in the same words is the Court's
    text = "La Cour pénale internationale. Le parquet de la CPI a requis vingt ans d'emprisonnement."
    assert "applicable_penalties" in concepts(text, kb, index)


def test_a_short_name_going_on_into_another_name_is_that_body(kb, index) -> None:
    # round 43: "au Fonds", "du Fonds" refer back to the Trust Fund; "le Fonds monétaire
    # international" does not; "al Secretario" is the Registrar where rule 184 is cited
    text = (
        "Le Fonds au profit des victimes a deux mandats. Les amendes sont versées au Fonds et les "
        "ressources du Fonds servent aux victimes. Le Fonds monétaire international n'y est pour rien."
    )
    linked = [(m.text, m.concept) for m in annotate_text(text, kb, index).mentions]
    assert ("au Fonds", "trust_fund_for_victims") in linked
    assert ("du Fonds", "trust_fund_for_victims") in linked
    assert "Le Fonds" not in [t for t, _ in linked]
    text = "Según la regla 184, el Estado requerido informa al Secretario cuando la persona esté disponible."
    assert "registrar" in concepts_at(text, "Secretario", kb, index)


@pytest.mark.parametrize(
    "text, word",
    [
        # "arresting State" turned round into the passive is another thing: the State is arrested
        ("At the ICC, can a Head of State be arrested? Article 27 answers.", "State be"),
        # a word and "في" put into the construct "دولة التنفيذ" (State of enforcement)
        ("المحكمة الجنائية الدولية. وحين تواجه الدولة عقبة في التنفيذ، تتشاور مع المحكمة.", "عقبة"),
    ],
)
def test_a_fuzzy_match_keeps_the_grammar_of_its_alias(kb, index, text: str, word: str) -> None:
    assert concepts_at(text, word, kb, index) == []


@pytest.mark.parametrize(
    "text, word, concept",
    [
        # round 43's misses, in the words its reviewers' texts used
        (
            "La CPI juzga. Los superiores civiles responden por sus subordinados.",
            "superiores",
            "command_responsibility",
        ),
        (
            "At the ICC, civilian superiors answer for their subordinates.",
            "civilian",
            "command_responsibility",
        ),
        (
            "La CPI juzga. El autor mediato actúa por medio de otro.",
            "autor",
            "individual_criminal_responsibility",
        ),
        ("La CPI juzga a quien colabore de algún modo en el crimen.", "colabore", "aiding_and_abetting"),
        (
            "At the ICC, a State not party may accept the Court's jurisdiction.",
            "State not",
            "non_party_state",
        ),
        ("المحكمة الجنائية الدولية. عقدت الدائرة جلسات لاستعراض الحالة.", "جلسات", "status_conference"),
        (
            "المحكمة الجنائية الدولية. تنظر في الجرائم الداخلة في اختصاصها.",
            "اختصاصها",
            "crimes_within_jurisdiction",
        ),
        (
            "المحكمة الجنائية الدولية. وفي الحالة المحالة من مجلس الأمن وجب التعاون.",
            "مجلس",
            "security_council_referral",
        ),
        # the judge presiding over a Chamber (article 64(8)(b), rules 122, 140, 141), not any judge
        ("At the ICC, the Presiding Judge ordered a short break.", "Presiding", "presiding_judge"),
        ("En la CPI, la magistrada presidenta dio la palabra a la defensa.", "magistrada", "presiding_judge"),
        ("في المحكمة الجنائية الدولية، يدير القاضي الذي يرأس الجلسة الاستجواب.", "يرأس", "presiding_judge"),
        ("À la CPI, les juges élisent le Président parmi eux.", "juges", "judges"),
        # ... and the Court's President stays the Presidency's in Arabic
        ("المحكمة الجنائية الدولية. وشكرت رئيسة المحكمة الحكومة.", "رئيسة", "presidency"),
    ],
)
def test_round_43_wordings_link_their_concepts(kb, index, text: str, word: str, concept: str) -> None:
    assert concepts_at(text, word, kb, index) == [concept]


def test_a_name_in_capitals_written_in_lower_case_needs_a_context(kb, index) -> None:
    # round 45: "the three judges of the appeals chamber" of a national Court of Appeal had
    # vouched, as "Appeals Chamber" does, for the national terms of its sentence
    text = (
        "At the ICC, the Appeals Chamber ruled.\n\nLast month the Port Mirelle Court of Appeal upheld a "
        "sentence; the city prosecutor had sought ten years, and the three judges of the appeals "
        "chamber noted the months of pre-trial detention."
    )
    second = text.index("Last month")
    assert [m.text for m in annotate_text(text, kb, index).mentions if m.start >= second] == []
    # ... and in an ICC context it is still the Appeals Chamber
    assert "appeals_chamber" in concepts("The appeals chamber of the ICC ruled on Monday.", kb, index)


@pytest.mark.parametrize(
    "text, word",
    [
        # another body's chamber and charges, named in the possessive or with its sport
        (
            "At the ICC, the Appeals Chamber ruled. The Valdorian Football Federation's appeals chamber "
            "upheld a ban for match-fixing, and its prosecutor brought new charges.",
            "appeals chamber",
        ),
        (
            "At the ICC, the Appeals Chamber ruled. The Valdorian Football Federation's appeals chamber "
            "upheld a ban for match-fixing, and its prosecutor brought new charges.",
            "charges",
        ),
        # a judgment of a State, named by its demonym
        (
            "At the ICC, the Chamber sat. Since there's no Valdorian judgment yet, it doesn't bite.",
            "judgment",
        ),
        # a sentence in our show notes
        (
            "At the ICC, the Chamber sat. Last week a listener spotted a sentence in our show notes that "
            "just stopped halfway. Today: the ICC's judges.",
            "sentence",
        ),
    ],
)
def test_round_45_other_bodies_and_everyday_words_are_not_linked(kb, index, text: str, word: str) -> None:
    assert [m.text for m in annotate_text(text, kb, index).mentions if m.start > 40 and word in m.text] == []


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("The ICC Prosecutor spoke. She said her office had asked the Pre-Trial Chamber for it.", True),
        (
            "The Prosecutor is not obliged to open a full investigation. Her office must first decide "
            "whether there is a reasonable basis to proceed.",
            True,
        ),
        ("La procureure de la CPI a parlé. Son bureau a demandé un mandat d'arrêt.", True),
        ("El Fiscal de la CPI habló. Su oficina pidió una orden de detención a la Sala.", True),
        # judges in the plural between: no one person whose office it could be
        (
            "The ICC Deputy Prosecutor spoke. The public may know what the judges decided. She said "
            "her office had asked for reclassification.",
            True,
        ),
        ("The ICC Deputy Prosecutor spoke. The judge decided. She said her office had asked for it.", False),
        # another person named between, or no Prosecutor named at all
        ("The ICC Prosecutor met the minister. The minister said his office would help the Court.", False),
        ("At the ICC, the Registrar said her office had moved the hearing.", False),
        # the Prosecutor named too far back
        (
            "The ICC Prosecutor spoke. The Chamber sat. The hearing ended. The warrant stands. "
            "Her office is closed on Fridays.",
            False,
        ),
    ],
)
def test_her_office_is_the_prosecutors_only_after_the_prosecutor(kb, index, text: str, linked: bool) -> None:
    offices = [m for m in annotate_text(text, kb, index).mentions if m.concept == "office_of_the_prosecutor"]
    assert bool(offices) is linked
    assert all(m.text.lower() in ("her office", "son bureau", "su oficina") for m in offices)


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # the Office in capitals after its head's title, as after its own full name
        ("The ICC Prosecutor asked for a warrant. The Office said it would appeal.", True),
        (
            "Several members warned against steering the Prosecutor's priorities through the budget, "
            "given the Office's independence under article 42.",
            True,
        ),
        ("The Office of the Prosecutor opened an inquiry. Later, the Office asked for a warrant.", True),
        # in lower case: an office; no Prosecutor before: nothing to refer to
        ("The ICC Prosecutor asked for a warrant. She left the office at five.", False),
        ("The Office said it would appeal the ICC decision. The Prosecutor spoke later.", False),
        # another body's name goes on
        (
            "The Office of the Prosecutor opened an inquiry. The Office of the High Commissioner for "
            "Human Rights published a report.",
            False,
        ),
        (
            "The ICC Prosecutor spoke. The Office for the Coordination of Humanitarian Affairs said "
            "aid was blocked.",
            False,
        ),
    ],
)
def test_the_office_refers_back_to_the_prosecutors_office(kb, index, text: str, linked: bool) -> None:
    second = text.index(". ") + 2 if "Office of the Prosecutor" in text else 0
    offices = [
        m
        for m in annotate_text(text, kb, index).mentions
        if m.concept == "office_of_the_prosecutor" and m.start >= second
    ]
    assert bool(offices) is linked
    assert all(m.text.lower() == "the office" for m in offices)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a term of office, not a warrant
        ("La CPI a émis un mandat d'arrêt. Le mandat du maire de Valmont s'achève en mai.", "mandat du"),
        (
            "La CPI a émis un mandat d'arrêt. Son président, dont le mandat s'achève en mai, parle.",
            "mandat s",
        ),
        # the national chamber of inquiry and a committal warrant
        (
            "La CPI a émis un mandat d'arrêt. Rien de cela ne relève du Statut : ni la « chambre », ni les "
            "« charges », ni le « mandat de dépôt » n'ont ici ce sens.",
            "charges",
        ),
        # the investigating judge of a State
        ("At the ICC, the warrant was sent. The investigating judge of the district heard him.", "judge"),
        # a company's share warrants; a witness summoned; a sentence worth re-reading
        ("At the ICC, the warrant stands. Check your share warrants and convertible notes.", "warrants and"),
        ("At the ICC, the warrant stands. Employees may be summoned as witnesses.", "summoned"),
        (
            "At the ICC, the Trial Chamber sat and the judges ruled on the warrant.\n\n## One sentence worth "
            "re-reading\n\nThe ICC Prosecutor said so.",
            "sentence",
        ),
        # the admissibility of statements (evidence), not of a case
        (
            "À la CPI, la Chambre préliminaire a siégé. La défense a contesté la recevabilité de certaines "
            "déclarations de témoins.",
            "recevabilit",
        ),
        # a news outlet's audience; a doctor's speciality; a "mini-procès"
        (
            "En la CPI, la audiencia de confirmación terminó. La audiencia de su medio no es experta.",
            "de su",
        ),
        ("المحكمة الجنائية الدولية. وقال الطبيب إن اختصاصه في طب العيون.", "اختصاص"),
        ("À la CPI, l'audience de confirmation n'est pas un « mini-procès ».", "procès"),
    ],
)
def test_round_47_other_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    at = text.rindex("audiencia de su") if word == "de su" else text.rindex(word.split()[0])
    assert concepts_covering(text, at, kb, index) == []


def test_round_47_icc_terms_beside_them_stay_linked(kb, index) -> None:
    # controls: the Court's own warrant, summons and admissibility keep their links
    text = (
        "At the ICC, the Pre-Trial Chamber issued a warrant. Later it summoned the suspect to appear. "
        "The State challenged the admissibility of the case."
    )
    found = set(concepts(text, kb, index))
    assert {"arrest_warrant", "summons_to_appear"} <= found
    assert found & {"admissibility", "challenge_to_jurisdiction_or_admissibility"}


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("En la CPI, la Secretaría organiza la audiencia.", "Secretaría", "registry"),
        ("En la CPI, el artículo 64 obliga a las Salas a garantizar un juicio justo.", "Salas", "chambers"),
        # the plural is Chambers in general, even after one Chamber was named
        (
            "En la CPI, la Sala de Apelaciones falló. El artículo 64 obliga a las Salas a garantizarlo.",
            "Salas",
            "chambers",
        ),
        ("En la CPI, los idiomas oficiales de la Corte son seis.", "idiomas", "official_languages"),
        ("À la CPI, il demande sa liberté sous conditions.", "liberté", "interim_release"),
        ("في المحكمة الجنائية الدولية تُعرض آراء المجني عليهم وشواغلهم.", "آراء", "victim_participation"),
    ],
)
def test_round_47_wordings_link_their_concepts(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_at(text, word, kb, index)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "En la CPI, la Secretaría decide. La Secretaría de Estado de Seguridad opina.",
            "Secretaría de Estado",
        ),
        (
            "At the ICC, hearings are interpreted. The official languages of the United Nations are six.",
            "official",
        ),
    ],
)
def test_round_47_another_bodys_secretariat_and_languages_are_not_the_courts(
    kb, index, text: str, word: str
) -> None:
    at = text.index(word)
    assert concepts_covering(text, at, kb, index) == []


@pytest.mark.parametrize(
    ("text", "word", "linked"),
    [
        ("At the ICC, the Pre-Trial Chamber asked States for an asset freeze.", "asset freeze", True),
        (
            "At the ICC, the Chamber sought protective measures for the purpose of forfeiture.",
            "protective measures",
            True,
        ),
        ("À la CPI, la Chambre a demandé le gel des avoirs du suspect.", "gel des avoirs", True),
        ("En la CPI, la Sala pidió congelar los activos del acusado.", "congelar", True),
        # a freeze without the Court around it: sanctions of another body
        ("The European Union imposed an asset freeze on the bank.", "asset freeze", False),
    ],
)
def test_a_freeze_of_assets_is_article_57_3_e(kb, index, text: str, word: str, linked: bool) -> None:
    found = "protective_measures_for_forfeiture" in concepts_at(text, word, kb, index)
    assert found is linked


def test_part_9_stays_the_duty_to_cooperate(kb, index) -> None:
    # a Part that a concept names is that concept, not seventeen articles
    mentions = annotate_text("States must cooperate under Part 9 of the Rome Statute.", kb, index).mentions
    assert [m.concept for m in mentions if m.text.startswith("Part")] == ["duty_to_cooperate"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a sentence of a rebuttal or a statement; a battery charged; a sum payable by someone
        ("At the ICC, the Chamber sat. The final sentence of his rebuttal drew applause.", "sentence"),
        ("At the ICC, the Assembly voted. Every sentence of her vision statement was read.", "sentence"),
        (
            "At the ICC, the judge spoke, as she plugs in her electric bicycle to charge for the ride.",
            "charge",
        ),
        ("À la CPI, les réparations sont mises à la charge directe du condamné.", "charge"),
        # a repair, a money changer, a State mentioned in a paragraph
        (
            "À la CPI, une réparation ordonnée par la Chambre, ce n'est pas la réparation du toit.",
            "réparation du",
        ),
        ("At the ICC, the Bureau met. Diplomats queued at the bureau de change at the airport.", "bureau de"),
        ("At the ICC, the Chamber ruled that a State referred to in paragraph 2(b) must consent.", "State"),
        # a sports body's prosecutor in quotation marks, and its sentences measured in match bans
        (
            'At the ICC, the Chamber sat. There, a club\'s "prosecutor" would bring cases for match-fixing, '
            "and the chamber would hand down sentences measured in match bans.",
            "prosecutor",
        ),
        (
            'At the ICC, the Chamber sat. There, a club\'s "prosecutor" would bring cases for match-fixing, '
            "and the chamber would hand down sentences measured in match bans.",
            "sentences",
        ),
    ],
)
def test_round_48_everyday_words_and_other_bodies_stay_plain(kb, index, text: str, word: str) -> None:
    at = text.rindex(word)
    assert concepts_covering(text, at, kb, index) == []


def test_round_48_the_courts_own_sentence_and_charges_stay_linked(kb, index) -> None:
    text = (
        "At the ICC, the Trial Chamber imposed a sentence of 20 years. The Prosecutor decided to charge "
        "him with war crimes. The State referred the situation to the Court."
    )
    found = set(concepts(text, kb, index))
    assert {"sentencing", "charges", "exercise_of_jurisdiction"} <= found


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        (
            "À la CPI, le représentant de l'Accusation a demandé le maintien en détention.",
            "Accusation",
            "office_of_the_prosecutor",
        ),
        (
            "At the ICC, the Court's jurisdiction extends to natural persons only.",
            "natural",
            "personal_jurisdiction",
        ),
        ("At the ICC, the judges elected her Second Vice-President.", "Vice", "presidency"),
        (
            "En la CPI, Valdoria recibió una solicitud de asistencia.",
            "solicitud",
            "other_forms_of_cooperation",
        ),
        (
            "En la CPI, el Estado invocó sus intereses de seguridad nacional.",
            "intereses",
            "national_security_information",
        ),
        (
            "المحكمة الجنائية الدولية. فرضت الدائرة غرامة على المدان إلى جانب السجن.",
            "غرامة",
            "fines_and_forfeiture",
        ),
    ],
)
def test_round_48_wordings_link_their_concepts(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_at(text, word, kb, index)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a charge, in lower case; rule 85's victims; a traffic fine
        ("À la CPI, l'accusation de crimes de guerre a été confirmée.", "accusation"),
        ("At the ICC, rule 85 defines victims as natural persons who have suffered harm.", "natural"),
        ("المحكمة الجنائية الدولية. قال إنه دفع غرامة مخالفة السير أمس.", "غرامة"),
    ],
)
def test_round_48_look_alikes_are_not_linked(kb, index, text: str, word: str) -> None:
    at = text.index(word)
    assert concepts_covering(text, at, kb, index) == []


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a judicial Division is where Chambers are formed (article 39), no Chamber itself, and
        # since round 58 a concept of its own (articles 34(b) and 39(1))
        ("At the ICC, she was assigned to the Pre-Trial Division.", "Division", "judicial_divisions"),
        ("À la CPI, elle siège à la Section des appels.", "Section", "judicial_divisions"),
        ("تتألف المحكمة الجنائية الدولية من شعبة تمهيدية وشعبة استئناف.", "وشعبة", "judicial_divisions"),
        # an entry into force beside the amendments is theirs (article 121), not the Statute's
        (
            "At the ICC, the amendment's entry into force came a year after ratification (article 121(5)).",
            "entry",
            "amendments",
        ),
        ("At the ICC, the Committee on Budget and Finance met.", "Committee", "assembly_of_states_parties"),
    ],
)
def test_round_48_names_of_the_courts_bodies(kb, index, text: str, word: str, concept: str) -> None:
    assert concepts_at(text, word, kb, index) == [concept]


def test_a_court_officer_is_no_registrar(kb, index) -> None:
    text = "À la CPI, la greffière d'audience a lu l'acte. Le Greffier a signé."
    assert concepts_at(text, "greffière", kb, index) == []
    assert concepts_at(text, "Greffier", kb, index) == ["registrar"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a sports body's words in a sentence about the sport
        (
            "À la CPI, la Chambre a siégé. La chambre disciplinaire de la Fédération de football a "
            "confirmé en appel la suspension.",
            "confirmé",
        ),
        (
            "At the ICC, the Prosecutor spoke. The federation's prosecutor had brought the charges after a "
            "referee's report.",
            "charges",
        ),
        # a Chamber's own initiative (rule 119(2)), not the Prosecutor's (article 15)
        (
            "At the ICC, conditions may be varied at the request of the Prosecutor or on the Chamber's own "
            "initiative.",
            "own initiative",
        ),
        # a sentence of the minutes or of one's notes
        ("At the ICC, the Assembly met. The minutes corrected a sentence in item 4 on victims.", "sentence"),
        ("At the ICC, the Chamber sat. And one sentence from my notes I keep coming back to.", "sentence"),
        # a biography, a State's surrender order, a State's judge
        (
            "La CPI emitió una orden de detención. El antiguo jefe militar de la República quedó detenido.",
            "jefe militar",
        ),
        (
            "La CPI emitió una orden de detención. Llegó la orden de entrega firmada por el Gobierno.",
            "la orden de entrega",
        ),
        ("La CPI emitió una orden de detención. Compareció ante el juez de Montesur.", "juez"),
        # "the decision ruling that": a participle, no judge; a Chamber's power, no jurisdiction
        ("المحكمة الجنائية الدولية. أصدرت دائرة الاستئناف قرارها القاضي بمقبولية الدعوى.", "القاضي"),
        (
            "المحكمة الجنائية الدولية. طعنت الدولة في قرار الدائرة التمهيدية الأولى القاضي بمقبولية الدعوى.",
            "القاضي",
        ),
        ("المحكمة الجنائية الدولية. وهذا من اختصاص الدائرة التمهيدية.", "اختصاص"),
    ],
)
def test_round_49_other_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    at = text.rindex(word)
    assert concepts_covering(text, at, kb, index) == []


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # the Appeals Chamber's name is not cut by "استئناف القرار" after it
        ("المحكمة الجنائية الدولية. أصدرت دائرة الاستئناف قرارها أمس.", "دائرة", "appeals_chamber"),
        # "وللدائرة": and to the Chamber, two prefixes
        ("المحكمة الجنائية الدولية. وللدائرة أن تعقد جلسة.", "وللدائرة", "chambers"),
        # a military commander beside article 28
        (
            "En la CPI, el jefe militar responde por sus subordinados según el artículo 28.",
            "jefe",
            "command_responsibility",
        ),
    ],
)
def test_round_49_wordings_link_their_concepts(kb, index, text: str, word: str, concept: str) -> None:
    assert concepts_at(text, word, kb, index) == [concept]


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        (
            "At the ICC, the suspect chose to appear voluntarily before the Chamber.",
            "appear",
            "summons_to_appear",
        ),
        ("À la CPI, la constatation de manquement vise l'État.", "constatation", "non_compliance_finding"),
        (
            "À la CPI, les Éléments des crimes aident la Cour. Les Éléments précisent chaque crime.",
            "Les Éléments",
            "elements_of_crimes",
        ),
        (
            "المحكمة الجنائية الدولية. يجوز للدائرة تعديل الوصف القانوني للوقائع.",
            "الوصف",
            "legal_recharacterisation",
        ),
        (
            "المحكمة الجنائية الدولية. رأت الدائرة أن القضية مقبولة بموجب المادة 17.",
            "القضية",
            "admissibility",
        ),
        ("En la CPI, se pidió autorización de tránsito a Lisvania.", "autorización", "transit"),
    ],
)
def test_round_49_wordings_of_their_concepts(kb, index, text: str, word: str, concept: str) -> None:
    assert concepts_at(text, word, kb, index) == [concept]


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # the State or diplomatic immunity of article 98(1), not a Head of State's under article 27
        (
            "At the ICC, the Minister invoked diplomatic immunity under article 98(1).",
            "diplomatic",
            "waiver_of_immunity",
        ),
        ("À la CPI, l'État invoque l'immunité des États tiers.", "immunité", "waiver_of_immunity"),
        # ... and "states that immunities" is a verb and article 27's immunities
        (
            "At the ICC, article 27 states that immunities of office do not bar the Court.",
            "immunities",
            "head_of_state_immunity",
        ),
    ],
)
def test_state_and_diplomatic_immunity_is_article_98_1(kb, index, text: str, word: str, concept: str) -> None:
    assert concepts_at(text, word, kb, index) == [concept]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "At the ICC, Valdoria may contest the ICC's jurisdiction.",
            "challenge_to_jurisdiction_or_admissibility",
        ),
        (
            "At the ICC, decisions on jurisdiction or admissibility may be appealed.",
            "challenge_to_jurisdiction_or_admissibility",
        ),
        (
            "At the ICC, the defence raised a question of jurisdiction.",
            "challenge_to_jurisdiction_or_admissibility",
        ),
        # ... and the Court's jurisdiction itself stays article 12's
        (
            "At the ICC, the Court has jurisdiction over crimes on the territory of a State Party.",
            "preconditions_to_jurisdiction",
        ),
    ],
)
def test_jurisdiction_contested_is_article_19(kb, index, text: str, concept: str) -> None:
    assert concepts_at(text, "jurisdiction", kb, index)[:1] == [concept]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("At the ICC, the charges stand. The Coalition will charge ahead with its campaign.", "charge ahead"),
        ("À la CPI, le mandat d'arrêt est public. Les juges keréniens ont ordonné sa détention.", "juges"),
        (
            "En la CPI, la orden de detención es pública. Los jueces costaluneños invocaron el artículo 93.",
            "jueces",
        ),
        (
            "المحكمة الجنائية الدولية. لا يجوز إخضاع الشخص لأي شكل من أشكال الإكراه أثناء الاستجواب.",
            "الإكراه",
        ),
    ],
)
def test_round_50_other_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    at = text.index(word)
    assert concepts_covering(text, at, kb, index) == []


def test_duress_beside_article_31_stays_linked(kb, index) -> None:
    text = "المحكمة الجنائية الدولية. الإكراه من موانع المسؤولية الجنائية بموجب المادة 31."
    assert concepts_at(text, "الإكراه", kb, index) == ["grounds_excluding_responsibility"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a national court by its name, and the terms of its paragraph
        (
            "La CPI emitió una orden de detención.\n\nEn Korvenia, la Sala de lo Penal de la Audiencia "
            "Nacional admitió una querella. El fiscal jefe anunció que pedirá órdenes de detención.",
            "fiscal jefe",
        ),
        # the first sentence of a letter being rewritten; a sentence quoted after a colon
        (
            "At the ICC, the witness testified. She spent her evenings writing a letter home, rewriting the "
            "first sentence a dozen times.",
            "sentence",
        ),
        (
            'At the ICC, the trial resumed. One sentence drew a murmur from the gallery: "He governed."',
            "sentence",
        ),
        # judges at a fair; a sports tribunal's judges after a sentence about doping
        (
            "At the ICC, the judges sat. He had once been one of the judges at the regional baking fair.",
            "judges at",
        ),
        (
            "At the ICC, the judges sat. The federation's prosecutor brought doping charges after a test; "
            "the judges dismissed the athletes' appeal.",
            "judges dismissed",
        ),
    ],
)
def test_round_50_other_bodies_and_everyday_words_stay_plain(kb, index, text: str, word: str) -> None:
    at = text.rindex(word.split()[0])
    assert concepts_covering(text, at, kb, index) == []


def test_a_sport_in_the_paragraph_before_is_not_this_ones(kb, index) -> None:
    # the rugby club of the paragraph before leaves this paragraph's Chamber alone
    text = (
        "The rugby club's president came.\n\n"
        "At the ICC, the Trial Chamber sat. According to its schedule, the Chamber sits again in May."
    )
    at = text.index("the Chamber sits")
    assert [m.concept for m in annotate_text(text, kb, index).mentions if m.start == at] == ["trial_chamber"]


def test_the_presiding_judge_in_arabic(kb, index) -> None:
    text = "المحكمة الجنائية الدولية. قالت القاضية الرئيسة إن الجلسة علنية."
    assert concepts_at(text, "القاضية", kb, index) == ["presiding_judge"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "À la CPI, l'acquittement a été prononcé. Moi, je m'acquitte de ma peine sans bruit.",
            "acquitte de",
        ),
        ("À la CPI, les charges sont lourdes. La défense est revenue à la charge hier.", "charge hier"),
        ("At the ICC, the judges sat. The letter had barely a sentence for the law.", "sentence"),
        ("At the ICC, the appeal was heard. Theirs is an appeal voters have heard before.", "appeal voters"),
        ("At the ICC, the Registry acted. They married at the registry office.", "registry office"),
        ("At the ICC, he got 20 years in prison. She spent six years in the prison service.", "years in the"),
        ("المحكمة الجنائية الدولية. ناقش المؤتمر القضايا التي تهم الحكومات.", "تهم"),
        ("المحكمة الجنائية الدولية. أعلنت البلدية استئناف توزيع الخبز.", "استئناف"),
    ],
)
def test_round_51_everyday_words_stay_plain(kb, index, text: str, word: str) -> None:
    at = text.rindex(word.split()[0])
    assert concepts_covering(text, at, kb, index) == []


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        (
            "À la CPI, la contrainte résultant d'une menace de mort exonère (article 31).",
            "contrainte",
            "grounds_excluding_responsibility",
        ),
        ("À la CPI, le budget subit une contrainte forte.", "contrainte", None),
        ("À la CPI, une opinion contraire a été exprimée sur l'article 31.", "contraire", None),
        (
            "À la CPI, le chef militaire répond des crimes de ses subordonnés.",
            "chef",
            "command_responsibility",
        ),
        ("À la CPI, l'ancien chef militaire de la République a été arrêté.", "chef", None),
        ("À la CPI, les motifs d'exonération sont limités.", "motifs", "grounds_excluding_responsibility"),
    ],
)
def test_round_51_french_terms_of_part_3(kb, index, text: str, word: str, concept: str | None) -> None:
    assert concepts_at(text, word, kb, index) == ([concept] if concept else [])


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # the session's review: a football federation's former president facing the Statute's crimes
        (
            "At the ICC, the ex-head of the football federation faces charges of war crimes.",
            "charges",
            "charges",
        ),
        (
            "At the ICC, it was neither a fine nor a sentence of imprisonment under article 77.",
            "sentence",
            "sentencing",
        ),
        ("At the ICC, the Prosecutor decided to charge and prosecute him.", "charge", "charges"),
        ("À la CPI, les juges africains de la CPI ont statué.", "juges", "judges"),
        (
            "At the ICC, the Prosecutor, unlike the Chamber, may act on her own initiative under article 15.",
            "own initiative",
            "proprio_motu_investigation",
        ),
        (
            "At the ICC, jurisdiction over natural persons applies, whatever harm the victims suffered.",
            "jurisdiction",
            "personal_jurisdiction",
        ),
        (
            "At the ICC, suspensions of sentence are unknown: a sentence of imprisonment under article 77.",
            "sentence of imprisonment",
            "sentencing",
        ),
        (
            "At the ICC, Kenya questioned the ICC's jurisdiction.",
            "jurisdiction",
            "challenge_to_jurisdiction_or_admissibility",
        ),
    ],
)
def test_the_session_review_keeps_the_courts_terms(kb, index, text: str, word: str, concept: str) -> None:
    at = text.index(word)
    assert concepts_covering(text, at, kb, index) == [concept]


# Round 52 (2026-11-28): a national court's paragraph pointed at as "that court", and everyday
# words of a podcast's show notes
ROUND_52_PLAIN = [
    (
        "The ICC Prosecutor spoke.\n\nMembers will recall the separate matter now before the Valdorian Court "
        "of Appeal. The Appeal Chamber of that court is considering whether the trial judges were right to "
        "impose a suspended sentence after his conviction for fraud. The prosecutor has argued that the "
        "charges warranted detention, and a bench warrant was briefly issued.",
        ["Appeal Chamber", "trial judges", "conviction", "prosecutor", "charges", "warrant"],
    ),
    (
        "At the ICC, judges and the Prosecutor decide.\n\nA housekeeping note: Priya forgot to charge her "
        "headset, and the backup microphone was on its first trial run. Full disclosure, too: Priya and "
        "Mattias once shared an office.",
        ["charge", "disclosure"],
    ),
    (
        'At the ICC, judges and the Prosecutor decide. "Everything else in this episode," he says, "is '
        'commentary on that one sentence."',
        ["sentence"],
    ),
    (
        "At the ICC, judges and the Prosecutor decide.\n\nIf you enjoyed the episode, we appeal to you to "
        "leave a review.",
        ["appeal"],
    ),
    # a sports tribunal's witnesses and warrants; a State's own jurisdiction; a heading's idiom
    (
        "At the ICC, judges and the Prosecutor decide.\n\nPriya compares the ICC with the Appeals Chamber of "
        "the Cycling Integrity Tribunal, which heard a doping case with two anonymous witnesses. There, the "
        "appeal turned on whether the athlete could cross-examine witnesses. No detention, no warrant.",
        ["anonymous witnesses", "cross-examine", "warrant"],
    ),
    (
        "At the ICC, judges and the Prosecutor decide. Valdoria plainly has jurisdiction over crimes on its "
        "own territory.\n\n### A comparison worth a sentence\n\nText.",
        ["jurisdiction", "sentence"],
    ),
    # a national judge named with his people's adjective; "à peine" (barely)
    (
        "À la CPI, la Chambre préliminaire statue. Ce juge mervellois ne peut pas examiner le mandat. Me "
        "Vartan précise à peine sortie de l'audience : « Mon client conteste tout ».",
        ["juge", "peine"],
    ),
    # a national law named after the Court; the writer's own confidential papers; a network's members
    (
        "At the ICC, judges and the Prosecutor decide. Our International Criminal Court (Cooperation) Act "
        "gives effect to Part 9. We also keep a confidential register of liaison officers. The faculty will "
        "appeal to the member states of the European student exchange network.",
        ["International Criminal Court", "confidential", "member states"],
    ),
    (
        "À la CPI, la Chambre préliminaire statue.\n**Confidentiel — couvert par le secret "
        "professionnel**\n\nTexte.",
        ["Confidentiel"],
    ),
    ("À la CPI, la Chambre préliminaire statue. Rendez-vous à la chambre d'hôtes de Brenvac.", ["chambre"]),
]


@pytest.mark.parametrize(
    ("text", "words"),
    ROUND_52_PLAIN,
    ids=[
        "that-court",
        "show-notes",
        "sentence",
        "appeal",
        "sports",
        "state-jurisdiction",
        "juge-peine",
        "act-register-network",
        "marking",
        "guest-house",
    ],
)
def test_round_52_other_courts_and_everyday_words_stay_plain(kb, index, text: str, words: list[str]) -> None:
    second = re.search(r"[.!?]\s", text).end()  # after the sentence that names the Court
    for word in words:
        at = text.index(word, second)
        assert concepts_covering(text, at, kb, index) == [], word


def test_round_52_the_courts_own_terms_beside_them_stay_linked(kb, index) -> None:
    text = (
        "At the ICC, the Appeals Chamber of the Court decided. The Prosecution must make full disclosure, "
        "including of exculpatory material. The Chamber granted leave to appeal. The Trial Chamber "
        "imposed a sentence of 20 years."
    )
    for word, concept in [
        ("Appeals Chamber", "appeals_chamber"),
        ("disclosure", "disclosure"),
        ("leave to appeal", "interlocutory_appeal"),
        ("sentence", "sentencing"),
    ]:
        assert concepts_covering(text, text.index(word), kb, index) == [concept], word
    text = (
        "À la CPI, le juge de la CPI a parlé. La Chambre a ordonné que la requête reste confidentielle.\n\n"
        "At the ICC, under article 12 the Court has jurisdiction. The International Criminal Court acts."
    )
    assert concepts_covering(text, text.index("confidentielle"), kb, index) == ["classification_of_filings"]
    assert concepts_covering(text, text.index("International Criminal Court"), kb, index) == [
        "international_criminal_court"
    ]
    assert concepts_covering(text, text.index("juge"), kb, index) == ["judges"]
    assert concepts_covering(text, text.index("jurisdiction"), kb, index) != []


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        (
            "La CPI creó el Fondo Fiduciario en beneficio de las víctimas. Los recursos del Fondo ayudan.",
            "del Fondo",
            "trust_fund_for_victims",
        ),
        (
            "La CPI a délivré un mandat d'arrêt. Il a reçu une copie du mandat dans sa langue.",
            "du mandat",
            "arrest_warrant",
        ),
    ],
)
def test_a_short_name_contracted_with_its_preposition_refers_back(
    kb, index, text: str, term: str, concept: str
) -> None:
    assert concepts_covering(text, text.index(term) + len(term) - 2, kb, index) == [concept]


def test_the_courts_generic_name_is_not_contracted(kb, index) -> None:
    # "del tribunal" is as often any court's: only "el tribunal" names the Court, in context
    text = "La CPI dictó sentencia. Dijo fuera del tribunal la presidenta del club."
    assert concepts_covering(text, text.index("del tribunal") + 5, kb, index) == []


# Round 53 (2026-11-28): everyday words beside the Court's in a text about it
ROUND_53_PLAIN = [
    (
        "أصدرت المحكمة الجنائية الدولية قراراً. وأعلنت سلطة الطيران المدني استئناف الرحلات، فاختلط على "
        "القراء معنى «الاستئناف» في العناوين.",
        "«الاستئناف»",
    ),
    (
        "La CPI emitió una orden. Hasta el club de ajedrez de mi barrio votó una moción de solidaridad con "
        "las víctimas.",
        "víctimas",
    ),
    (
        "La CPI emitió una orden. Los Estados miembros del Pacto Aduanero del Sur estudian suspender a "
        "Valdoria.",
        "Estados miembros",
    ),
    (
        "La CPI a délivré un mandat. Un échéancier inspiré de ce que pratique l'Organisation régionale du "
        "commerce pour ses États membres.",
        "États membres",
    ),
    (
        'At the ICC, the Trial Chamber sat. "We waited five years for a sentence that starts with his '
        'name," she said.',
        "sentence",
    ),
    (
        "El art. 127(2) del Estatuto de Roma dice que la denuncia no obstará a la cooperación en las "
        "investigaciones.",
        "obstará",
    ),
    (
        "At the ICC, the Chamber gives limited weight to his conduct: he handed over brigade logbooks.",
        "handed over",
    ),
    ("À la CPI, la Chambre statue. Faites appel à un camarade pour jouer le juge.", "juge"),
]


@pytest.mark.parametrize(
    ("text", "word"),
    ROUND_53_PLAIN,
    ids=["resumption", "chess", "pacto", "organisation", "starts-with", "no-obstara", "logbooks", "role"],
)
def test_round_53_everyday_words_stay_plain(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.index(word) + 1, kb, index) == []


def test_round_53_the_courts_terms_beside_them_stay_linked(kb, index) -> None:
    text = (
        "La CPI constató la no cooperación de Valdoria. Las víctimas podrán participar. Los Estados "
        "Partes deben cooperar.\n\nAt the ICC, the Trial Chamber imposed a sentence of 20 years. The "
        "State handed over the suspect to the Court."
    )
    for word, concept in [
        ("no cooperación", "non_compliance_finding"),
        ("handed over", "surrender"),
        ("Estados Partes", "state_party"),
        ("sentence", "sentencing"),
    ]:
        assert concepts_covering(text, text.index(word), kb, index) == [concept], word


# The review of the session's code (2026-11-28): each rule added today, tried where it must not
# fire. (text, word, concept the word keeps)
REVIEW_17_KEEPS = [
    ("À la CPI, la Chambre préliminaire de ce tribunal statue.", "Chambre préliminaire", "pre_trial_chamber"),
    (
        "أصدرت الدائرة التمهيدية لتلك المحكمة الجنائية الدولية قرارها.",
        "الدائرة التمهيدية",
        "pre_trial_chamber",
    ),
    (
        "At the ICC, under article 12, the Single Judge has jurisdiction over the request.",
        "jurisdiction",
        "preconditions_to_jurisdiction",
    ),
    (
        "At the ICC, Nobody has jurisdiction over it, said the Prosecutor.",
        "jurisdiction",
        "preconditions_to_jurisdiction",
    ),
    (
        "At the ICC, Pre-Trial Chamber I held a confidential hearing.",
        "confidential",
        "classification_of_filings",
    ),
    (
        "At the ICC, the Prosecutor amended the charges after the witness testified in camera.",
        "amended the charges",
        "amendment_of_charges",
    ),
    (
        "At the ICC, the Prosecution argued that the accused deserves a sentence of at least 20 years.",
        "sentence",
        "sentencing",
    ),
    (
        "At the ICC, full disclosure, the Chamber held, must be complete. Full disclosure, the Chamber "
        "held, must be complete before the confirmation hearing.",
        "disclosure, the Chamber held, must be complete before",
        "disclosure",
    ),
    (
        "The ICC Prosecutor spoke. The Office on Monday asked for a warrant.",
        "Office",
        "office_of_the_prosecutor",
    ),
    (
        "À la Cour pénale internationale, le juge ougandais de la Chambre d'appel a parlé.",
        "juge",
        "judges",
    ),
]


@pytest.mark.parametrize(("text", "word", "concept"), REVIEW_17_KEEPS)
def test_review_17_the_new_rules_keep_the_courts_terms(kb, index, text: str, word: str, concept: str) -> None:
    at = text.rindex(word)
    assert concept in concepts_covering(text, at, kb, index)


REVIEW_17_PLAIN = [
    # her years, not the judges: a final alef after "ها" stays
    ("أكدت المحكمة الجنائية الدولية. خمس سنوات قضاها في المحكمة الجنائية الدولية.", "قضاها"),
    ("The ICC Prosecutor spoke. Full disclosure — I once worked for the Prosecutor.", "disclosure"),
    # everyday exceptions after an article 19 citation
    ("L'article 19 du Statut de Rome s'applique. La détention provisoire reste l'exception.", "exception"),
    ("L'article 19 du Statut de Rome s'applique. L'exception prévue à l'article 31 vaut.", "xception prévue"),
    (
        "L'article 19 du Statut de Rome s'applique. L'exception de nullité est nationale.",
        "xception de nullité",
    ),
]


@pytest.mark.parametrize(("text", "word"), REVIEW_17_PLAIN)
def test_review_17_the_new_rules_leave_these_plain(kb, index, text: str, word: str) -> None:
    at = text.rindex(word)
    assert concepts_covering(text, at, kb, index) == []


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # a bare number after a regulation is none of the Statute's
        (
            "Article 35(1) of the Statute sets it out. Under regulation 35(1) of the Regulations of the "
            "Court the Chamber acts; under 35(2) it may also.",
            "35(2)",
            [],
        ),
        # another paragraph named between: "the same paragraph" is that one
        (
            "Article 58(1) of the Rome Statute sets the test. In paragraph 45 of its decision the Chamber "
            "agreed; in the same paragraph it added a caveat.",
            "the same paragraph",
            [],
        ),
        (
            "Under article 112(6) of the Rome Statute the Assembly meets. In that same paragraph, more.",
            "that same paragraph",
            [("RS 112(6)",)],
        ),
        (
            "L'article 61(7) du Statut de Rome fixe trois options. En vertu du même paragraphe, la "
            "Chambre ajourne.",
            "du même paragraphe",
            [("RS 61(7)",)],
        ),
        (
            "El artículo 61(7) del Estatuto de Roma fija opciones. Según el texto del mismo párrafo, la "
            "Sala aplaza.",
            "del mismo párrafo",
            [("RS 61(7)",)],
        ),
        (
            "Article 78 of the Rome Statute governs the sentence. The second paragraph of that article "
            "deducts time.",
            "second paragraph of that article",
            [("RS 78(2)",)],
        ),
        (
            "L'article 78 du Statut de Rome. Le deuxième paragraphe de ce même article déduit la détention.",
            "deuxième paragraphe de ce même article",
            [("RS 78(2)",)],
        ),
    ],
    ids=[
        "after-a-regulation",
        "another-paragraph-between",
        "that-same",
        "du-meme",
        "del-mismo",
        "second-paragraph-of",
        "deuxieme-paragraphe-de",
    ],
)
def test_review_17_citations_named_again(kb, index, text: str, term: str, expected: list) -> None:
    found = [m.provisions for m in annotate_text(text, kb, index).mentions if m.text == term]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("أصدرت المحكمة الجنائية الدولية قرارها. ويتهم الادعاء كيلار بارتكاب جرائم ضد الإنسانية.", 1),
        ("أصدرت المحكمة الجنائية الدولية قرارها. وكان الادعاء قد قدم إلى الدائرة وصفاً للتهم.", 1),
        # a claim, a civil party's claim, a State's public prosecution
        ("أصدرت المحكمة الجنائية الدولية قرارها. ورفضت الدائرة الادعاء بأن الأدلة ملفقة.", 0),
        ("أصدرت المحكمة الجنائية الدولية قرارها. وهذا الادعاء لا أساس له، وهذا ادعاء باطل.", 0),
        ("أصدرت المحكمة الجنائية الدولية قرارها. والمتضررون يكتفون بالادعاء بالحق المدني.", 0),
        ("أصدرت المحكمة الجنائية الدولية قرارها. وقال الادعاء العام الفالدوري إنه يحقق.", 0),
        # a fact check's numbered claims
        ("أعلنت المحكمة الجنائية الدولية قرارها.\n\n## الادعاء الأول: المدعي العام أصدر المذكرة", 0),
        ("أعلنت المحكمة الجنائية الدولية قرارها.\n\n## الادعاء الثاني: الوزير محصّن", 0),
    ],
)
def test_the_arabic_prosecution_is_the_bare_noun_not_a_claim(kb, index, text: str, linked: int) -> None:
    found = [m for m in annotate_text(text, kb, index).mentions if m.concept == "office_of_the_prosecutor"]
    assert len(found) == linked


# Round 54 (2026-11-28)
ROUND_54_PLAIN = [
    (
        "La CPI a délivré un mandat d'arrêt. Le Conseil discute du renouvellement du mandat de la "
        "mission de paix.",
        "du mandat de la mission",
    ),
    ("La CPI dictó sentencia. Según la secretaria de la jueza, nada cambió.", "secretaria"),
    ("La CPI a condamné l'accusé. Le temps que le condamné a passé en détention compte.", "condamné a"),
    # a national bench, an acquittal at home, the weather, a quiz
    ("La CPI emitió una orden. Un diputado dijo que nuestros jueces podrían revisarla.", "jueces"),
    ("La CPI juzga crímenes. Quien fue absuelto en casa no puede ser juzgado dos veces.", "absuelto"),
    (
        "At the ICC, the Elements of Crimes guide the judges. Students braved the elements to attend.",
        "the elements",
    ),
]


@pytest.mark.parametrize(
    ("text", "word"),
    ROUND_54_PLAIN,
    ids=["mission-mandate", "secretaria", "condamne-a", "nuestros-jueces", "en-casa", "weather"],
)
def test_round_54_other_senses_stay_plain(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.index(word) + 1, kb, index) == []


def test_round_54_the_courts_terms_beside_them_stay_linked(kb, index) -> None:
    text = (
        "La CPI a délivré un mandat d'arrêt. La régularité du mandat relève de la Chambre. Il a été "
        "condamné à 12 ans."
    )
    assert concepts_covering(text, text.index("du mandat") + 1, kb, index) == ["arrest_warrant"]
    assert concepts_covering(text, text.index("condamné à") + 1, kb, index) == ["sentencing"]
    text = "La CPI dictó sentencia. La Secretaría de la Corte notificó la decisión y la Secretaría informó."
    assert concepts_covering(text, text.rindex("Secretaría") + 1, kb, index) == ["registry"]
    text = "At the ICC, the Elements of Crimes guide the judges; the Elements were amended in 2010."
    assert concepts_covering(text, text.rindex("Elements") + 1, kb, index) == ["elements_of_crimes"]


def test_round_55_a_referral_of_non_compliance_is_article_87s(kb, index) -> None:
    text = (
        "At the ICC, the referral of non-compliance to the Assembly of States Parties has produced "
        "statements. The Security Council referred the situation in Darfuria to the Court."
    )
    assert concepts_covering(text, text.index("referral of"), kb, index) == ["non_compliance_finding"]


def test_round_55_a_doctors_referral_is_no_referral_of_a_situation(kb, index) -> None:
    text = (
        "At the ICC, the Prosecutor examines each situation.\n\nA referral from my GP gets me a "
        "specialist appointment. A referral under article 14 opens a situation."
    )
    assert concepts_covering(text, text.index("referral"), kb, index) == []
    assert concepts_covering(text, text.rindex("referral"), kb, index) != []


def test_round_55_the_agenda_is_no_order(kb, index) -> None:
    text = (
        "La CPI emitió la orden de detención. La orden del día de la reunión incluía el caso. La orden "
        "sigue vigente."
    )
    assert concepts_covering(text, text.index("La orden del"), kb, index) == []
    assert concepts_covering(text, text.rindex("La orden"), kb, index) == ["arrest_warrant"]


# Round 56 (2026-11-28, run on the session's final code): what its review named, mended after
@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "La CPI a délivré un mandat d'arrêt. En Valdoria, le code prévoit le mandat de dépôt, sans "
            "rapport avec les règles 118 et 119.",
            "le mandat de dépôt",
        ),
        (
            "أصدرت المحكمة الجنائية الدولية أمر القبض. ورفضت لجنة الاستئناف في الاتحاد طعن النادي في إيقاف "
            "مهاجمه ست مباريات، وقال القضاة إن القرار نهائي.",
            "القضاة",
        ),
        ("أصدرت المحكمة الجنائية الدولية قرارها. ويخلط الطلبة بين حكم المباراة وحكم القاضي.", "القاضي"),
    ],
    ids=["mandat-de-depot", "federation-judges", "referee"],
)
def test_round_56_a_states_orders_and_a_sports_bodys_judges_stay_plain(
    kb, index, text: str, word: str
) -> None:
    assert concepts_covering(text, text.index(word) + 1, kb, index) == []


def test_round_56_an_idea_is_no_football(kb, index) -> None:
    # "الفكرة" (the idea) shares its key with "كرة" (a ball): no sports word is looked for by it
    text = (
        "أصدرت المحكمة الجنائية الدولية أمر القبض. والفكرة بسيطة: أمر القبض الصادر عن الدائرة التمهيدية جاهز."
    )
    assert concepts_covering(text, text.rindex("أمر القبض"), kb, index) == ["arrest_warrant"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ICC judges ruled.", [("ICC", "international_criminal_court"), ("judges", "judges")]),
        ("The ICC Registry wrote.", [("ICC", "international_criminal_court"), ("Registry", "registry")]),
        (
            "The International Criminal Court Prosecutor spoke.",
            [("International Criminal Court", "international_criminal_court"), ("Prosecutor", "prosecutor")],
        ),
        # an acronym in lower case is no name of the Court: the term stays whole
        (
            "The ICC issued a warrant. The icc judges met.",
            [
                ("ICC", "international_criminal_court"),
                ("warrant", "arrest_warrant"),
                ("icc judges", "judges"),
            ],
        ),
        # a term of belonging keeps the name that says what it belongs to
        ("The duty of ICC member states to arrest him.", [("ICC member states", "state_party")]),
        # at the end, as before
        (
            "The Prosecutor of the ICC spoke.",
            [("Prosecutor", "prosecutor"), ("ICC", "international_criminal_court")],
        ),
    ],
)
def test_the_courts_name_in_front_of_a_term_is_a_mention_of_its_own(kb, index, text, expected) -> None:
    assert [(s, c) for s, c, _ in found(text, kb, index)] == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The ICC said the Situation in the Republic of Korvena was assigned to Pre-Trial Chamber II.",
            "Situation in",
        ),
        ("The ICC case arising from the situation in the Republic of Valdoria began.", "situation in"),
        ("The ICC opened an investigation into the situation in Korvena.", "situation in"),
        ("La CPI a ouvert l'enquête sur la situation en République de Korvena.", "situation en"),
        ("La CPI abrió la investigación sobre la situación en el Estado de Korvena.", "situación en"),
        # no referral for all that: the State Party named beside it made it one before
        ("La CPI examine la situation en République de Norvalie, État partie depuis 2009.", None),
        (
            "La CPI enquête sur la situation en République de Norvalie, État partie depuis 2009.",
            "situation en",
        ),
        # the everyday situation, in an ICC paragraph
        ("The ICC met. The situation in Korvena is tense.", None),
        ("The ICC met. The security situation in the Republic of Korvena worsened.", None),
        ("The ICC met. Situation in the region is tense.", None),  # first word of its sentence
        ("The ICC met. The Situation in 2024 was bad.", None),  # no place named
    ],
)
def test_a_situation_before_the_court_is_named_by_its_words(kb, index, text, span) -> None:
    hits = [(s, c) for s, c, _ in found(text, kb, index) if "itua" in s]
    assert hits == ([(span, "exercise_of_jurisdiction")] if span else [])


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ICC judges met in plenary session and elected the Registrar.", "plenary session"),
        ("Les juges de la CPI, réunis en séance plénière, ont élu le Greffier.", "séance plénière"),
        (
            "Los magistrados de la CPI, reunidos en sesión plenaria, eligieron al Secretario.",
            "sesión plenaria",
        ),
        ("The ICC judges' plenary adopted the amendment to the Regulations of the Court.", "judges' plenary"),
        # the Assembly's, a parliament's, a hall: no judges beside them
        ("The ICC Assembly of States Parties met in plenary session in The Hague.", None),
        ("The ICC judges spoke. The parliament's plenary session approved the budget.", None),
        ("The ICC Prosecutor spoke. Outside the plenary hall, the chamber of commerce met.", None),
    ],
)
def test_the_judges_plenary_is_linked_beside_the_judges_only(kb, index, text, span) -> None:
    hits = [(s, c) for s, c, _ in found(text, kb, index) if c == "plenary_sessions"]
    assert hits == ([(span, "plenary_sessions")] if span else [])


# Round 57: everyday and other bodies' senses, each after an ICC sentence that gives the
# paragraph its context; the word must stay unlinked
REVIEW_57_EVERYDAY = [
    ("The ICC judges ruled. I forgot to charge the recorder, so today is a trial run.", "charge"),
    ("The ICC judges ruled. I do get the appeal of Valdoria's position.", "appeal"),
    ("The ICC judges ruled. There are fraud victims there who want their day in court too.", "victims"),
    (
        "The ICC judges ruled. Back home, the case sits with the criminal chamber of the Court of Appeal.",
        "chamber",
    ),
    ("The ICC judges ruled. The notes hold one very long sentence in the episode description.", "sentence"),
    ("La CPI a statué. La date et les modalités avaient été arrêtées d'un commun accord.", "arrêtées"),
    ("La CPI a statué. Nous nous sommes retrouvés dans la cour de la faculté.", "cour"),
    ("The ICC judges ruled. Students should follow the order in which a chamber asks questions.", "order"),
    (
        "The ICC judges ruled.\n\n## Side note: an appeal that is not ours\n\nFor contrast, a national case.",
        "appeal",
    ),
]


REVIEW_57_THE_RULES_KEEP_THE_COURTS_TERMS = [
    ("The ICC judges ruled on the appeal of Kalo's conviction.", "appeal", "appeal"),
    ("The ICC judges ruled. The appeal of Kalo's lawyers failed.", "appeal", "appeal"),
    ("The ICC judges heard war crimes victims.", "victims", "victim"),
    (
        "The ICC ruled. The Chambers of the Court are three: pre-trial, trial and appeals.",
        "Chambers",
        "chambers",
    ),
    ("The ICC judges ruled. He said he was following orders.", "following", "superior_orders"),
    (
        "At the ICC, the Prosecutor amended the charges after the witness testified in camera.",
        "amended",
        "amendment_of_charges",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is left of the term is none of its concept's: dropped, the Chamber kept whole
        (
            "La CPI decidió. La presidenta de la Sala de Apelaciones leyó el fallo.",
            [("Sala de Apelaciones", "appeals_chamber")],
        ),
        (
            "La CPI decidió. El presidente de la Sala de Primera Instancia habló.",
            [("Sala de Primera Instancia", "trial_chamber")],
        ),
        ("At the ICC, the case was committed to Trial Chamber V.", [("Trial Chamber", "trial_chamber")]),
        # no Chamber's name after it: the term whole
        ("La CPI decidió. La presidenta de la Sala habló.", [("presidenta de la Sala", "presiding_judge")]),
    ],
)
def test_a_term_running_into_a_chambers_name_is_cut_before_it(kb, index, text, expected) -> None:
    assert [(s, c) for s, c, _ in found(text, kb, index)][1:] == expected


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # "رأت المحكمة" (the court found) is no "برأت المحكمة" (it acquitted)
        ("رأت المحكمة الجنائية الدولية أن ثمة أساسا معقولا.", "رأت", None),
        ("برأت المحكمة الجنائية الدولية المتهم.", "برأت", "trial_judgment"),
        # round 57's Arabic wordings of articles 15(3), 18(2), 55(2)(b), 63(2) and 67(1)(d)
        (
            "قالت المحكمة الجنائية الدولية إن هناك أساساً معقولاً للشروع في إجراء تحقيق.",
            "أساساً",
            "initiation_of_investigation",
        ),
        (
            "أمام المحكمة الجنائية الدولية، يتنازل المدعي العام عن التحقيق لصالح الدولة.",
            "يتنازل",
            "preliminary_ruling_on_admissibility",
        ),
        (
            "أمام المحكمة الجنائية الدولية، من حق المتهم أن يلتزم الصمت.",
            "يلتزم",
            "rights_during_investigation",
        ),
        (
            "أمام المحكمة الجنائية الدولية، تُبعد الدائرة متهماً يواصل تعطيل المحاكمة.",
            "تعطيل",
            "presence_of_the_accused",
        ),
        (
            "أمام المحكمة الجنائية الدولية، تقدّم المحكمة المساعدة القانونية لمن لا يملك المال.",
            "المساعدة",
            "rights_of_the_accused",
        ),
        (
            "أمام المحكمة الجنائية الدولية، روت الممثلة القانونية للضحايا ما جرى.",
            "الممثلة",
            "legal_representation_of_victims",
        ),
    ],
)
def test_review_57_arabic_wordings(kb, index, text: str, word: str, concept: str | None) -> None:
    covering = concepts_covering(text, text.index(word), kb, index)
    assert covering == ([concept] if concept else [])


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        (
            "Under article 12 the Court needs the territorial State or the State of nationality.",
            "territorial",
            "territorial_jurisdiction",
        ),
        (
            "Under article 12 the Court needs the territorial State or the State of nationality.",
            "nationality",
            "personal_jurisdiction",
        ),
        (
            "The ICC: this is the combination of ratione loci and ratione personae.",
            "personae",
            "personal_jurisdiction",
        ),
        # a head of State's immunity, not the Court's jurisdiction over persons
        ("The ICC judges weighed immunities, both ratione personae and ratione materiae.", "personae", None),
    ],
)
def test_the_states_and_persons_of_article_12(kb, index, text: str, word: str, concept: str | None) -> None:
    assert concepts_covering(text, text.index(word), kb, index) == ([concept] if concept else [])


# Round 58: everyday and other bodies' senses (the word must stay unlinked)
REVIEW_58_EVERYDAY = [
    (
        "Vask was arrested on a request sent under article 89(1) of the Statute. He spent three weeks "
        "in prison while Orlanian judges checked that the warrant applied to him, as article 59 requires.",
        "judges",
    ),
    ("The ICC: Merenska Legal Aid Collective, Republic of Valdoria.", "Legal Aid"),
    ("La CPI a statué. Un gouvernement accuse le Bureau du Procureur de faire de la politique.", "accuse"),
    ("The ICC: aggression requires a court to pass judgment on the conduct of a State.", "judgment"),
    ("The ICC waits: the permanent members are the States least likely to face a referral.", "members"),
    ("La CPI a émis un mandat. Ce qui inquiète, ce sont les charges de chauffage cet hiver.", "charges"),
    ("قالت المحكمة الجنائية الدولية إن الضحايا سيسافرون إلى لاهاي في مراحل القضية المقبلة.", "المقبلة"),
]


REVIEW_58_THE_RULES_KEEP_THE_COURTS_TERMS = [
    # article 59 vouches for the warrant and the arrest in that sentence, not for the judges
    (
        "Vask was arrested on a request sent under article 89(1) of the Statute. He spent three "
        "weeks in prison while Orlanian judges checked that the warrant applied to him, as article 59 "
        "requires.",
        "warrant applied",
        "arrest_warrant",
    ),
    ("The ICC judges ruled that the case is inadmissible.", "inadmissible", "admissibility"),
    (
        "At the ICC, obeying an order is a defence only if the person was under a legal obligation.",
        "obeying",
        "superior_orders",
    ),
    ("Legal aid is paid by the ICC for the accused.", "Legal aid", "rights_of_the_accused"),
]


# The session's code review: each rule held to what it is for
REVIEW_58_CODE_NOT_LINKED = [
    ("Le Procureur de la CPI a saisi les biens de l'accusé.", "saisi"),
    ("At the ICC, the case was sent to Trial Chamber IX.", "sent"),
    ("The ICC's six new judges were elected at the ASP's plenary session in New York.", "plenary"),
    ("Les juges de la CPI ont été élus. L'AEP a voté en séance plénière.", "séance"),
    ("ICC Prosecutor Warns Of Deteriorating Security Situation In Darfur", "Situation"),
    ("ICC WARNS OF WORSENING SECURITY SITUATION IN THE REGION", "SITUATION"),
    (
        "The ICC said it was concerned. Amnesty published a report concerning the situation in Gaza.",
        "situation",
    ),
    (
        "La CPI a ouvert une enquête. Le Conseil a adopté une résolution concernant la situation en Syrie.",
        "situation",
    ),
    ("طلبت المحكمة الجنائية الدولية المساعدة القانونية المتبادلة من الدول الأطراف.", "المساعدة"),
    ("أصدرت المحكمة الجنائية الدولية مذكرة اعتقال، بينما يلتزم الصمت المتحدث باسم الحكومة.", "يلتزم"),
    (
        "ICC judges held that sitting heads of State are immune ratione personae from foreign courts.",
        "ratione",
    ),
    ("La CPI a émis un mandat. Le Règlement de la Cour d'appel de Paris s'applique.", "Règlement"),
    ("La CPI emitió una orden. El Reglamento de la Corte de Apelaciones se aplica.", "Reglamento"),
    ("La CPI emitió una orden. El Reglamento de la Corte de Apelaciones se aplica.", "Apelaciones"),
    ("La CPI a émis un mandat. Les détenus marchaient dans la cour de la prison.", "cour"),
]


@pytest.mark.parametrize(("text", "word"), REVIEW_58_CODE_NOT_LINKED)
def test_review_58_code_rules_reach_no_further(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.index(word), kb, index) == []


REVIEW_58_CODE_RULES_KEEP_THE_COURTS_TERMS = [
    (
        "The ICC ruled. The Registry, which is not the Court's judicial organ, handles detention.",
        "Registry",
        "registry",
    ),
    (
        "The ICC prosecutor filed an appeal, which was not the Court's first in the case.",
        "appeal",
        "appeal",
    ),
    ("At the ICC, the court recorder read out the charges against Ongwen.", "charges", "charges"),
    (
        "At his ICC trial, he said he was just following orders in which his superiors joined.",
        "following",
        "superior_orders",
    ),
    (
        "La CPI a ouvert une enquête sur la Situation dans l'État de Palestine.",
        "Situation",
        "exercise_of_jurisdiction",
    ),
]


REVIEW_58_WORDINGS = [
    (
        "La CPI : le Procureur est relevé de ses fonctions pour faute lourde.",
        "faute",
        "removal_from_office",
    ),
    (
        "La CPI : le juge se trouve dans l'incapacité d'exercer ses fonctions.",
        "incapacité",
        "removal_from_office",
    ),
    ("قضت المحكمة الجنائية الدولية بعقوبة عن كل جريمة ثم عقوبة مشتركة.", "مشتركة", "sentencing"),
    (
        "قال محامي المتهم أمام المحكمة الجنائية الدولية إنه سيطعن في الحكم.",
        "سيطعن",
        "appeal_against_judgment",
    ),
    ("في المحكمة الجنائية الدولية، يجوز أن يتولى قاض منفرد هذه المهام.", "منفرد", "pre_trial_chamber"),
    (
        "La Corte Penal Internacional juzga crímenes de su competencia.",
        "crímenes",
        "crimes_within_jurisdiction",
    ),
]


def test_a_heading_does_not_count_in_the_reach_of_context(kb, index) -> None:
    filler = "The weather was mild and the markets were calm all week in the capital. " * 10
    lead, last = "The ICC Prosecutor asked for a warrant.", "The court must now decide."
    text = f"{lead}\n\n## One\n\n{filler}\n\n## Two\n\n{last}"
    assert "international_criminal_court" in concepts_covering(text, text.rindex("court"), kb, index)
    # ... but paragraphs that are no headings still count: two of them and the reach is spent
    text = f"{lead}\n\n{filler}\n\n{filler}\n\n{last}"
    assert concepts_covering(text, text.rindex("court"), kb, index) == []


# Round 59: everyday and other bodies' senses (the word must stay unlinked)
REVIEW_59_EVERYDAY = [
    ("At the ICC, the defence asked what the Prosecution has and when it will hand it over.", "hand"),
    (
        "La Chambre d'appel de la CPI a confirmé.\n\n## Un détour : l'autre « chambre d'appel »\n\n"
        "La fédération a statué.",
        "chambre",
    ),
    ("La CPI : la salle donne sur la cour de l'ancien couvent.", "cour"),
    (
        "قالت وحدة المجني عليهم والشهود في المحكمة الجنائية الدولية إن الشهود يعانون الوحدة بعد انتقالهم.",
        "الوحدة",
    ),
    ("La CPI a statué. Le « procureur » de la fédération envisage de saisir le tribunal.", "procureur"),
    (
        "La CPI a tenu l'audience de confirmation des charges. Au procès, la présidente lève "
        "l'audience jusqu'au lendemain.",
        "audience",
    ),
    ("قالت المحكمة الجنائية الدولية إن الدول الأعضاء في التكتلات التجارية تتبادل الأصوات.", "الدول"),
    ("تشترط المحكمة الجنائية الدولية الخبرة العملية الواسعة في الادعاء أو المحاكمة.", "الادعاء"),
    ("The ICC fact sheet: if a sentence in this fact sheet is unclear, call us.", "sentence"),
]


REVIEW_59_THE_RULES_KEEP_THE_COURTS_TERMS = [
    ("The ICC Prosecutor demanded that Valdoria hand him over.", "hand", "surrender"),
    ("La CPI a statué. La Chambre d'appel de la CPI a confirmé.", "Chambre", "appeals_chamber"),
    (
        "تتولى وحدة المجني عليهم والشهود في المحكمة الجنائية الدولية حمايتهم.",
        "وحدة",
        "victims_and_witnesses_unit",
    ),
    ("The ICC judges held the sentencing hearing.", "sentencing", "sentencing"),
]


@pytest.mark.parametrize(("text", "word"), REVIEW_57_EVERYDAY + REVIEW_58_EVERYDAY + REVIEW_59_EVERYDAY)
def test_review_rounds_57_to_59_everyday_and_other_senses(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.rindex(word), kb, index) == []
    assert annotate_text(text, kb, index).mentions  # the ICC sentence itself is linked


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    REVIEW_57_THE_RULES_KEEP_THE_COURTS_TERMS
    + REVIEW_58_THE_RULES_KEEP_THE_COURTS_TERMS
    + REVIEW_58_CODE_RULES_KEEP_THE_COURTS_TERMS
    + REVIEW_58_WORDINGS
    + REVIEW_59_THE_RULES_KEEP_THE_COURTS_TERMS,
)
def test_review_rounds_57_to_59_keep_the_courts_terms(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


def test_a_situation_named_across_a_line_end(kb, index) -> None:
    # a text wrapped at its line ends: the cue and the name are still one phrase
    text = "The ICC heard the first case arising from the\nsituation in the Republic of Valdoria."
    assert concepts_covering(text, text.index("situation"), kb, index) == ["exercise_of_jurisdiction"]
    text = "La CPI a ouvert l'enquête sur la situation en\nRépublique de Korvena."
    assert concepts_covering(text, text.index("situation"), kb, index) == ["exercise_of_jurisdiction"]
    # ... but a blank line ends it
    text = "The ICC heard the case arising from the situation in\n\nThe Republic of Valdoria."
    assert concepts_covering(text, text.index("situation"), kb, index) == []


# Round 60: everyday and other bodies' senses (the word must stay unlinked)
REVIEW_60_EVERYDAY = [
    # two things joined by "et", not one "arrêt d'appel"
    ("# La CPI lève les scellés sur un mandat d'arrêt et appel à la coopération des États", "appel"),
    # a paragraph that says its story is not the Court's
    (
        "La CPI a rendu sa décision.\n\nLa Cámara de Apelaciones de Quelmar confirmó la condena a doce "
        "años de prisión; era justicia valdoriana, no la Corte Penal Internacional.",
        "condena",
    ),
    (
        "The ICC judges met.\n\n**TOMAS:** Ha. So the league's panel heard the charges, and the appeals "
        "panel's judges cut the ban. None of it has anything to do with The Hague.",
        "appeals",
    ),
    (
        "La CPI a statué.\n\nL'arrêt rendu par la Cour australe des droits de l'homme a été salué.",
        "Cour",
    ),
    (
        "The ICC case went ahead. It is a matter for the Court, whatever appeal it may have to voters.",
        "appeal",
    ),
    (
        "Under article 67 of the Rome Statute, its opening sentence — a sentence I must have underlined "
        "three times — promises a public hearing.",
        "sentence I",
    ),
    ("Article 76 of the Rome Statute. And the sentence I'll end on, from a reader's letter.", "sentence"),
    (
        "وحدة أبحاث العدالة الجنائية الدولية في الجامعة نشرت تقريرا عن المحكمة الجنائية الدولية.",
        "الجنائية الدولية في",
    ),
    ("قالت المحكمة الجنائية الدولية إن المحاكم الجنائية الدولية الخاصة انتهت.", "الجنائية الدولية الخاصة"),
    (
        "La CPI a émis un mandat d'arrêt. M. Dasquet, dont le mandat à la présidence de l'association "
        "arrive à terme, parle.",
        "mandat à",
    ),
    ("La CPI investiga. El año fiscal de la Corte Penal Internacional empieza en enero.", "fiscal"),
    ("Communiqué ICC-CPI-GR-0417 de la CPI.", "CPI-"),
]

REVIEW_60_THE_RULES_KEEP_THE_COURTS_TERMS = [
    ("La CPI a délivré un mandat d'arrêt et appel à la coopération.", "mandat", "arrest_warrant"),
    # elliptical coordination is still one term each: "face [distortion] and voice distortion"
    ("The ICC ordered face and voice distortion for the witness.", "face", "protective_measures"),
    (
        "The ICC Registry published the filings and their classification.",
        "filings",
        "classification_of_filings",
    ),
    # a disowning of one matter only, not of its paragraph's story
    (
        "The ICC Registry spoke.\n\nHis lawyer said he would fight a handover to The Hague. Last year a "
        "district court in Rotterdam fined the same man for customs violations, a matter unrelated to the "
        "Hague proceedings.",
        "handover",
        "surrender",
    ),
    ("At the ICC, the defence's appeal to the Appeals Chamber was filed.", "appeal", "appeal"),
    (
        "Article 76 of the Rome Statute. The sentence I received was too long, he told the ICC.",
        "sentence",
        "sentencing",
    ),
    ("أصدرت الجنائية الدولية مذكرة توقيف.", "الجنائية", "international_criminal_court"),
    ("انسحبت الدولة من الجنائية الدولية.", "الجنائية", "international_criminal_court"),
    ("La CPI a émis un mandat d'arrêt. Le mandat a été exécuté hier.", "Le mandat", "arrest_warrant"),
    ("La CPI: el ejercicio cierra. El fiscal de la CPI habló.", "fiscal", "prosecutor"),
    ("Press release ICC-CPI-20240101-PR1234 of the ICC.", "ICC.", "international_criminal_court"),
    ("The ICC-ASP session opened.", "ASP", "assembly_of_states_parties"),
    # article 55(1)(b)'s words, not the defence of duress; which keeps article 31's
    (
        "Under article 55 of the Rome Statute, no one may be subjected to coercion, duress or threat.",
        "coercion",
        "rights_during_investigation",
    ),
    (
        "Under article 31 of the Rome Statute, he acted under duress.",
        "duress",
        "grounds_excluding_responsibility",
    ),
    (
        "Selon l'article 55 du Statut de Rome, il est protégé de toute coercition, de contrainte "
        "ou de menace.",
        "coercition",
        "rights_during_investigation",
    ),
    ("Valdoria is leaving the Rome Statute.", "leaving", "withdrawal"),
    ("Valdoria plans to quit the Rome Statute.", "quit", "withdrawal"),
    (
        "La Chambre de la CPI a ordonné le reclassement du document en document public.",
        "reclassement",
        "classification_of_filings",
    ),
    (
        "Según el artículo 53, la Sala solo puede revisar de oficio una decisión basada en el interés de la "
        "justicia.",
        "revisar",
        "review_of_decision_not_to_proceed",
    ),
]


@pytest.mark.parametrize(("text", "word"), REVIEW_60_EVERYDAY)
def test_review_round_60_everyday_and_other_senses(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.index(word), kb, index) == []
    assert annotate_text(text, kb, index).mentions  # the ICC sentence itself is linked


@pytest.mark.parametrize(("text", "word", "concept"), REVIEW_60_THE_RULES_KEEP_THE_COURTS_TERMS)
def test_review_round_60_keeps_the_courts_terms(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


def test_the_statute_left_is_no_leaving_of_it(kb, index) -> None:
    # the new alias is exact only: its words turned round are an ordinary sentence
    text = 'Ostrelia is bound to arrest him. "Articles 86 and 89 of the Rome Statute leave no room."'
    assert "withdrawal" not in concepts_covering(text, text.index("leave"), kb, index)


@pytest.mark.parametrize(
    ("text", "term", "provision"),
    [
        # the nearest article has no such paragraph: the one cited before it has
        (
            "Article 20 of the Rome Statute completes the picture: no retrial by the Court (paragraph 1), "
            "nor elsewhere for one of the crimes of article 5 (paragraph 2).",
            "paragraph 2",
            "RS 20(2)",
        ),
        # none cited before it in its paragraph of text: the paragraph before goes on
        (
            "تنص الفقرة 1 من المادة 8 على اختصاص المحكمة بجرائم "
            "الحرب.\n\nوتقسّم الفقرة 2 جرائم الحرب إلى فئات.",
            "الفقرة 2",
            "RS 8(2)",
        ),
        (
            "Article 25 of the Rome Statute sets out the modes. Paragraph 3 bis limits them.",
            "Paragraph 3 bis",
            "RS 25(3bis)",
        ),
    ],
    ids=["next-most-cited", "paragraph-before", "3-bis"],
)
def test_a_paragraph_named_alone_looks_further_back_when_it_must(
    kb, index, text: str, term: str, provision: str
) -> None:
    assert [(m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.text == term] == [
        (term, (provision,))
    ]


def test_a_paragraph_named_alone_two_paragraphs_on_stays_plain(kb, index) -> None:
    # the reach goes on over one break of paragraphs, not two
    text = (
        "Under article 68 of the ICC Statute, witnesses are "
        "protected.\n\nThe hearing went on.\n\nParagraph 5 says more."
    )
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.method == "citation"] == [
        ("RS 68",)
    ]


# Round 61: everyday and other bodies' senses (the word must stay unlinked)
REVIEW_61_EVERYDAY = [
    ("At the ICC, the judges elect the Registrar by secret ballot.", "elect"),
    (
        "Under rule 22, counsel need experience as judge, prosecutor, "
        "advocate or in other capacity at the ICC.",
        "judge",
    ),
    (
        "Under rule 22, counsel need experience as judge, prosecutor, "
        "advocate or in other capacity at the ICC.",
        "prosecutor",
    ),
    (
        "The ICC Registry style guide: one idea per sentence, and no sentence longer than three lines.",
        "sentence,",
    ),
    (
        "The ICC Registry style guide: one idea per sentence, and no sentence longer than three lines.",
        "sentence longer",
    ),
    ("At the ICC: one half-finished sentence from the interpreter's booth got lost.", "sentence"),
    ("At the ICC: its sponsors are courting the elected members one by one.", "courting"),
    ("At the ICC: our correspondents follow the hearing from the public gallery.", "public"),
    (
        "La CPI : la Cour de cassation a levé l'immunité d'exécution des biens d'un État devant les "
        "juridictions nationales.",
        "immunité",
    ),
    ('At the ICC, one ambassador called a listing "a warrant without a court".', "listing"),
    # a paragraph that says its story is the committee's, "not the Rome Statute's"
    (
        "The ICC Prosecutor asked for a deferral.\n\nIn a separate "
        "meeting, delegates asked whether the panel "
        "was behaving like a prosecutor assembling charges. Those questions belong to that committee, not "
        "to the Rome Statute.",
        "prosecutor assembling",
    ),
]

REVIEW_61_THE_RULES_KEEP_THE_COURTS_TERMS = [
    ("At the ICC, States Parties elect the judges.", "elect", "election_of_judges"),
    ("At the ICC, she served as a judge of the Trial Chamber.", "judge", "judges"),
    ("The ICC judges imposed no sentence longer than 30 years.", "sentence", "sentencing"),
    ("At the ICC, candidates on List A have criminal law competence.", "List A", "election_of_judges"),
    ("At the ICC, the Assembly votes on lists A and B of candidates.", "lists A", "election_of_judges"),
    ("La CPI : l'immunité du chef de l'État ne joue pas.", "immunité", "head_of_state_immunity"),
    ("La CPI a ordonné sa libération sous condition.", "libération", "interim_release"),
]


@pytest.mark.parametrize(("text", "word"), REVIEW_61_EVERYDAY)
def test_review_round_61_everyday_and_other_senses(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.index(word), kb, index) == []
    assert annotate_text(text, kb, index).mentions  # the ICC sentence itself is linked


@pytest.mark.parametrize(("text", "word", "concept"), REVIEW_61_THE_RULES_KEEP_THE_COURTS_TERMS)
def test_review_round_61_keeps_the_courts_terms(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


@pytest.mark.parametrize(
    ("text", "term", "provisions"),
    [
        # a range of rules with suffixes: each rule in it
        (
            "The ICC applies rules 134 bis to 134 quater.",
            "rules 134 bis to 134 quater",
            ("RPE 134bis", "RPE 134ter", "RPE 134quater"),
        ),
        (
            "La CPI aplica las reglas 134 bis a 134 quater.",
            "reglas 134 bis a 134 quater",
            ("RPE 134bis", "RPE 134ter", "RPE 134quater"),
        ),
        # the next item of a list named alone: the same list's, not the citation's between them
        (
            "At the ICC, the Chamber adjourns the hearing under article 61(7)(c). It asks for more evidence "
            "(sub-paragraph (i)), or an amended charge, such as under "
            "article 8(2)(e)(xii) (sub-paragraph (ii)).",
            "sub-paragraph (ii)",
            ("RS 61(7)(c)(ii)",),
        ),
    ],
    ids=["rules-134-bis-to-quater", "reglas-134-bis-a-quater", "next-of-the-list"],
)
def test_review_round_61_citations(kb, index, text: str, term: str, provisions: tuple[str, ...]) -> None:
    assert [(m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.text == term] == [
        (term, provisions)
    ]


def test_a_paragraph_named_alone_in_a_heading_is_of_what_follows(kb, index) -> None:
    # a heading names what the section after it is about: no paragraph of the text before it
    text = (
        "La Sala expide una orden con arreglo al art. 58.\n\n## La "
        "excepción del párrafo 2\n\nEl artículo 63(2)."
    )
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.text == "párrafo 2"] == []


# Round 62
REVIEW_62_EVERYDAY = [
    ("At the ICC: reread one sentence in the lecturer's handout on article 69(4).", "sentence"),
    ("The ICC: article 117 links the scale to the one the UN uses for its regular budget.", "budget"),
]

REVIEW_62_THE_RULES_KEEP_THE_COURTS_TERMS = [
    # a ground of appeal (article 81(1)), not the defence of article 32, beside article 81
    (
        "El artículo 81 del Estatuto permite al condenado apelar por "
        "error de procedimiento, error de hecho o "
        "error de derecho.",
        "error de hecho",
        "appeal_against_judgment",
    ),
    (
        "Según el artículo 32 del Estatuto, el error de hecho o error de derecho eximirá de responsabilidad.",
        "error de hecho",
        "mistake_of_fact_or_law",
    ),
    ("At the ICC: the sentence in the judgment was 12 years.", "sentence", "sentencing"),
    ("The ICC budget was approved.", "budget", "financing_of_the_court"),
]


@pytest.mark.parametrize(("text", "word"), REVIEW_62_EVERYDAY)
def test_review_round_62_everyday_and_other_senses(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.index(word), kb, index) == []
    assert annotate_text(text, kb, index).mentions  # the ICC sentence itself is linked


@pytest.mark.parametrize(("text", "word", "concept"), REVIEW_62_THE_RULES_KEEP_THE_COURTS_TERMS)
def test_review_round_62_keeps_the_courts_terms(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


@pytest.mark.parametrize(
    ("text", "term", "provisions"),
    [
        # the last citation has no sub-paragraph (c): the one before it in the paragraph has
        (
            "Article 70(1) of the Rome Statute lists six offences. The "
            "first is false testimony under article "
            "69, paragraph 1.\n\nThe third, in subparagraph (c), is witness tampering.",
            "subparagraph (c)",
            ("RS 70(1)(c)",),
        ),
        # "of the same article" one paragraph of text on
        (
            "تنص المادة 54 من نظام روما على واجبات المدعي "
            "العام.\n\nفالفقرة الثالثة من المادة ذاتها تجيز له جمع "
            "الأدلة.",
            "فالفقرة الثالثة من المادة ذاتها",
            ("RS 54(3)",),
        ),
    ],
    ids=["earlier-in-the-paragraph", "same-article-next-paragraph"],
)
def test_review_round_62_citations(kb, index, text: str, term: str, provisions: tuple[str, ...]) -> None:
    assert [(m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.text == term] == [
        (term, provisions)
    ]


def test_a_sub_paragraph_read_with_its_roman_item_stays_the_citations(kb, index) -> None:
    # "l'alinéa a) i) du paragraphe 7 de l'article 72" names what it belongs to: no bare "alinéa a)"
    text = (
        "L'article 97 de la CPI.\n\nComme le prévoit l'alinéa a) i) du "
        "paragraphe 7 de l'article 72, le juge décide."
    )
    cited = [m.provisions for m in annotate_text(text, kb, index).mentions if m.method == "citation"]
    assert ("RS 97(a)",) not in cited and ("RS 72(7)",) in cited


@pytest.mark.parametrize(
    ("text", "term", "provision"),
    [
        (
            "La CPI: según el inciso iv) del apartado b) del párrafo 1 del artículo 81, el condenado apela.",
            "inciso iv) del apartado b) del párrafo 1 del artículo 81",
            "RS 81(1)(b)(iv)",
        ),
        (
            "The ICC: under sub-paragraph (b)(iv) of paragraph 1 of article 81, he appeals.",
            "sub-paragraph (b)(iv) of paragraph 1 of article 81",
            "RS 81(1)(b)(iv)",
        ),
        (
            "La CPI : selon le point iv) de l'alinéa b) du paragraphe 1 de l'article 81.",
            "point iv) de l'alinéa b) du paragraphe 1 de l'article 81",
            "RS 81(1)(b)(iv)",
        ),
    ],
    ids=["inciso-del-apartado", "b-iv-of-paragraph", "point-de-l-alinea"],
)
def test_a_citation_written_from_its_deepest_item(kb, index, text: str, term: str, provision: str) -> None:
    assert [
        (m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.method == "citation"
    ] == [(term, (provision,))]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Under article 50 of the Rome Statute, the working languages are English and French.", "working"),
        (
            "Selon l'article 50 du Statut de Rome, les langues de travail sont l'anglais et le français.",
            "langues",
        ),
    ],
)
def test_the_working_languages_are_article_50s(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.index(word), kb, index) == ["official_languages"]


# Round 63
REVIEW_63_EVERYDAY = [
    ("La CPI : appelez le numéro qui vous a été remis à l'arrivée.", "remis"),
    ("At the ICC, we recommend ratification of the privileges agreement.", "ratification"),
    ("At the ICC, Valdoria has not yet ratified the Agreement on the Privileges and Immunities.", "ratified"),
    ("The ICC heard Kestrova, which says its prosecutors opened a case.", "prosecutors"),
    # the possessive after the Court's name opens another owner's phrase: no "ICC Prosecutor"
    ("Valdoria told the ICC that its prosecutors had opened a case.", "prosecutors"),
]

REVIEW_63_THE_RULES_KEEP_THE_COURTS_TERMS = [
    ("La CPI : le suspect a été remis à la Cour.", "remis", "surrender"),
    ("At the ICC, Valdoria has not ratified the Rome Statute.", "ratified", "non_party_state"),
    ("The ICC and its prosecutors met.", "prosecutors", "prosecutor"),
    (
        "La CPI y la cláusula de liderazgo del artículo 8 bis: solo responde quien dirige al Estado.",
        "cláusula",
        "crime_of_aggression",
    ),
    (
        "La CPI no tendrá competencia si el Estado presentó una declaración de exclusión.",
        "declaración",
        "jurisdiction_over_aggression",
    ),
]


@pytest.mark.parametrize(("text", "word"), REVIEW_63_EVERYDAY)
def test_review_round_63_everyday_and_other_senses(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.index(word), kb, index) == []
    assert annotate_text(text, kb, index).mentions  # the ICC sentence itself is linked


@pytest.mark.parametrize(("text", "word", "concept"), REVIEW_63_THE_RULES_KEEP_THE_COURTS_TERMS)
def test_review_round_63_keeps_the_courts_terms(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


@pytest.mark.parametrize(
    ("text", "term", "provision"),
    [
        # the tanween written before the alef: "مكررًا" as well as "مكرراً"
        (
            "صُنفت الوثيقة سرية بموجب البند 23 مكررًا من لائحة المحكمة.",
            "البند 23 مكررًا من لائحة المحكمة",
            "RoC 23bis",
        ),
        ("تنص المادة 15 مكررًا على ذلك.", "المادة 15 مكررًا", "RS 15bis"),
    ],
    ids=["البند-23-مكررًا", "المادة-15-مكررًا"],
)
def test_bis_with_its_tanween_either_side(kb, index, text: str, term: str, provision: str) -> None:
    assert [
        (m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.method == "citation"
    ] == [(term, (provision,))]


@pytest.mark.parametrize(
    ("text", "term", "provision"),
    [
        ("وفقاً للمادةِ 58 من نظام روما، أصدرت المحكمة الجنائية الدولية مذكرة.", "للمادةِ 58", "RS 58"),
        ("تنص القاعدةُ 117 على ذلك في المحكمة الجنائية الدولية.", "القاعدةُ 117", "RPE 117"),
    ],
    ids=["للمادةِ", "القاعدةُ"],
)
def test_an_arabic_keyword_with_its_case_ending(kb, index, text: str, term: str, provision: str) -> None:
    assert [
        (m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.method == "citation"
    ] == [(term, (provision,))]


# A helper's review of this session's rules: each case must keep the Court's term
REVIEW_OF_THE_SESSION_KEEPS = [
    (
        "Asked whether the general's arrest had anything to do with the ICC, the spokesperson said the "
        "arrest warrant had been transmitted by the Registry last week.",
        "arrest warrant",
        "arrest_warrant",
    ),
    (
        "The International Criminal Court has opened an investigation in Valdoria.\n\nGovernment lawyers "
        "argue that national courts, not the ICC, should try the suspects, and that the arrest warrants "
        "should be withdrawn.",
        "arrest warrants",
        "arrest_warrant",
    ),
    (
        "Without a referral, no ICC investigation can begin. The prosecutor would need a warrant.",
        "warrant",
        "arrest_warrant",
    ),
    (
        "Desde 2019, ni la Corte Penal Internacional ni la Fiscalía "
        "han logrado ejecutar la orden de detención.",
        "orden",
        "arrest_and_surrender",
    ),
    (
        "The anti-ICC 2024 campaign continued; the ICC Prosecutor asked for a warrant.",
        "anti-ICC",
        "international_criminal_court",
    ),
    ("The ICC convicted him in 2012. His 14-year sentence finished in March 2020.", "sentence", "sentencing"),
    (
        "Fatou Bensouda, who served as prosecutor of the "
        "International Criminal Court from 2012 to 2021, spoke.",
        "prosecutor",
        "prosecutor",
    ),
    (
        "Ante la Corte Penal Internacional, la defensa invocó en su apelación el error de hecho o error de "
        "derecho previsto en el artículo 32 como eximente.",
        "error de hecho",
        "mistake_of_fact_or_law",
    ),
    (
        "The Assembly of States Parties will elect six judges, the President of the Assembly announced.",
        "elect",
        "election_of_judges",
    ),
    (
        "Unlike the UN, the ICC finances its regular budget through assessed contributions.",
        "budget",
        "financing_of_the_court",
    ),
]


@pytest.mark.parametrize(("text", "word", "concept"), REVIEW_OF_THE_SESSION_KEEPS)
def test_the_sessions_rules_reach_no_further(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word) + word.find("ICC") + 1, kb, index)


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # a sub-paragraph right below a new citation is that citation's, not the next of a list
        (
            "Article 7(1) of the Rome Statute lists the acts. Subparagraph (a) covers murder. Article 25(3) "
            "sets out the modes of liability; subparagraph (b) covers ordering.",
            "subparagraph (b)",
            [("RS 25(3)(b)",)],
        ),
        # a regulation cited last: its sub-paragraph is none of the article's before it
        (
            "The Chamber relied on article 61(7) of the Rome Statute. "
            "It then turned to regulation 55(2) of the "
            "Regulations of the Court, whose subparagraph (b) it read narrowly.",
            "subparagraph (b)",
            [],
        ),
        # the most cited article has no paragraph 2 and no other was cited down to one
        (
            "Article 16 was invoked twice by the Council, and article "
            "16 deferrals were discussed; article 98 "
            "agreements were also raised. In paragraph 2, the resolution urged all States to cooperate.",
            "paragraph 2",
            [],
        ),
        # ... but the number written right before it is its article
        (
            "El artículo 15 bis regula la competencia. Según el artículo 15 ter, "
            "párrafo 4, y el 15 bis, párrafo 9, la Corte decide.",
            "párrafo 9",
            [("RS 15bis(9)",)],
        ),
        # two blank lines are one break of paragraphs
        (
            "Under article 90 of the Rome Statute, paragraph 6 governs "
            "competing requests.\n\n\n\nThe requested "
            "State must then notify the Court, as paragraph 8 requires.",
            "paragraph 8",
            [("RS 90(8)",)],
        ),
    ],
    ids=["new-citation-below", "regulation-last", "no-fallback", "number-right-before", "two-blank-lines"],
)
def test_the_sessions_citation_rules_reach_no_further(kb, index, text: str, term: str, expected) -> None:
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.text == term] == expected


def test_a_range_to_a_number_of_thousands_of_digits_is_no_crash(kb, index) -> None:
    text = "Under articles 5 to " + "9" * 5000 + " of the Rome Statute, nothing."
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.method == "citation"] == [
        ("RS 5",)
    ]


# Round 64
REVIEW_64_EVERYDAY = [
    ("La CPI investiga. El coronel ejecuta la orden de avanzar sobre la frontera.", "ejecuta"),
    (
        "The ICC Registry explains the forms.\n\n## A separate note: the National Truth Commission\n\n"
        "Its commissioners hold public hearings, and the Supreme Court heard an appeal. The judges reserved "
        "their decision.",
        "judges",
    ),
    (
        "La CPI ordena reparaciones.\n\n## Un paréntesis: los tribunales nacionales\n\nEn Valdoria, la "
        "sentencia impuso cinco años de prisión y el fiscal recurrió.",
        "fiscal",
    ),
    (
        "At the ICC, victims must fill in the form: the first sentence of the form asks for a name.",
        "sentence",
    ),
]

REVIEW_64_THE_RULES_KEEP_THE_COURTS_TERMS = [
    (
        "La CPI investiga. El Estado ejecuta la orden de detener al general.",
        "ejecuta",
        "arrest_and_surrender",
    ),
    (
        "قالت المحكمة الجنائية الدولية إن المشتبه به مثل أمامها بشروط مقيدة للحرية.",
        "بشروط",
        "summons_to_appear",
    ),
    ("La CPI enquête sur une situation renvoyée par un État.", "renvoyée", "state_party_referral"),
    ("La CPI : l'État a déposé une demande de sursis.", "demande", "deferral"),
    (
        "The ICC Registry explains.\n\n## A comparison of costs\n\nThe ICC budget grew.",
        "budget",
        "financing_of_the_court",
    ),
]


@pytest.mark.parametrize(("text", "word"), REVIEW_64_EVERYDAY)
def test_review_round_64_everyday_and_other_senses(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.index(word), kb, index) == []
    assert annotate_text(text, kb, index).mentions  # the ICC sentence itself is linked


@pytest.mark.parametrize(("text", "word", "concept"), REVIEW_64_THE_RULES_KEEP_THE_COURTS_TERMS)
def test_review_round_64_keeps_the_courts_terms(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


@pytest.mark.parametrize(
    ("text", "term", "provision"),
    [
        # a text wrapped at its line ends: the keyword and its number on two lines
        (
            "The ICC convicted him under article\n8(2)(e)(v) of the Statute.",
            "article\n8(2)(e)(v)",
            "RS 8(2)(e)(v)",
        ),
        ("At the ICC, under rule\n150 an appeal is filed within 30 days.", "rule\n150", "RPE 150"),
        ("La CPI applique l'article\n58 du Statut.", "l'article\n58", "RS 58"),
        # "subregla" can only be a rule's
        (
            "La CPI aplica la regla 118 y el artículo 60 del Estatuto. Según la subregla 3, hay una "
            "audiencia anual.",
            "subregla 3",
            "RPE 118(3)",
        ),
    ],
    ids=["article-wrapped", "rule-wrapped", "l-article-wrapped", "subregla"],
)
def test_review_round_64_citations(kb, index, text: str, term: str, provision: str) -> None:
    assert [(m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.text == term] == [
        (term, (provision,))
    ]


def test_a_citation_is_not_read_across_a_blank_line(kb, index) -> None:
    text = "The ICC Prosecutor cited the article\n\n58 witnesses testified."
    assert [m for m in annotate_text(text, kb, index).mentions if m.method == "citation"] == []


# Round 65
REVIEW_65_EVERYDAY = [
    ("At the ICC: there is one sentence I keep deleting.", "sentence"),
    ("La CPI : selon l'article 100, les frais sont à la charge de celui-ci.", "charge"),
    ("La CPI : les documents sont conservés dans la chambre forte du service d'archives.", "chambre"),
    (
        "La CPI celebró la audiencia de confirmación. La audiencia de la retransmisión se triplicó.",
        "La audiencia de la",
    ),
]

REVIEW_65_THE_RULES_KEEP_THE_COURTS_TERMS = [
    ("Evidence obtained by the ICC was shared.", "ICC", "international_criminal_court"),
    ("La CPI : le témoin à charge a déposé; la charge de meurtre est confirmée.", "charge de", "charges"),
    ("Selon l'AEP, le budget de la CPI a été adopté.", "AEP", "assembly_of_states_parties"),
]


@pytest.mark.parametrize(("text", "word"), REVIEW_65_EVERYDAY)
def test_review_round_65_everyday_and_other_senses(kb, index, text: str, word: str) -> None:
    assert concepts_covering(text, text.index(word), kb, index) == []
    assert annotate_text(text, kb, index).mentions  # the ICC sentence itself is linked


@pytest.mark.parametrize(("text", "word", "concept"), REVIEW_65_THE_RULES_KEEP_THE_COURTS_TERMS)
def test_review_round_65_keeps_the_courts_terms(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


# A second review of this session's rules: the Court's terms they must leave linked
SECOND_REVIEW_KEEPS = [
    (
        "# ICC Prosecutor seeks arrest warrants in Valdoria\n\n## "
        "Comparison with article 18\n\nThe Prosecutor "
        "told the judges that the deferral request had failed.",
        "judges",
        "judges",
    ),
    (
        "The ICC opened its trial.\n\n## A contrast: ICC vs ICTY\n\nHere the judges approve a warrant.",
        "judges",
        "judges",
    ),
    (
        "La CPI abrió una investigación.\n\n## Sin desvío: la "
        "Fiscalía sigue\n\nLos jueces dictaron una orden.",
        "jueces",
        "judges",
    ),
    (
        "The ICC Prosecutor opened an investigation.\n\n#Contraste\n\nThe judges issued a warrant.",
        "judges",
        "judges",
    ),
    (
        "The ICC Prosecutor opened an investigation.\n\n## The warrants\nIn contrast to national courts, the "
        "judges issued a warrant.\n\nThe suspect was surrendered after the judges ruled.",
        "surrendered",
        "surrender",
    ),
    ("La CPI pidió a Sudán la detención y entrega de Omar al Bashir.", "detención", "arrest_and_surrender"),
    (
        "La CPI pidió a Filipinas ejecutar la orden de trasladar al sospechoso.",
        "ejecutar",
        "arrest_and_surrender",
    ),
    ("The ICC's draft budget, seen by the ASP, was adopted.", "ASP", "assembly_of_states_parties"),
    (
        "Le budget de la CPI, examiné puis consulté par l'AEP, a augmenté.",
        "AEP",
        "assembly_of_states_parties",
    ),
    ("La CPI a confirmé les crimes retenus à la charge de M. Ntaganda.", "charge", "charges"),
    (
        "La Chambre préliminaire de la CPI, forte de cette analyse, a délivré un mandat.",
        "Chambre",
        "pre_trial_chamber",
    ),
    (
        "The ICC opened a case.\n\nThe United States was not part of "
        "The Hague negotiations, but the judges ruled.",
        "judges",
        "judges",
    ),
]


@pytest.mark.parametrize(("text", "word", "concept"), SECOND_REVIEW_KEEPS)
def test_the_sessions_later_rules_reach_no_further(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


def test_a_paragraph_that_is_not_part_of_the_court_tells_another_story(kb, index) -> None:
    text = (
        "The ICC opened a case in Valdoria.\n\nThe national truth commission is not part of the ICC. Its "
        "judges heard witnesses and issued a warrant."
    )
    assert concepts_covering(text, text.index("judges"), kb, index) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ICC Prosecutor cited the article\n1. The suspects fled.",
        "ICC: Contents of this article\n1 Background\n2 The warrants",
        "La CPI publie un article\n12 mars 2024 : le mandat.",
        "The ICC Prosecutor wrote an article\n12\nabout the warrants.",
    ],
    ids=["list-number", "contents", "date", "page-number"],
)
def test_a_number_on_the_next_line_is_no_citation_of_a_list_date_or_page(kb, index, text: str) -> None:
    assert [m for m in annotate_text(text, kb, index).mentions if m.method == "citation"] == []


def test_a_wrapped_citation_with_windows_line_ends(kb, index) -> None:
    text = "The ICC convicted him under article\r\n8(2)(e)(v)."
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.method == "citation"] == [
        ("RS 8(2)(e)(v)",)
    ]


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("La CPI : le témoin va déposer par liaison vidéo depuis Nairobi.", "déposer", "evidence"),
        (
            "La CPI : l'enquête ouverte à l'initiative du Procureur.",
            "initiative",
            "proprio_motu_investigation",
        ),
    ],
)
def test_round_63_and_65_misses_are_linked(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


def test_the_chambers_own_initiative_is_no_proprio_motu_investigation(kb, index) -> None:
    # the new French alias is exact only: "de sa propre initiative si le Procureur" is the Chamber's
    text = (
        "À la CPI, le paragraphe 3 de l'article 56 permet à la Chambre d'agir de sa propre initiative si "
        "le Procureur ne demande rien."
    )
    assert "proprio_motu_investigation" not in concepts_covering(text, text.index("initiative si"), kb, index)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 66's everyday senses in texts about the Court
        ("The ICC Prosecutor was on the show. TOM: Guilty as charged. It's fully charged today.", "charged"),
        (
            "The ICC Appeals Chamber sat today. Students who wish to appeal a mark should write to us.",
            "appeal",
        ),
        (
            "The ICC Trial Chamber sat today. One spectator is correcting the sentences in her notebook.",
            "sentences",
        ),
        (
            "The ICC Trial Chamber ordered reparations. The final sentence of the order leaves little doubt.",
            "sentence",
        ),
        (
            "The ICC Pre-Trial Chamber set conditions. He must respond when summoned and post bond.",
            "summoned",
        ),
        (
            "The ICC Pre-Trial Chamber heard it. Whether that is enough is for the Chamber to judge.",
            "judge",
        ),
        (
            "The ICC Prosecutor spoke. Listeners ask: how can a court arrest a president at all?",
            "president",
        ),
    ],
)
def test_round_66_everyday_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert word not in " ".join(after_the_first_sentence(text, kb, index))


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # controls: the Court's own senses of the same words
        ("The ICC accused was found guilty as charged on all counts.", "charged", "charges"),
        ("The ICC Prosecutor will appeal the decision.", "appeal", "appeal"),
        ("The ICC Presidency assigned the case to Judge Okoye.", "Judge", "judges"),
        # "testimony of a witness" is still "witness testimony" turned round (a genitive before "a")
        (
            "At the ICC, under article 69(2), the testimony of a witness at trial is given in person.",
            "testimony",
            "evidence",
        ),
    ],
)
def test_round_66_the_courts_senses_stay_linked(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


def test_a_paragraph_that_says_nothing_of_it_is_the_courts_lends_no_context(kb, index) -> None:
    text = (
        "La Corte Penal Internacional abrió una investigación sobre Valdoria.\n\n"
        "Ese mismo día, el Consejo debatió otra misión. Se habló de jueces locales y de un fiscal "
        "nacional. Nada de eso tiene que ver con la Corte Penal Internacional: son instituciones "
        "judiciales del país, con sus propias salas de apelación y sus propias sentencias."
    )
    second = text.index("\n\n")
    linked = [m.text for m in annotate_text(text, kb, index).mentions if m.start > second]
    assert linked == ["Corte Penal Internacional"]


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # a text that has named one kind of referral only: the referral is that kind
        (
            "The ICC Prosecutor welcomed the Security Council referral.\n\nThe referral needs nine votes.",
            "referral needs",
            "security_council_referral",
        ),
        (
            "The ICC received a State Party referral.\n\nSuch a referral must be in writing.",
            "referral must",
            "state_party_referral",
        ),
        # ... a text that has named both: the general trigger mechanisms, unless its sentence says
        (
            "The ICC has a State Party referral and a Security Council referral on file.\n\n"
            "The referral does not oblige the Prosecutor to open anything.",
            "referral does",
            "exercise_of_jurisdiction",
        ),
        (
            "The ICC has a State Party referral and a Security Council referral on file.\n\n"
            "A referral under article 13(b) can reach the leaders of any State.",
            "referral under",
            "security_council_referral",
        ),
        # ... and the plural stays general
        (
            "The ICC Prosecutor welcomed the Security Council referral.\n\nReferrals are rare.",
            "Referrals",
            "exercise_of_jurisdiction",
        ),
        ("The ICC can act on the Kampala compromise.", "Kampala", "jurisdiction_over_aggression"),
        (
            "At the ICC, a State referral or the Prosecutor's own motion may start it.",
            "own motion",
            "proprio_motu_investigation",
        ),
        (
            "La Valdorie annonce son retrait de la CPI. Et ce retrait obéit à des règles précises.",
            "ce retrait",
            "withdrawal",
        ),
        (
            "Under article 98(1) of the ICC Statute, a State may owe the immunity of a third State.",
            "third State",
            "waiver_of_immunity",
        ),
        (
            "The ICC accused has applied for interim release. Advise on the release application.",
            "release application",
            "interim_release",
        ),
        (
            "El procedimiento de la CPI del artículo 18 solo está previsto para las remisiones de Estados.",
            "remisiones",
            "state_party_referral",
        ),
    ],
)
def test_round_66_terms_are_read_as_their_kind(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


def test_a_situation_named_is_not_read_as_the_referral_named_before(kb, index) -> None:
    text = (
        "The ICC Prosecutor welcomed the Security Council referral.\n\n"
        "Drawing on the referral of the Situation in the Republic of Carmena, it argues."
    )
    assert "security_council_referral" not in concepts_covering(text, text.index("Situation in"), kb, index)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 67's everyday senses in texts about the Court
        ("The ICC Prosecutor spoke. He had gone down to charge his electric scooter.", "charge"),
        (
            "The ICC Statute is clear. There is a condition built into the same sentence: no prejudice.",
            "sentence",
        ),
        ("Notes on the ICC. Notes from the Defence Bench, a column.", "Bench"),
        ("La CPI juge les crimes. Surtout, la formation de jugement est réduite.", "jugement"),
        (
            "The ICC may move a prisoner. Circumstances change. Article 104 allows a transfer.",
            "Circumstances",
        ),
        ("At the ICC, disclosure is strict. Rule 77 gives the defence the right to inspect books.", "right"),
    ],
)
def test_round_67_everyday_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert word not in " ".join(after_the_first_sentence(text, kb, index))


def test_a_commercial_court_is_a_national_body(kb, index) -> None:
    text = (
        "The ICC Prosecutor must disclose evidence.\n\n"
        "In a shareholder suit in the commercial court in Port Lemar, the judges there ordered "
        "disclosure of board minutes."
    )
    second = text.index("\n\n")
    assert [m.text for m in annotate_text(text, kb, index).mentions if m.start > second] == []


def test_a_paragraph_that_says_it_has_no_relation_to_the_courts_rules(kb, index) -> None:
    # "none of it has any relation to the rules of the ICC": the Trial Chamber and the judges
    # there are the national military court's, though a Trial Chamber is a term standing alone
    text = (
        "تنص المادة 33 من نظام روما الأساسي على أوامر الرؤساء.\n\n"
        "نظرت المحكمة العسكرية العليا في فالدوريا قضية ملازم، فأخذت الدائرة الابتدائية بدفعه "
        "وأعادت محكمة الاستئناف القضية إلى القضاة. هذه الإجراءات تخضع لقانون القضاء العسكري، "
        "ولا علاقة لها بقواعد المحكمة الجنائية الدولية."
    )
    second = text.index("\n\n")
    later = [m.text for m in annotate_text(text, kb, index).mentions if m.start > second]
    assert later == ["المحكمة الجنائية الدولية"]


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # controls: fuzzy matches turned round that stay ("the", no genitive in the alias; "of a")
        (
            "The ICC case concerns the same person and substantially the same conduct.",
            "substantially",
            "admissibility",
        ),
        (
            "At the ICC, victims or their legal representatives may attend.",
            "legal",
            "legal_representation_of_victims",
        ),
        # "appellate judges" are also the Court's
        (
            "An ICC Appeals Chamber judge dissented: appellate judges should not substitute theirs.",
            "judges should",
            "judges",
        ),
        # round 67's misses
        (
            "The ICC budget follows a scale of assessment under article 117.",
            "scale",
            "financing_of_the_court",
        ),
        (
            "For the ICC, the Presidency weighs equitable distribution among States under article 103.",
            "equitable",
            "enforcement_of_sentences",
        ),
        (
            "La defensa pidió ante la Corte Penal Internacional recusar a la magistrada",
            "recusar",
            "disqualification_of_judges",
        ),
        (
            "Una portavoz de la CPI: no comentamos las solicitudes de dispensa.",
            "solicitudes",
            "disqualification_of_judges",
        ),
        (
            "نظام روما الأساسي: ارتكاب الجريمة امتثالاً لأمر حكومة لا يعفي من المسؤولية.",
            "امتثال",
            "superior_orders",
        ),
        (
            "Under the Rome Statute, the ICC cannot try anyone under the age of 18 at the time.",
            "under the age",
            "jurisdiction_over_minors",
        ),
    ],
)
def test_round_67_terms_are_linked(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # the election's "equitable geographical distribution" is no enforcement's (exact only)
        (
            "The ICC Bureau has a representative character and equitable geographical distribution.",
            "equitable",
            "enforcement_of_sentences",
        ),
        # "the commission or the attempt": a list of two, no "attempt to commit" turned round
        (
            "تنص المادة 25 من نظام روما الأساسي على من يساعد على ارتكاب الجريمة أو الشروع فيها.",
            "الشروع",
            "attempt",
        ),
    ],
)
def test_round_67_phrases_are_not_read_as_another_term(kb, index, text: str, word: str, concept: str) -> None:
    assert concept not in concepts_covering(text, text.index(word), kb, index)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 68's everyday senses and other bodies' terms in texts about the Court
        ("The ICC Prosecutor spoke. Our DPP decides whom to charge in this country.", "charge"),
        (
            "The ICC asks for cooperation. Will the Ministry charge the translations to the courts' budget?",
            "charge",
        ),
        ("The ICC asks for cooperation. It goes to the courts' budget, or to the ministry's own.", "budget"),
        ("The ICC Trial Chamber sat. I have read every sentence of the financial memorandum.", "sentence"),
        (
            "The ICC Appeals Chamber sat. If a sports tribunal can hear an appeal in a day, so can we.",
            "appeal",
        ),
        (
            "The ICC Appeals Chamber will hear a new trial request. The mayor appealed to residents to stay "
            "calm outside the consulate, closed since a\ntrial run of a new visa system failed.",
            "run",
        ),
        ("The ICC Statute governs requests. Officials reach for the extradition statute of 1962.", "statute"),
        (
            "The ICC Assembly of States Parties met. Our choir sang in the assembly hall of the school.",
            "assembly",
        ),
        (
            "Lestria joined the ICC. A challenge goes to the Pre-Trial Chamber, not to a Lestrian judge.",
            "judge",
        ),
        ("The ICC Trial Chamber ruled. The canteen menu tells you more than most judgments do.", "judgments"),
    ],
)
def test_round_68_everyday_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert word not in " ".join(after_the_first_sentence(text, kb, index))


def test_a_heading_for_a_different_kind_of_justice_is_the_courts(kb, index) -> None:
    # review: "a different kind of" as an aside heading took the reparations section of ICC stories
    text = (
        "# ICC orders reparations\n\nThe International Criminal Court ordered reparations for victims.\n\n"
        "## A different kind of justice\n\nFor many survivors, the reparations matter more than the sentence."
    )
    heading = text.index("## A")
    assert "reparations" in [m.text for m in annotate_text(text, kb, index).mentions if m.start > heading]


@pytest.mark.parametrize(
    ("text", "word", "provision"),
    [
        # a sub-paragraph of "the same paragraph": one citation, of the paragraph that has it
        (
            "Pour le Procureur, l'article 46(2)(b) du Statut de Rome suffit ; pour un adjoint, le point c) "
            "du même paragraphe ajoute une condition.",
            "point c)",
            "RS 46(2)(c)",
        ),
        (
            "Según el artículo 70, párrafo 1, apartado a), del Estatuto de Roma, la Corte juzga el falso "
            "testimonio del párrafo 1 del artículo 69; el intermediario quedó expuesto al apartado c) del "
            "mismo párrafo.",
            "apartado c) del",
            "RS 70(1)(c)",
        ),
        # whole articles listed are passed over for the one cited alone before them
        (
            "Article 20(3) of the Rome Statute protects a person tried elsewhere for conduct under "
            "article 6, 7, 8 or 8 bis, unless (a) or (b). Here the exception in sub-paragraph (b) applies.",
            "sub-paragraph (b)",
            "RS 20(3)(b)",
        ),
    ],
)
def test_round_68_citations_named_alone(kb, index, text: str, word: str, provision: str) -> None:
    at = text.index(word)
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.start <= at < m.end] == [
        (provision,)
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 69's everyday senses and identifiers in texts about the Court
        ("La CPI juge les crimes. *Cours de droit international pénal*, Master 1.", "Cours"),
        ("La CPI juge les crimes. La juridiction saisie est la Chambre d'appel.", "juridiction"),
        (
            "L'article 85 du Statut de la CPI. Quiconque a été victime d'une arrestation illégale a droit.",
            "victime",
        ),
        (
            "The ICC Registrar acts under rule 44. She may ask a State, on a confidential basis, about it.",
            "confidential",
        ),
        ("The ICC Appeals Chamber rules under article 81. Is this the same as an appeal at home?", "appeal"),
        ("El fiscal de la CPI habló. Los jueces del comité rechazaron el recurso del club.", "jueces"),
        (
            "The ICC Statute: art. 32(2), first sentence — mistake of law is no ground. 2nd sentence: may.",
            "sentence",
        ),
        ("The ICC Trial Chamber ruled. A sentence from one survivor sums up why.", "sentence"),
        (
            "المحكمة الجنائية الدولية تنظر في القضية. ويشغل سكاردا منصب رئيس نادي ليراندا لكرة القدم، الذي "
            "أعلن أمس استئناف تدريباته بعد العطلة الشتوية.",
            "استئناف",
        ),
    ],
)
def test_round_69_everyday_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert word not in " ".join(after_the_first_sentence(text, kb, index))


def test_a_filing_classified_confidential_is_still_linked(kb, index) -> None:
    text = "The ICC Pre-Trial Chamber classified the filing as confidential under regulation 23 bis."
    assert "classification_of_filings" in concepts_covering(text, text.index("confidential"), kb, index)


def test_a_case_number_inside_a_fuzzy_match_is_no_mention_of_the_court(kb, index) -> None:
    # "warrant in `ICC" matched "ICC warrant" turned round; the name split off it was the case number's
    text = (
        "The ICC judges ruled. In our example, the warrant in `ICC-07/31-01/29` was issued under seal and "
        "made public under article 58 of the ICC Statute."
    )
    code = text.index("`ICC")
    assert [m.text for m in annotate_text(text, kb, index).mentions if code < m.start < code + 16] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 70's everyday senses and other bodies' terms in texts about the Court
        ("The ICC tries war crimes. They are serious breaches of the rules of war.", "rules"),
        ("The ICC tries war crimes. Here is a sentence to translate for homework.", "sentence"),
        ("The ICC tries war crimes. In a mock hearing, one pupil plays the Prosecutor.", "Prosecutor"),
        ("The ICC has a Registrar. She is not the university registrar who handles enrolment.", "registrar"),
        ("The ICC sits in The Hague. The Prosecutor on one bench, the defence on the other.", "bench"),
        (
            "La CPI a délivré un mandat d'arrêt. La défense a tenté de contester les charges, mais les "
            "juges de Brennsholm ont rappelé qu'il ne leur appartenait pas de vérifier le mandat au regard "
            "de l'art. 58.",
            "juges",
        ),
        ("تنظر المحكمة الجنائية الدولية في القضية. ويجب ضمان استقلالية قضاة التحقيق عن السلطة.", "قضاة"),
        ("The ICC judges ruled on non-compliance. They referred the matter to the Council.", "referred"),
        (
            "The ICC Statute was ratified. Bloc members made ratification of human rights treaties a rule.",
            "ratification",
        ),
        ("The ICC tries crimes. One sentence in the joint communiqué drew attention.", "sentence"),
    ],
)
def test_round_70_everyday_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert word not in " ".join(after_the_first_sentence(text, kb, index))


def test_a_custodial_states_chamber_beside_article_59_is_its_own(kb, index) -> None:
    # article 59(2) vouches for the proceedings it describes, not for the State's chamber named there
    text = (
        "La CPI a délivré un mandat d'arrêt contre Kasmarek.\n\n"
        "Conformément à l'article 59, paragraphe 2, du Statut, Kasmarek a été déféré à la chambre de "
        "l'extradition de la cour d'appel de Brennsholm."
    )
    assert "pre_trial_chamber" not in concepts_covering(text, text.index("la chambre"), kb, index)
    assert "chambers" not in concepts_covering(text, text.index("la chambre"), kb, index)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 71's everyday senses and other bodies' terms in texts about the Court
        (
            "The ICC Prosecutor and the Deputy Prosecutors are independent. The defence will ask for the "
            "disqualification of one of the Deputy Prosecutors. A group of Valdorian deputies accused the "
            "Office of the Prosecutor of bias.",
            "deputies",
        ),
        ("The ICC newsletter. Others suggested a referral from a friend should unlock it.", "referral"),
        ("La CPI juge. Je cherche une prise pour recharger mon téléphone dans la cour de la gare.", "cour"),
    ],
)
def test_round_71_everyday_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert word not in " ".join(after_the_first_sentence(text, kb, index))


@pytest.mark.parametrize(
    ("text", "word", "provisions"),
    [
        # a range of items within one article, roman or numbered paragraphs, is every item in it
        (
            "Under article 58(1)(b)(i)-(iii) of the Rome Statute, arrest must appear necessary.",
            "article 58",
            ("RS 58(1)(b)(i)", "RS 58(1)(b)(ii)", "RS 58(1)(b)(iii)"),
        ),
        (
            "Paragraphs 4 to 6 of article 90 of the Rome Statute do not apply.",
            "Paragraphs",
            ("RS 90(4)", "RS 90(5)", "RS 90(6)"),
        ),
        # a paragraph named alone is not of a whole article named in a list ...
        (
            "Because Norvale is a State Party, article 90(2) of the Rome Statute governs priority:\n\n"
            "- the Court has already determined under article 18 or 19 that the case is admissible; or\n"
            "- the Court makes that determination after our notification under paragraph 1.",
            "paragraph 1",
            ("RS 90(1)",),
        ),
        # ... unless that article is written right before it
        (
            "À la CPI, les décisions rendues au titre des articles 15, 18, 19, 54,\nparagraphe 2, 61, "
            "paragraphe 7, et 72 du Statut de Rome exigent la majorité des juges.",
            "paragraphe 2",
            ("RS 54(2)",),
        ),
    ],
)
def test_round_71_citations(kb, index, text: str, word: str, provisions: tuple[str, ...]) -> None:
    at = text.index(word)
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.start <= at < m.end] == [
        provisions
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 72's everyday senses, other bodies and other instruments in texts about the Court
        ("The ICC judges ruled. Welcome back to Off the Bench, our podcast.", "Bench"),
        (
            "La CPI pide la entrega. Las autoridades deberán llevarlo ante el juez competente según el "
            "artículo 59.",
            "juez",
        ),
        (
            "The Security Council referred the situation to the ICC. The ambassador said her government "
            'would not hand over any official. "Our courts are competent," she told reporters outside '
            "the chamber.",
            "chamber",
        ),
        (
            "La CPI a compétence. La haute juridiction rappelle que la « compétence » des tribunaux "
            "valdoriens est fondée sur le code.",
            "compétence",
        ),
        ("La CPI a compétence. On vante la compétence linguistique d'un interprète.", "compétence"),
        (
            "المحكمة الجنائية الدولية ونظام روما الأساسي. وقال رئيس النادي الذي عدّل ناديه نظامه "
            "الأساسي مؤخراً.",
            "نظامه",
        ),
        (
            "The ICC Statute. Under article 23 of the Agreement, a State may declare when it ratifies.",
            "article 23",
        ),
        (
            "The ICC Appeals Chamber ruled on interim release.\n\n## 2. Harlow Bay: appeal court upholds "
            "murder conviction of ferry captain",
            "appeal",
        ),
    ],
)
def test_round_72_everyday_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert word not in " ".join(after_the_first_sentence(text, kb, index))


def test_a_french_item_after_a_comma_is_cited() -> None:
    from icc_ref.citation import find_citations

    text = "La CPI peut agir (article 13, b)) du Statut de Rome."
    assert [(text[s:e], str(c)) for s, e, c in find_citations(text)] == [("article 13, b)", "RS 13(b)")]


def test_a_fuzzy_phrase_does_not_run_into_a_quotation(kb, index) -> None:
    # found in the new-user check: 'warrants "will be unsealed' read as an unsealed warrant turned round
    text = (
        "Two generals remain subject to ICC arrest warrants issued under seal last year, and a diplomat said "
        'the warrants "will be unsealed when the time is right".'
    )
    assert not [m.text for m in annotate_text(text, kb, index).mentions if '"' in m.text]


# The code review of the twentieth session: sentences in which the session's first rules dropped
# or changed a right link; each keeps it now.
_REVIEWED_KEPT = [
    # a disowning sentence disowns the story before it, not the Court's story after it
    (
        "Kestria's interior minister insisted the arrests had nothing to do with the ICC. Yet the Pre-Trial "
        "Chamber issued an arrest warrant for the general in March.",
        "Pre-Trial",
        "pre_trial_chamber",
    ),
    (
        "وقال الوزير إن العملية لا علاقة لها بالمحكمة الجنائية الدولية. غير أن الدائرة التمهيدية أصدرت مذكرة "
        "توقيف بحق الجنرال.",
        "الدائرة",
        "pre_trial_chamber",
    ),
    # the possessive after a colon is the Statute's
    (
        "The Statute prevails over any immunity in the national Constitution: its article 27 says official "
        "capacity is irrelevant.",
        "article 27",
        None,
    ),
    # "sports minister" is no sports story
    (
        "Patrice-Edouard Ngaïssona, a former sports minister, was transferred to the ICC in 2019. The judges "
        "later joined his case with another.",
        "judges",
        "judges",
    ),
    # an indefinite article after a preposition
    (
        "The ICC Pre-Trial Chamber granted release on a conditional basis, with reporting duties, under "
        "article 60.",
        "release",
        "interim_release",
    ),
    # charges brought, not a bill or a device
    (
        "The ICC Prosecutor said she would charge him with transferring looted gold to a personal account.",
        "charge",
        "charges",
    ),
    ("The ICC Prosecutor intends to charge the car bomb suspects with murder.", "charge", "charges"),
    ("The ICC Trial Chamber found him guilty as charged on all counts of war crimes.", "charged", "charges"),
    # article 61(7)'s two options
    (
        "Under article 61(7), the Pre-Trial Chamber may confirm or decline, or adjourn.",
        "confirm",
        "confirmation_of_charges",
    ),
    (
        "The ICC Prosecutor opened an investigation after a referral from a member state in 2019.",
        "referral",
        None,
    ),
    (
        "La Corte Penal Internacional: los jueces de Cuestiones Preliminares emitieron la orden.",
        "jueces",
        "judges",
    ),
    (
        "The Rome Statute requires all judgments of the Trial Chamber in writing, under article 74(5).",
        "judgments",
        "trial_judgment",
    ),
    (
        "The ICC Chamber's first sentence — 14 years for Lubanga — set the benchmark under article 78.",
        "sentence",
        "sentencing",
    ),
    (
        "After transfer to Belgium, Katanga had a third of his sentence to complete, the ICC said.",
        "sentence",
        None,
    ),
    (
        "Once summoned under article 58(7), the suspect must appear before the ICC Pre-Trial Chamber.",
        "summoned",
        "summons_to_appear",
    ),
    (
        "The ICC Prosecutor says thousands were victims of arbitrary detention in the camps, a crime against "
        "humanity.",
        "victims",
        "victim",
    ),
    (
        "The ICC Pre-Trial Chamber may modify its ruling on detention or release if circumstances change, "
        "under article 60(3).",
        "circumstances",
        "interim_release",
    ),
    (
        "The ICC opened the case in 2020. In the forced labour trial, the judges heard the prisoners.",
        "judges",
        "judges",
    ),
]


@pytest.mark.parametrize(("text", "word", "concept"), _REVIEWED_KEPT)
def test_the_reviews_sentences_keep_their_links(kb, index, text: str, word: str, concept: str | None) -> None:
    covering = concepts_covering(text, text.index(word), kb, index)
    assert covering, f"{word!r} is no longer linked"
    if concept is not None:
        assert concept in covering


@pytest.mark.parametrize(
    ("text", "word", "provisions"),
    [
        (
            "Under article 8(2)(b)(i)-(v) of the Rome Statute, attacks are war crimes.",
            "article 8",
            ("RS 8(2)(b)(i)", "RS 8(2)(b)(ii)", "RS 8(2)(b)(iii)", "RS 8(2)(b)(iv)", "RS 8(2)(b)(v)"),
        ),
        # "Articles 59 and 60 ...: under paragraph 2": the list's article (no article alone is pinned)
        (
            "Article 58 of the Rome Statute sets the conditions for a warrant. Articles 59 and 60 deal with "
            "what follows arrest: under paragraph 2, the person may apply for interim release.",
            "paragraph 2",
            ("RS 60(2)",),
        ),
        (
            "Under article 46(2)(b) of the Rome Statute, and sub-paragraph (c) of the same paragraph.",
            "sub-",
            ("RS 46(2)(c)",),
        ),
    ],
)
def test_the_reviews_citations(kb, index, text: str, word: str, provisions: tuple[str, ...]) -> None:
    at = text.index(word)
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.start <= at < m.end] == [
        provisions
    ]


def test_the_reviews_referrals_stay_general(kb, index) -> None:
    # a State's referral named, then the Security Council: "the referral" is no longer the State's
    text = (
        "Valdoria's self-referral in 2019 opened the ICC's first case there.\n\n"
        "In 2023 the UN Security Council debated Kestria for a week. The referral passed with eleven votes."
    )
    assert concepts_covering(text, text.index("referral passed"), kb, index) == ["exercise_of_jurisdiction"]
    # ... and a sentence citing both kinds' articles names neither
    text = "Under the Rome Statute, a referral under article 13(a) or (b) triggers the ICC's jurisdiction."
    assert concepts_covering(text, text.index("referral"), kb, index) == ["exercise_of_jurisdiction"]


def test_the_reviews_possessed_article_takes_its_back_references(kb, index) -> None:
    # the Constitution's "su artículo 112" dropped must not leave "dicho artículo" to article 27
    text = (
        "El artículo 27 del Estatuto de Roma niega toda inmunidad. Nuestra propia Constitución dice otra "
        "cosa. Su artículo 112 protege al presidente, y el párrafo 2 de dicho artículo exige un voto."
    )
    at = text.index("párrafo 2")
    assert [m.text for m in annotate_text(text, kb, index).mentions if m.start <= at < m.end] == []


def test_a_sub_paragraph_the_same_paragraph_has_not_is_left_out(kb, index) -> None:
    text = "El artículo 69, párrafo 1, del Estatuto; el apartado c) del mismo párrafo."
    cited = [
        (m.text, m.provisions) for m in annotate_text(text, kb, index).mentions if m.method == "citation"
    ]
    assert ("del mismo párrafo", ("RS 69(1)",)) in cited


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 73's everyday senses and other stories in texts about the Court
        (
            "The ICC case. The common purpose of our faculty reading group is simply to finish the book.",
            "common",
        ),
        (
            "The ICC Statute binds it. A State cannot invoke its law to escape a treaty it has ratified.",
            "ratified",
        ),
        ("The ICC case began. Since the Court opened its case, many people have asked questions.", "opened"),
        (
            "La CPI élit ses juges. L'alinéa b) ajoute une exigence de compétence en droit pénal.",
            "compétence",
        ),
        ("La CPI élit ses juges. Il faut une expérience du procès pénal comme juge ou avocat.", "procès"),
    ],
)
def test_round_73_everyday_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert word not in " ".join(after_the_first_sentence(text, kb, index))


def test_a_thematic_break_divides_a_digests_stories(kb, index) -> None:
    # the second story of a wire digest, after "---", borrows no context from the ICC story before it
    text = (
        "Two generals face ICC arrest warrants, the Prosecutor said.\n\n---\n\n"
        "# Lusaria sends banker to Tarvenia after extradition appeal fails\n\n"
        "PORT ALBIN — The case has no connection with the International Criminal Court: it was decided "
        "under a bilateral treaty.\n\nRellig had spent six months in pre-trial detention in Port Albin."
    )
    rule = text.index("---")
    later = [m.text for m in annotate_text(text, kb, index).mentions if m.start > rule]
    assert later == ["International Criminal Court"]


# The second review (of the first review's mends): each case read right again.
def test_a_disowning_sentence_that_opens_the_other_story_takes_the_rest_of_it(kb, index) -> None:
    text = (
        "تنص المادة 33 من نظام روما الأساسي على أوامر الرؤساء.\n\n"
        "هذه الإجراءات تخضع لقانون القضاء العسكري، ولا علاقة لها بقواعد المحكمة الجنائية الدولية. نظرت "
        "المحكمة العسكرية العليا في فالدوريا قضية ملازم، فأخذت الدائرة الابتدائية بدفعه وأعادت محكمة "
        "الاستئناف القضية إلى القضاة."
    )
    second = text.index("\n\n")
    assert [m.text for m in annotate_text(text, kb, index).mentions if m.start > second] == [
        "المحكمة الجنائية الدولية"
    ]
    # ... and an abbreviation is no sentence's end
    text = (
        "The International Criminal Court opened an investigation into Valdoria.\n\n"
        "None of this has anything to do with the ICC, said Col. Marsh, whose Trial Chamber convicted him; "
        "the Appeals Chamber upheld it."
    )
    second = text.index("\n\n")
    assert [m.text for m in annotate_text(text, kb, index).mentions if m.start > second] == ["ICC"]


@pytest.mark.parametrize(
    ("text", "word", "provisions"),
    [
        (
            "Article 97 of the Rome Statute obliges Kestria to consult the Court when a request concerning "
            "crimes under article 6, 7 or 8 raises problems. Sub-paragraph (c) covers a treaty obligation.",
            "Sub-paragraph",
            ("RS 97(c)",),
        ),
        (
            "Article 90 of the Rome Statute governs competing requests. If the Court has already ruled under "
            "article 18 or 19 that the case is admissible, paragraph 2 gives its request priority.",
            "paragraph 2",
            ("RS 90(2)",),
        ),
    ],
)
def test_a_list_after_a_preposition_is_passed_over(
    kb, index, text: str, word: str, provisions: tuple
) -> None:
    at = text.index(word)
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.start <= at < m.end] == [
        provisions
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a State's referral after a blocked Council stays the State's
        "Russia's veto means the UN Security Council will not act on Valdoria. So in 2019 Valdoria's own "
        "government made a self-referral to the ICC.\n\nThe referral covers crimes committed since 2002.",
        # ... and so does one set against the Council's article
        "The ICC Prosecutor said the referral was made under article 14 by Kestria, not under article 13(b).",
    ],
)
def test_a_states_referral_stays_the_states(kb, index, text: str) -> None:
    at = text.rindex("referral")
    assert concepts_covering(text, at, kb, index) == ["state_party_referral"]


@pytest.mark.parametrize(
    "text",
    [
        "La Constitución de Valdoria es clara: su artículo 112 protege al presidente de cualquier proceso.",
        "The ICC wants him. Valdoria's Constitution says otherwise (its article 112 shields the president).",
    ],
)
def test_a_possessive_after_a_colon_or_a_bracket_is_the_laws(kb, index, text: str) -> None:
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.method == "citation"] == []


@pytest.mark.parametrize(
    "said",
    [
        "None of it has anything to do with The Hague.",
        "It has nothing to do with the ICC.",
        "The case has no connection with the International Criminal Court.",
        "Cela n'a rien à voir avec la CPI.",
        "Ce tribunal n'a aucun lien avec la Cour pénale internationale.",
        "Nada de eso tiene que ver con la Corte Penal Internacional.",
        "La operación no guarda relación con la Corte Penal Internacional.",
        "Valdoria's court is not part of the ICC.",
        "ولا علاقة لها بقواعد المحكمة الجنائية الدولية.",
    ],
)
def test_every_disowning_phrase_has_a_cue_the_quick_test_looks_for(said: str) -> None:
    # the paragraph check looks for the pattern only where one of these words is (it is costly)
    from icc_ref.annotate import _DISOWNING_CUES, _DISOWNS_THE_COURT

    assert _DISOWNS_THE_COURT.search(said)
    assert any(cue in said.lower() for cue in _DISOWNING_CUES)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 74's everyday senses and other bodies in texts about the Court
        ("The ICC Trial Chamber sat. The partner in charge will hold the briefing after filing.", "charge"),
        ("The ICC Trial Chamber sat. Witness the reaction to the refusal to freeze the accounts.", "Witness"),
        (
            "The ICC Trial Chamber sat. Its reasoning may appeal to the judges in The Hague as persuasive.",
            "appeal",
        ),
        ("The ICC Trial Chamber sat. The Prosecutor spoke. Nor was arrest the only route.", "was arrest"),
        (
            "La CPI confirma cargos. La Sala puede aplazar la decisión y diferir la remisión a juicio.",
            "remisión",
        ),
        (
            # (a control: no referral was read here before either)
            "Le Procureur de la CPI a fait appel. La Chambre peut ordonner le renvoi en jugement.",
            "renvoi",
        ),
        (
            "أصدرت المحكمة الجنائية الدولية أمرا بالقبض. غير أن ذلك لا يلغي أمر القبض من تلقاء نفسه؛ "
            "فالمسألة تعود إلى الدائرة وإلى تقديرها لخطر عرقلة التحقيق.",
            "تلقاء",
        ),
        ("أصدرت المحكمة الجنائية الدولية أمرا بالقبض. وساد ضجيج خارج قاعة المحكمة طوال اليوم.", "المحكمة"),
    ],
)
def test_round_74_other_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert not any(word in m for m in after_the_first_sentence(text, kb, index))


def test_a_privilege_marking_is_no_classification(kb, index) -> None:
    text = "**Privileged and confidential — work product**\n\nThe ICC Trial Chamber classified a filing."
    assert concepts_covering(text, text.index("confidential"), kb, index) == []


def test_a_footnotes_definition_is_a_paragraph_of_its_own(kb, index) -> None:
    # the note on a national chamber is another story, though the notes before it cite the Statute
    text = (
        "The ICC Statute binds States Parties.[^1]\n\n"
        "[^1]: Art. 93(5) ICCSt; see also RPE r. 195 on problems of execution.\n"
        "[^2]: Constitutional Chamber of Valdoria, Decision No. 44/2023. The same bench later sat "
        "in an unrelated tax case.\n"
    )
    assert concepts_covering(text, text.index("bench"), kb, index) == []
    assert concepts_covering(text, text.index("93(5)"), kb, index) == [None]


def test_a_paragraph_that_never_mentions_the_court_is_another_story(kb, index) -> None:
    text = (
        "States Parties must cooperate with the ICC.\n\n"
        "Domestic courts often act as the filter: the Valdorian judges quashed the sentence imposed at "
        "first instance. The judgment never mentions the ICC."
    )
    assert concepts_covering(text, text.index("judgment"), kb, index) == []
    assert concepts_covering(text, text.rindex("ICC"), kb, index) == ["international_criminal_court"]


@pytest.mark.parametrize(
    ("text", "word", "provisions"),
    [
        (
            "El artículo 19 del Estatuto de Roma regula las impugnaciones. Los Estados de los apartados "
            "b) o c) del párrafo 2 también pueden hacerlo.",
            "c) del",
            ("RS 19(2)(c)",),
        ),
        (
            "El artículo 19 del Estatuto de Roma regula las impugnaciones. Los Estados de los apartados "
            "b) o c) del párrafo 2 también pueden hacerlo.",
            "apartados",
            ("RS 19(2)(b)",),
        ),
        (
            "El artículo 17 del Estatuto de Roma trata la admisibilidad: el apartado a) del párrafo 1 de "
            "ese artículo lo aclara.",
            "apartado",
            ("RS 17(1)(a)",),
        ),
    ],
)
def test_round_74_citations(kb, index, text: str, word: str, provisions: tuple[str, ...]) -> None:
    at = text.index(word)
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.start <= at < m.end] == [
        provisions
    ]


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # round 74's kept links, controls for the rules above
        ("The ICC Trial Chamber sat. He was arrested in Valdoria under the warrant.", "was arrested", None),
        ("The ICC Pre-Trial Chamber ruled. The Prosecutor must defer to that investigation.", "defer", None),
        ("The ICC Pre-Trial Chamber ruled. The Court ordered his surrender to the Court.", "surrender", None),
        (
            "أصدرت المحكمة الجنائية الدولية أمرا. يجوز للمدعي العام أن يبدأ التحقيق من تلقاء نفسه.",
            "تلقاء",
            "proprio_motu_investigation",
        ),
        (
            "The ICC case went on. Witness P-0012 told the Trial Chamber what she saw.",
            "Witness",
            "witness",
        ),
        (
            "The accused, through counsel, asked the ICC. The defence may appeal to the judges of the "
            "Appeals Chamber.",
            "Appeals Chamber",
            "appeals_chamber",
        ),
        ("المادة 70 من نظام روما: الجرائم المخلة بإقامة العدل أمام المحكمة.", "الجرائم", None),
        ("أدانت المحكمة الجنائية الدولية المتهم بارتكاب جريمتين ضد الإنسانية.", "جريمتين", None),
    ],
)
def test_round_74_kept_links(kb, index, text: str, word: str, concept: str | None) -> None:
    covering = concepts_covering(text, text.index(word), kb, index)
    assert covering, f"{word!r} is no longer linked"
    if concept is not None:
        assert concept in covering


def test_a_number_of_charges_in_spanish(kb, index) -> None:
    # "confirma tres cargos": the charges, counted; "ocupó tres cargos en el gobierno": posts
    text = (
        "La Sala de Cuestiones Preliminares de la Corte Penal Internacional confirma tres cargos. "
        "El ministro ocupó tres cargos en el gobierno. Tuvo dos cargos públicos."
    )
    linked = [(m.start, m.concept) for m in annotate_text(text, kb, index).mentions]
    assert (text.index("tres cargos"), "charges") in linked
    assert not any(start >= text.index("El ministro") for start, _ in linked)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 75's sentences of writing, other bodies and other senses in texts about the Court
        (
            'The ICC Trial Chamber sat. Article 63 says: "The accused shall be present." That sentence '
            "carries no clause.",
            "sentence",
        ),
        (
            "The ICC Trial Chamber sat. The judge read aloud a sentence from an intercepted text message.",
            "sentence",
        ),
        ("The ICC Pre-Trial Chamber sat. One sentence would do: Valdoria supports a review.", "sentence"),
        ('The ICC Pre-Trial Chamber sat. "We read every sentence of that warrant," he said.', "sentence"),
        ("La CPI a condamné X. Les juges peuvent autoriser le condamné à présenter une demande.", "condamné"),
        ("La CPI a condamné X. Le coup de fil du greffe de la prison lui annonça la date.", "greffe"),
        (
            "The ICC wants him. He was brought before a Valdorian judge on Thursday, wanted by the "
            "International Criminal Court.",
            "judge",
        ),
        ('The ICC wants him. Her client "will cooperate but wants a fair hearing at home".', "fair"),
        (
            "La CPI juge. Voici.\n\nLe contraste est saisissant. Le mois dernier, le conseil de discipline "
            "du barreau de Castelmar a poursuivi un confrère ; le bâtonnier a soutenu l'accusation, et le "
            "confrère a été condamné à une peine de six mois de suspension.",
            "condamné",
        ),
        (
            "The ICC Prosecutor declined to proceed.\n\nSomething similar played out at the University of "
            "Port Selin. Its disciplinary board dropped misconduct charges against three students. The "
            "student union lodged an appeal with the university court, whose judges ruled for it.",
            "appeal",
        ),
        (
            "La Corte Penal Internacional lo condenó. Fue en 2020.\n\nAl margen del procedimiento ante la "
            "Corte, la evasión ha abierto una investigación penal en el propio país.",
            "investigación",
        ),
        (
            "La Corte Penal Internacional lo condenó. En 2019 el tribunal de la provincia condenó a un "
            "guardia por la fuga.",
            "tribunal",
        ),
    ],
)
def test_round_75_other_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert not any(word in m for m in after_the_first_sentence(text, kb, index))


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        # controls for the rules above and the review's cases
        ("The ICC sentenced him. The sentence was harsh for the victims.", "sentence", "sentencing"),
        ("La CPI a jugé X. Il a été condamné à purger douze ans de prison.", "condamné", "sentencing"),
        (
            "Judge Anna Berg, a Valdorian judge of the ICC, sat in the Trial Chamber of the Court.",
            "judge of",
            "judges",
        ),
        ("The ICC case. The murders described in charge 3 took place in 2019.", "charge 3", "charges"),
        (
            "The ICC case. The defence filed an appeal to the judges against the Trial Chamber's conviction.",
            "appeal",
            "appeal",
        ),
        (
            "The ICC issued a warrant.\n\nValdoria's Supreme Court heard the case. Its ruling never mentions "
            "the ICC. The Pre-Trial Chamber issued a warrant.",
            "Pre-Trial",
            "pre_trial_chamber",
        ),
        (
            "تنظم القاعدة 68 من القواعد الإجرائية وقواعد الإثبات الشهادة المسجّلة مسبقاً أمام المحكمة "
            "الجنائية الدولية.",
            "الشهادة",
            "prior_recorded_testimony",
        ),
    ],
)
def test_round_75_kept_links(kb, index, text: str, word: str, concept: str) -> None:
    assert concept in concepts_covering(text, text.index(word), kb, index)


@pytest.mark.parametrize(
    ("text", "word", "provisions"),
    [
        (
            "تنظم القاعدة 68 من القواعد الإجرائية وقواعد الإثبات الشهادة المسجلة. وبموجب القاعدة الفرعية (3) "
            "يحضر الشاهد.",
            "الفرعية",
            ("RPE 68(3)",),
        ),
        # a letter the paragraph has not: the paragraph itself, as before
        (
            "Article 61 of the Rome Statute. Sub-paragraph (d) of paragraph 7 is new.",
            "paragraph 7",
            ("RS 61(7)",),
        ),
    ],
)
def test_round_75_citations(kb, index, text: str, word: str, provisions: tuple[str, ...]) -> None:
    at = text.index(word)
    assert [m.provisions for m in annotate_text(text, kb, index).mentions if m.start <= at < m.end] == [
        provisions
    ]


def test_sub_paragraphs_named_before_their_paragraph_are_one_citation_each() -> None:
    # one a letter, and the paragraph named alone after them (taken only where no letter is)
    from icc_ref.citation import find_bare_paragraphs

    unit = "El artículo 58 del Estatuto de Roma; los apartados a) y b) del párrafo 1 y el párrafo 3. "
    found = [(unit[s:e], pins) for s, e, pins in find_bare_paragraphs(unit)]
    assert found == [
        ("apartados a)", ("1", "a")),
        ("b) del párrafo 1", ("1", "b")),
        ("párrafo 1", ("1",)),
        ("párrafo 3", ("3",)),
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 76: idioms, another body's words, a writer's sentence
        (
            'The ICC case. Another said the committee acted as "judge, jury and prosecutor" in the matter.',
            "judge",
        ),
        ("The ICC case. A moot follows, with the student union's president as guest judge.", "judge"),
        (
            "The Appeals Chamber of the ICC sat. Reporters follow a very different appeal in the capital.",
            "appeal",
        ),
        (
            "La CPI adopte son budget. À Saint-Aubrac, le conseil municipal a voté en mars un budget en "
            "déséquilibre.",
            "budget",
        ),
        (
            "La CPI juge. Voici.\n\nDans ce feuilleton communal, la « chambre » et le « procureur » n'ont "
            "évidemment rien à voir avec La Haye.",
            "procureur",
        ),
        (
            "The ICC case. Let its courts show that the brave sentence in its statement was no slogan.",
            "sentence",
        ),
    ],
)
def test_round_76_other_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert not any(word in m for m in after_the_first_sentence(text, kb, index))


def test_none_of_that_has_anything_to_do_with_the_court(kb, index) -> None:
    # "the Court", capitalised at the sentence's end, is the Court disowned
    text = (
        "The ICC Prosecutor opened an investigation.\n\n"
        'At the Council, one delegate called the draft "a life sentence for the economy". None of that has '
        "anything to do with the Court."
    )
    assert concepts_covering(text, text.index("life sentence"), kb, index) == []


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        (
            "La Asamblea de los Estados Partes de la CPI decidió. Un Estado puede perder su derecho de voto.",
            "perder",
            None,
        ),
        ("The Assembly of States Parties of the ICC met. A State in arrears loses its vote.", "loses", None),
        ("El acusado ante la CPI invocó el derecho a callar durante el juicio.", "derecho a callar", None),
        (
            "عقدت الدائرة التمهيدية في المحكمة الجنائية الدولية جلسة اعتماد التهم. فجلسة الاعتماد تعقد علنا.",
            "فجلسة",
            "confirmation_of_charges",
        ),
    ],
)
def test_round_76_kept_links(kb, index, text: str, word: str, concept: str | None) -> None:
    covering = concepts_covering(text, text.index(word), kb, index)
    assert covering, f"{word!r} is not linked"
    if concept is not None:
        assert concept in covering


@pytest.mark.parametrize(
    "text",
    [
        # round 77: a range of a paragraph's sub-paragraphs written before its article
        "وتنص الفقرة 1 (أ) إلى (ج) من المادة 53 من نظام روما الأساسي على ذلك.",
        "Under paragraph 1(a) to (c) of article 53 of the Rome Statute, the Prosecutor decides.",
    ],
)
def test_a_range_of_sub_paragraphs_before_their_article(kb, index, text: str) -> None:
    cited = [m.provisions for m in annotate_text(text, kb, index).mentions if m.method == "citation"]
    assert cited == [("RS 53(1)(a)", "RS 53(1)(b)", "RS 53(1)(c)")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # round 77
        (
            "The ICC Prosecutor spoke. Then.\n\nThe parliament's chamber heard charges and appeals. None of "
            "these chambers, charges or appeals has anything to do with the ICC.",
            "appeals",
        ),
        (
            "The ICC Statute. Critics call it a sentence in the Statute that exists mostly to be quoted.",
            "sentence",
        ),
        (
            "La Corte Penal Internacional creó el Fondo Fiduciario en Beneficio de las Víctimas. Conviene no "
            "mezclarlo con el Fondo de Garantía de Accidentes de Circulación de Valdoria.",
            "Fondo",
        ),
    ],
)
def test_round_77_other_senses_are_not_linked(kb, index, text: str, word: str) -> None:
    assert not any(word in m for m in after_the_first_sentence(text, kb, index))


def test_the_trust_funds_board_is_still_its_own(kb, index) -> None:
    text = (
        "El Fondo Fiduciario en Beneficio de las Víctimas de la Corte Penal Internacional actúa. "
        "El Consejo de Dirección del Fondo decidió ayer."
    )
    assert "trust_fund_for_victims" in concepts_covering(text, text.index("Consejo"), kb, index)
