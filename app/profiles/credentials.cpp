#include "profiles/credentials.h"

#include "core/keytimesigner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace pn {

ProfileCredentials::~ProfileCredentials()
{
    secureWipe(authKey);
    secureWipe(callbackToken);
}

namespace {

// A note older than this is abandoned even if its program still seems to run (another
// computer, a reused pid).
constexpr qint64 kAbandonedAfterMs = 10 * 60 * 1000;

QString noteName(const QString &secretRef)
{
    return Credentials::pendingNotePrefix() + secretRef;
}

// "host:pid:random" of this program, like the ledger's send leases.
QString thisOwner()
{
    static const QString owner =
        QStringLiteral("%1:%2:%3")
            .arg(QSysInfo::machineHostName().left(64))
            .arg(QCoreApplication::applicationPid())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    return owner;
}

bool ownerHasEnded(const QString &owner)
{
#ifdef Q_OS_UNIX
    const QStringList parts = owner.split(u':');
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName().left(64))
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(owner);
    return false;
#endif
}

// Never a secret: which backend, which program, since when.
QString noteValue(const QString &backend, qint64 nowMs)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("backend"), backend},
                                                       {QStringLiteral("owner"), thisOwner()},
                                                       {QStringLiteral("at"), double(nowMs)}})
                                 .toJson(QJsonDocument::Compact));
}

bool putNote(QSqlDatabase db, const QString &secretRef, const QString &value, qint64 nowMs,
             QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO ledger_meta (name, value, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(noteName(secretRef));
    q.addBindValue(value);
    q.addBindValue(nowMs);
    if (q.exec())
        return true;
    *error = Credentials::tr("Cannot write to the ledger: %1").arg(q.lastError().text());
    return false;
}

// Drops the note if it is still `value`; false when it was not (taken over, or gone).
bool dropNote(QSqlDatabase db, const QString &secretRef, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM ledger_meta WHERE name = ? AND value = ?"));
    q.addBindValue(noteName(secretRef));
    q.addBindValue(value);
    return q.exec() && q.numRowsAffected() == 1;
}

bool beginWrite(QSqlDatabase &db, QString *error)
{
    // SQLite: take the write lock at once, so a busy ledger waits instead of failing later.
    if (db.driverName() == QLatin1StringView("QSQLITE")) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        *error = Credentials::tr("Cannot write to the ledger: %1").arg(q.lastError().text());
        return false;
    }
    if (db.transaction())
        return true;
    *error = Credentials::tr("Cannot write to the ledger: %1").arg(db.lastError().text());
    return false;
}

std::optional<ProfileCredentials> loadFor(const Profile &profile, SecretStore &secrets,
                                          QString *error)
{
    if (!profile.secretBackend.isEmpty() && profile.secretBackend != secrets.backendId()) {
        *error = Credentials::tr("The key of profile \"%1\" is kept in the %2, but this program "
                                 "is using the %3. Choose that backend (--secret-backend %4) or "
                                 "store the key again.")
                     .arg(profile.name, SecretStore::backendDisplayName(profile.secretBackend),
                          secrets.backendName(), profile.secretBackend);
        return std::nullopt;
    }
    ProfileCredentials out;
    out.profile = profile;
    QString why;
    switch (secrets.read(profile.authKeySecretName(), &out.authKey, &why)) {
    case SecretStore::Status::Ok:
        break;
    case SecretStore::Status::NotFound:
        *error = Credentials::tr("No auth key is stored for profile \"%1\"; set it with "
                                 "\"pnctl profile edit %1 --key-stdin\".")
                     .arg(profile.name);
        return std::nullopt;
    case SecretStore::Status::Failed:
        *error = Credentials::tr("Cannot read the auth key of profile \"%1\": %2")
                     .arg(profile.name, why);
        return std::nullopt;
    }
    if (profile.hasCallbackToken) {
        if (secrets.read(profile.callbackTokenSecretName(), &out.callbackToken, &why) !=
            SecretStore::Status::Ok) {
            *error = Credentials::tr("Cannot read the callback token of profile \"%1\": %2")
                         .arg(profile.name, why);
            return std::nullopt;
        }
    }
    return out;
}

} // namespace

std::optional<ProfileCredentials> Credentials::load(ProfileStore &profiles, SecretStore &secrets,
                                                    const QString &name, QString *error)
{
    const std::optional<Profile> profile = profiles.byName(name, error);
    if (!profile)
        return std::nullopt;
    return loadFor(*profile, secrets, error);
}

std::optional<ProfileCredentials> Credentials::load(ProfileStore &profiles, SecretStore &secrets,
                                                    qint64 profileId, QString *error)
{
    const std::optional<Profile> profile = profiles.byId(profileId, error);
    if (!profile)
        return std::nullopt;
    return loadFor(*profile, secrets, error);
}

