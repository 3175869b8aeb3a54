#include "bestandskeuze.h"

#include <QFileIconProvider>
#include <QFileInfo>
#include <QMimeDatabase>

namespace dw::bestandskeuze {

namespace {

class IconenZonderOpenen : public QFileIconProvider
{
public:
    QIcon icon(const QFileInfo& info) const override
    {
        return QFileIconProvider::icon(
            info.isDir() ? QAbstractFileIconProvider::Folder : QAbstractFileIconProvider::File);
    }
    using QFileIconProvider::icon;
    QString type(const QFileInfo& info) const override
    {
        return info.isDir() ? QObject::tr("Map")
                            : QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }
};

QString kies(QFileDialog& dialog, QString* gekozenFilter = nullptr)
{
    IconenZonderOpenen iconen;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&iconen);
    if (gekozenFilter && !gekozenFilter->isEmpty())
        dialog.selectNameFilter(*gekozenFilter);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (gekozenFilter)
        *gekozenFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString openBestand(QWidget* parent, const QString& titel, const QString& map, const QString& filter)
{
    QFileDialog dialog(parent, titel, map, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return kies(dialog);
}

QString opslaanAls(QWidget* parent,
    const QString& titel,
    const QString& pad,
    const QString& filter,
    QString* gekozenFilter,
    QFileDialog::Options opties)
{
    QFileDialog dialog(parent, titel, pad, filter);
    dialog.setOptions(opties);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (!QFileInfo(pad).fileName().isEmpty())
        dialog.selectFile(QFileInfo(pad).fileName());
    return kies(dialog, gekozenFilter);
}

QString kiesMap(QWidget* parent, const QString& titel, const QString& start)
{
    QFileDialog dialog(parent, titel, start);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return kies(dialog);
}

} // namespace dw::bestandskeuze
