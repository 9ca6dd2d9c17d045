"""Reserved values: DESIGN.md's published fakes, and the classes that are never a person."""

from __future__ import annotations

import pytest

from safecommit import reserved


@pytest.mark.parametrize("value", [
    "jane.doe@example.com", "a@sub.example.org", "x@example.net", "ops@service.test",
    "u@host.invalid", "u@thing.localhost", "u@shop.example",
    # Microsoft's fictional companies, and their tenants
    "adele.vance@contoso.com", "megan.bowen@contoso.onmicrosoft.com", "pat@fabrikam.com",
    "admin@M365x123456.contoso.com", "sam@northwindtraders.com",
])
def test_reserved_domains(value: str) -> None:
    assert reserved.is_reserved_email(value)


@pytest.mark.parametrize("value", [
    "noreply@defra.gov.uk", "no-reply@cefas.gov.uk", "donotreply@apha.gov.uk",
    "do_not_reply@x.co.uk", "41898282+github-actions[bot]@users.noreply.github.com",
    "enquiries@x.gov.uk", "python-dev@python.org", "email-sig@python.org",
    "ruralpayments@rpa.gov.uk", "digital@defra.gov.uk", "customerservices@x.co.uk",
    "accessibility@rpa.gov.uk", "defra.helpline@defra.gov.uk", "foi.requests@defra.gov.uk",
    "data.protection@defra.gov.uk", "DefraGroupDataProtectionOfficer@defra.gov.uk",
    # an operations or a registry team's, and support in other languages
    "tech@registry.co.uk", "noc@netops.co.uk", "dns@hosting.net", "infrastructure@cloudhost.com",
    "whois@registrar.org", "soporte@registro.bo",
    # an organisation's board, its trustees or its front desk
    "trustees@redwoodestate.co.uk", "board@parish-council.org.uk", "reception@depot.co.uk",
    # Google Cloud's service accounts and service agents: a workload's identity
    "geo-loader@defra-geo-prod.iam.gserviceaccount.com",
    "123456789012-compute@developer.gserviceaccount.com",
    "defra-geo-prod@appspot.gserviceaccount.com",
    "service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com",
])
def test_role_mailboxes_are_not_people(value: str) -> None:
    assert reserved.is_reserved_email(value)


@pytest.mark.parametrize("value", [
    "jane.smith@defra.gov.uk", "pritchard@gmail.com", "priya.raghunathan@hotmail.co.uk",
    "r.okafor@naturalengland.org.uk", "JaneSmith@defra.gov.uk",
    # a name that only holds a fictional company's, and a real tenant
    "jane.smith@contosoltd.com", "jane.smith@defra.onmicrosoft.com",
    # a look-alike of the service accounts' domain is anyone's
    "jane.smith@notgserviceaccount.com",
    # "example" inside a person's mailbox is not the mailbox
    "example.okafor@ruralco.co.uk", "priya.example@ruralco.co.uk",
])
def test_a_persons_mailbox_is_not_a_role_or_a_placeholder(value: str) -> None:
    assert not reserved.is_reserved_email(value)


@pytest.mark.parametrize("value", [
    # a role word beside a person's name: their own mailbox, or their admin account
    "contact.rhiannon.pugh@ruralco.co.uk", "priya.support@ruralco.co.uk",
    "info.tomasz@ruralco.co.uk", "jsmith.admin@ruralco.co.uk", "admin.okafor_r@ruralco.co.uk",
    "j.pritchard.admin@ruralco.co.uk",
])
def test_a_role_word_beside_a_persons_name_is_the_persons_mailbox(value: str) -> None:
    assert not reserved.is_reserved_email(value)


@pytest.mark.parametrize("value", [
    # a role word beside words that are not names, common words that are names too, or a
    # service's hyphenated words
    "support.team@ruralco.co.uk", "it.support@ruralco.co.uk", "customer.support@ruralco.co.uk",
    "mark.support@ruralco.co.uk", "feedback.forms@ruralco.co.uk", "jenkins.admin@ruralco.co.uk",
    "eero-dynamic-dns@ruralco.co.uk", "k12-ma-hostmaster@ruralco.co.uk",
    "a.b.support@ruralco.co.uk",
])
def test_a_role_word_beside_no_name_is_a_role_mailbox(value: str) -> None:
    assert reserved.is_reserved_email(value)


@pytest.mark.parametrize("value", [
    # the addresses bots and CI runners commit and comment as
    "actions@ruralco.co.uk", "snyk-bot@ruralco.co.uk", "release-bot@ruralco.co.uk",
    "ci@ruralco.co.uk", "deploy-robot@ruralco.co.uk", "build_automation@ruralco.co.uk",
])
def test_a_bots_or_a_ci_runners_mailbox_is_not_a_person(value: str) -> None:
    assert reserved.is_reserved_email(value)


