package uk.gov.defra.hedgerow

import org.scalatest.flatspec.AnyFlatSpec
import org.scalatest.matchers.should.Matchers

class PaymentSpec extends AnyFlatSpec with Matchers {

  private val bank = BankDetails(
    payee = "Chukwuemeka Okafor",
    sortCode = "895403",
    accNo = "05834881",
    iban = "GB18 BARC 0386 7697 2308 87"
  )

  private val card = CardPayment(
    pan = "4461-7087-6770-8367",
    expiry = "09/27",
    cardholder = "Mrs Adwoa Mensah"
  )

  "a card payment" should "reject the published test card" in {
    val rejected = card.copy(pan = "4242-4242-4242-4242")
    Validator.card(rejected) shouldBe Left(TestCard)
  }

  it should "accept the ISO example IBAN in a dry run" in {
    Validator.iban("GB82 WEST 1234 5698 7654 32") shouldBe Right(())
  }

  it should "mask the payee" in {
    Masker.mask(bank.payeeName) should not be empty
  }
}
