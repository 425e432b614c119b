#pragma once

#include "secrets/secretstore.h"
#include "secrets/secretstorefactory.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace pn {

// The one secret store of a data folder. The backend ("keychain" or "vault") is decided once —
// by an explicit choice, else by the backend the folder's profiles already use, else
// automatically — and remembered in the ledger (table ledger_meta, row "secret_backend"; never
// a secret), so pnctl and pnconsole on the same folder always open the same store.
class SecretBackendChoice final
{
    Q_DECLARE_TR_FUNCTIONS(SecretBackendChoice)

public:
    enum class Problem {
        None,
        Mismatch,   // an explicit backend differs from the one the folder remembers
        Unreachable // the remembered keychain cannot be reached
    };

    struct Outcome
    {
        QString backend;    // the backend opened (or that should be), "keychain" or "vault"
        QString remembered; // the folder's remembered backend (after this call)
        QString requested;  // the explicit backend asked for, or "" for automatic
        QString reason;     // why this backend, for diagnostics
        Problem problem = Problem::None;
        QString problemText; // translated: what is wrong and how to fix it
    };

    static QString metaName() { return QStringLiteral("secret_backend"); }

    // The remembered backend, or "" when the folder has not decided yet.
    static std::optional<QString> remembered(QSqlDatabase db, QString *error);
    static bool remember(QSqlDatabase db, const QString &backend, qint64 nowMs, QString *error);

    // Opens the folder's store. `options.backend` is the explicit choice ("", "auto",
    // "keychain", "vault"). On a mismatch or an unreachable remembered keychain nothing is
    // opened: nullptr with outcome->problem and *error set to the same words.
    static std::unique_ptr<SecretStore> open(QSqlDatabase db, SecretStoreFactory::Options options,
                                             qint64 nowMs, Outcome *outcome, QString *error);
};

} // namespace pn
