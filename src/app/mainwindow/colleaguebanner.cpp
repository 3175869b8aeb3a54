#include "colleaguebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace dw {

ColleagueBanner::ColleagueBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("collegaBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce)); // a note, not an error
    setPalette(p);
    auto* text = new QLabel(tr("Dit dossier is intussen gewijzigd door een collega. Wat u ziet, is niet meer wat "
                               "er op de teamserver staat."));
    text->setWordWrap(true);
    auto* reload = new QPushButton(tr("&Opnieuw laden"));
    reload->setObjectName(QStringLiteral("opnieuwLadenButton"));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(reload);
    connect(reload, &QPushButton::clicked, this, &ColleagueBanner::reloadRequested);
    setAccessibleName(text->text());
    hide();
}

} // namespace dw
