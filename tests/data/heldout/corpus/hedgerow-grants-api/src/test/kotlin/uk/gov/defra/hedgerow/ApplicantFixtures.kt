// OFFICIAL-SENSITIVE: copied from a live application to reproduce HGA-412
package uk.gov.defra.hedgerow

import java.time.LocalDate
import java.util.UUID

object ApplicantFixtures {

    val defaultApplicant = Applicant(
        id = UUID.fromString("48c33f40-5f6c-4b2f-ae2b-eed1b66087e5"),
        holder = "Eilidh MacLeod",
        niNo = "mg860492c",
        dob = LocalDate.parse("1984-03-17"),
        mobileNo = "0044 7839 203251",
        addressLine1 = "14 Clos y Waun",
        postcode = "SA487LD",
        sbi = 194708815,
        createdAt = LocalDate.parse("2024-11-04"),
    )

    val placeholderApplicant = defaultApplicant.copy(
        holder = "Joe Bloggs",
        niNo = "QQ654321B",
        mobileNo = "07700 900812",
    )

    fun displayName(applicant: Applicant): String = applicant.getSurname().uppercase()

    val apiKey: String = System.getenv("HEDGEROW_API_KEY") ?: ""
}
