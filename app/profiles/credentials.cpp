#include "profiles/credentials.h"

#include "core/keytimesigner.h"

#include <QUuid>

namespace pn {

ProfileCredentials::~ProfileCredentials()
{
    secureWipe(authKey);
    secureWipe(callbackToken);
}

namespace {

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
    profile.secretBackend = secrets.backendId();
    profile.hasCallbackToken = callbackToken && !callbackToken->isEmpty();
    std::optional<Profile> added = profiles.add(profile, error);
    if (!added)
        return std::nullopt;
    bool ok = secrets.write(added->authKeySecretName(), authKey, error);
    if (ok && added->hasCallbackToken)
        ok = secrets.write(added->callbackTokenSecretName(), *callbackToken, error);
    if (!ok) {
        QString ignored;
        profiles.remove(added->id, ProfileStore::RemoveMode::Force, &ignored);
        secrets.remove(added->authKeySecretName(), &ignored);
        return std::nullopt;
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
    if (!profiles.remove(profile.id, mode, error))
        return false;
    if (profile.secretBackend.isEmpty() || profile.secretBackend == secrets.backendId()) {
        QString why;
        const bool ok = secrets.remove(profile.authKeySecretName(), &why) &&
                        secrets.remove(profile.callbackTokenSecretName(), &why);
        if (!ok) {
            *error = tr("The profile \"%1\" was removed, but its secrets could not be: %2")
                         .arg(profile.name, why);
            return false;
        }
    }
    return true;
}

} // namespace pn
