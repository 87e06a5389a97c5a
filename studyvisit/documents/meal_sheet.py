"""Meals with their headcounts and dietary needs: the sheet the restaurant gets.

One row per meal; one column per dietary need met anywhere in the visit (as
written by the delegates, spaces collapsed and lower-cased), so each meal's
row says how many vegetarian, halal, ... portions to prepare. Coordinators and
interpreters eat with the delegation and are counted (without dietary needs).
"""

from __future__ import annotations

from collections.abc import Collection

from studyvisit.documents.localisation import text_in
from studyvisit.documents.places import place_of
from studyvisit.documents.sheet_labels import marked, sheet_word
from studyvisit.documents.sheet_model import Column, Sheet
from studyvisit.programme import PlanIndex, meal_counts
from studyvisit.records import VisitPlan

STAFF_AT_MEALS = ("coordinator", "interpreter")
# What people write when they have no dietary need: counted as none.
NO_NEED = frozenset({"-", "--", "n/a", "no", "none", "nie", "brak", "нет", "не"})


def meals_sheet(plan: VisitPlan, language: str, item_keys: Collection[str] | None = None) -> Sheet:
    """Every meal (of ``item_keys`` when given) with people, delegates, staff and needs."""
    index = PlanIndex(plan)
    eating_staff = [member.key for member in plan.staff if member.role in STAFF_AT_MEALS]
    meals = [
        meal
        for meal in meal_counts(plan, eating_staff)
        if item_keys is None or meal.item.key in item_keys
    ]
    needs = sorted({need for meal in meals for need, _count in meal.dietary} - NO_NEED)
    word = sheet_word
    columns = [
        Column(word("date", language)),
        Column(word("start", language)),
        Column(word("end", language)),
        Column(word("meal", language), width=30, wrap=True),
        Column(word("place", language), width=28, wrap=True),
        Column(word("people", language)),
        Column(word("delegates", language)),
        Column(word("staff_count", language)),
        Column(word("no_special_diet", language)),
        *(Column(need, max_width=20) for need in needs),
    ]
    rows = []
    for meal in meals:
        title, fell_back = text_in(meal.item.title, language)
        place = place_of(index.sites.get(meal.item.site_key or ""), language)
        counts = {need: count for need, count in meal.dietary if need not in NO_NEED}
        special = sum(counts.values())
        rows.append(
            [
                meal.item.start.date(),
                meal.item.start.time(),
                meal.item.end.time(),
                marked(title, fell_back) or word("kind.meal", language),
                place.name if place else "",
                meal.people,
                meal.delegates,
                meal.staff,
                meal.people - special,
                *(counts.get(need, 0) for need in needs),
            ]
        )
    return Sheet(word("sheet.meals", language), columns, rows, row_count=len(rows))
