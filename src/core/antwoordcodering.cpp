#include "antwoordcodering.h"

#include "scoring.h"

namespace dw {

namespace {

constexpr QChar open = QLatin1Char('-');
constexpr QChar nvt = QLatin1Char('n');

} // namespace

Result<GecodeerdeMeting> codeerMeting(const Instrument& instrument, const Meting& meting)
{
    // One pass over what is there, each code looked up once (this runs for every meting of an import); anything
    // out of place is reported by validateMeting, with its reasons.
    const QVector<InstrumentItem>& items = instrument.perspectief(meting.perspectief).items;
    const QVector<LevensgebiedDefinitie>& gebieden = instrument.levensgebieden();
    GecodeerdeMeting out {QString(items.size(), open), QString(gebieden.size(), open)};
    bool past = true;
    for (auto it = meting.antwoorden.cbegin(); past && it != meting.antwoorden.cend(); ++it) {
        const InstrumentItem* item = instrument.item(it.key());
        past = item && item->perspectief == meting.perspectief && *it >= 1 && *it <= 5;
        if (past)
            out.antwoorden[item - items.constData()] = QChar(u'0' + *it);
    }
    for (auto it = meting.draaglast.cbegin(); past && it != meting.draaglast.cend(); ++it) {
        const LevensgebiedDefinitie* gebied = instrument.levensgebied(it.key());
        past = gebied && (!it->has_value() || (**it >= 0 && **it <= 2));
        if (past)
            out.draaglast[gebied - gebieden.constData()] = it->has_value() ? QChar(u'0' + **it) : nvt;
    }
    if (!past) {
        const Status valid = validateMeting(instrument, meting);
        return valid.ok() ? Error::failure(QStringLiteral("meting kan niet worden opgeslagen")) : valid.error();
    }
    return out;
}

Status decodeerMeting(const Instrument& instrument, QStringView antwoorden, QStringView draaglast, Meting& meting)
{
    const QVector<InstrumentItem>& items = instrument.perspectief(meting.perspectief).items;
    const QVector<LevensgebiedDefinitie>& gebieden = instrument.levensgebieden();
    if (antwoorden.size() != items.size())
        return Error::failure(QStringLiteral("de antwoorden hebben %1 tekens; %2 heeft er %3 voor dit perspectief")
                                  .arg(antwoorden.size())
                                  .arg(instrument.id())
                                  .arg(items.size()));
    if (draaglast.size() != gebieden.size())
        return Error::failure(QStringLiteral("de draaglast heeft %1 tekens; %2 heeft %3 levensgebieden")
                                  .arg(draaglast.size())
                                  .arg(instrument.id())
                                  .arg(gebieden.size()));
    meting.antwoorden.clear();
    meting.draaglast.clear();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QChar c = antwoorden[i];
        if (c == open)
            continue;
        if (c < QLatin1Char('1') || c > QLatin1Char('5'))
            return Error::failure(QStringLiteral("teken '%1' bij %2 is geen antwoord").arg(c).arg(items[i].code));
        meting.antwoorden.insert(items[i].code, c.unicode() - u'0');
    }
    for (qsizetype i = 0; i < gebieden.size(); ++i) {
        const QChar c = draaglast[i];
        if (c == open)
            continue;
        if (c == nvt)
            meting.draaglast.insert(gebieden[i].code, std::nullopt);
        else if (c >= QLatin1Char('0') && c <= QLatin1Char('2'))
            meting.draaglast.insert(gebieden[i].code, c.unicode() - u'0');
        else
            return Error::failure(
                QStringLiteral("teken '%1' bij %2 is geen draaglastniveau").arg(c).arg(gebieden[i].code));
    }
    return {};
}

} // namespace dw
