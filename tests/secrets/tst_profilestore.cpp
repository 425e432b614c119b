#include "ledger/ledgerschema.h"
#include "profiles/credentials.h"
#include "profiles/profilestore.h"
#include "secrets/vaultsecretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pn;

namespace {

Profile sampleProfile(const QString &name = QStringLiteral("Customer A"))
{
    Profile p;
    p.name = name;
    p.environment = Environment::Production;
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    p.devid = QStringLiteral("10000001");
    p.appids = {QStringLiteral("app-1"), QStringLiteral("app-2")};
    p.defaultAppid = QStringLiteral("app-2");
    p.xNumbers = {QStringLiteral("+8613800000001"), QStringLiteral("13800000002")};
    p.timeoutMs = 15000;
    p.rateLimit = 20;
    p.lowBalanceThreshold = 100.5;
    p.callbackAddress = QStringLiteral("127.0.0.1");
    p.callbackPort = 18080;
    p.callbackAllowList = {QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.1.5")};
    return p;
}

VaultSecretStore::PasswordProvider password()
{
    return [](auto, const QString &) { return std::optional<QByteArray>("master"); };
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void environments();
    void validation_data();
    void validation();
    void addListUpdate();
    void removeRespectsBindings();
    void sandboxProfile();
    void exportImport();
    void credentials();

private:
    void insertBinding(qint64 profileId, const char *state, const char *reqid);

    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
    ManualClock m_clock;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_profiles"));
    m_db.setDatabaseName(m_dir->filePath(QStringLiteral("ledger.sqlite")));
    QVERIFY(m_db.open());
    QString error;
    QVERIFY2(LedgerSchema::configureConnection(m_db, &error), qPrintable(error));
    QVERIFY2(LedgerSchema::migrate(m_db, &error), qPrintable(error));
    m_store = std::make_unique<ProfileStore>(m_db, m_clock);
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("tst_profiles"));
    m_dir.reset();
}

void TestProfileStore::insertBinding(qint64 profileId, const char *state, const char *reqid)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO bindings (profile_id, reqid, appid, x, anum, bnum, ttl, "
                             "state, created_at, updated_at) VALUES (?, ?, 'app-1', '1380', "
                             "'1390', '1370', 60, ?, 0, 0)"));
    q.addBindValue(profileId);
    q.addBindValue(QString::fromLatin1(reqid));
    q.addBindValue(QString::fromLatin1(state));
    QVERIFY(q.exec());
}

void TestProfileStore::environments()
{
    const QList<Environment> all = {Environment::Production, Environment::Test,
                                    Environment::Sandbox};
    QSet<QString> names;
    for (Environment env : all) {
        QCOMPARE(environmentFromId(environmentId(env)), env);
        QVERIFY(!environmentName(env).isEmpty());
        names.insert(environmentName(env));
    }
    QCOMPARE(names.size(), 3); // the colours are the console's: tst_consolecontrollers
    QVERIFY(!environmentFromId(QStringLiteral("staging")));
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("valid") << ""
                           << "";
    QTest::newRow("empty name") << "name="
                                << "name";
    QTest::newRow("padded name") << "name= A "
                                 << "name";
    QTest::newRow("reserved name") << "name=sandbox"
                                   << "name";
    QTest::newRow("no url") << "url="
                            << "base_url";
    QTest::newRow("ftp url") << "url=ftp://host"
                             << "base_url";
    QTest::newRow("no host") << "url=https://"
                             << "base_url";
    QTest::newRow("url with query") << "url=https://h/?a=1"
                                    << "base_url";
    QTest::newRow("plain http refused") << "url=http://h"
                                        << "base_url";
    QTest::newRow("plain http allowed") << "url=http://h;http=1"
                                        << "";
    QTest::newRow("no devid") << "devid="
                              << "devid";
    QTest::newRow("devid with comma") << "devid=1,2"
                                      << "devid";
    QTest::newRow("no appid") << "appids="
                              << "appids";
    QTest::newRow("appid with space") << "appids=a b"
                                      << "appids";
    QTest::newRow("duplicate appid") << "appids=a|a"
                                     << "appids";
    QTest::newRow("default not listed") << "default=zzz"
                                        << "default_appid";
    QTest::newRow("bad x number") << "x=12ab"
                                  << "x_numbers";
    QTest::newRow("missing CA file") << "ca=/nonexistent/ca.pem"
                                     << "ca_file";
    QTest::newRow("timeout too small") << "timeout=10"
                                       << "timeout_ms";
    QTest::newRow("negative rate") << "rate=-1"
                                   << "rate_limit";
    QTest::newRow("negative threshold") << "low=-5"
                                        << "low_balance_threshold";
    QTest::newRow("callback host name") << "cbaddr=example.com"
                                        << "callback_address";
    QTest::newRow("bad allow list") << "allow=10.0.0.0/99"
                                    << "callback_allow_list";
    QTest::newRow("sandbox off this computer") << "env=sandbox;url=http://10.1.1.1;http=1"
                                               << "base_url";
    QTest::newRow("sandbox on loopback") << "env=sandbox;url=http://127.0.0.1:5;http=1"
                                         << "";
}

