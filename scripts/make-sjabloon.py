#!/usr/bin/python3
# Writes Draagwijzer's spreadsheet template (issue 19) from the instrument: resources/spreadsheet/sjabloon.csv and
# sjabloon.xlsx, whose columns are those of the built-in profile "sjabloon" (SpreadsheetProfiel::sjabloon). Run it
# again when the instrument changes; spreadsheetsjabloon_test checks that the two files and the profile agree.
# Needs python3-openpyxl (Debian).
import json
import os
import sys

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
instrument = json.load(open(os.path.join(root, "resources/instruments/draagkracht-1.json"), encoding="utf-8"))
out = os.path.join(root, "resources/spreadsheet")

inwoner = [
    ("ref", "Referentie van de inwoner, uniek in het team (bijvoorbeeld ENS-000123)", "tekst"),
    ("naam", "Naam van de inwoner (nodig bij een nieuwe inwoner)", "tekst"),
    ("geboortedatum", "Geboortedatum (nodig bij een nieuwe inwoner)", "dd-mm-jjjj"),
    ("gemeente", "Gemeente (nodig bij een nieuwe inwoner)", "tekst"),
    ("professional", "De casusregisseur", "tekst"),
    ("datum", "Datum van het meetmoment", "dd-mm-jjjj"),
    ("perspectief", "Wiens antwoorden deze rij heeft: inwoner (Tabel 1) of professional (Tabel 2); "
     "bij beide op één datum: twee rijen", "inwoner of professional"),
]
columns = list(inwoner)
for p in instrument["perspectieven"]:
    schaal = ", ".join(f'{s["waarde"]} = {s["label"]}' for s in p["schaal"])
    for item in p["items"]:
        columns.append((item["code"], f'{p["tabel"]}: {item["tekst"]}', f"1 t/m 5 ({schaal}); leeg = {p['open_label']}"))
niveaus = ", ".join(f'{n["waarde"]} = {n["label"]}' for n in instrument["draaglast_niveaus"])
for g in instrument["levensgebieden"]:
    columns.append((f'draaglast.{g["code"]}', f'Draaglast: {g["naam"]} (van het perspectief van de rij)',
                    f"{niveaus}, n.v.t.; leeg = niet gescoord"))

headers = [c[0] for c in columns]
with open(os.path.join(out, "sjabloon.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write(";".join(headers) + "\r\n")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Metingen"
ws.append(headers)
bold = Font(bold=True)
fill = PatternFill("solid", fgColor="DDEBF7")
for i, h in enumerate(headers, start=1):
    cell = ws.cell(row=1, column=i)
    cell.font = bold
    cell.fill = fill
    ws.column_dimensions[cell.column_letter].width = max(10, len(h) + 2)
ws.freeze_panes = "B2"
last = 5000
letter = lambda name: ws.cell(row=1, column=headers.index(name) + 1).column_letter
for name in ("geboortedatum", "datum"):
    ws.column_dimensions[letter(name)].number_format = "dd-mm-yyyy"  # a date typed there shows as one
persp = DataValidation(type="list", formula1='"inwoner,professional"', allow_blank=True)
persp.add(f"{letter('perspectief')}2:{letter('perspectief')}{last}")
items = DataValidation(type="whole", operator="between", formula1="1", formula2="5", allow_blank=True,
                       error="Een antwoord is 1 t/m 5; laat de cel leeg voor weet niet.", showErrorMessage=True)
draaglast = DataValidation(type="list", formula1='"0,1,2,n.v.t."', allow_blank=True)
for h in headers:
    rng = f"{letter(h)}2:{letter(h)}{last}"
    if h.startswith(("inw.", "pro.")):
        items.add(rng)
    elif h.startswith("draaglast."):
        draaglast.add(rng)
for v in (persp, items, draaglast):
    ws.add_data_validation(v)

uitleg = wb.create_sheet("Uitleg")
uitleg.append(["kolom", "wat", "waarden"])
for c in columns:
    uitleg.append(list(c))
for cell in uitleg[1]:
    cell.font = bold
uitleg.column_dimensions["A"].width = 24
uitleg.column_dimensions["B"].width = 90
uitleg.column_dimensions["C"].width = 70
for row in uitleg.iter_rows(min_row=2):
    for cell in row:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
wb.properties.creator = "Draagwijzer"
wb.save(os.path.join(out, "sjabloon.xlsx"))
print(f"{len(headers)} kolommen in {out}/sjabloon.csv en sjabloon.xlsx", file=sys.stderr)
