#include "session/tableexport.h"

#include "core/csvreader.h"
#include "core/privatefiles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace pn {

qint64 exportModelToCsv(const QAbstractItemModel &model, const QString &path, QString *error)
{
    QSaveFile file(path);
    auto fail = [&] {
        if (error)
            *error = QCoreApplication::translate("TableExport", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return qint64(-1);
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    PrivateFiles::restrict(file); // numbers of people: owner-readable, before the first row
    CsvWriter writer(&file);
    const int columns = model.columnCount();
    QStringList fields;
    for (int c = 0; c < columns; ++c)
        fields << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    bool ok = writer.writeRecord(fields);
    const int rows = model.rowCount();
    for (int r = 0; r < rows && ok; ++r) {
        fields.clear();
        for (int c = 0; c < columns; ++c)
            fields << model.index(r, c).data(Qt::DisplayRole).toString();
        ok = writer.writeRecord(fields);
    }
    if (!ok || !file.commit())
        return fail();
    return rows;
}

} // namespace pn
