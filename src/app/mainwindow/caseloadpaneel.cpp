// Beeld → Caseload tonen (issue 18, "room to work"): the caseload on the left can be put away so the dossier gets the
// whole width. F9, as the side pane in Nautilus, Dolphin and Evince; Ctrl+L is already Scherm vergrendelen.
#include "mainwindow.h"

#include "caseload/caseloadwidget.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>

namespace dw {

namespace {
const QString tonenSleutel = QStringLiteral("venster/caseloadTonen");
}

void MainWindow::createCaseloadToggle(QMenu* view)
{
    m_caseloadAction = view->addAction(tr("&Caseload tonen"));
    m_caseloadAction->setObjectName(QStringLiteral("caseloadTonenAction"));
    m_caseloadAction->setCheckable(true);
    m_caseloadAction->setChecked(true);
    m_caseloadAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_caseloadAction->setToolTip(tr("De caseload links tonen of wegzetten, zodat het dossier de hele breedte krijgt"));
    connect(m_caseloadAction, &QAction::toggled, this, &MainWindow::setCaseloadShown);
    // Put away only by this action, never by dragging the handle to the edge: a pane of width 0 that the menu still
    // calls shown would be lost.
    m_splitter->setCollapsible(0, false);
}

bool MainWindow::caseloadShown() const
{
    return !m_splitter->widget(0)->isHidden();
}

void MainWindow::setCaseloadShown(bool shown)
{
    QWidget* pane = m_splitter->widget(0);
    if (shown) {
        pane->show();
    } else {
        // The focus goes with the pane to the dossier, not nowhere.
        const bool hadFocus = pane->isAncestorOf(focusWidget());
        pane->hide();
        if (hadFocus)
            m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
    }
    const QSignalBlocker block(m_caseloadAction);
    m_caseloadAction->setChecked(shown);
}

void MainWindow::zoekInCaseload()
{
    if (!caseloadShown())
        setCaseloadShown(true);
    m_caseload->focusSearch();
}

void MainWindow::restoreCaseloadShown(const QSettings& settings)
{
    setCaseloadShown(settings.value(tonenSleutel, true).toBool());
}

void MainWindow::saveCaseloadShown(QSettings& settings) const
{
    settings.setValue(tonenSleutel, caseloadShown());
}

} // namespace dw
