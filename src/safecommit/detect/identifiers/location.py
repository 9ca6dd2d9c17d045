"""Positions: a photo's GPS tag can put a person at their home."""

from __future__ import annotations

from safecommit.detect.identifiers.address import ORG_NAME_ENDINGS, ORG_RECORD_TYPES
from safecommit.detect.recognizer import Recognizer

# A latitude, longitude pair in decimal degrees, precise to a building (four decimals or
# more), in either order (GeoJSON's is longitude first). It counts only beside GPS words or
# words that say it is someone's home: coordinates of offices and rivers in code are not
# about a person; a camera's record of where a photo was taken is, and so is a home's.
GPS_POSITION = Recognizer(
    type="LOCATION",
    name="gps-position",
    pattern=r"(?<![\w.\-])-?(?:[1-8]?\d|90)\.\d{4,8},[ \t]?-?(?:1[0-7]\d|180|[1-9]?\d)\.\d{4,8}"
            r"(?![\w.])",
    why="A precise GPS position, such as a photo's, can locate a person's home.",
    context=("gps", "gps position", "gps latitude", "geotag", "geo tag",
             # (not "home" alone: a map's home view is where it opens)
             "home is", "home location", "home address", "home coordinates", "house",
             "farmhouse", "residence", "dwelling", "lives"),
    requires_context=True,
    reserved=lambda v: all(float(p) == 0 for p in v.split(",")),
    suggest="0.000000, 0.000000",
    # A GeoJSON point is its feature's: a person's where its properties name a keeper, an
    # occupier or an owner, or give the point's postal address; not an office's or a
    # depot's, whatever a building's name says.
    feature_context=("keeper", "occupier", "owner", "farmer", "resident", "householder",
                     "claimant", "applicant", "address", "postcode"),
    anti_owner=ORG_RECORD_TYPES,
    anti_owner_names=ORG_NAME_ENDINGS,
)

# The same pair kept under its own keys, latitude then longitude, as a record or a map's
# marker holds it: ``{lat: …, lon: …}``, ``"latitude": …, "longitude": …``. The keys are
# read by the pattern, and the words that say whose (a home's, a photo's) by its context.
_LAT_KEY = r"(?:lat|latitude|Lat|Latitude|LAT|LATITUDE)"
_LON_KEY = r"(?:lon|lng|long|longitude|Lon|Lng|Long|Longitude|LON|LNG|LONGITUDE)"
_KEYED_NUMBER = r"[\"']?[ \t]*[:=][ \t]*[\"']?-?\d{1,3}\.\d{4,8}[\"']?"
GPS_KEYED = Recognizer(
    type="LOCATION",
    name="gps-position",
    pattern=rf"(?<![\w.\-])[\"']?{_LAT_KEY}{_KEYED_NUMBER}[ \t]*,[ \t]*[\"']?{_LON_KEY}"
            rf"{_KEYED_NUMBER}(?![\w.])",
    why=GPS_POSITION.why,
    context=GPS_POSITION.context,
    requires_context=True,
    suggest="lat: 0.000000, lon: 0.000000",
)

# Each of the two on a line of its own, or under a key that says whose (``home_lat``,
# ``homeLongitude``; a YAML record's ``lat:`` below its ``home_location:``): a home's
# latitude or longitude, each a finding. The key is read by the pattern.
_HOME_KEYS = tuple(f"{whose} {part}" for whose in ("home", "house", "residence", "residential")
                   for part in ("lat", "latitude", "lon", "lng", "long", "longitude"))
GPS_KEYED_PART = Recognizer(
    type="LOCATION",
    name="gps-position",
    pattern=rf"(?<![\w.\-])[\"']?(?:[A-Za-z]+[_\-]?)?(?:{_LAT_KEY}|{_LON_KEY})"
            rf"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<part>-?\d{{1,3}}\.\d{{4,8}})(?![\w.])",
    group="part",
    why=GPS_POSITION.why,
    context=(*_HOME_KEYS, *GPS_POSITION.context),
    requires_context=True,
    reserved=lambda v: float(v) == 0,
    suggest="0.000000",
    # A block under a home's key (``home_location:``, ``residence:``), maybe in a neutral
    # one (its ``coordinates``); not a map's ``home`` view, that has a zoom beside it.
    enclosing_context=("home", "house", "farmhouse", "residence", "residential",
                       "dwelling"),
    enclosing_neutral=("location", "position", "coordinates", "coords", "geo", "point",
                       "gps", "latlng", "lat lng", "centroid"),
    anti_record=("zoom", "bearing", "pitch", "tilt", "bounds", "extent"),
    anti_owner=ORG_RECORD_TYPES,
    anti_owner_names=ORG_NAME_ENDINGS,
)

RECOGNIZERS = (GPS_POSITION, GPS_KEYED, GPS_KEYED_PART)
