"""Network and device identifiers: public IP addresses, MAC addresses, IMEIs."""

from __future__ import annotations

import ipaddress

from safecommit.detect.identifiers.numbers import among_decimals
from safecommit.detect.recognizer import Recognizer
from safecommit.offline import without_ssl
from safecommit.reserved import is_placeholder_digits, is_reserved_ip, is_reserved_mac

IP_CONTEXT = ("ip", "ip address", "ipv4", "ipv6", "client", "remote", "remote addr", "addr",
              "host", "egress", "proxy", "proxies", "forwarded", "x forwarded for", "from",
              "source", "src", "request from", "whitelist", "allowlist", "allowed ips", "peer")
# 1.2.3.4 next to these (or under them as a key: an image ``tag``) is a version or an
# object identifier, not an address.
VERSION_WORDS = ("version", "ver", "build", "release", "tag", "image", "image tag", "chart",
                 "app version", "oid", "object identifier",
                 "revision", "rev", "semver", "firmware", "snmp", "mib", "section", "sections",
                 "chapter", "clause", "paragraph", "rfc", "spec", "specification", "standard",
                 "jls", "jvms",  # Javadoc's tags for the Java specifications' sections
                 # a change log's: "upgrade V8 to 9.5.17.8", "bump to …", a Debian
                 # changelog's "pkg (1.14.16.5) unstable; urgency=low"
                 "upgrade", "upgraded", "bump", "bumped", "urgency",
                 "v8",  # Chrome's and Node's engine, whose versions have four parts
                 # a HAR capture's entry names the server it reached (a CDN's, a
                 # service's), never the browser's own address
                 "server ip address")


_GLOBAL_UNICAST = ipaddress.ip_network("2000::/3")
# IANA's IETF protocol assignments: the few global ones are anycast services (PCP, TURN),
# never one person's device.
_IETF_PROTOCOL = ipaddress.ip_network("192.0.0.0/24")
# The object identifiers of X.500's attribute types and X.509's certificate extensions
# (2.5.4.3 is a certificate's common name, 2.5.29.17 its alternative names): certificate
# code and its docs are full of them.
_X500_ARCS = ("2.5.4.", "2.5.29.")


def _public(value: str) -> bool:
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    if not address.is_global or address.is_multicast:
        return False
    if isinstance(address, ipaddress.IPv4Address):
        if value.startswith(_X500_ARCS) or address in _IETF_PROTOCOL:
            return False
        octets = [int(o) for o in value.split(".")]
        # 2.7.2.2, 8.2.4.44, 1.2.5.3: a version or a section number, not an address;
        # x.y.z.0 and x.y.z.255 name a network or its broadcast, not one host
        return sum(o < 10 for o in octets) < 3 and octets[3] not in (0, 255)
    # A device's address ends in a random or hardware-derived interface identifier;
    # 2001:658:22a:cafe::1 or 2003::baba is a server, a router or an example.
    groups = [address.packed[i:i + 2] for i in range(8, 16, 2)]
    nonzero = sum(g != b"\0\0" for g in groups)
    return address in _GLOBAL_UNICAST and nonzero >= 3 and len(set(groups)) > 1


def _ip_suggestion(value: str) -> str:
    return "2001:db8::10" if ":" in value else "192.0.2.10"


_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# Four numbers that open a Markdown or AsciiDoc heading number its section or its
# release: ``## 5.12.3.14 Eligible land``, ``## [1.14.2.0] - 2024-09-10``. One ``#``
# and a blank also opens a comment (a hosts file's, a script's): only bracketed there.
_NOT_A_HEADING = r"(?<!(?:^|\n)[ \t]{0,3}(?:#{2,6}[ \t]+\[?|#[ \t]+\[|={1,6}[ \t]+))"

# A release that a news file names: "What's new in <package> <version>", "(since <version>)".
_NOT_A_RELEASE = r"(?<!\b(?:[Nn]ew[ \t]+in[ \t]+[\w.+\-]{1,40}|[Ss]ince)[ \t]+)"

IPV4 = Recognizer(
    type="IP_ADDRESS",
    name="ipv4",
    # Not after a section sign: "§17.3.2.36" numbers a standard's clause.
    pattern=rf"(?<![\w.\-§]){_NOT_A_HEADING}(?<!§[ \t]){_NOT_A_RELEASE}"
            rf"(?:{_OCTET}\.){{3}}{_OCTET}(?![\w\-]|\.\w)",
    why="A public IP address can identify a person's device or home connection.",
    context=IP_CONTEXT,
    anti_context=VERSION_WORDS,
    anti_context_near=True,
    validate=_public,
    reserved=is_reserved_ip,
    suggest=_ip_suggestion,
    confidence=0.7,
    numbers_around=among_decimals,
)