@pytest.mark.parametrize("value", [
    "rhiannon.bot@ruralco.co.uk", "priya.actions@ruralco.co.uk",
])
def test_a_persons_name_beside_an_automation_word_is_still_the_persons(value: str) -> None:
    assert not reserved.is_reserved_email(value)


@pytest.mark.parametrize(("value", "reserved_"), [
    # a sub-address's tag is its owner's label for one sender: the mailbox decides
    ("rhys+licensing@gmail.com", False), ("RHYS+Payments@GMAIL.COM", False),
    ("jane.smith+support@defra.gov.uk", False),
    ("support+tickets@x.co.uk", True), ("user+test@gmail.com", True),
    ("licensing+rhys@x.gov.uk", True),
])
def test_a_sub_address_is_read_by_its_mailbox_not_its_tag(value: str, reserved_: bool) -> None:
    assert reserved.is_reserved_email(value) is reserved_


@pytest.mark.parametrize("value", [
    "hedgerow-grant@defra.gov.uk", "ddts-platform@defra.gov.uk", "fcp-developers@defra.gov.uk",
    "bcms@defra.gov.uk", "cattle-tracing@apha.gov.uk", "countryside-stewardship@rpa.gov.uk",
    "ipaffs@defra.gov.uk", "clinical-coding@nhs.net", "hpc-cluster@bristol.ac.uk",
    "platform.engineering@defra.gov.uk", "FarmingTransformation@defra.gov.uk",
    "bluetongue-policy@defra.gov.wales",
    # two words joined by a dot: an English word, an acronym or the body's own name
    "bcms.support@defra.gov.uk", "ahwr.claims@rpa.gov.uk", "apha.defra@apha.gov.uk",
    "cyber.helpdesk@defra.gov.uk", "tree.health@forestry.gov.uk",
    # a surname that is a word, but no given name, then a word that is no one's name
    "flood.warnings@environment-agency.gov.uk", "green.finance@defra.gov.uk",
    "hall.bookings@defra.gov.uk",
])
def test_a_public_bodys_mailbox_without_a_name_is_a_teams(value: str) -> None:
    assert reserved.is_team_mailbox(value)
    assert reserved.is_reserved_email(value)


@pytest.mark.parametrize("value", [
    "olwen.parry@defra.gov.uk", "o.parry@defra.gov.uk", "oparry@defra.gov.uk",
    "olwenparry@defra.gov.uk", "OlwenParry@defra.gov.uk", "olwen_parry@nhs.net",
    "parry@apha.gov.uk", "olwen@rpa.gov.uk", "mark.hall@defra.gov.uk",
    "o.r.parry@cefas.gov.uk", "olwen-parry@defra.gov.uk", "siobhan-oneill@defra.gov.uk",
    "ab1234@bath.ac.uk", "orp@defra.gov.uk", "ashworth@defra.gov.uk",
    "platform-team2@defra.gov.uk",
    # given.surname for names no list knows
    "quillon.farraday@defra.gov.uk", "quillon_farraday@rpa.gov.uk",
    # a given name that is also a word, before a surname no list knows
    "carol.singer@defra.gov.uk", "summer.fields@defra.gov.uk", "bill.warnings@defra.gov.uk",
    "rose.baker@defra.gov.uk", "stone.smith@defra.gov.uk",
    # not a public body: a name-free mailbox elsewhere could be anyone's handle
    "hedgerow-grant@gmail.com", "bcms@farmpost.co.uk",
])
def test_a_mailbox_with_a_persons_shape_or_off_a_public_domain_is_not_a_teams(
        value: str) -> None:
    assert not reserved.is_team_mailbox(value)


@pytest.mark.parametrize("value", [
    "user@gmail.com", "someone@bar.com", "test.user1@outlook.com", "robot@examp.com",
    "a@xample.com", "one@one.org", "x@b.com", "jane@yourdomain.co.uk", "priya@acme.co.uk",
    "name.surname@gmail.com", "firstname.surname@defra.gov.uk", "Forename.Surname@nhs.net",
    # a Welsh-language service's hints: "name@example.com", "name.surname@…", "someone@…"
    "enw@enghraifft.com", "gwen.jones@enghraifft.co.uk", "enw.cyfenw@gmail.com",
    "rhywun@outlook.com",
    # a test domain's
    "standard-user@test.com", "fester@tester.com",
    # "example" as the mailbox itself, on a real domain (a validator's docs, an IDN sample)
    "example@xn--bdk.life", "example1@gmail.com",
])
def test_placeholder_mailboxes(value: str) -> None:
    assert reserved.is_reserved_email(value)


