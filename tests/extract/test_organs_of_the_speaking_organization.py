"""A short name several organizations' organs carry ("the Council"), read in a text that has no
author (a resolution pasted into an e-mail, a delegate's note): the organ of the organization whose
bodies the paragraph names or whose instrument speaks (`resolve.Scope.organ_of_an_issuer_named`,
E263). An IMO Assembly resolution quoted in an e-mail lost "the Council, at its 136th session" and
"by which it requested the Council" once another document's reference data loaded ITU's Council
too: the text names the International Telecommunication Union in passing, which put ITU's Council
among the candidates, and nothing chose.

Invented reference data (two organizations, each an Assembly numbering resolutions and a Council
called "Council"; a third with a Council and no Assembly) and texts; near misses: the other
organization named as an invitee only (its Council never meant), a Council of an organization
whose Assembly the text names by its resolution (that organization's), and "the Council" with no
organization's body named at all (nothing chosen over the other).
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from tests.extract.reference_data import registry_from_turtle
from tests.support.extraction import facts

_REFERENCE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rso-assembly> a mg:Body ; mg:key "rso-assembly" ;
    skos:prefLabel "Assembly of the River Shipping Organization"@en ; skos:altLabel "RSO Assembly"@en ;
    mg:shortName "Assembly" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RA.{number}({session})" ; mg:instrumentKind "resolution" ] .
<body/rso-assembly/council> a mg:Body ; mg:key "rso-assembly/council" ;
    skos:prefLabel "Council of the River Shipping Organization"@en ; skos:altLabel "RSO Council"@en ;
    mg:shortName "Council" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/rso-assembly> .
<body/rso-assembly/ports> a mg:Body ; mg:key "rso-assembly/ports" ;
    skos:prefLabel "Inland Ports Committee"@en ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/rso-assembly> .
<body/pto> a mg:Body ; mg:key "pto" ;
    skos:prefLabel "Postal Telegraph Organization"@en ; skos:altLabel "PTO"@en .
<body/pto/assembly> a mg:Body ; mg:key "pto/assembly" ;
    skos:prefLabel "Assembly of the Postal Telegraph Organization"@en ; skos:altLabel "PTO Assembly"@en ;
    mg:shortName "Assembly" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/pto> ;
    mg:instrumentNumbering [ mg:numberTemplate "PA-{session}/{number}" ; mg:instrumentKind "resolution" ] .
<body/pto/council> a mg:Body ; mg:key "pto/council" ;
    skos:prefLabel "Council of the Postal Telegraph Organization"@en ; skos:altLabel "PTO Council"@en ;
    mg:shortName "Council" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/pto> .
<body/aso-conference> a mg:Body ; mg:key "aso-conference" ;
    skos:prefLabel "Conference of the Air Safety Organization"@en ; skos:altLabel "ASO Conference"@en ;
    mg:shortName "Conference" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "AC-{session}/{number}" ; mg:instrumentKind "resolution" ] .
<body/aso-conference/council> a mg:Body ; mg:key "aso-conference/council" ;
    skos:prefLabel "Council of the Air Safety Organization"@en ; skos:altLabel "ASO Council"@en ;
    mg:shortName "Council" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/aso-conference> .
"""

_RSO_COUNCIL = BodyRef("rso-assembly/council")
_ASO_COUNCIL = BodyRef("aso-conference/council")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _REFERENCE)


