#include "afbreken.h"

#include <QStringList>

namespace dw::afbreken {

namespace {

constexpr QChar zachtAfbreekstreepje(0x00AD);

bool isKlinker(QChar c)
{
    static const QString klinkers = QStringLiteral("aeiouyáéíóúàèìòùâêîôûäëïöü");
    return klinkers.contains(c);
}

bool heeftTrema(QChar c)
{
    return QStringLiteral("äëïöü").contains(c);
}

// The vowel combinations that are one sound (one syllable), longest first.
const QStringList& klankgroepen()
{
    static const QStringList groepen = {QStringLiteral("aai"),
        QStringLiteral("ooi"),
        QStringLiteral("oei"),
        QStringLiteral("eeu"),
        QStringLiteral("ieu"),
        QStringLiteral("aa"),
        QStringLiteral("ee"),
        QStringLiteral("oo"),
        QStringLiteral("uu"),
        QStringLiteral("ie"),
        QStringLiteral("oe"),
        QStringLiteral("eu"),
        QStringLiteral("ei"),
        QStringLiteral("ij"),
        QStringLiteral("ui"),
        QStringLiteral("ou"),
        QStringLiteral("au")};
    return groepen;
}

// Consonant groups that can begin a Dutch word, and so a syllable. Not "sw": it begins few words but many second
// halves after a linking s (vrijwilligers-werk).
bool isBegingroep(QStringView groep)
{
    static const QStringList groepen = {QStringLiteral("schr"),
        QStringLiteral("spr"),
        QStringLiteral("str"),
        QStringLiteral("spl"),
        QStringLiteral("sch"),
        QStringLiteral("ch"),
        QStringLiteral("sk"),
        QStringLiteral("sl"),
        QStringLiteral("sm"),
        QStringLiteral("sn"),
        QStringLiteral("sp"),
        QStringLiteral("st"),
        QStringLiteral("pl"),
        QStringLiteral("pr"),
        QStringLiteral("bl"),
        QStringLiteral("br"),
        QStringLiteral("dr"),
        QStringLiteral("tr"),
        QStringLiteral("kl"),
        QStringLiteral("kr"),
        QStringLiteral("kn"),
        QStringLiteral("gl"),
        QStringLiteral("gr"),
        QStringLiteral("fl"),
        QStringLiteral("fr"),
        QStringLiteral("vl"),
        QStringLiteral("vr"),
        QStringLiteral("wr"),
        QStringLiteral("zw"),
        QStringLiteral("tw"),
        QStringLiteral("dw"),
        QStringLiteral("kw")};
    return groep.size() == 1 || groepen.contains(groep);
}

// Two consonants between vowels are split, except these pairs, which begin the next syllable together.
bool blijftSamen(QStringView paar)
{
    static const QStringList paren = {QStringLiteral("ch"),
        QStringLiteral("pl"),
        QStringLiteral("pr"),
        QStringLiteral("bl"),
        QStringLiteral("br"),
        QStringLiteral("dr"),
        QStringLiteral("tr"),
        QStringLiteral("kl"),
        QStringLiteral("kr"),
        QStringLiteral("gl"),
        QStringLiteral("gr"),
        QStringLiteral("fl"),
        QStringLiteral("fr"),
        QStringLiteral("vl"),
        QStringLiteral("vr")};
    return paren.contains(paar);
}

// Where in a consonant group between two vowels the next syllable begins (0 = before the whole group).
qsizetype splitsMedeklinkers(QStringView groep)
{
    const qsizetype n = groep.size();
    if (n <= 1)
        return 0;
    if (n == 2)
        return blijftSamen(groep) ? 0 : 1;
    // The linking s of a compound: betalings|achterstand, gezondheids|zorg, woonsituatie stays as it is.
    for (QStringView koppel : {QStringView(u"ngs"), QStringView(u"ds")}) {
        if (groep.startsWith(koppel)) {
            const QStringView rest = groep.mid(koppel.size());
            if (rest.isEmpty() || (isBegingroep(rest) && rest != u"t"))
                return koppel.size();
        }
    }
    for (qsizetype begin = 1; begin < n; ++begin) {
        if (isBegingroep(groep.mid(begin)))
            return begin;
    }
    return n - 1;
}

struct Kern
{
    qsizetype begin = 0;
    qsizetype eind = 0; // one past the last vowel
};

// The vowel nuclei of a lower-case word, in order.
QVector<Kern> kernen(const QString& w)
{
    QVector<Kern> uit;
    qsizetype i = 0;
    while (i < w.size()) {
        const bool klinker = isKlinker(w.at(i)) || (w.at(i) == u'j' && i > 0 && w.at(i - 1) == u'i');
        if (!klinker) {
            ++i;
            continue;
        }
        // A run of vowels, cut into sounds: the known combinations, a single vowel otherwise; a diaeresis always
        // begins a new sound.
        qsizetype eind = i;
        while (eind < w.size() && (isKlinker(w.at(eind)) || (w.at(eind) == u'j' && w.at(eind - 1) == u'i')))
            ++eind;
        qsizetype j = i;
        while (j < eind) {
            qsizetype lengte = 1;
            if (!heeftTrema(w.at(j))) {
                for (const QString& groep : klankgroepen()) {
                    if (j + groep.size() <= eind && QStringView(w).mid(j, groep.size()) == groep) {
                        lengte = groep.size();
                        break;
                    }
                }
            }
            uit.append({j, j + lengte});
            j += lengte;
        }
        i = eind;
    }
    return uit;
}

} // namespace

QVector<int> afbreekpunten(const QString& woord)
{
    const QString w = woord.toLower();
    const QVector<Kern> k = kernen(w);
    QVector<int> punten;
    for (qsizetype i = 1; i < k.size(); ++i) {
        const QStringView groep = QStringView(w).mid(k[i - 1].eind, k[i].begin - k[i - 1].eind);
        const qsizetype punt = k[i - 1].eind + splitsMedeklinkers(groep);
        if (punt >= 2 && punt <= w.size() - 3)
            punten.append(int(punt));
    }
    return punten;
}

QString zachteAfbreekstreepjes(const QString& text, int vanafLetters)
{
    QString uit;
    uit.reserve(text.size() + text.size() / 4);
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            uit += text.at(i++);
            continue;
        }
        qsizetype eind = i;
        while (eind < text.size() && !text.at(eind).isSpace())
            ++eind;
        const QStringView token = QStringView(text).mid(i, eind - i);
        if (token.contains(u'@') || token.contains(u'/')) {
            uit += token;
            i = eind;
            continue;
        }
        // Each run of letters in the token (words joined by a hyphen or followed by a comma) on its own.
        qsizetype j = 0;
        while (j < token.size()) {
            if (!token.at(j).isLetter()) {
                uit += token.at(j++);
                continue;
            }
            qsizetype woordEind = j;
            while (woordEind < token.size() && token.at(woordEind).isLetter())
                ++woordEind;
            const QString woord = token.mid(j, woordEind - j).toString();
            const bool afkorting = woord.size() > 1 && woord.mid(1) != woord.mid(1).toLower();
            QVector<int> punten;
            if (woord.size() >= vanafLetters && !afkorting)
                punten = afbreekpunten(woord);
            qsizetype vorige = 0;
            for (int punt : punten) {
                uit += QStringView(woord).mid(vorige, punt - vorige);
                uit += zachtAfbreekstreepje;
                vorige = punt;
            }
            uit += QStringView(woord).mid(vorige);
            j = woordEind;
        }
        i = eind;
    }
    return uit;
}

} // namespace dw::afbreken