@pytest.mark.parametrize(("country", "national"), [
    (44, "7700900000"), (44, "7700900999"), (44, "1632960123"), (44, "2079460999"),
    (44, "1134960000"), (44, "1614960999"), (44, "1914980500"), (44, "2920180001"),
    (44, "2896496999"), (44, "8081570123"), (44, "9098790000"), (44, "3069990999"),
    (1, "2025550142"), (1, "4155552671"),  # the whole 555 exchange, as a phone number
])
def test_ofcom_drama_numbers_are_reserved(country: int, national: str) -> None:
    assert reserved.is_drama_number(country, national)


@pytest.mark.parametrize(("country", "national"), [
    (44, "7700901000"), (44, "2079461000"), (44, "1134970000"), (44, "2896495999"),
    (1, "4155562671"),
])
def test_numbers_just_outside_the_drama_ranges_are_not(country: int, national: str) -> None:
    assert not reserved.is_drama_number(country, national)


@pytest.mark.parametrize(("national", "dummy"), [
    ("7900000000", True), ("1234567890", True), ("7123456789", True), ("7987654321", True),
    ("1131111111", True), ("7111111111", True), ("2075555555", True),
    # a run shorter than nine digits, or not at the end, is any number's
    ("7912345678", False), ("1612345678", False), ("1234567812", False),
    ("7812441903", False), ("1970615228", False),
    # six of one digit at the end are a real number's often enough
    ("1134111111", False), ("7700111111", False),
])
def test_a_phone_number_ending_in_zeros_a_repeat_or_a_run_is_a_dummy(national: str,
                                                                     dummy: bool) -> None:
    assert reserved.is_dummy_phone(national) is dummy


@pytest.mark.parametrize("value", [
    "192.0.2.1", "198.51.100.255", "203.0.113.7", "2001:db8::1", "3fff::42",
    "8.8.8.8", "1.1.1.1", "1.2.3.4", "12.34.56.78", "5.5.5.5", "170.85.170.85",
    "168.63.129.16", "11.22.33.44", "40.30.20.10", "50.100.150.200",
])
def test_documentation_well_known_and_placeholder_ips(value: str) -> None:
    assert reserved.is_reserved_ip(value)


@pytest.mark.parametrize("value", [
    "86.144.23.71", "81.2.69.160", "92.40.182.17", "11.22.33.45", "151.224.18.73",
])
def test_a_logged_looking_ip_is_not_a_placeholder(value: str) -> None:
    assert not reserved.is_reserved_ip(value)


@pytest.mark.parametrize("value", [
    "00-00-5E-00-53-00", "00:00:5e:00:53:ff", "ff:ff:ff:ff:ff:ff", "00:00:00:00:00:00",
    "01:00:5E:10:20:30", "12:34:56:78:90:ab", "00:01:02:03:04:05", "aa:bb:cc:dd:ee:ff",
    "00:1A:2B:3C:4D:5E", "10:20:30:40:50:60", "20-30-40-50-60-70",
])
def test_documentation_multicast_and_placeholder_macs(value: str) -> None:
    assert reserved.is_reserved_mac(value)


@pytest.mark.parametrize(("check", "value"), [
    (reserved.is_reserved_nino, "QQ123456C"), (reserved.is_reserved_nino, "QQ 12 34 56 A"),
    (reserved.is_reserved_nhs, "999 000 0018"), (reserved.is_reserved_nhs, "9990000018"),
    (reserved.is_reserved_nhs, "943 476 5919"), (reserved.is_reserved_nhs, "9000000009"),
    (reserved.is_reserved_licence, "MORGA753116SM9IJ"),
    (reserved.is_test_card, "4111 1111 1111 1111"), (reserved.is_test_card, "4444333322221111"),
    (reserved.is_test_card, "5555555555554444"), (reserved.is_test_card, "378282246310005"),
    (reserved.is_reserved_iban, "GB82 WEST 1234 5698 7654 32"),
    (reserved.is_reserved_postcode, "ZZ99 9ZZ"), (reserved.is_reserved_postcode, "SW1A 1AA"),
    (reserved.is_reserved_postcode, "TW9 4DU"), (reserved.is_reserved_postcode, "SK9 5AF"),
    (reserved.is_reserved_plate, "AB12 CDE"),
    (reserved.is_placeholder_address, "12 Example Road, Sampleford"),
    (reserved.is_placeholder_address, "300 Anywhere St"),
    (reserved.is_placeholder_address, "Tester Avenue"),
    (reserved.is_reserved_id, "123456789"), (reserved.is_reserved_id, "999123456"),
    (reserved.is_reserved_id, "0000000000"), (reserved.is_reserved_utr, "1999123456"),
])
def test_design_reserved_values(check: object, value: str) -> None:
    assert callable(check) and check(value)


