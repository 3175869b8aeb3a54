#include "tempdatabase.h"

#include <QFile>

#include <gtest/gtest.h>

namespace dw::test {

void ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "dw-test";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives for the whole test run
}

TempDatabase::TempDatabase()
{
    ensureCoreApplication();
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto opened = Database::open(path());
    if (!opened.ok())
        ADD_FAILURE() << opened.errorMessage().toStdString();
    else
        m_db = std::move(opened).value();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFileBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

} // namespace dw::test
