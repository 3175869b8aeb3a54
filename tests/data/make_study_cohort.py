#!/usr/bin/python3
"""Generate the study cohort fixture and the figures `report cohort --json` must give.

Writes, next to this script:

* study-cohort.json           -- 100 inwoners in the exchange format draagwijzer/1
* study-cohort.expected.json  -- the expected output of `report cohort --json`

Deterministic: the only randomness is random.Random(7).  Run with
/usr/bin/python3 (needs python3-scipy for the p-values).

The script has two independent halves:

1. GENERATE: build answers and draaglast levels that hit the study's targets
   (inwoner quadrants 34/26/20/20 -> 44/22/17/17, probleemgebieden sums
   220 -> 180 for the inwoner and 245 -> 205 for the professional) and that
   contain the scoring edge cases listed in EDGE_CASES.
2. SCORE: read study-cohort.json back from disk and compute every figure from
   the raw answers with the rules of DESIGN.md "Scoring", without using
   anything from step 1; then assert the targets and edge cases.

Scoring rules (DESIGN.md):
* component score = mean of the answered items (1..5; an absent item is an
  open answer); it exists only when answered * 3 >= total * 2;
* component present when score >= 3.5;
* quadrant zwak / enkel_competenties / enkel_sociaal_kapitaal / dubbel,
  unknown when either score is missing;
* probleemgebieden = number of levensgebieden with level >= 1 (null = n.v.t.,
  absent levensgebied: neither counts);
* change = last minus first meetmoment, paired per inwoner; paired t-test
  (two-sided), Wilcoxon signed-rank (zeros dropped, normal approximation with
  tie and continuity correction, differences rounded to 9 decimals), exact
  McNemar on dubbel, unweighted Cohen's kappa over the four quadrants.
"""

import datetime
import json
from fractions import Fraction
import math
import os
import random

from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
INSTRUMENT_PATH = os.path.join(HERE, "..", "..", "resources", "instruments", "draagkracht-1.json")
COHORT_PATH = os.path.join(HERE, "study-cohort.json")
EXPECTED_PATH = os.path.join(HERE, "study-cohort.expected.json")

QUADRANTS = ["zwak", "enkel_competenties", "enkel_sociaal_kapitaal", "dubbel"]
# quadrant -> (competenties present, sociaal_kapitaal present)
QUADRANT_FLAGS = {
    "zwak": (False, False),
    "enkel_competenties": (True, False),
    "enkel_sociaal_kapitaal": (False, True),
    "dubbel": (True, True),
}
PERSPECTIVES = ["inwoner", "professional"]
COMPONENTS = ["competenties", "sociaal_kapitaal"]

GEMEENTEN = ["Arnhem", "Enschede", "Súdwest-Fryslân",
             "Tytsjerksteradiel en Achtkarspelen", "Venlo", "Westland"]
INITIALEN = ["É.", "A.", "J.", "Ö.", "M.", "S.", "Ž.", "L.", "B.", "R.", "K.", "Ø."]
ACHTERNAMEN = ["Çelik", "de Vries", "Yılmaz", "Öztürk", "van der Berg", "Boukhari",
               "Novák", "Nguyễn", "Wójcik", "Sánchez", "Hansen", "Ó Briain",
               "Dijkstra", "Müller", "El Amrani", "Šimić", "Jansen", "Kuiper",
               "Bakker", "Brouwer", "Ağaoğlu", "Løvås", "Peña", "Dvořák"]

# Targets ---------------------------------------------------------------
N_INWONERS = 100
INW_Q_TARGET = {
    1: {"dubbel": 34, "zwak": 26, "enkel_competenties": 20, "enkel_sociaal_kapitaal": 20},
    2: {"dubbel": 44, "zwak": 22, "enkel_competenties": 17, "enkel_sociaal_kapitaal": 17},
}
PG_SUM_TARGET = {
    ("inwoner", 1): 220, ("inwoner", 2): 180,
    ("professional", 1): 245, ("professional", 2): 205,
}
# Inwoner quadrant transitions meetmoment 1 (rows) -> meetmoment 2 (columns),
# order D, Z, C, S.  Row sums 34/26/20/20, column sums 44/22/17/17;
# discordant on dubbel: b = 4 (dubbel -> not), c = 14 (not -> dubbel).
_ORDER = ["dubbel", "zwak", "enkel_competenties", "enkel_sociaal_kapitaal"]
TRANSITIONS = [
    [30, 2, 1, 1],
    [4, 16, 3, 3],
    [5, 2, 11, 2],
    [5, 2, 2, 11],
]


