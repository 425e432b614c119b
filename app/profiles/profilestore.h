#pragma once

#include "core/clock.h"
#include "core/validation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace pn {

// Which kind of account a profile talks to. The console shows each in its own colour
// (ui/environmentcolors.h) so that a production profile can never be mistaken for a test one.
enum class Environment { Production, Test, Sandbox };

QString environmentId(Environment env); // "production", "test", "sandbox"
std::optional<Environment> environmentFromId(const QString &id);
QString environmentName(Environment env); // translated, for the UI

// One account the desk works with. Everything but the secrets: the auth key and the optional
// callback token live in a SecretStore under the names derived from `secretRef`.
struct Profile
{
    qint64 id = 0;
    QString name;
    Environment environment = Environment::Test;
    QUrl baseUrl;
    QString devid;
    QStringList appids;
    QString defaultAppid; // empty = the first appid
    QStringList xNumbers;
    QString caFile;
    bool allowPlainHttp = false;
    int timeoutMs = 10000;
    double rateLimit = 0;           // requests per second, 0 = no limit
    double lowBalanceThreshold = 0; // yuan, 0 = no warning
    // Days the real numbers of ended bindings and their calls are kept (retention);
    // std::nullopt = forever (only by explicit choice).
    std::optional<int> retentionDays = 180;
    QString callbackAddress = QStringLiteral("127.0.0.1");
    quint16 callbackPort = 0;      // 0 = any free port
    QStringList callbackAllowList; // addresses or subnets ("10.0.0.0/8") allowed to call back
    bool hasCallbackToken = false; // a shared secret for callbacks is kept in the SecretStore
    QString secretBackend;         // the SecretStore's id that holds the key ("keychain", "vault")
    QString secretRef;             // stable id (a UUID) naming this profile's secrets
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QString effectiveDefaultAppid() const
    {
        return defaultAppid.isEmpty() && !appids.isEmpty() ? appids.first() : defaultAppid;
    }
    bool isSandbox() const { return environment == Environment::Sandbox; }
    // The SecretStore entry names of this profile's secrets.
    QString authKeySecretName() const
    {
        return QStringLiteral("profile/%1/authkey").arg(secretRef);
    }
    QString callbackTokenSecretName() const
    {
        return QStringLiteral("profile/%1/callback-token").arg(secretRef);
    }
};

// Profiles in the ledger's `profiles` table. No secret is ever written there. Every write is
// validated first; messages are translated and name the field.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    static constexpr int ExportFormatVersion = 1;

    // `db` is an open, migrated ledger connection used only from the calling thread.
    ProfileStore(QSqlDatabase db, const Clock &clock);

    static ValidationErrors validate(const Profile &profile);
    // The reserved name of the first-start sandbox profile.
    static QString sandboxName() { return QStringLiteral("Sandbox"); }

    QList<Profile> list(QString *error = nullptr) const;
    std::optional<Profile> byId(qint64 id, QString *error = nullptr) const;
    std::optional<Profile> byName(const QString &name, QString *error = nullptr) const;

    // Inserts a new profile (id 0) and returns it with its id, timestamps and a fresh
    // secretRef (unless one was given). Fails on validation errors or a duplicate name.
    std::optional<Profile> add(Profile profile, QString *error);
    // Replaces the stored row with the same id; secretRef and createdAt are kept.
    bool update(const Profile &profile, QString *error);

    enum class RemoveMode { RefuseIfActive, Force };
    // Removes a profile with its finished bindings, transfers and bulk jobs. Refuses while
    // pending or active bindings or transfers or unfinished (running or paused) bulk jobs
    // remain unless forced (then they are dropped too). The caller removes the profile's
    // secrets from its SecretStore.
    bool remove(qint64 id, RemoveMode mode, QString *error);
    // Pending or active bindings and transfers of a profile.
    int activeRecordCount(qint64 id, QString *error = nullptr) const;
    // Bulk jobs of a profile still running or paused (resumable), -1 on a read error.
    int unfinishedJobCount(qint64 id, QString *error = nullptr) const;
    // Why a profile cannot be removed without forcing: "" when nothing blocks it.
    static QString removalBlockedText(const QString &name, int activeRecords, int unfinishedJobs);

    // First start: creates the "Sandbox" profile (environment sandbox) if there is none, else
    // points the existing one at `baseUrl` (the in-process sandbox gets a new port each start).
    // `created` tells the caller to generate and store its key.
    std::optional<Profile> ensureSandboxProfile(const QUrl &baseUrl, const QString &devid,
                                                const QStringList &appids,
                                                const QStringList &xNumbers, bool *created,
                                                QString *error);

    // JSON without any secret: {"format":"pnconsole-profiles","version":1,"profiles":[...]}.
    QByteArray exportJson(const QList<Profile> &profiles) const;
    // Reads an export; the profiles come back validated, with id 0 and without secretRef.
    // Credentials::importProfiles adds them with their keys.
    static std::optional<QList<Profile>> parseExport(const QByteArray &json, QString *error);

    QSqlDatabase database() const { return m_db; }
    const Clock &clock() const { return m_clock; }

    static QJsonObject toJson(const Profile &profile);
    static std::optional<Profile> fromJson(const QJsonObject &object, QString *error);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace pn
