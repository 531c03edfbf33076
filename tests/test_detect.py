"""Language and profile detection."""

from __future__ import annotations

from clarity import check_text

EN = "We will pay for damage to your home. You must tell us about any claim within 30 days."
FI = "Korvaamme kotisi vahingot. Sinun on ilmoitettava vahingosta meille 30 päivän kuluessa, jos haet korvausta."


def test_detects_english_and_finnish():
    assert check_text(EN).language == "en"
    assert check_text(FI).language == "fi"


def test_mixed_file_is_checked_in_its_main_language_and_says_so():
    mixed = " ".join([FI] * 4 + [EN])
    result = check_text(mixed)
    assert result.language == "fi"
    assert any("mixed languages" in note for note in result.notes)
    assert result.language_detected


def test_explicit_language_wins():
    result = check_text(FI, lang="en")
    assert result.language == "en" and not result.language_detected


def test_profile_detection():
    insurance = (
        "Your premium and excess are shown in the schedule. We insure your car. Claims: call us. "
        * 3
    )
    loan = (
        "The lender charges interest at an APR of 9.9%. You repay the loan in monthly instalments. "
        * 3
    )
    assert check_text(insurance).profile == "insurance"
    assert check_text(loan).profile == "loan"
    assert check_text("The weather is nice today and we walk in the park.").profile == "generic"
    fi_loan = (
        "Luotonantaja perii korkoa. Todellinen vuosikorko on 9,9 %. Luotto maksetaan takaisin kuukausittain. "
        * 4
    )
    assert check_text(fi_loan).profile == "loan"
    assert check_text(insurance, profile="loan").profile == "loan"
