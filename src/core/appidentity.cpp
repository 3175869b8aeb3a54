#include "appidentity.h"

#include <QCoreApplication>

namespace dw {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Draagwijzer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("draagwijzer.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("draagwijzer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DW_VERSION));
}

} // namespace dw