# ======================================================================
# 1. GENERATE
# ======================================================================

def load_instrument():
    with open(INSTRUMENT_PATH, encoding="utf-8") as f:
        instr = json.load(f)
    items = {}
    for p in instr["perspectieven"]:
        for comp in COMPONENTS:
            items[(p["code"], comp)] = [it["code"] for it in p["items"] if it["component"] == comp]
    gebieden = [g["code"] for g in instr["levensgebieden"]]
    assert instr["drempels"]["component_aanwezig_vanaf"] == 3.5
    assert instr["drempels"]["minimaal_beantwoord"] == {"teller": 2, "noemer": 3}
    assert [len(items[k]) for k in [("inwoner", "competenties"), ("inwoner", "sociaal_kapitaal"),
                                    ("professional", "competenties"),
                                    ("professional", "sociaal_kapitaal")]] == [8, 7, 6, 6]
    assert len(gebieden) == 8
    return items, gebieden


def rhalf(x):
    return int(math.floor(x + 0.5))


def random_values(rng, n_answered, present):
    """n_answered values 1..5 whose mean is >= 3.5 iff present."""
    lo, hi = (3.5, 4.9) if present else (1.4, 3.45)
    while True:
        t = rng.uniform(lo, hi)
        vals = [min(5, max(1, rhalf(t + rng.gauss(0, 0.8)))) for _ in range(n_answered)]
        if (sum(vals) / n_answered >= 3.5) == present:
            return vals


def min_answered(total):
    return next(a for a in range(total + 1) if a * 3 >= total * 2)


