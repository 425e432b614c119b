// The typed settings registry: defaults when unset, values round-trip through a real settings
// file, and the keys the programs have always used stay the same (users keep their settings).

#include "core/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pn;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsThenStoredValues()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(QStringLiteral("pnconsole.ini")), QSettings::IniFormat);
        QVERIFY(!Settings::accountAutoRefreshSeconds.isSet(file));
        QCOMPARE(Settings::accountAutoRefreshSeconds.value(file), 0);
        QCOMPARE(Settings::language.value(file), QString());
        QVERIFY(Settings::geometry.value(file).isEmpty());

        Settings::accountAutoRefreshSeconds.setValue(file, 90);
        Settings::language.setValue(file, QStringLiteral("zh_CN"));
        Settings::bindingsColumns.setValue(file, QByteArray("\x01\x02", 2));
        file.sync();

        QSettings again(dir.filePath(QStringLiteral("pnconsole.ini")), QSettings::IniFormat);
        QVERIFY(Settings::accountAutoRefreshSeconds.isSet(again));
        QCOMPARE(Settings::accountAutoRefreshSeconds.value(again), 90);
        QCOMPARE(Settings::language.value(again), QStringLiteral("zh_CN"));
        QCOMPARE(Settings::bindingsColumns.value(again), QByteArray("\x01\x02", 2));
    }

    void keysAreTheOnesUsersAlreadyHave()
    {
        QCOMPARE(Settings::language.key(), QStringLiteral("ui/language"));
        QCOMPARE(Settings::accountAutoRefreshSeconds.key(),
                 QStringLiteral("ui/accountAutoRefreshSeconds"));
        QCOMPARE(Settings::expiringWithinSeconds.key(), QStringLiteral("ui/expiringWithinSeconds"));
        QCOMPARE(Settings::geometry.key(), QStringLiteral("ui/geometry"));
        QCOMPARE(QString::fromLatin1(Settings::Organization),
                 QStringLiteral("PrivacyNumberConsole"));
        QCOMPARE(QString::fromLatin1(Settings::ConsoleApplication), QStringLiteral("pnconsole"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