# Global unicast IPv6 (2000::/3) starts 2xxx or 3xxx; needs at least three groups.
IPV6 = Recognizer(
    type="IP_ADDRESS",
    name="ipv6",
    pattern=r"(?<![\w:.])[23][0-9A-Fa-f]{3}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:]|\.[0-9A-Fa-f])",
    why="A public IP address can identify a person's device or home connection.",
    context=IP_CONTEXT,
    anti_context=VERSION_WORDS,
    anti_context_near=True,
    validate=_public,
    reserved=is_reserved_ip,
    suggest=_ip_suggestion,
    confidence=0.8,
)


def _mac_suggestion(value: str) -> str:
    sep = "-" if "-" in value else ":"
    return sep.join(("00", "00", "5E", "00", "53", "01"))


MAC = Recognizer(
    type="MAC_ADDRESS",
    name="mac",
    # After a colon only where a word ends in it (``MAC:``), not inside a longer run of
    # pairs (a key's fingerprint, an IPv6 address), nor on the line after one that ends
    # in a pair and a colon: the last line of a hex dump (a certificate's modulus).
    pattern=r"(?<![\w\-.])(?<!(?<![A-Za-z0-9])[0-9A-Fa-f]{1,4}:)(?<!::)"
            r"(?<![0-9A-Fa-f]{2}:\r?\n[ \t]*)"
            r"[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}"
            r"(?![\w:\-]|\.\w)",
    why="A MAC address identifies a person's device.",
    context=("mac", "mac address", "macaddress", "hwaddr", "hardware address", "device",
             "bssid", "ether", "ethernet"),
    reserved=is_reserved_mac,
    suggest=_mac_suggestion,
    confidence=0.85,
)


def _dotted_mac(value: str) -> bool:
    # 2024.0517.0001 is a build's number: a MAC in dotted form has letters and digits. And
    # its last four octets are the vendor's and the device's, seldom two small numbers
    # (*0FA2.0020.0002 is a collation table's weights).
    _, second, third = value.split(".")
    return any(c in "abcdefABCDEF" for c in value) and any(c.isdigit() for c in value) \
        and not (second.startswith("00") and third.startswith("00"))


def _mac_dotted_suggestion(value: str) -> str:
    return "0000.5e00.5301"


# Cisco's form, three dotted groups of four (``0000.5e00.5301``), as a switch's MAC address
# table or a DHCP snooping log prints it.
MAC_DOTTED = Recognizer(
    type="MAC_ADDRESS",
    name="mac",
    pattern=r"(?<![\w.\-:])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w\-:]|\.\w)",
    why=MAC.why,
    context=MAC.context,
    validate=_dotted_mac,
    reserved=is_reserved_mac,
    suggest=_mac_dotted_suggestion,
    confidence=0.85,
)


def _imei_valid(value: str) -> bool:
    with without_ssl():
        from stdnum import imei

    digits = "".join(c for c in value if c.isdigit())
    return len(digits) == 15 and imei.is_valid(digits)


# The examples the IMEI's references print (its encyclopaedia article's, which the format's
# guides and validators' tests copy): nobody's handset.
_PUBLISHED_IMEIS = frozenset({"490154203237518", "352099001761481"})


def _imei_reserved(value: str) -> bool:
    # TACs starting 00 are the test range; runs and repeats are placeholders.
    digits = "".join(c for c in value if c.isdigit())
    return digits.startswith("00") or is_placeholder_digits(digits[:14]) \
        or digits in _PUBLISHED_IMEIS


IMEI = Recognizer(
    type="DEVICE_ID",
    name="imei",
    pattern=r"(?<![\w.+/\-])\d{2}[ \-]?\d{6}[ \-]?\d{6}[ \-]?\d(?![\w]|[.\-]\d)",
    why="An IMEI identifies a person's phone.",
    context=("imei", "device id", "deviceid", "handset", "serial number", "device serial"),
    requires_context=True,
    validate=_imei_valid,
    reserved=_imei_reserved,
    suggest="001010000000008",
)

RECOGNIZERS = (IPV4, IPV6, MAC, MAC_DOTTED, IMEI)
