#!/usr/bin/python3
"""Write the team sheets the spreadsheet readers are tested on (tests/reporting/*source_test.cpp).

    /usr/bin/python3 tests/data/make_spreadsheets.py OUTDIR

The build runs this into build/tests/reporting/spreadsheets (with tests/tools/make_xlsx_sheets.cpp, which adds
the files libxlsxwriter writes); nothing binary is committed. Needs python3-openpyxl (a test-only package).

One function a file: to add a sheet, write a function `name(out)` that writes OUTDIR/<file> and add it to FILES.
The tests assert what a human read from these functions, so change a file only together with its test.
"""

import datetime
import os
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils.datetime import CALENDAR_MAC_1904


def write_bytes(out, name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


# --- CSV --------------------------------------------------------------------------------------------------------

def puntkomma_utf8_bom(out):
    """';', UTF-8 with BOM, CRLF, as Dutch Excel saves "CSV UTF-8". Row 3 has a line end inside quotes (one row);
    row 5 is empty; row 6 ends in empty cells and has trailing spaces."""
    rows = [
        'Naam;Geboortedatum;Score;Team;Opmerking',
        'Jansen;14-06-2016;3,5;Financiën;"Zegt: ""prima"""',
        'de Vries;4-6-2016;4;Zorg;"Twee\r\nregels"',
        'Özdemir;2016-06-14;42535;Wonen;"a;b"',
        '',
        'Bakker;;7,25;   spaties achteraan   ;;',
    ]
    write_bytes(out, "puntkomma-utf8-bom.csv", b"\xef\xbb\xbf" + "\r\n".join(rows).encode("utf-8") + b"\r\n")


def komma_utf8(out):
    """',', UTF-8 without BOM, LF; decimal commas and a place with a comma are quoted; no line end at the end."""
    rows = [
        'Naam,Datum,Score,Plaats',
        'Jansen,14-06-2016,"3,5","Den Haag, Centrum"',
        '"O\'Brien ""Bob""",4-6-2016,4,Utrecht',
        'Müller,42535,"7,25",Zoë’s dorp',
    ]
    write_bytes(out, "komma-utf8.csv", "\n".join(rows).encode("utf-8"))


def puntkomma_cp1252(out):
    """';', Windows-1252 (Excel's "CSV (gescheiden door lijstscheidingsteken)"), CRLF: é ë ï € ’ as single bytes."""
    rows = [
        'Naam;Bedrag;Toelichting',
        'Hélène;€ 12,50;café’s',
        'Zoë;3,5;naïef',
    ]
    write_bytes(out, "puntkomma-cp1252.csv", "\r\n".join(rows).encode("cp1252") + b"\r\n")


def tab(out):
    """Tab-separated, UTF-8; the commas and semicolons in the text are no separators."""
    rows = ['Naam\tOpmerking\tScore', 'Jansen\ta, b; c\t3,5']
    write_bytes(out, "tab.csv", "\n".join(rows).encode("utf-8") + b"\n")


def sep_regel(out):
    """Excel's "sep=," first line: ',' is the separator though the header has more ';', and that line is no row."""
    rows = ['sep=,', 'Naam;Voornaam,Score', 'Jansen;Piet,4']
    write_bytes(out, "sep-regel.csv", "\n".join(rows).encode("utf-8") + b"\n")


def aanhalingsteken_open(out):
    """A quote opened on row 3 (line 3) that is never closed."""
    rows = ['Naam;Opmerking', 'Jansen;goed', 'de Vries;"begint', 'en sluit nooit']
    write_bytes(out, "aanhalingsteken-open.csv", "\n".join(rows).encode("utf-8") + b"\n")


def groot_100k_csv(out):
    """100,000 rows: a header and 99,999 inwoners. Row n (2..100000) is DW-<n>;<date>;<n mod 10>,5;Inwoner <n>."""
    with open(os.path.join(out, "groot-100k.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("Ref;Datum;Score;Naam\r\n")
        start = datetime.date(2016, 1, 1)
        for n in range(2, 100001):
            day = start + datetime.timedelta(days=n % 1000)
            f.write(f"DW-{n:06d};{day.day:02d}-{day.month:02d}-{day.year};{n % 10},5;Inwoner {n}\r\n")


# --- XLSX by openpyxl --------------------------------------------------------------------------------------------

def twee_bladen(out):
    """Two sheets, Blad1 and Metingen. Blad1: A1:C1 merged ("Inwoners"), headers in row 2, rows 3, 4 and 6 (5 is
    empty); dates in 'dd/mm/yyyy', 'd-m-jjjj' and a date-time style; inline strings (openpyxl 3.0 writes every string
    inline), one with trailing spaces. Metingen: 42535 without date style, 0.1 + 0.2 (stored, as Excel does, in 15 digits: 0.3) and a time (no date)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Inwoners"
    ws.merge_cells("A1:C1")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["Naam", "Geboortedatum", "Score", "Team"])
    ws.append(["Jansen", datetime.date(2016, 6, 14), 3.5, "Financiën"])
    ws.append(["de Vries  ", datetime.date(2016, 6, 4), 4, "Zorg"])
    ws["B3"].number_format = "dd/mm/yyyy"
    ws["B4"].number_format = "d-m-jjjj"
    ws["A6"] = "Bakker"
    ws["B6"] = datetime.datetime(1999, 12, 31, 13, 45)  # openpyxl's date-time style; the time is dropped
    ws["D6"] = "Financiën"
    metingen = wb.create_sheet("Metingen")
    metingen.append(["Meting", "Waarde"])
    metingen.append(["serieel", 42535])
    metingen.append(["som", 0.1 + 0.2])
    metingen.append(["tijd", datetime.time(14, 30)])
    wb.save(os.path.join(out, "twee-bladen.xlsx"))


def datum_1904(out):
    """A workbook in the 1904 date system (old Mac Excel): 14 June 2016 is serial 41073 there."""
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Mac"
    ws.append(["Datum", datetime.date(2016, 6, 14)])
    ws["B1"].number_format = "dd-mm-yyyy"
    wb.save(os.path.join(out, "datum-1904.xlsx"))


# --- XLSX by hand: what openpyxl does not write ------------------------------------------------------------------

HAND_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c>
  <x:c r="C1" t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t xml:space="preserve">line </x:t></x:r></x:is></x:c></x:row>
<x:row r="2"><x:c t="b"><x:v>1</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c>
  <x:c t="str"><x:f>A1&amp;"!"</x:f><x:v>Jansen!</x:v></x:c><x:c><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>
<x:row><x:c r="B3" s="1"><x:v>59</x:v></x:c><x:c r="C3" s="1"><x:v>60</x:v></x:c><x:c r="D3" s="1"><x:v>61</x:v></x:c>
  <x:c r="E3" s="2"><x:v>0.5</x:v></x:c><x:c r="F3" s="1"><x:v>42535.75</x:v></x:c></x:row>
<x:row r="4" spans="1:3"><x:c r="A4" s="1"/><x:c r="B4" t="s"/></x:row>
<x:row r="7"><x:c r="AB7" t="d"><x:v>2016-06-14T00:00:00</x:v></x:c><x:c r="XFD7"><x:v>-1.5E3</x:v></x:c></x:row>
</x:sheetData>
</x:worksheet>
"""

HAND_SHARED = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><r><rPr><b/></rPr><t>Jan</t></r><r><t>sen</t></r></si>
<si><t>加藤</t><rPh sb="0" eb="2"><t>カトウ</t></rPh></si>
</sst>
"""

HAND_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-413]h:mm;@"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/></cellXfs>
</styleSheet>
"""

HAND_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Hand" sheetId="1" rel:id="rIdHand"/></sheets>
</workbook>
"""

HAND_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdHand" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/boek/bladen/hand.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="teksten.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="stijlen.xml"/>
</Relationships>
"""

HAND_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="boek/werkmap.xml"/>
</Relationships>
"""


def hand_xlsx(out, name, sheet_xml):
    """A workbook written part by part, its one sheet "Hand" being `sheet_xml`."""
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types '
                   'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", HAND_ROOT_RELS)
        z.writestr("boek/werkmap.xml", HAND_WORKBOOK)
        z.writestr("boek/_rels/werkmap.xml.rels", HAND_RELS)
        z.writestr("boek/bladen/hand.xml", sheet_xml)
        z.writestr("boek/teksten.xml", HAND_SHARED)
        z.writestr("boek/stijlen.xml", HAND_STYLES)


def handgemaakt(out):
    """A workbook outside xl/ (found through _rels/.rels), prefixed XML (x:), rich-text and phonetic shared
    strings, inline rich text, booleans, an error, formulas, cells and rows without r, the 1900 leap-day bug
    (serials 59, 60, 61), a time format, a date with a time, t="d", the last column XFD."""
    hand_xlsx(out, "handgemaakt.xlsx", HAND_SHEET)


def hand_sheet(rows):
    return ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + rows + '</sheetData></worksheet>')


def gedeelde_tekst_ontbreekt(out):
    """Row 2, cell B2 points to shared string 7 of the 2 there are."""
    hand_xlsx(out, "gedeelde-tekst-ontbreekt.xlsx",
              hand_sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="B2" t="s"><v>7</v></c></row>'))


def rijen_door_elkaar(out):
    """Row 5 comes before row 3, which Excel never writes."""
    hand_xlsx(out, "rijen-door-elkaar.xlsx",
              hand_sheet('<row r="5"><c r="A5"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></c></row>'))


def geen_werkmap(out):
    """A zip, but no workbook in it; and an OpenDocument spreadsheet (LibreOffice's .ods), as far as it matters."""
    with zipfile.ZipFile(os.path.join(out, "geen-werkmap.zip"), "w") as z:
        z.writestr("leesmij.txt", "geen werkmap")
    with zipfile.ZipFile(os.path.join(out, "rekenblad.ods"), "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")


def afgebroken(out):
    """twee-bladen.xlsx cut off halfway, as a download or a full disk leaves it."""
    with open(os.path.join(out, "twee-bladen.xlsx"), "rb") as f:
        data = f.read()
    write_bytes(out, "afgebroken.xlsx", data[: len(data) // 2])


def oud_excel(out):
    """The start of an OLE compound file, as an .xls (Excel 97-2003) begins; the rest does not matter here."""
    write_bytes(out, "oud-excel.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le"))


FILES = [
    puntkomma_utf8_bom,
    komma_utf8,
    puntkomma_cp1252,
    tab,
    sep_regel,
    aanhalingsteken_open,
    groot_100k_csv,
    twee_bladen,
    datum_1904,
    handgemaakt,
    gedeelde_tekst_ontbreekt,
    rijen_door_elkaar,
    geen_werkmap,
    afgebroken,  # after twee_bladen: it cuts that file
    oud_excel,
]


def main():
    if len(sys.argv) != 2:
        sys.exit("gebruik: make_spreadsheets.py UITVOERMAP")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for write in FILES:
        write(out)


if __name__ == "__main__":
    main()
