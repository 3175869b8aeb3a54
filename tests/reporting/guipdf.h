#pragma once

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <ctime>

namespace dw::test {

// A QGuiApplication for the whole test run (the PDF's fonts need one), made before anything makes a
// QCoreApplication (TempDatabase does), with the app's Dutch locale and the clock of the Netherlands, so dates and
// times come out as the inwoner reads them.
inline void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    static int argc = 1;
    static char name[] = "dw-reporting-test";
    static char* argv[] = {name, nullptr};
    new QGuiApplication(argc, argv); // lives for the whole test run
}

// The text of a PDF as poppler reads it, laid out as on paper (one table row on one line), pages split by '\f'.
inline QString pdfText(const QString& path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!text.waitForFinished(30000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

// The same in reading order instead of laid out: the text of a table cell stays together, wrapped or not.
inline QString pdfFlowText(const QString& path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForFinished(30000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

// The first line of `text` that contains `needle`, or an empty string.
inline QString lineWith(const QString& text, const QString& needle)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.contains(needle))
            return line;
    }
    return {};
}

} // namespace dw::test