std::optional<Profile> Credentials::addProfile(ProfileStore &profiles, SecretStore &secrets,
                                               Profile profile, const QByteArray &authKey,
                                               const std::optional<QByteArray> &callbackToken,
                                               QString *error)
{
    if (authKey.isEmpty()) {
        *error = tr("Auth key (authKey) is required.");
        return std::nullopt;
    }
    if (const ValidationErrors errors = ProfileStore::validate(profile); !errors.isEmpty()) {
        *error = errors.first().message;
        return std::nullopt;
    }
    if (profiles.byName(profile.name)) {
        *error = ProfileStore::tr("A profile named \"%1\" already exists.").arg(profile.name);
        return std::nullopt;
    }
    profile.secretBackend = secrets.backendId();
    profile.hasCallbackToken = callbackToken && !callbackToken->isEmpty();
    if (profile.secretRef.isEmpty())
        profile.secretRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = profiles.database();

    // 1. The note, committed before any secret exists: whoever finds it after a crash knows
    //    which secrets may be left over.
    const QString note = noteValue(secrets.backendId(), profiles.clock().nowMs());
    if (!putNote(db, profile.secretRef, note, profiles.clock().nowMs(), error))
        return std::nullopt;
    auto undo = [&] {
        QString ignored;
        secrets.remove(profile.authKeySecretName(), &ignored);
        secrets.remove(profile.callbackTokenSecretName(), &ignored);
        dropNote(db, profile.secretRef, note);
    };
    // 2. The secrets.
    bool ok = secrets.write(profile.authKeySecretName(), authKey, error);
    if (ok && profile.hasCallbackToken)
        ok = secrets.write(profile.callbackTokenSecretName(), *callbackToken, error);
    if (!ok) {
        undo();
        return std::nullopt;
    }
    // 3. The row and the end of the note, in one transaction. The note must still be ours: a
    //    sweep that took it over (this program was too slow) may be removing the secrets.
    if (!beginWrite(db, error)) {
        undo();
        return std::nullopt;
    }
    std::optional<Profile> added = profiles.add(profile, error);
    if (added && !dropNote(db, profile.secretRef, note)) {
        *error = tr("Adding the profile \"%1\" took too long and was undone; add it again.")
                     .arg(profile.name);
        added.reset();
    }
    if (!added || !db.commit()) {
        if (added)
            *error = ProfileStore::tr("Cannot save the profile \"%1\": %2")
                         .arg(profile.name, db.lastError().text());
        db.rollback();
        undo();
        return std::nullopt;
    }
    return added;
}

std::optional<QList<Profile>>
Credentials::importProfiles(ProfileStore &profiles, SecretStore &secrets, const QByteArray &json,
                            const SecretPrompt &prompt, QString *error,
                            QList<Profile> *addedBeforeStop)
{
    const std::optional<QList<Profile>> parsed = ProfileStore::parseExport(json, error);
    if (!parsed)
        return std::nullopt;
    for (const Profile &p : *parsed) {
        if (profiles.byName(p.name)) {
            *error = ProfileStore::tr("A profile named \"%1\" already exists.").arg(p.name);
            return std::nullopt;
        }
    }
    QList<Profile> added;
    auto stop = [&] {
        if (addedBeforeStop)
            *addedBeforeStop = added;
        return std::nullopt;
    };
    for (const Profile &p : *parsed) {
        std::optional<QByteArray> key = prompt ? prompt(p, false, error) : std::nullopt;
        if (!key || key->isEmpty()) {
            if (key || error->isEmpty())
                *error = tr("Import stopped: no key was entered for \"%1\".").arg(p.name);
            return stop();
        }
        std::optional<QByteArray> token;
        if (p.hasCallbackToken) {
            token = prompt(p, true, error);
            if (!token) {
                secureWipe(*key);
                if (error->isEmpty())
                    *error =
                        tr("Import stopped: no callback token was entered for \"%1\".").arg(p.name);
                return stop();
            }
        }
        Profile row = p;
        row.id = 0;
        row.secretRef.clear();
        row.secretBackend.clear();
        std::optional<Profile> one = addProfile(profiles, secrets, row, *key, token, error);
        secureWipe(*key);
        if (token)
            secureWipe(*token);
        if (!one)
            return stop();
        added.append(*one);
    }
    return added;
}

bool Credentials::setSecrets(ProfileStore &profiles, SecretStore &secrets, Profile profile,
                             const std::optional<QByteArray> &authKey,
                             const std::optional<QByteArray> &callbackToken, QString *error)
{
    if (profile.secretRef.isEmpty()) {
        const auto stored = profiles.byId(profile.id, error);
        if (!stored)
            return false;
        profile.secretRef = stored->secretRef.isEmpty()
                                ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                : stored->secretRef;
    }
    if (authKey) {
        if (authKey->isEmpty()) {
            *error = tr("Auth key (authKey) is required.");
            return false;
        }
        if (!secrets.write(profile.authKeySecretName(), *authKey, error))
            return false;
        profile.secretBackend = secrets.backendId();
    }
    // Without a new token the stored row says whether there is one.
    if (const auto stored = profiles.byId(profile.id, error))
        profile.hasCallbackToken = stored->hasCallbackToken;
    else
        return false;
    if (callbackToken) {
        const bool ok =
            callbackToken->isEmpty()
                ? secrets.remove(profile.callbackTokenSecretName(), error)
                : secrets.write(profile.callbackTokenSecretName(), *callbackToken, error);
        if (!ok)
            return false;
        profile.hasCallbackToken = !callbackToken->isEmpty();
    }
    return profiles.update(profile, error);
}

