#pragma once

#include "dossier.h"
#include "socialekaart.h"

#include <QIODevice>

namespace dw {

// Writes a draagwijzer/1 file one dossier at a time, so an export of any size needs the memory of one dossier.
// The bytes are the same as ExchangeFormat::write (which uses this): Qt's indented JSON, keys sorted.
class ExchangeWriter
{
public:
    explicit ExchangeWriter(QIODevice& out);

    bool add(const Dossier& dossier);
    // Closes the list of inwoners and adds the sociale kaart when it has entries. False when any write failed
    // (the device's errorString() says why).
    bool finish(const QVector<Voorziening>& socialeKaart = {});
    int count() const { return m_count; }

private:
    bool put(const QByteArray& bytes);

    QIODevice& m_out;
    QByteArray m_buffer;
    int m_count = 0;
    bool m_ok = true;
};

} // namespace dw
