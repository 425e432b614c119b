#pragma once

// The "pending secrets" notes of Credentials (credentials.cpp), for ProfileStore::importJson:
// a note in ledger_meta names a profile's secretRef while its row and secrets are not yet
// known to agree; Credentials::sweepAbandonedSecrets() finishes what a crash left. Never a
// secret in a note.

#include <QSqlDatabase>
#include <QString>

namespace pn::pendingnotes {

// `backend` empty: whichever backend the data folder uses (the importer does not know it).
QString value(const QString &backend, qint64 nowMs);
bool put(QSqlDatabase db, const QString &secretRef, const QString &value, qint64 nowMs,
         QString *error);
bool drop(QSqlDatabase db, const QString &secretRef, const QString &value);

} // namespace pn::pendingnotes
