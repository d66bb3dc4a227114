"""Who a speaker pronoun is: not someone the quotation it attributes names in the third person."""

from __future__ import annotations

import quotekit
from quotekit import QuoteKind


def test_a_speaker_pronoun_is_not_the_person_its_quotation_speaks_about() -> None:
    text = (
        "Die Richterin Eva Berg eröffnete die Sitzung. Die Angeklagte Anna Müller schwieg. "
        "„Die Angeklagte hat die Unwahrheit gesagt“, sagte sie."
    )
    direct = [q for q in quotekit.extract(text) if q.kind is QuoteKind.DIRECT]
    assert len(direct) == 1
    assert direct[0].speaker is not None
    assert direct[0].speaker.name == "Eva Berg"
