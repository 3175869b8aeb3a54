#!/usr/bin/env python3
"""A team's own measurement sheet, as wijkteams keep them in Excel (issue 19): one row per meetmoment, with the
inwoner's and the professional's answers side by side, the scale's words for Tabel 1, numbers for Tabel 2 and
crosses for draaglast. Deterministic for a seed. Standard library only, so it runs wherever the tests run.

    make_team_sheet.py OUT.csv [--rijen N] [--seed S] [--scheiding ';'|','] [--codering utf-8-sig|utf-8|cp1252]
                       [--profiel PROFIEL.json]

--profiel writes the matching profile (docs/spreadsheetprofiel.md)."""
import argparse
import datetime
import json
import random

INW = [f"inw.pc.{i}" for i in range(1, 9)] + [f"inw.sk.{i}" for i in range(1, 8)]
PRO = [f"pro.pc.{i}" for i in range(1, 7)] + [f"pro.sk.{i}" for i in range(1, 7)]
GEBIEDEN = [("Financiën", "financien"), ("Wonen", "wonen"), ("Tijdsbesteding", "tijdsbesteding"),
            ("Opvoeding", "opvoeding"), ("Lich. gezondheid", "lichamelijke_gezondheid"),
            ("Geest. gezondheid", "geestelijke_gezondheid"), ("Onderwijs", "onderwijs"),
            ("Veiligheid", "veiligheid")]
WOORDEN = ["Helemaal mee oneens", "Mee oneens", "Niet mee eens, niet mee oneens", "Mee eens", "Helemaal mee eens"]
KRUISJE = {"x": 2, "ja": 2, "enigszins": 1, "nee": 0, "n.v.t.": None}
GEMEENTEN = ["Enschede", "Hengelo", "Almelo", "Oldenzaal", "Haaksbergen", "Borne"]
ACHTERNAMEN = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos",
               "Çelik", "Dijkstra", "van Dijk", "Hendriks", "Brouwer", "Yılmaz", "Kok", "Jacobs"]


def header():
    return (["Ref", "Naam", "Geb.datum", "Gemeente", "Casusregisseur", "Datum meting"]
            + [f"V{i}" for i in range(1, 16)] + [f"P{i}" for i in range(1, 13)] + [g[0] for g in GEBIEDEN]
            + ["Opmerking"])


def profiel():
    kolommen = [{"kop": "Ref", "veld": "ref"}, {"kop": "Naam", "veld": "naam"},
                {"kop": "Geb.datum", "veld": "geboortedatum"}, {"kop": "Gemeente", "veld": "gemeente"},
                {"kop": "Casusregisseur", "veld": "professional"}, {"kop": "Datum meting", "veld": "datum"}]
    kolommen += [{"kop": f"V{i + 1}", "veld": c, "waarden": "eens"} for i, c in enumerate(INW)]
    kolommen += [{"kop": f"P{i + 1}", "veld": c} for i, c in enumerate(PRO)]
    kolommen += [{"kop": k, "veld": f"draaglast.{c}", "waarden": "kruisje"} for k, c in GEBIEDEN]
    eens = {w.lower(): i + 1 for i, w in enumerate(WOORDEN)}
    eens["weet niet"] = None
    return {"format": "draagwijzer-spreadsheetprofiel/1", "naam": "teamblad", "kopregel": 1,
            "indeling": "per_meetmoment", "perspectief": "inwoner", "kolommen": kolommen,
            "waarden": {"eens": eens, "kruisje": KRUISJE}}


def rows(n, seed):
    rng = random.Random(seed)
    nummer = 0
    while True:
        nummer += 1
        ref = f"TWT-{nummer:06d}"
        naam = f"{rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(ACHTERNAMEN)}"
        geboren = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 60))
        gemeente = rng.choice(GEMEENTEN)
        regisseur = rng.choice(["M. Jansen", "S. Oude Vrielink", "R. Nijhuis"])
        datum = datetime.date(2016, 1, 4) + datetime.timedelta(days=rng.randrange(0, 365 * 8))
        for meetmoment in range(4):
            if n <= 0:
                return
            n -= 1
            row = [ref, naam, geboren.strftime("%d-%m-%Y"), gemeente, regisseur,
                   f"{datum.day}-{datum.month}-{datum.year}" if meetmoment % 2 else datum.strftime("%d-%m-%Y")]
            row += ["weet niet" if rng.random() < 0.03 else WOORDEN[rng.randrange(5)] for _ in INW]
            row += ["" if rng.random() < 0.03 else str(rng.randrange(1, 6)) for _ in PRO]
            row += [rng.choice(["x", "", "", "nee", "enigszins", "n.v.t."]) for _ in GEBIEDEN]
            row += ["" if rng.random() < 0.9 else "belt terug; zie \"journaal\""]
            yield row
            datum += datetime.timedelta(days=rng.randrange(120, 240))


def quote(cell, sep):
    if any(c in cell for c in (sep, '"', "\n")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def main():
    a = argparse.ArgumentParser()
    a.add_argument("out")
    a.add_argument("--rijen", type=int, default=40)
    a.add_argument("--seed", type=int, default=2016)
    a.add_argument("--scheiding", default=";")
    a.add_argument("--codering", default="utf-8-sig")
    a.add_argument("--profiel")
    args = a.parse_args()
    with open(args.out, "w", encoding=args.codering, errors="replace", newline="") as f:
        for row in [header()] + list(rows(args.rijen, args.seed)):
            f.write(args.scheiding.join(quote(c, args.scheiding) for c in row) + "\r\n")
    if args.profiel:
        with open(args.profiel, "w", encoding="utf-8") as f:
            json.dump(profiel(), f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
