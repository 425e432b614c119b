#pragma once

#include "profiles/profilestore.h"
#include "secrets/secretstore.h"

#include <QByteArray>
#include <QCoreApplication>

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

    // Adds the profile and stores its key (and token); if storing a secret fails the profile is
    // removed again. `profile.secretBackend` is set to the store's id.
    static std::optional<Profile> addProfile(ProfileStore &profiles, SecretStore &secrets,
                                             Profile profile, const QByteArray &authKey,
                                             const std::optional<QByteArray> &callbackToken,
                                             QString *error);
    // Stores a new auth key and/or token (an empty token removes it) of a stored profile, then
    // saves `profile` (its other fields too) with the store's id. Without a new token, whether
    // the profile has one is taken from the stored row.
    static bool setSecrets(ProfileStore &profiles, SecretStore &secrets, Profile profile,
                           const std::optional<QByteArray> &authKey,
                           const std::optional<QByteArray> &callbackToken, QString *error);
    // Removes the profile (see ProfileStore::remove) and then its secrets.
    static bool removeProfile(ProfileStore &profiles, SecretStore &secrets, const Profile &profile,
                              ProfileStore::RemoveMode mode, QString *error);
};

// The function pnctl --profile and the console use: name → profile + key.
inline std::optional<ProfileCredentials>
loadCredentials(ProfileStore &profiles, SecretStore &secrets, const QString &name, QString *error)
{
    return Credentials::load(profiles, secrets, name, error);
}

} // namespace pn
