#include "spreadsheetcel.h"

#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <cmath>

namespace dw::spreadsheetcel {

namespace {

// A whole serial of the 1900 system (the readers give 1904-system dates as Date cells already); a fraction is a time
// of day, which a date column should not hold.
std::optional<QDate> fromSerial(double serial)
{
    if (serial != std::floor(serial))
        return std::nullopt;
    return excelDate(serial, false);
}

QString shown(const QString& text)
{
    return QStringLiteral("'%1'").arg(text.size() > 40 ? text.left(40) + QStringLiteral("…") : text);
}

} // namespace

QString tekst(const SpreadsheetCell& cel)
{
    return cel.type == SpreadsheetCell::Type::Empty ? QString() : cel.text.trimmed();
}

QString sleutel(const SpreadsheetCell& cel)
{
    return cel.text.simplified().toLower();
}

std::optional<QDate> datum(const SpreadsheetCell& cel, QString& reden)
{
    switch (cel.type) {
    case SpreadsheetCell::Type::Empty:
        reden = QStringLiteral("is leeg");
        return std::nullopt;
    case SpreadsheetCell::Type::Date:
        if (cel.date.isValid())
            return cel.date;
        reden = QStringLiteral("is geen geldige datum");
        return std::nullopt;
    case SpreadsheetCell::Type::Number:
        if (const auto d = fromSerial(cel.number))
            return d;
        reden = QStringLiteral("%1 is geen datum (een getal, maar geen Excel-datum)").arg(shown(cel.text));
        return std::nullopt;
    case SpreadsheetCell::Type::Text:
        break;
    }
    const QString t = cel.text.simplified();
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2,4})$"));
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{5}$"));
    if (const auto m = dmy.match(t); m.hasMatch()) {
        if (m.capturedLength(3) != 4) {
            reden = QStringLiteral("%1 heeft een jaartal van %2 cijfers; schrijf het jaar voluit (dd-mm-jjjj)")
                        .arg(shown(t))
                        .arg(m.capturedLength(3));
            return std::nullopt;
        }
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return d;
    } else if (const auto y = ymd.match(t); y.hasMatch()) {
        const QDate d(y.captured(1).toInt(), y.captured(2).toInt(), y.captured(3).toInt());
        if (d.isValid())
            return d;
    } else if (serial.match(t).hasMatch()) {
        if (const auto d = fromSerial(t.toDouble()))
            return d;
    } else {
        const QLocale nl(QLocale::Dutch, QLocale::Netherlands);
        for (const QString& format : {QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy")}) {
            const QDate d = nl.toDate(t.toLower(), format);
            if (d.isValid())
                return d;
        }
    }
    reden = QStringLiteral("%1 is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 14-06-2016").arg(shown(t));
    return std::nullopt;
}

std::optional<Perspectief> perspectief(const SpreadsheetCell& cel)
{
    static const QMap<QString, Perspectief> woorden {{QStringLiteral("inwoner"), Perspectief::Inwoner},
        {QStringLiteral("i"), Perspectief::Inwoner},
        {QStringLiteral("inw"), Perspectief::Inwoner},
        {QStringLiteral("zelfbeeld"), Perspectief::Inwoner},
        {QStringLiteral("tabel 1"), Perspectief::Inwoner},
        {QStringLiteral("professional"), Perspectief::Professional},
        {QStringLiteral("p"), Perspectief::Professional},
        {QStringLiteral("pro"), Perspectief::Professional},
        {QStringLiteral("prof"), Perspectief::Professional},
        {QStringLiteral("professioneel"), Perspectief::Professional},
        {QStringLiteral("tabel 2"), Perspectief::Professional}};
    const auto it = woorden.find(sleutel(cel));
    return it == woorden.end() ? std::nullopt : std::optional<Perspectief>(*it);
}

std::optional<int> geheelGetal(const SpreadsheetCell& cel, QString& reden)
{
    if (cel.type == SpreadsheetCell::Type::Number) {
        if (cel.number == std::floor(cel.number) && std::abs(cel.number) < 1e6)
            return static_cast<int>(cel.number);
        reden = QStringLiteral("%1 is geen heel getal").arg(shown(cel.text));
        return std::nullopt;
    }
    QString t = cel.text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral("^-?\\d{1,6}(\\.\\d+)?$"));
    if (number.match(t).hasMatch()) {
        const double n = t.toDouble();
        if (n == std::floor(n))
            return static_cast<int>(n);
        reden = QStringLiteral("%1 is geen heel getal").arg(shown(cel.text.trimmed()));
        return std::nullopt;
    }
    reden = QStringLiteral("%1 is geen getal").arg(shown(cel.text.trimmed()));
    return std::nullopt;
}

} // namespace dw::spreadsheetcel