bool Credentials::removeProfile(ProfileStore &profiles, SecretStore &secrets,
                                const Profile &profile, ProfileStore::RemoveMode mode,
                                QString *error)
{
    const bool ours =
        profile.secretBackend.isEmpty() || profile.secretBackend == secrets.backendId();
    QSqlDatabase db = profiles.database();
    const QString note = noteValue(secrets.backendId(), profiles.clock().nowMs());
    // The note first: a crash after the row is gone leaves secrets the sweep removes.
    if (ours && !profile.secretRef.isEmpty() &&
        !putNote(db, profile.secretRef, note, profiles.clock().nowMs(), error))
        return false;
    if (!profiles.remove(profile.id, mode, error)) {
        dropNote(db, profile.secretRef, note);
        return false;
    }
    if (ours) {
        QString why;
        const bool ok = secrets.remove(profile.authKeySecretName(), &why) &&
                        secrets.remove(profile.callbackTokenSecretName(), &why);
        if (!ok) {
            *error = tr("The profile \"%1\" was removed, but its secrets could not be: %2")
                         .arg(profile.name, why);
            return false; // the note stays: a later sweep tries again
        }
        dropNote(db, profile.secretRef, note);
    }
    return true;
}

int Credentials::pendingSecretNotes(ProfileStore &profiles)
{
    QSqlQuery q(profiles.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ledger_meta WHERE name LIKE ?"));
    q.addBindValue(pendingNotePrefix() + u'%');
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int Credentials::sweepAbandonedSecrets(ProfileStore &profiles, SecretStore &secrets, QString *error)
{
    QSqlDatabase db = profiles.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, value FROM ledger_meta WHERE name LIKE ?"));
    q.addBindValue(pendingNotePrefix() + u'%');
    if (!q.exec()) {
        *error = tr("Cannot read the ledger: %1").arg(q.lastError().text());
        return -1;
    }
    QList<std::pair<QString, QString>> notes;
    while (q.next())
        notes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    const qint64 now = profiles.clock().nowMs();
    int finished = 0;
    for (const auto &[name, value] : std::as_const(notes)) {
        const QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
        const QString backend = o.value(QLatin1StringView("backend")).toString();
        if (!backend.isEmpty() && backend != secrets.backendId())
            continue; // kept elsewhere: only a program using that backend can finish it
        const qint64 at = qint64(o.value(QLatin1StringView("at")).toDouble());
        if (now - at < kAbandonedAfterMs &&
            !ownerHasEnded(o.value(QLatin1StringView("owner")).toString()))
            continue; // still being written by a running program
        const QString ref = name.mid(pendingNotePrefix().size());
        // Take the note over first: from now on its program can no longer insert the row.
        const QString mine = noteValue(secrets.backendId(), now);
        QSqlQuery take(db);
        take.prepare(QStringLiteral(
            "UPDATE ledger_meta SET value = ?, updated_at = ? WHERE name = ? AND value = ?"));
        take.addBindValue(mine);
        take.addBindValue(now);
        take.addBindValue(name);
        take.addBindValue(value);
        if (!take.exec() || take.numRowsAffected() != 1)
            continue; // someone else finished it meanwhile
        std::optional<Profile> row;
        QString why;
        for (const Profile &p : profiles.list(&why)) {
            if (p.secretRef == ref)
                row = p;
        }
        if (!why.isEmpty()) {
            *error = why;
            return -1;
        }
        if (row && (row->secretBackend.isEmpty() || row->secretBackend == secrets.backendId())) {
            // A row under a note (left by an older version's import, which inserted the row
            // before its key): it stays only with its key; without, it goes (it cannot have
            // bindings yet).
            QByteArray key;
            if (secrets.read(row->authKeySecretName(), &key, &why) ==
                    SecretStore::Status::NotFound &&
                profiles.remove(row->id, ProfileStore::RemoveMode::RefuseIfActive, &why))
                row.reset();
            secureWipe(key);
        }
        if (!row) {
            Profile ghost;
            ghost.secretRef = ref;
            if (!secrets.remove(ghost.authKeySecretName(), &why) ||
                !secrets.remove(ghost.callbackTokenSecretName(), &why)) {
                *error = why;
                return -1;
            }
        }
        dropNote(db, ref, mine);
        ++finished;
    }
    return finished;
}

} // namespace pn
