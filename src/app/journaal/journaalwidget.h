#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class JournaalWidget;
}

namespace dw {

class DossierDocument;
class JournaalModel;
struct JournaalRegel;

// The Journaal tab of a dossier (issue 17): the timeline of contacts, newest first, with filters (soort, feit or
// aanname, levensgebied) and a search in the texts; below it the form of the chosen entry, or of a new one. Every
// save and removal is an undo step of the dossier (Ctrl+Z), audited by the document.
class JournaalWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JournaalWidget(DossierDocument* document, QWidget* parent = nullptr);
    ~JournaalWidget() override;

    void setReadOnly(bool readOnly);
    // Empties the form for a new entry dated today and puts the cursor in the text.
    void nieuweNotitie();
    // Stores the form: a new entry, or the chosen one changed. False (and the reason beside the buttons) when refused.
    bool opslaan();
    void verwijderen();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filterChanged();
    void dossierChanged();
    void toon(const JournaalRegel& regel); // into the form
    JournaalRegel uitFormulier() const;
    void vulKeuzes(); // the doelen and meetmomenten of the dossier as it is now
    void meld(const QString& text);

    std::unique_ptr<Ui::JournaalWidget> m_ui;
    DossierDocument* m_doc;
    JournaalModel* m_model;
    qint64 m_gekozen = 0; // the entry in the form; 0: a new one
    bool m_readOnly = false;
};

} // namespace dw
