#pragma once

#include "profiles/profilestore.h"
#include "secrets/secretstore.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <optional>

namespace pn {

// A profile with its secrets, ready to configure a PlatformClient (and the callback receiver).
// Move-only; the secrets are wiped when it is destroyed.
struct ProfileCredentials
{
    Profile profile;
    QByteArray authKey;
    QByteArray callbackToken; // empty when the profile has none

    ProfileCredentials() = default;
    ProfileCredentials(ProfileCredentials &&) = default;
    ProfileCredentials &operator=(ProfileCredentials &&) = default;
    ProfileCredentials(const ProfileCredentials &) = delete;
    ProfileCredentials &operator=(const ProfileCredentials &) = delete;
    ~ProfileCredentials();
};

// Glue between ProfileStore (the ledger rows) and a SecretStore (the keys).
class Credentials final
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)

public:
    // The profile named `name` with its auth key (and callback token, if it has one). Fails with
    // a clear message when the profile is unknown, its key is missing, or the key is kept in a
    // backend other than `secrets`.
    static std::optional<ProfileCredentials> load(ProfileStore &profiles, SecretStore &secrets,
                                                  const QString &name, QString *error);
    static std::optional<ProfileCredentials> load(ProfileStore &profiles, SecretStore &secrets,
                                                  qint64 profileId, QString *error);

    // Adds the profile with its key (and token), atomically: the secrets are written first,
    // under a "pending" note in the ledger (ledger_meta), then the row is inserted and the note
    // dropped in one transaction. A crash at any moment leaves either the whole profile or no
    // row (and at most secrets no row names, which sweepAbandonedSecrets() removes); never a
    // row without its key. `profile.secretBackend` is set to the store's id.
    static std::optional<Profile> addProfile(ProfileStore &profiles, SecretStore &secrets,
                                             Profile profile, const QByteArray &authKey,
                                             const std::optional<QByteArray> &callbackToken,
                                             QString *error);
    // What an import asks for each profile: its auth key (`token` false) or its callback token
    // (`token` true, only for profiles exported with one). std::nullopt, with *error set, stops
    // the import.
    using SecretPrompt = std::function<std::optional<QByteArray>(const Profile &profile, bool token,
                                                                 QString *error)>;
    // Imports a profile export (ProfileStore::parseExport): refuses it all when a name exists;
    // then, profile by profile, asks for the secrets first and adds the profile with them
    // through addProfile, so a kill or a crash at any moment leaves each profile whole or
    // absent. A stop (a prompt that gave nothing, a failed write) keeps the profiles added
    // before it, puts them in *addedBeforeStop, and returns std::nullopt with *error.
    static std::optional<QList<Profile>> importProfiles(ProfileStore &profiles,
                                                        SecretStore &secrets,
                                                        const QByteArray &json,
                                                        const SecretPrompt &prompt, QString *error,
                                                        QList<Profile> *addedBeforeStop = nullptr);
    // Stores a new auth key and/or token (an empty token removes it) of a stored profile, then
    // saves `profile` (its other fields too) with the store's id. Without a new token, whether
    // the profile has one is taken from the stored row.
    static bool setSecrets(ProfileStore &profiles, SecretStore &secrets, Profile profile,
                           const std::optional<QByteArray> &authKey,
                           const std::optional<QByteArray> &callbackToken, QString *error);
    // Removes the profile (see ProfileStore::remove) and then its secrets, under the same
    // "pending" note, so a crash between the two leaves secrets that the sweep removes.
    static bool removeProfile(ProfileStore &profiles, SecretStore &secrets, const Profile &profile,
                              ProfileStore::RemoveMode mode, QString *error);
    // Finishes what a crashed add or remove left: for every pending note of `secrets`' backend
    // whose program has ended (same computer) or that is older than 10 minutes, removes the
    // secrets no profile row names and drops the note. Returns how many notes were finished,
    // or -1 on an error (then *error says why).
    static int sweepAbandonedSecrets(ProfileStore &profiles, SecretStore &secrets, QString *error);
    // Pending notes in the ledger (any backend, live or abandoned).
    static int pendingSecretNotes(ProfileStore &profiles);
    static QString pendingNotePrefix() { return QStringLiteral("profile-secrets-pending/"); }
};

// The function pnctl --profile and the console use: name → profile + key.
inline std::optional<ProfileCredentials>
loadCredentials(ProfileStore &profiles, SecretStore &secrets, const QString &name, QString *error)
{
    return Credentials::load(profiles, secrets, name, error);
}

} // namespace pn