void TestProfileStore::validation()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    Profile p = sampleProfile();
    for (const QString &part : change.split(u';', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        if (key == QLatin1StringView("name"))
            p.name = value;
        else if (key == QLatin1StringView("url"))
            p.baseUrl = QUrl(value);
        else if (key == QLatin1StringView("http"))
            p.allowPlainHttp = true;
        else if (key == QLatin1StringView("devid"))
            p.devid = value;
        else if (key == QLatin1StringView("appids"))
            p.appids = value.split(u'|', Qt::SkipEmptyParts), p.defaultAppid.clear();
        else if (key == QLatin1StringView("default"))
            p.defaultAppid = value;
        else if (key == QLatin1StringView("x"))
            p.xNumbers = {value};
        else if (key == QLatin1StringView("ca"))
            p.caFile = value;
        else if (key == QLatin1StringView("timeout"))
            p.timeoutMs = value.toInt();
        else if (key == QLatin1StringView("rate"))
            p.rateLimit = value.toDouble();
        else if (key == QLatin1StringView("low"))
            p.lowBalanceThreshold = value.toDouble();
        else if (key == QLatin1StringView("cbaddr"))
            p.callbackAddress = value;
        else if (key == QLatin1StringView("allow"))
            p.callbackAllowList = {value};
        else if (key == QLatin1StringView("env"))
            p.environment = *environmentFromId(value);
    }
    const ValidationErrors errors = ProfileStore::validate(p);
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        return;
    }
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().field, field);
    // The message names the field, so the user knows what to fix.
    QVERIFY2(errors.first().message.contains(u'(' + field + u')'),
             qPrintable(errors.first().message));
    QString error;
    QVERIFY(!m_store->add(p, &error));
    QCOMPARE(error, errors.first().message);
    QVERIFY(m_store->list().isEmpty());
}

void TestProfileStore::addListUpdate()
{
    QString error;
    m_clock.setMs(1000);
    const auto added = m_store->add(sampleProfile(), &error);
    QVERIFY2(added, qPrintable(error));
    QVERIFY(added->id > 0);
    QVERIFY(!added->secretRef.isEmpty());
    QCOMPARE(added->createdAt, 1000);
    QVERIFY(!m_store->add(sampleProfile(), &error)); // duplicate name
    QVERIFY(error.contains(QStringLiteral("already exists")));

    const auto loaded = m_store->byName(QStringLiteral("Customer A"), &error);
    QVERIFY(loaded);
    QCOMPARE(loaded->id, added->id);
    QCOMPARE(loaded->environment, Environment::Production);
    QCOMPARE(loaded->baseUrl, QUrl(QStringLiteral("https://api.example.com")));
    QCOMPARE(loaded->appids, sampleProfile().appids);
    QCOMPARE(loaded->defaultAppid, QStringLiteral("app-2"));
    QCOMPARE(loaded->xNumbers, sampleProfile().xNumbers);
    QCOMPARE(loaded->timeoutMs, 15000);
    QCOMPARE(loaded->rateLimit, 20.0);
    QCOMPARE(loaded->lowBalanceThreshold, 100.5);
    QCOMPARE(loaded->callbackPort, quint16(18080));
    QCOMPARE(loaded->callbackAllowList, sampleProfile().callbackAllowList);
    QCOMPARE(loaded->secretRef, added->secretRef);
    QVERIFY(!m_store->byName(QStringLiteral("nobody"), &error));
    QVERIFY(error.contains(QStringLiteral("nobody")));

    Profile changed = *loaded;
    changed.name = QStringLiteral("Customer A (renamed)");
    changed.secretRef = QStringLiteral("attempt-to-change");
    changed.environment = Environment::Test;
    m_clock.setMs(2000);
    QVERIFY2(m_store->update(changed, &error), qPrintable(error));
    const auto byId = m_store->byId(added->id);
    QCOMPARE(byId->name, changed.name);
    QCOMPARE(byId->secretRef, added->secretRef); // the secrets' names never change
    QCOMPARE(byId->updatedAt, 2000);
    QCOMPARE(byId->createdAt, 1000);
    QVERIFY(m_store->add(sampleProfile(QStringLiteral("B")), &error));
    changed.name = QStringLiteral("B");
    QVERIFY(!m_store->update(changed, &error));
    QCOMPARE(m_store->list().size(), 2);

    // No column holds anything secret-looking: the row is exactly what the user configured.
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT secret_backend FROM profiles")));
    while (q.next())
        QVERIFY(q.value(0).toString().isEmpty());
}