# A reply (its own lines, a list, a signature) above a delegate's message that pastes the resolution
# as adopted: the masthead is too far down to make the Assembly the document's author
_MAIL = """From: Lena Berg <lena.berg@transport.example.org>
Sent: Friday, 6 March 2037 10:05
To: Delegation Vienna <delegation.vienna@mfa.example.org>
Subject: RE: RSO A 34 - ports resolution (RA.1180(34))

Thanks, Jonas, very helpful. Two points for the note to the Minister:

- the Council keeps the new arrangements under review;
- the Postal Telegraph Organization will be asked to contribute.

Could you also confirm three things before Monday:
- whether the financial implications were discussed in plenary;
- whether the text goes to the printers this week or next;
- which delegations spoke after the adoption, and in what order.

The minister's office would also like a short paragraph on the next
steps, a list of the meetings where the question comes back, and the
names of the two co-chairs of the drafting group, if they are known.

Best,
Lena

On Thu, 5 Mar 2037 at 16:20, Delegation Vienna wrote:
> Dear Lena,
>
> The Assembly at its 34th session adopted the ports resolution on
> Wednesday, by consensus, as resolution RA.1180(34).
>
>
> Our amendment to move the review to the Council's next session was not
> taken up; the sponsors preferred to keep the original wording, and the
> chair ruled that the matter could be raised again under any other
> business. The secretariat will issue the final version next week.
>
> The Inland Ports Committee will look at the guidance at its 45th
> session, in June 2037, and the drafting group meets twice before then.
>
> The adopted text is pasted below.
>
>> ASSEMBLY                                         A 34/Res.1180
>> 34th session                                      5 March 2037
>> Agenda item 7                                  Original: ENGLISH
>>
>>                      Resolution RA.1180(34)
>>
>>                    Adopted on 4 March 2037
>>
>>          INLAND PORT STATE CONTROL: FOLLOW-UP
>>
>> THE ASSEMBLY,
>>
>> {recital}
>>
>> 1 REQUESTS the Inland Ports Committee to report to the Council at
>> its 138th session;
"""


def _mail(recital: str, operative: str = "1 REQUESTS the Inland Ports Committee to report to the Council at\n>> its 138th session;") -> str:
    return _MAIL.replace("{recital}", recital.replace("\n", "\n>> ")).replace(
        ">> 1 REQUESTS the Inland Ports Committee to report to the Council at\n>> its 138th session;\n", ">> " + operative + "\n"
    )


def _sessions_of(text: str, registry: BodyRegistry, body: BodyRef) -> set[str]:
    return {str(g.ordinal) for g, b in facts(text, registry, "meetingOf") if b == body and isinstance(g, GatheringRef)}


@pytest.mark.parametrize(
    "recital",
    [
        "NOTING that the Council, at its 136th session, considered the matter,",
        "Noting that the Council at its 136th session took note of the report of the Inland Ports Committee,",
        "RECALLING resolution RA.1101(31), by which it asked the Council at its 136th session to keep the question\nunder review,",
        "HAVING CONSIDERED the views of the Council, at its 136th session,",
    ],
)
def test_the_council_of_the_organization_whose_resolution_speaks(registry: BodyRegistry, recital: str) -> None:
    text = _mail(recital)
    assert _sessions_of(text, registry, _RSO_COUNCIL) == {"136", "138"}
    assert not _sessions_of(text, registry, BodyRef("pto/council"))


def test_a_request_to_the_council_narrated_of_an_earlier_resolution(registry: BodyRegistry) -> None:
    text = _mail("RECALLING resolution RA.1101(31),\nby which it requested the Council to keep the question under review,")
    assert (InstrumentRef("rso-assembly", "resolution", "31", "1101"), _RSO_COUNCIL) in facts(text, registry, "requests")


def test_the_council_of_the_organization_whose_conference_the_paragraph_names(registry: BodyRegistry) -> None:
    # the Air Safety Organization's Conference is named in the recital: its Council there
    text = _mail("NOTING that the Conference of the Air Safety Organization, in its resolution AC-12/4,\nasked the Council, at its 88th session, to review the interface,")
    assert _sessions_of(text, registry, _ASO_COUNCIL) == {"88"}


def test_no_organization_of_the_council_named_chooses_none(registry: BodyRegistry) -> None:
    # only the invitee (the Postal Telegraph Organization) and no body of the Assembly's: in the
    # reply's own lines, "the Council" is not chosen among the Councils
    text = _mail("NOTING the work done,", "1 DECIDES to keep the matter under review.")
    assert not _sessions_of(text, registry, _RSO_COUNCIL)
    assert not _sessions_of(text, registry, BodyRef("pto/council"))