def generate():
    items, gebieden = load_instrument()
    rng = random.Random(7)

    # --- inwoner quadrant pairs (mm1, mm2), shuffled over the inwoners
    pairs = []
    for r, q1 in enumerate(_ORDER):
        for c, q2 in enumerate(_ORDER):
            pairs += [(q1, q2)] * TRANSITIONS[r][c]
    assert len(pairs) == N_INWONERS
    rng.shuffle(pairs)

    quadrant = {}  # (i, m, perspective) -> quadrant code
    for i, (q1, q2) in enumerate(pairs):
        quadrant[(i, 1, "inwoner")] = q1
        quadrant[(i, 2, "inwoner")] = q2
        # professional: mostly agrees, otherwise another quadrant (kappa moderate)
        for m, q in ((1, q1), (2, q2)):
            if rng.random() < 0.6:
                quadrant[(i, m, "professional")] = q
            else:
                quadrant[(i, m, "professional")] = rng.choice([x for x in QUADRANTS if x != q])

    def present(i, m, persp, comp):
        pc, sk = QUADRANT_FLAGS[quadrant[(i, m, persp)]]
        return pc if comp == "competenties" else sk

    # --- edge cases: fixed answer patterns for chosen component slots
    # pattern: (perspective, component, required presence, answered values, count)
    patterns = [
        ("inw_pc_3.5_all8", "inwoner", "competenties", True, [3, 3, 3, 3, 4, 4, 4, 4], 6),
        ("inw_pc_3.5_6of8", "inwoner", "competenties", True, [3, 3, 3, 4, 4, 4], 2),
        ("inw_sk_3.5_6of7", "inwoner", "sociaal_kapitaal", True, [4, 4, 4, 3, 3, 3], 6),
        ("inw_sk_3.571_all7", "inwoner", "sociaal_kapitaal", True, [4, 4, 4, 4, 3, 3, 3], 2),
        ("inw_sk_3.429_all7", "inwoner", "sociaal_kapitaal", False, [4, 4, 4, 3, 3, 3, 3], 1),
        ("inw_pc_3.429_7of8", "inwoner", "competenties", False, [4, 4, 4, 3, 3, 3, 3], 1),
        ("inw_pc_3.375_all8", "inwoner", "competenties", False, [4, 4, 4, 3, 3, 3, 3, 3], 1),
        ("inw_pc_min_6of8", "inwoner", "competenties", None, 6, 4),
        ("inw_sk_min_5of7", "inwoner", "sociaal_kapitaal", None, 5, 4),
        ("pro_pc_3.5_4of6", "professional", "competenties", True, [4, 4, 3, 3], 2),
        ("pro_pc_4of6", "professional", "competenties", None, 4, 5),
        ("pro_sk_4of6", "professional", "sociaal_kapitaal", None, 4, 5),
        ("pro_sk_3.5_all6", "professional", "sociaal_kapitaal", True, [4, 4, 4, 3, 3, 3], 2),
    ]
    special = {}  # (i, m, persp, comp) -> list of values (answered) to place
    all_slots = [(i, m) for i in range(N_INWONERS) for m in (1, 2)]
    for name, persp, comp, need, vals, count in patterns:
        cands = [(i, m) for (i, m) in all_slots
                 if (i, m, persp, comp) not in special
                 and (need is None or present(i, m, persp, comp) == need)]
        for (i, m) in rng.sample(cands, count):
            if isinstance(vals, int):  # minimum answered, random values
                v = random_values(rng, vals, present(i, m, persp, comp))
            else:
                v = list(vals)
                rng.shuffle(v)
            special[(i, m, persp, comp)] = v

    # --- answers
    answers = {}  # (i, m, persp) -> {code: value}
    for i in range(N_INWONERS):
        for m in (1, 2):
            for persp in PERSPECTIVES:
                ans = {}
                for comp in COMPONENTS:
                    codes = items[(persp, comp)]
                    key = (i, m, persp, comp)
                    if key in special:
                        vals = special[key]
                    else:
                        n = len(codes)
                        if rng.random() < 0.15:  # one open answer ("weet niet")
                            n -= 1
                        assert n >= min_answered(len(codes))
                        vals = random_values(rng, n, present(i, m, persp, comp))
                    chosen = sorted(rng.sample(range(len(codes)), len(vals)))
                    for idx, v in zip(chosen, vals):
                        ans[codes[idx]] = v
                answers[(i, m, persp)] = ans

    # --- zero differences: copy meetmoment-1 answers of a component to
    # meetmoment 2 when the presence does not change and the slot is free
    copies = {("inwoner", "competenties"): 8, ("inwoner", "sociaal_kapitaal"): 6,
              ("professional", "competenties"): 5, ("professional", "sociaal_kapitaal"): 5}
    for (persp, comp), count in copies.items():
        cands = [i for i in range(N_INWONERS)
                 if present(i, 1, persp, comp) == present(i, 2, persp, comp)
                 and (i, 2, persp, comp) not in special]
        for i in rng.sample(cands, count):
            codes = set(items[(persp, comp)])
            a2 = answers[(i, 2, persp)]
            for c in codes:
                a2.pop(c, None)
            for c, v in answers[(i, 1, persp)].items():
                if c in codes:
                    a2[c] = v
            special[(i, 2, persp, comp)] = "copy"

    # --- aantal probleemgebieden per meting, adjusted to the exact sums
    def adjust(ks, target):
        while sum(ks) != target:
            j = rng.randrange(len(ks))
            if sum(ks) < target and ks[j] < 6:
                ks[j] += 1
            elif sum(ks) > target and ks[j] > 0:
                ks[j] -= 1
        return ks

    inw1 = adjust([rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4, 5]) for _ in range(N_INWONERS)],
                  PG_SUM_TARGET[("inwoner", 1)])
    inw2 = adjust([max(0, k + rng.choice([-2, -1, -1, 0, 0, 0, 1])) for k in inw1],
                  PG_SUM_TARGET[("inwoner", 2)])
    pro1 = adjust([max(0, k + rng.choice([-1, 0, 0, 1, 1])) for k in inw1],
                  PG_SUM_TARGET[("professional", 1)])
    pro2 = adjust([max(0, k + rng.choice([-1, 0, 0, 1, 1])) for k in inw2],
                  PG_SUM_TARGET[("professional", 2)])
    pg = {}
    for i in range(N_INWONERS):
        pg[(i, 1, "inwoner")] = inw1[i]
        pg[(i, 2, "inwoner")] = inw2[i]
        pg[(i, 1, "professional")] = pro1[i]
        pg[(i, 2, "professional")] = pro2[i]

    draaglast = {}
    for i in range(N_INWONERS):
        for m in (1, 2):
            for persp in PERSPECTIVES:
                k = pg[(i, m, persp)]
                problem = set(rng.sample(range(8), k))
                d = {}
                for g_idx, g in enumerate(gebieden):
                    if g_idx in problem:
                        d[g] = 2 if rng.random() < 0.35 else 1
                    else:
                        r = rng.random()
                        if r < 0.12:
                            d[g] = None          # n.v.t.
                        elif r < 0.20:
                            continue             # levensgebied not filled in
                        else:
                            d[g] = 0
                draaglast[(i, m, persp)] = d
    # one meting that is n.v.t. on every levensgebied without a problem
    i0 = next(i for i in range(N_INWONERS) if pg[(i, 1, "professional")] == 0)
    draaglast[(i0, 1, "professional")] = {g: None for g in gebieden}
    # one meting with no draaglast filled in at all (0 probleemgebieden)
    i1 = next(i for i in range(N_INWONERS) if pg[(i, 2, "inwoner")] == 0 and i != i0)
    draaglast[(i1, 2, "inwoner")] = {}

    # --- inwoners
    inwoners = []
    for i in range(N_INWONERS):
        geb = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(0, 60 * 365))
        naam = f"{INITIALEN[i % len(INITIALEN)]} {ACHTERNAMEN[(i * 7) % len(ACHTERNAMEN)]}"
        mms = []
        for m, year in ((1, 2016), (2, 2018)):
            datum = datetime.date(year, 6, rng.randint(1, 30)).isoformat()
            mm = {"datum": datum}
            for persp in PERSPECTIVES:
                ans = answers[(i, m, persp)]
                order = items[(persp, "competenties")] + items[(persp, "sociaal_kapitaal")]
                mm[persp] = {
                    "antwoorden": {c: ans[c] for c in order if c in ans},
                    "draaglast": draaglast[(i, m, persp)],
                }
            mms.append(mm)
        if i % 25 == 11:  # a few inwoners list the later meetmoment first
            mms.reverse()
        inwoners.append({
            "ref": f"STU-{i + 1:03d}",
            "naam": naam,
            "geboortedatum": geb.isoformat(),
            "gemeente": GEMEENTEN[(i * 5 + i // 6) % len(GEMEENTEN)],
            "meetmomenten": mms,
        })

    doc = {"format": "draagwijzer/1", "inwoners": inwoners}
    with open(COHORT_PATH, "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ======================================================================
# 2. SCORE (independent: works only from the file on disk + the rules)
# ======================================================================

THRESHOLD = Fraction(7, 2)  # scores are kept as exact fractions; floats only on output


def component_score(antwoorden, codes):
    vals = [antwoorden[c] for c in codes if c in antwoorden]
    assert all(isinstance(v, int) and 1 <= v <= 5 for v in vals)
    if len(vals) * 3 >= len(codes) * 2:
        return Fraction(sum(vals), len(vals)), len(vals)
    return None, len(vals)


def quadrant_of(pc, sk):
    if pc is None or sk is None:
        return None
    return {(False, False): "zwak", (True, False): "enkel_competenties",
            (False, True): "enkel_sociaal_kapitaal", (True, True): "dubbel"}[
        (pc >= THRESHOLD, sk >= THRESHOLD)]


def probleemgebieden(draaglast):
    assert all(v is None or v in (0, 1, 2) for v in draaglast.values())
    return sum(1 for v in draaglast.values() if v is not None and v >= 1)


def mean(xs):
    """Exact mean, returned as the correctly rounded float."""
    return float(sum(Fraction(x) for x in xs) / len(xs)) if xs else None


def paired_tests(first, last):
    n = len(first)
    if n < 2:
        return {"n": n, "gem_verschil": None if n == 0 else float(last[0] - first[0]),
                "p_ttest": None, "p_wilcoxon": None}
    d = [Fraction(b) - Fraction(a) for a, b in zip(first, last)]
    p_t = float(stats.ttest_rel([float(x) for x in last], [float(x) for x in first]).pvalue)
    d9 = [round(float(x), 9) for x in d]
    if all(abs(x) < 1e-9 for x in d9):
        p_w = 1.0
    else:
        p_w = float(stats.wilcoxon(d9, zero_method="wilcox", correction=True,
                                   method="approx").pvalue)
    return {"n": n, "gem_verschil": float(sum(d) / n), "p_ttest": p_t, "p_wilcoxon": p_w}


def mcnemar_exact(b, c):
    if b + c == 0:
        return 1.0
    return min(1.0, 2.0 * float(stats.binom.cdf(min(b, c), b + c, 0.5)))


def cohen_kappa(pairs):
    n = len(pairs)
    if n < 2:
        return None
    po = sum(1 for a, b in pairs if a == b) / n
    pe = sum((sum(1 for a, _ in pairs if a == q) / n) * (sum(1 for _, b in pairs if b == q) / n)
             for q in QUADRANTS)
    if pe == 1.0:
        return None
    return (po - pe) / (1 - pe)


def score():
    with open(INSTRUMENT_PATH, encoding="utf-8") as f:
        instr = json.load(f)
    codes = {}
    for p in instr["perspectieven"]:
        for comp in COMPONENTS:
            codes[(p["code"], comp)] = [it["code"] for it in p["items"] if it["component"] == comp]
    gebieden = {g["code"] for g in instr["levensgebieden"]}

    with open(COHORT_PATH, encoding="utf-8") as f:
        doc = json.load(f)
    assert doc["format"] == "draagwijzer/1"

    # rows[(ref, mm, persp)] = dict(pc, sk, pc_n, sk_n, q, pg)
    rows = {}
    stats_cnt = {"open_answers": 0, "nvt": 0, "absent_gebied": 0}
    refs = []
    for inw in doc["inwoners"]:
        refs.append(inw["ref"])
        datetime.date.fromisoformat(inw["geboortedatum"])
        mms = sorted(inw["meetmomenten"], key=lambda mm: mm["datum"])
        dates = [datetime.date.fromisoformat(mm["datum"]) for mm in mms]
        assert len(set(dates)) == len(dates)
        for k, mm in enumerate(mms, start=1):
            for persp in PERSPECTIVES:
                met = mm[persp]
                ant = met["antwoorden"]
                known = set(codes[(persp, "competenties")]) | set(codes[(persp, "sociaal_kapitaal")])
                assert set(ant) <= known, set(ant) - known
                stats_cnt["open_answers"] += len(known) - len(ant)
                dl = met["draaglast"]
                assert set(dl) <= gebieden
                stats_cnt["nvt"] += sum(1 for v in dl.values() if v is None)
                stats_cnt["absent_gebied"] += len(gebieden) - len(dl)
                pc, pc_n = component_score(ant, codes[(persp, "competenties")])
                sk, sk_n = component_score(ant, codes[(persp, "sociaal_kapitaal")])
                rows[(inw["ref"], k, persp)] = {
                    "pc": pc, "sk": sk, "pc_n": pc_n, "sk_n": sk_n,
                    "q": quadrant_of(pc, sk), "pg": probleemgebieden(dl),
                }
    n_mm = {ref: max(k for (r, k, _) in rows if r == ref) for ref in refs}

    result = {"perspectieven": {}, "overeenstemming": {"kwadrant_kappa": []}}
    max_mm = max(n_mm.values())
    for persp in PERSPECTIVES:
        mlist = []
        for k in range(1, max_mm + 1):
            ms = [rows[(ref, k, persp)] for ref in refs if (ref, k, persp) in rows]
            knownq = [r["q"] for r in ms if r["q"] is not None]
            n = len(knownq)
            pct = {q: (100.0 * knownq.count(q) / n if n else None) for q in QUADRANTS}
            mlist.append({
                "meetmoment": k,
                "n": n,
                "kwadrant_pct": pct,
                "met_draagkracht_pct": (100.0 * sum(1 for q in knownq if q != "zwak") / n
                                        if n else None),
                "gem_probleemgebieden": mean([r["pg"] for r in ms]),
                "gem_competenties": mean([r["pc"] for r in ms if r["pc"] is not None]),
                "gem_sociaal_kapitaal": mean([r["sk"] for r in ms if r["sk"] is not None]),
            })
        ver = {}
        multi = [ref for ref in refs if n_mm[ref] >= 2]
        for key, field in (("competenties", "pc"), ("sociaal_kapitaal", "sk"),
                           ("probleemgebieden", "pg")):
            first, last = [], []
            for ref in multi:
                a = rows[(ref, 1, persp)][field]
                b = rows[(ref, n_mm[ref], persp)][field]
                if a is not None and b is not None:
                    first.append(a)
                    last.append(b)
            ver[key] = paired_tests(first, last)
        b = c = 0
        for ref in multi:
            q1 = rows[(ref, 1, persp)]["q"]
            q2 = rows[(ref, n_mm[ref], persp)]["q"]
            if q1 is None or q2 is None:
                continue
            if q1 == "dubbel" and q2 != "dubbel":
                b += 1
            elif q1 != "dubbel" and q2 == "dubbel":
                c += 1
        ver["dubbel_mcnemar_p"] = mcnemar_exact(b, c)
        result["perspectieven"][persp] = {"meetmomenten": mlist, "verandering": ver}
        result.setdefault("_mcnemar_bc", {})[persp] = (b, c)
    for k in range(1, max_mm + 1):
        pairs = []
        for ref in refs:
            a = rows.get((ref, k, "inwoner"))
            b = rows.get((ref, k, "professional"))
            if a and b and a["q"] is not None and b["q"] is not None:
                pairs.append((a["q"], b["q"]))
        result["overeenstemming"]["kwadrant_kappa"].append(
            {"meetmoment": k, "kappa": cohen_kappa(pairs)})
    return result, rows, refs, n_mm, stats_cnt, codes


def check(result, rows, refs, n_mm, cnt, codes):
    assert len(refs) == N_INWONERS and len(set(refs)) == N_INWONERS
    assert refs == [f"STU-{i:03d}" for i in range(1, N_INWONERS + 1)]
    assert all(v == 2 for v in n_mm.values())
    # every meting has a known quadrant
    assert all(r["q"] is not None for r in rows.values())
    inw = result["perspectieven"]["inwoner"]["meetmomenten"]
    pro = result["perspectieven"]["professional"]["meetmomenten"]
    for persp in PERSPECTIVES:
        for mm in result["perspectieven"][persp]["meetmomenten"]:
            assert mm["n"] == 100
        for key in ("competenties", "sociaal_kapitaal", "probleemgebieden"):
            assert result["perspectieven"][persp]["verandering"][key]["n"] == 100
    for k in (1, 2):
        counts = {q: sum(1 for ref in refs if rows[(ref, k, "inwoner")]["q"] == q)
                  for q in QUADRANTS}
        assert counts == INW_Q_TARGET[k], (k, counts)
        assert inw[k - 1]["kwadrant_pct"] == {q: float(v) for q, v in INW_Q_TARGET[k].items()}
    assert inw[0]["met_draagkracht_pct"] == 74.0
    assert inw[1]["met_draagkracht_pct"] == 78.0
    for (persp, k), target in PG_SUM_TARGET.items():
        assert sum(rows[(ref, k, persp)]["pg"] for ref in refs) == target
    assert inw[0]["gem_probleemgebieden"] == 2.2 and inw[1]["gem_probleemgebieden"] == 1.8
    assert pro[0]["gem_probleemgebieden"] == 2.45 and pro[1]["gem_probleemgebieden"] == 2.05
    assert result["_mcnemar_bc"]["inwoner"] == (4, 14)

    # edge cases
    def count(pred):
        return sum(1 for (ref, k, persp), r in rows.items() if pred(persp, r))
    e = {
        "inwoner PC exactly 3.5, 8 of 8 answered":
            count(lambda p, r: p == "inwoner" and r["pc"] == 3.5 and r["pc_n"] == 8),
        "inwoner PC exactly 3.5, 6 of 8 answered":
            count(lambda p, r: p == "inwoner" and r["pc"] == 3.5 and r["pc_n"] == 6),
        "inwoner SK exactly 3.5, 6 of 7 answered":
            count(lambda p, r: p == "inwoner" and r["sk"] == 3.5 and r["sk_n"] == 6),
        "inwoner score in (3.4, 3.5) (absent)":
            count(lambda p, r: p == "inwoner" and any(s is not None and 3.4 < s < 3.5
                                                        for s in (r["pc"], r["sk"]))),
        "inwoner score in [3.3, 3.4] (absent)":
            count(lambda p, r: p == "inwoner" and any(s is not None and 3.3 <= s <= 3.4
                                                        for s in (r["pc"], r["sk"]))),
        "inwoner score in (3.5, 3.6) (present)":
            count(lambda p, r: p == "inwoner" and any(s is not None and 3.5 < s < 3.6
                                                        for s in (r["pc"], r["sk"]))),
        "inwoner PC minimum answered (6 of 8)":
            count(lambda p, r: p == "inwoner" and r["pc_n"] == 6),
        "inwoner SK minimum answered (5 of 7)":
            count(lambda p, r: p == "inwoner" and r["sk_n"] == 5),
        "professional PC exactly two thirds (4 of 6)":
            count(lambda p, r: p == "professional" and r["pc_n"] == 4),
        "professional SK exactly two thirds (4 of 6)":
            count(lambda p, r: p == "professional" and r["sk_n"] == 4),
        "professional score exactly 3.5":
            count(lambda p, r: p == "professional" and 3.5 in (r["pc"], r["sk"])),
        "metingen with at least one open answer":
            sum(1 for (ref, k, p), r in rows.items()
                if r["pc_n"] + r["sk_n"] < len(codes[(p, "competenties")])
                + len(codes[(p, "sociaal_kapitaal")])),
    }
    # exactly 3.5 counts as present
    for r in rows.values():
        if r["pc"] == 3.5:
            assert r["q"] in ("dubbel", "enkel_competenties")
        if r["sk"] == 3.5:
            assert r["q"] in ("dubbel", "enkel_sociaal_kapitaal")
    assert e["inwoner PC exactly 3.5, 8 of 8 answered"] >= 5
    assert e["inwoner SK exactly 3.5, 6 of 7 answered"] >= 5
    assert e["inwoner score in (3.4, 3.5) (absent)"] >= 1
    assert e["professional PC exactly two thirds (4 of 6)"] + \
        e["professional SK exactly two thirds (4 of 6)"] >= 5
    assert e["metingen with at least one open answer"] >= 10
    assert cnt["nvt"] >= 10 and cnt["absent_gebied"] >= 10
    # differences: some zero, not all equal
    for persp in PERSPECTIVES:
        for field in ("pc", "sk", "pg"):
            d = [round(rows[(ref, 2, persp)][field] - rows[(ref, 1, persp)][field], 9)
                 for ref in refs]
            zeros = sum(1 for x in d if abs(x) < 1e-9)
            e[f"{persp} {field} zero differences"] = zeros
            e[f"{persp} {field} distinct differences"] = len(set(d))
            assert zeros >= 3 and len(set(d)) >= 5, (persp, field, zeros, len(set(d)))
    e["draaglast n.v.t. (null) levels"] = cnt["nvt"]
    e["absent levensgebieden"] = cnt["absent_gebied"]
    e["open answers (items)"] = cnt["open_answers"]
    return e


def main():
    generate()
    result, rows, refs, n_mm, cnt, codes = score()
    edges = check(result, rows, refs, n_mm, cnt, codes)
    bc = result.pop("_mcnemar_bc")
    with open(EXPECTED_PATH, "w", encoding="utf-8", newline="\n") as f:
        json.dump(result, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for k, v in edges.items():
        print(f"{k}: {v}")
    print("mcnemar (b, c):", bc)
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