void TestProfileStore::removeRespectsBindings()
{
    QString error;
    const auto p = m_store->add(sampleProfile(), &error);
    QVERIFY(p);
    insertBinding(p->id, "released", "r1");
    insertBinding(p->id, "active", "r2");
    insertBinding(p->id, "pending", "r3");
    QCOMPARE(m_store->activeRecordCount(p->id), 2);
    QVERIFY(!m_store->remove(p->id, ProfileStore::RemoveMode::RefuseIfActive, &error));
    QVERIFY2(error.contains(QStringLiteral("2 pending or active")), qPrintable(error));
    QVERIFY(m_store->byId(p->id));

    // Only finished history left: removed without force, history with it.
    QSqlQuery q(m_db);
    QVERIFY(
        q.exec(QStringLiteral("UPDATE bindings SET state = 'expired' WHERE reqid IN ('r2','r3')")));
    QVERIFY2(m_store->remove(p->id, ProfileStore::RemoveMode::RefuseIfActive, &error),
             qPrintable(error));
    QVERIFY(!m_store->byId(p->id));

    const auto p2 = m_store->add(sampleProfile(), &error);
    insertBinding(p2->id, "active", "r4");
    QVERIFY2(m_store->remove(p2->id, ProfileStore::RemoveMode::Force, &error), qPrintable(error));
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM bindings")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestProfileStore::sandboxProfile()
{
    QString error;
    bool created = false;
    const QUrl first(QStringLiteral("http://127.0.0.1:40001"));
    const auto sb = m_store->ensureSandboxProfile(
        first, QStringLiteral("sandbox-dev"), {QStringLiteral("sandbox-app")},
        {QStringLiteral("13900000000")}, &created, &error);
    QVERIFY2(sb, qPrintable(error));
    QVERIFY(created);
    QCOMPARE(sb->name, QStringLiteral("Sandbox"));
    QCOMPARE(sb->environment, Environment::Sandbox);
    QVERIFY(sb->allowPlainHttp);

    const QUrl second(QStringLiteral("http://127.0.0.1:40002"));
    const auto again =
        m_store->ensureSandboxProfile(second, QStringLiteral("other"), {}, {}, &created, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(!created);
    QCOMPARE(again->id, sb->id);
    QCOMPARE(again->baseUrl, second);
    QCOMPARE(again->devid, QStringLiteral("sandbox-dev"));
    QCOMPARE(m_store->list().size(), 1);

    // It cannot be turned into a real account, and no real account can take its name.
    Profile p = *again;
    p.environment = Environment::Production;
    QVERIFY(!m_store->update(p, &error));
    Profile fake = sampleProfile(QStringLiteral("Sandbox"));
    QVERIFY(!m_store->add(fake, &error));
    QVERIFY(error.contains(QStringLiteral("(name)")));
    p = *again;
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    QVERIFY(!m_store->update(p, &error));
}

void TestProfileStore::exportImport()
{
    const QByteArray key = "export-test-key-9f8e7d";
    VaultSecretStore vault(m_dir->filePath(QStringLiteral("secrets.vault")), password(),
                           vault::KdfParams::scrypt(1 << 10));
    QString error;
    const auto a = Credentials::addProfile(*m_store, vault, sampleProfile(), key,
                                           QByteArray("token-123"), &error);
    QVERIFY2(a, qPrintable(error));
    QVERIFY(a->hasCallbackToken);
    QCOMPARE(a->secretBackend, QStringLiteral("vault"));
    Profile b = sampleProfile(QStringLiteral("Test account"));
    b.environment = Environment::Test;
    QVERIFY(Credentials::addProfile(*m_store, vault, b, "key-b", std::nullopt, &error));

    const QByteArray json = m_store->exportJson(m_store->list());
    for (const QByteArray &needle : {key, key.toBase64(), key.toHex(), QByteArray("token-123"),
                                     a->secretRef.toUtf8(), QByteArray("key-b")})
        QVERIFY2(!json.contains(needle), needle.constData());
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("profiles")).toArray().size(), 2);

    // Import into a fresh store: the callback is asked once per profile and stores the key.
    cleanup();
    init();
    VaultSecretStore vault2(m_dir->filePath(QStringLiteral("secrets.vault")), password(),
                            vault::KdfParams::scrypt(1 << 10));
    QStringList asked;
    const auto imported = Credentials::importProfiles(
        *m_store, vault2, json,
        [&](const Profile &p, bool token, QString *) -> std::optional<QByteArray> {
            asked << p.name + (token ? QStringLiteral(" token") : QString());
            return p.name.toUtf8() + (token ? "-token" : "-key");
        },
        &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(asked, (QStringList{QStringLiteral("Customer A"), QStringLiteral("Customer A token"),
                                 QStringLiteral("Test account")}));
    const auto creds = Credentials::load(*m_store, vault2, QStringLiteral("Customer A"), &error);
    QVERIFY2(creds, qPrintable(error));
    QCOMPARE(creds->authKey, QByteArray("Customer A-key"));
    QCOMPARE(creds->callbackToken, QByteArray("Customer A-token"));
    QCOMPARE(creds->profile.appids, sampleProfile().appids);
    QCOMPARE(creds->profile.environment, Environment::Production);

    // Importing again clashes by name; nothing is added.
    QVERIFY(!Credentials::importProfiles(*m_store, vault2, json, {}, &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
    QCOMPARE(m_store->list().size(), 2);

    cleanup();
    init();
    // A cancelled key prompt stops the import: that profile and the ones after it are not
    // added (and their keys are not stored); the ones before it stay, whole.
    VaultSecretStore vault3(m_dir->filePath(QStringLiteral("secrets.vault")), password(),
                            vault::KdfParams::scrypt(1 << 10));
    int calls = 0;
    QList<Profile> before;
    QVERIFY(!Credentials::importProfiles(
        *m_store, vault3, json,
        [&](const Profile &p, bool, QString *err) -> std::optional<QByteArray> {
            ++calls;
            if (p.name == QLatin1StringView("Test account")) {
                *err = QStringLiteral("cancelled");
                return std::nullopt;
            }
            return p.name.toUtf8() + "-key";
        },
        &error, &before));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QCOMPARE(m_store->list().size(), 1);
    QCOMPARE(before.size(), 1);
    QCOMPARE(m_store->list().constFirst().name, QStringLiteral("Customer A"));
    QVERIFY(Credentials::load(*m_store, vault3, QStringLiteral("Customer A"), &error));
    const auto names = vault3.names(&error);
    QVERIFY2(names, qPrintable(error));
    QCOMPARE(names->size(), 2); // A's key and token; the refused one's key was never written
    QCOMPARE(calls, 3);

    QVERIFY(!ProfileStore::parseExport("{\"format\":\"other\"}", &error));
    QVERIFY(!ProfileStore::parseExport("not json", &error));
    QByteArray bad = json;
    bad.replace("https://api.example.com", "ftp://x");
    QVERIFY(!ProfileStore::parseExport(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("(base_url)")), qPrintable(error));
}

void TestProfileStore::credentials()
{
    VaultSecretStore vault(m_dir->filePath(QStringLiteral("secrets.vault")), password(),
                           vault::KdfParams::scrypt(1 << 10));
    QString error;
    const auto p =
        Credentials::addProfile(*m_store, vault, sampleProfile(), "k1", std::nullopt, &error);
    QVERIFY(p);
    auto creds = loadCredentials(*m_store, vault, QStringLiteral("Customer A"), &error);
    QVERIFY2(creds, qPrintable(error));
    QCOMPARE(creds->authKey, QByteArray("k1"));
    QVERIFY(creds->callbackToken.isEmpty());

    QVERIFY(
        Credentials::setSecrets(*m_store, vault, *p, QByteArray("k2"), QByteArray("tok"), &error));
    creds = Credentials::load(*m_store, vault, p->id, &error);
    QCOMPARE(creds->authKey, QByteArray("k2"));
    QCOMPARE(creds->callbackToken, QByteArray("tok"));
    QVERIFY(!Credentials::setSecrets(*m_store, vault, *p, QByteArray(), std::nullopt, &error));

    // The key is gone from the store: a clear message naming the profile and the fix.
    QVERIFY(vault.remove(p->authKeySecretName(), &error));
    QVERIFY(!loadCredentials(*m_store, vault, QStringLiteral("Customer A"), &error));
    QVERIFY2(error.contains(QStringLiteral("Customer A")) &&
                 error.contains(QStringLiteral("pnctl")),
             qPrintable(error));

    // A profile whose key lives in the keychain is not silently read from the vault.
    Profile other = *m_store->byId(p->id);
    other.secretBackend = QStringLiteral("keychain");
    QVERIFY(m_store->update(other, &error));
    QVERIFY(!loadCredentials(*m_store, vault, QStringLiteral("Customer A"), &error));
    QVERIFY2(error.contains(QStringLiteral("keychain")), qPrintable(error));

    QVERIFY(Credentials::removeProfile(*m_store, vault, *m_store->byId(p->id),
                                       ProfileStore::RemoveMode::RefuseIfActive, &error));
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(!loadCredentials(*m_store, vault, QStringLiteral("Customer A"), &error));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
