#include "profiles/secretbackendchoice.h"

#include "secrets/keychainsecretstore.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pn {

std::optional<QString> SecretBackendChoice::remembered(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM ledger_meta WHERE name = ?"));
    q.addBindValue(metaName());
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the data folder's settings: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool SecretBackendChoice::remember(QSqlDatabase db, const QString &backend, qint64 nowMs,
                                   QString *error)
{
    // First writer wins: two programs deciding at once end up with the same row.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO ledger_meta (name, value, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(metaName());
    q.addBindValue(backend);
    q.addBindValue(nowMs);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot save the data folder's settings: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

namespace {

// The backend most of the folder's profiles already keep their keys in (folders made before
// the choice was remembered), or "".
QString backendOfProfiles(QSqlDatabase db)
{
    QSqlQuery q(db);
    QMap<QString, int> counts;
    if (q.exec(QStringLiteral("SELECT secret_backend FROM profiles WHERE environment <> "
                              "'sandbox' AND secret_backend <> ''"))) {
        while (q.next())
            ++counts[q.value(0).toString()];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best))
            best = it.key();
    }
    return best;
}

} // namespace

std::unique_ptr<SecretStore> SecretBackendChoice::open(QSqlDatabase db,
                                                       SecretStoreFactory::Options options,
                                                       qint64 nowMs, Outcome *outcome,
                                                       QString *error)
{
    Outcome local;
    Outcome &out = outcome ? *outcome : local;
    out = {};
    const QString wanted =
        options.backend == QLatin1StringView("auto") ? QString() : options.backend;
    out.requested = wanted;
    if (!wanted.isEmpty() && wanted != QLatin1StringView("keychain") &&
        wanted != QLatin1StringView("vault")) {
        if (error)
            *error = SecretStoreFactory::tr("Unknown secret backend \"%1\"; use auto, keychain "
                                            "or vault.")
                         .arg(wanted);
        return nullptr;
    }
    std::optional<QString> stored = remembered(db, error);
    if (!stored)
        return nullptr;
    QString backend = *stored;
    if (backend.isEmpty()) {
        backend = wanted;
        if (!backend.isEmpty()) {
            out.reason = SecretStoreFactory::tr("the %1 was chosen explicitly")
                             .arg(SecretStore::backendDisplayName(backend));
        } else if (const QString used = backendOfProfiles(db); !used.isEmpty()) {
            backend = used;
            out.reason = tr("the folder's profiles keep their keys in the %1")
                             .arg(SecretStore::backendDisplayName(used));
        } else {
            QString why;
            if (KeychainSecretStore::isReachable(&why)) {
                backend = QStringLiteral("keychain");
                out.reason = SecretStoreFactory::tr("the OS keychain is reachable");
            } else {
                backend = QStringLiteral("vault");
                out.reason = SecretStoreFactory::tr("no OS keychain (%1)").arg(why);
            }
        }
        if (!remember(db, backend, nowMs, error))
            return nullptr;
        // Another program may have decided in the same moment: its choice counts.
        if (const auto now = remembered(db, nullptr); now && !now->isEmpty())
            backend = *now;
    } else {
        out.reason = tr("this data folder keeps its keys in the %1")
                         .arg(SecretStore::backendDisplayName(backend));
    }
    out.backend = backend;
    out.remembered = backend;
    if (!wanted.isEmpty() && wanted != backend) {
        out.problem = Problem::Mismatch;
        out.problemText =
            tr("This data folder keeps its keys in the %1, but this program was asked to use the "
               "%2 (--secret-backend or PN_SECRET_BACKEND). Use the %1, or start without that "
               "choice.")
                .arg(SecretStore::backendDisplayName(backend),
                     SecretStore::backendDisplayName(wanted));
        if (error)
            *error = out.problemText;
        return nullptr;
    }
    options.backend = backend;
    QString why;
    if (backend == QLatin1StringView("keychain") && !KeychainSecretStore::isReachable(&why)) {
        out.problem = Problem::Unreachable;
        out.problemText = tr("This data folder keeps its keys in the OS keychain, but the keychain "
                             "cannot be reached: %1 Unlock or start the keychain, then try again.")
                              .arg(why);
        if (error)
            *error = out.problemText;
        return nullptr;
    }
    return SecretStoreFactory::create(options, nullptr, error);
}

} // namespace pn
