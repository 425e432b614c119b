#pragma once

#include <QString>

class QAbstractItemModel;

namespace pn {

// Writes what a table model shows (its header and every row's display text, e.g. a filter proxy
// over masked numbers) to a CSV file, UTF-8 with BOM, row by row. Returns the number of rows or
// -1 with a translated *error.
qint64 exportModelToCsv(const QAbstractItemModel &model, const QString &path, QString *error);

} // namespace pn
