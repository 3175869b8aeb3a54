#include "auditexport.h"

#include "csvfield.h"

#include <QStringList>

namespace dw {

QByteArray auditCsv(const QVector<AuditRegel>& rows, bool withHeader)
{
    QString out = withHeader
        ? QStringLiteral("\uFEFFid;tijdstip;gebruiker;rol;actie;inwoner;details;werkplek;uitkomst;namens\r\n")
        : QString();
    for (const AuditRegel& r : rows) {
        out += QStringList {QString::number(r.id),
                   r.tijdstip,
                   csvField(r.gebruiker),
                   csvField(r.rol),
                   csvField(r.actie),
                   csvField(r.inwonerRef),
                   csvField(r.correctie.isEmpty() ? r.details : r.details + QStringLiteral("; ") + r.correctie),
                   csvField(r.werkplek),
                   csvField(r.uitkomst),
                   csvField(r.namens)}
                   .join(QLatin1Char(';'))
            + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace dw
