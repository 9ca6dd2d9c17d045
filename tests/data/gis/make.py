"""Make the GIS fixtures: ``python make.py`` in a virtualenv with pyshp (not a test
dependency: the files are committed). Every value is invented."""

import zipfile
from pathlib import Path

import shapefile

HERE = Path(__file__).parent

with shapefile.Writer(str(HERE / "holdings"), shapeType=shapefile.POINT) as shp:
    shp.field("CPH", "C", size=14)
    shp.field("OWNER", "C", size=40)
    shp.field("CONTACT", "C", size=40)
    shp.field("AREA_HA", "N", size=8, decimal=2)
    shp.field("SURVEYED", "D")
    shp.point(-3.1, 52.4)
    shp.record("41/187/0023", "Bethan Lloyd-Jones", "bethan.lj@btinternet.com", 12.5, "20230614")
    shp.point(-2.9, 52.5)
    shp.record("41/187/0119", "Hywel Pryce", "", 40.25, "20230702")
(HERE / "holdings.cpg").write_text("UTF-8")

kml = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>
<name>Upper Cwm field</name><description>Tenant: Owain Gwilym, 07700 900 123 is not his,
call 07912 345678</description><Point><coordinates>-3.2,52.3</coordinates></Point>
</Placemark></Document></kml>
"""
with zipfile.ZipFile(HERE / "fields.kmz", "w", zipfile.ZIP_DEFLATED) as kmz:
    kmz.writestr("doc.kml", kml)
