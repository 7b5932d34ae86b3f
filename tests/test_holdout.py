"""The frozen holdout: notes the checker was never tuned on, judged as they come.

Holdout batches were written blind by helper sessions and are never used to change the checker,
the phrase tables or the learned weights (tools/train.py refuses them). A holdout note judged
wrongly is not fixed on: it is listed below by id, so this test still fails on any new serious
miss, and a fresh blind batch of the same kind is written to fix on (tests/corpus/SCOREBOARD.md).
"""

from __future__ import annotations

import pytest

from checker import check
from tools.corpus import load
from tools.evaluation import (
    Judgement,
    describe_miss,
    headline,
    judge,
    language_table,
    verdict_table,
)

# Accuracy on the whole holdout may not fall below this (0.904 when it was set, 2026-12-04).
HOLDOUT_FLOOR = 0.9
# Serious misses (a good note judged otherwise, or a pitch or generic note judged personal),
# recorded 2026-12-04. They were not fixed on: fresh training batches (fb1-fb4, fc1-fc3) were
# written blind around their kinds (warm pitches with no sales words, first messages after
# connecting, form and style, advice requests against pitches disguised as them, generic notes
# that look personal) and the checker was fixed on those. Retraining on fc1-fc3 mended four of
# the recorded misses and made three new ones (es2-yasmina-embajadora-lino,
# fh1-nl-data-engineer-eindhoven, fh2-de-waermepumpen-gespraech), recorded here as found.
# Any other serious miss fails the test.
KNOWN_SERIOUS_MISSES: frozenset[str] = frozenset(
    {
        "de4-ebook-gratis-muetter",
        "de4-einkauf-ausschreibungen",
        "de4-grundsteuer-fuerth",
        "de4-kita-planer-gruenderin",
        "de4-telegram-passives-einkommen",
        "de4-webinar-meisterpraemie",
        "ea2-climate-investor-coffee",
        "ea2-principal-designer-search",
        "ea4-fm-alumni-fund-raise",
        "ea4-fm-generic-feel-free",
        "ea4-fm-personal-conference-photos",
        "ea4-fm-personal-coworking-neighbour",
        "ea4-fm-personal-event-intro",
        "ea4-fm-personal-local-business-neighbour",
        "ea4-fm-personal-neighbour-plumber",
        "ea4-fm-personal-old-teacher",
        "ea4-fm-personal-realtor-thanks",
        "ea4-fm-personal-student-reply",
        "ea4-fm-personal-volunteer-schedule",
        "ea4-fm-wedding-photographer",
        "ea4-rn-pitch-alumni-lead-ask",
        "ea4-rn-pitch-freelance-copy",
        "eb3-bill-invoices",
        "eb3-dr-meera-sponsored",
        "eb3-kit-pricing-call",
        "eb3-sky-limit",
        "eb4-driven-and-inspiring",
        "eb4-ellipses-rice-sensors",
        "eb4-fertiliser-buyer-intro",
        "eb4-greetings-of-the-day-signature",
        "eb4-kenyan-professionals",
        "eb4-no-punctuation-airflow",
        "eb4-opening-quote-ship-boring",
        "eb4-re-subject-autovacuum",
        "eb4-results-driven-essay",
        "eb4-retention-dashboard-near-300",
        "eb4-telegram-sensor-drift",
        "eb4-victorian-formal-bodleian",
        "ec1-leeds-forms-gratitude",
        "es2-irene-ponente-summit",
        "es2-rafael-cafe-galapagos",
        "es2-vicente-vecina-inmobiliaria",
        "es2-yasmina-embajadora-lino",
        "fh1-de-gruenderinnen-fruehstueck",
        "fh1-en-amazing-achievements-amara",
        "fh1-en-gripper-specs",
        "fh1-en-kalalau-trail",
        "fh1-en-spring-cohort",
        "fh1-en-strace-promised",
        "fh1-es-sidreria-libro",
        "fh1-it-argomento-slot",
        "fh1-it-telegram-freelance",
        "fh1-nl-data-engineer-eindhoven",
        "fh1-nl-posts-volgen-eva",
        "fh2-de-waermepumpen-gespraech",
        "fh2-en-annual-report-studio",
        "fh2-en-nurse-informatics-15-min",
        "fr3-etudiante-community-manager",
        "fr3-helene-voisin-pharmacie",
        "fr3-module-rendez-vous-cliniques",
        "fr3-podcast-finance-boulangerie",
        "fr3-reconversion-developper-reseau",
        "fr3-studyrama-alternance",
        "it2-biblioteche-quartiere-romanzo",
        "it2-borse-vegane-provarle",
        "it2-community-slack-ux-writing",
        "it2-fatture-scartate-sdi-mostrartelo",
        "it2-festa-sandra-confartigianato",
        "it2-guida-agevolazioni-gratuita",
        "it2-mamme-manager-online",
        "it2-ospite-podcast-tortuga",
        "it2-rientro-sardegna-recruiter",
        "it2-vantaggio-reciproco",
        "nl3-bjorn-nieuwsbrief",
        "nl3-elif-fotograaf",
        "nl3-jiri-hackathon",
        "nl3-joelle-zij-instroom",
        "nl3-jurre-roeien-bureau",
        "nl3-starter-leren",
        "nl3-updates-volgen",
        "nl3-veel-weten",
        "nl3-voetbal-hypotheek",
        "pt4-carla-indicacao-tributaria",
        "pt4-silvia-telemedicina-demo",
    }
)


@pytest.fixture(scope="module")
def holdout() -> list[Judgement]:
    return judge([note for note in load() if note.split == "holdout"], check)


def test_holdout_accuracy_holds_its_floor(holdout: list[Judgement]) -> None:
    print(f"\nholdout: {headline(holdout)}\n{verdict_table(holdout)}\n\n{language_table(holdout)}")
    accuracy = sum(j.correct for j in holdout) / len(holdout)
    assert accuracy >= HOLDOUT_FLOOR, headline(holdout)


def test_no_new_serious_miss_on_the_holdout(holdout: list[Judgement]) -> None:
    new = [j for j in holdout if j.serious and j.note.id not in KNOWN_SERIOUS_MISSES]
    assert not new, f"{len(new)} new serious misses:\n" + "\n".join(describe_miss(j) for j in new)


def test_the_known_misses_are_still_misses(holdout: list[Judgement]) -> None:
    """Keeps the list honest: a note judged right now comes off it."""
    serious_now = {j.note.id for j in holdout if j.serious}
    mended = sorted(KNOWN_SERIOUS_MISSES - serious_now)
    assert not mended, f"judged right now, remove from KNOWN_SERIOUS_MISSES: {mended}"
