#include "appidentity.h"

#include <QCoreApplication>
#include <QLocale>

namespace dw {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("draagwijzer.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("draagwijzer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DW_VERSION));
    // Dutch dates and decimal commas on screen, whatever the machine's locale. Files (JSON, the database) never
    // go through QLocale.
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

} // namespace dw
