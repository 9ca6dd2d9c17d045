"""Licence texts: the GNU licences' stock names are no one's; a real holder still is."""

from __future__ import annotations

from conftest import found

# The end of the GPL version 2, as every COPYING file holds it.
GPL2_TAIL = """\
You should also get your employer (if you work as a programmer) or your
school, if any, to sign a "copyright disclaimer" for the program, if
necessary.  Here is a sample; alter the names:

  Yoyodyne, Inc., hereby disclaims all copyright interest in the program
  `Gnomovision' (which makes passes at compilers) written by James Hacker.

  <signature of Ty Coon>, 1 April 1989
  Ty Coon, President of Vice
"""

# The same passage in the LGPL version 2.1, with the sample author's middle name.
LGPL21_TAIL = """\
  Yoyodyne, Inc., hereby disclaims all copyright interest in the
  library `Frob' (a library for tweaking knobs) written by James Random Hacker.

  <signature of Ty Coon>, 1 April 1990
  Ty Coon, President of Vice
"""


def test_the_gpl_sample_disclaimer_is_quiet() -> None:
    assert found("COPYING", GPL2_TAIL, type_="PERSON") == []


def test_the_lgpl_sample_author_with_a_middle_name_is_quiet() -> None:
    assert found("LICENSE", LGPL21_TAIL, type_="PERSON") == []


def test_a_real_author_in_the_same_sentence_is_still_found() -> None:
    text = "  `Gnomovision' (which makes passes at compilers) written by Priya Hackett.\n"
    assert found("COPYING", text, type_="PERSON") == ["Priya Hackett"]