# GOV.UK Pay's sandbox cards and Worldpay's test cards: published, so never a cardholder's.
PUBLISHED_TEST_CARDS = [
    "4000160000000004", "5101180000000007", "4000020000000000", "4000000000000010",
    "4000000000000127", "36148900647913", "4988080000000000", "4293189100000008",
    "4131840000000003", "4000180000000002", "343434343434343", "6011000400000000",
    "3528000700000000", "2221000000000009", "5163613613613613", "4911830000000",
    "4917300800000000", "4000 1600 0000 0004",
]


@pytest.mark.parametrize("value", PUBLISHED_TEST_CARDS)
def test_payment_providers_published_test_cards_are_reserved(value: str) -> None:
    from stdnum import luhn

    assert luhn.is_valid(value.replace(" ", ""))  # a real card's shape: found if not listed
    assert reserved.is_test_card(value)


@pytest.mark.parametrize("value", ["4000160000000012", "5101180000000015", "343434343434350"])
def test_a_card_next_to_a_published_test_card_is_not_one(value: str) -> None:
    assert not reserved.is_test_card(value)


@pytest.mark.parametrize("value", ["EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH",
                                   "DN55 1PT", "dn551pt"])
def test_the_postcode_format_examples_are_reserved(value: str) -> None:
    assert reserved.is_reserved_postcode(value)


@pytest.mark.parametrize("value", ["W1A 0AY", "M1 1AF", "B33 8TJ", "CR2 6XJ", "DN55 1PU"])
def test_a_postcode_beside_a_format_example_is_not_reserved(value: str) -> None:
    assert not reserved.is_reserved_postcode(value)


def test_placeholder_birth_dates() -> None:
    assert reserved.is_placeholder_birth_date(1900, 1, 1)
    assert reserved.is_placeholder_birth_date(1984, 1, 1)
    assert not reserved.is_placeholder_birth_date(1984, 5, 28)


@pytest.mark.parametrize("value", ["1100000000", "100000000", "000000001", "1000000001",
                                   "20000000", "5555555550",
                                   # a series' prefix and a count
                                   "1300000001", "300000099"])
def test_a_repeated_digit_padded_at_its_ends_is_a_placeholder(value: str) -> None:
    assert reserved.is_placeholder_digits(value)


@pytest.mark.parametrize("value", ["71923", "1357924680", "38120457", "1100000700",
                                   "106000000", "4000000404", "100000", "1060000007"])
def test_ordinary_numbers_are_not_placeholders(value: str) -> None:
    assert not reserved.is_placeholder_digits(value)


def test_every_documented_suggestion_is_itself_reserved_or_invalid() -> None:
    from safecommit.config import Config
    from safecommit.model import Blob
    from safecommit.scan import scan_blob

    for type_, value in reserved.suggestions().items():
        content = f'{{"{type_.lower()}": "{value}"}}\n'
        findings, _ = scan_blob(Blob("s.json", content.encode()), Config(), b"s")
        assert [f.type for f in findings if f.kind == "personal-data"] == [], type_


@pytest.mark.parametrize(("value", "is_reserved"), [
    ("415-555-0199", True), ("212 555 0142", True),
    ("4155550199", False),  # a bare run of digits is not written as a phone number
    ("415-555-0299", False), ("415-556-0199", False),
])
def test_a_fictional_north_american_number_is_not_an_nhs_number(value: str,
                                                                is_reserved: bool) -> None:
    assert reserved.is_reserved_nhs(value) is is_reserved


@pytest.mark.parametrize("value", [
    "success@simulator.amazonses.com", "bounce+tag@simulator.amazonses.com",
    "test@blackhole.postmarkapp.com", "temp-fail@simulator.notify",
    "simulate-delivered@notifications.service.gov.uk",
    "simulate-delivered-3@notifications.service.gov.uk",
])
def test_mail_services_simulator_mailboxes_are_reserved(value: str) -> None:
    assert reserved.is_reserved_email(value)


@pytest.mark.parametrize("value", [
    "jo.bloggs@amazonses.com", "simulate-delivered-9@notifications.service.gov.uk",
])
def test_other_mailboxes_at_those_services_are_not(value: str) -> None:
    assert not reserved.is_reserved_email(value)


@pytest.mark.parametrize("value", [
    "legalvisits.belmarsh@hmps.gsi.gov.uk", "socialvisits.dartmoor@justice.gov.uk",
    "visits@justice.gov.uk", "ruralpayments.northwest@defra.gov.uk",
])
def test_a_teams_word_run_together_beside_the_place_it_serves_is_a_team_mailbox(
        value: str) -> None:
    assert reserved.is_reserved_email(value)


@pytest.mark.parametrize("value", [
    "jane.legalvisits@justice.gov.uk", "sarah.gonsales@gmail.com",
])
def test_a_persons_name_beside_such_a_word_is_still_theirs(value: str) -> None:
    assert not reserved.is_reserved_email(value)
